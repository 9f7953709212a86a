// Undo in the details panel's plain fields (issue 12 item 17), as in first-hour-text.e2e.ts for the
// byline's name and place: in the section, tags, slug, note, publish time and the byline's source,
// a name typed with UniKey (Backspace bursts) and words composed by an input method arrive exact
// (NFC), and Ctrl+Z / Ctrl+Y step a word or a pause at a time, never through a half-typed form.
// Each field is reached from the library the way a person does (click, or Tab from a neighbour);
// what it holds at the end is checked in the saved article.

import type { Page } from '@playwright/test';
import type { Article } from '../../main/common/article/model.ts';
import { cleanSlug } from '../../main/common/article/meta.ts';
import { articleText, expect, storedArticle, test } from './fixtures.ts';
import { undoCase } from './plain-fields.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const articleIdOf = (page: Page): string => /#\/article\/(a-[0-9a-z-]+)/.exec(page.url())?.[1] ?? '';

/** From the library: a new article with a headline typed (the slug field's suggestion needs one). */
async function newArticle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Bài mới' }).click();
  await articleText(page).locator('.block-headline').click();
  await page.keyboard.type('Đường về bản');
  return articleIdOf(page);
}

const TYPED = 'Nguyễn tiếng Việt';

// What the article stores for what the field holds (the slug is stored in its own form, metaForStore).
const fields: {
  testId: string;
  stored: (a: Article) => string;
  expected: (typed: string) => string;
}[] = [
  {
    testId: 'meta-category',
    stored: (a) => a.meta.category,
    expected: (typed) => typed,
  },
  { testId: 'meta-slug', stored: (a) => a.meta.slug, expected: cleanSlug },
  {
    testId: 'meta-editor-note',
    stored: (a) => a.meta.editorNote,
    expected: (typed) => typed,
  },
];

for (const { testId, stored, expected } of fields) {
  test(`undo in ${testId} goes a word at a time, never through a keyboard's half-typed forms`, async ({ page, dateline }) => {
    await dateline.open(page);
    const id = await newArticle(page);
    // The slug field fills with the headline's slug once the headline is saved: typing starts after it.
    if (testId === 'meta-slug') await expect(page.getByTestId(testId)).toHaveValue('duong-ve-ban');
    const typed = await undoCase(page, page.getByTestId(testId));
    // The slug follows the headline (`duong-ve-ban`) until typed in; the other fields start empty.
    expect(typed).toBe(testId === 'meta-slug' ? `duong-ve-ban${TYPED}` : TYPED);
    await storedArticle(dateline, id, (a) => stored(a) === expected(typed));
    if (testId === 'meta-slug') {
      // Leaving the field shows the slug's own form, as stored.
      await page.keyboard.press('Tab');
      await expect(page.getByTestId(testId)).toHaveValue('duong-ve-bannguyen-tieng-viet');
      await storedArticle(dateline, id, (a) => a.meta.slug === 'duong-ve-bannguyen-tieng-viet');
    }
  });
}

test('undo in the tags field goes a word at a time, and Enter makes the typed words one tag', async ({ page, dateline }) => {
  await dateline.open(page);
  const id = await newArticle(page);
  const field = page.getByTestId('meta-tags');
  const typed = await undoCase(page, field);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('');
  await expect(page.getByTestId('meta-tag').locator('span')).toHaveText([typed]);
  await storedArticle(dateline, id, (a) => a.meta.tags.length === 1 && a.meta.tags[0] === typed);
});

test('undo in the publish time goes a word at a time; a time typed after it is the article’s', async ({ page, dateline }) => {
  await dateline.open(page);
  const id = await newArticle(page);
  const field = page.getByTestId('meta-publish-at');
  await undoCase(page, field);
  // Not a time: nothing is stored, and the field says how to write one when left.
  await page.keyboard.press('Tab');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect((await dateline.call('library.get', { id })).meta.publishAt ?? null).toBeNull();
  await page.keyboard.press('Shift+Tab');
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('17:43, 05/01/2025');
  await expect(field).toHaveValue('17:43, 05/01/2025');
  // Ctrl+Z takes back a word at a time, back to what the typing replaced; Ctrl+Y brings it again.
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('17:43, ');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(TYPED);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(field).toHaveValue('17:43, 05/01/2025');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('meta-publish-shown')).toContainText('05/01/2025');
  await storedArticle(dateline, id, (a) => !!a.meta.publishAt && new Date(a.meta.publishAt).toISOString() === '2025-01-05T10:43:00.000Z');
});

test('undo in the byline’s source (“Theo …”, chosen from the keyboard) goes a word at a time', async ({ page, dateline }) => {
  await dateline.open(page);
  const id = await newArticle(page);
  await page.getByTestId('byline-name-0').click();
  await page.keyboard.press('Shift+Tab');
  const role = page.getByTestId('byline-role');
  await expect(role).toBeFocused();
  // "Theo …" is the last kind of byline.
  await page.keyboard.press('End');
  await expect(role).toHaveValue('theo');
  const typed = await undoCase(page, page.getByTestId('byline-source'));
  await storedArticle(dateline, id, (a) => a.meta.byline.role === 'theo' && a.meta.byline.source === typed);
});

test('clicked before the headline’s slug arrives, the slug field keeps the caret after it: what is typed follows the slug', async ({
  page,
  dateline,
}) => {
  await dateline.open(page);
  // A slow disk (or a busy laptop): each save of the article takes two seconds, so the slug
  // made from the headline arrives while the keyboard is already in the slug field.
  await page.route('**/api/library.save', async (route) => {
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  const id = await newArticle(page);
  const slug = page.getByTestId('meta-slug');
  await slug.click();
  await expect(slug).toBeFocused();
  expect(await slug.inputValue()).not.toBe('duong-ve-ban');
  // The reporter sees the slug arrive, then types on.
  await expect(slug).toHaveValue('duong-ve-ban');
  await page.keyboard.type('-moi');
  await expect(slug).toHaveValue('duong-ve-ban-moi');
  await storedArticle(dateline, id, (a) => a.meta.slug === 'duong-ve-ban-moi');
});

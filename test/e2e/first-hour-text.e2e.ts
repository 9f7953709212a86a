// A reporter's first hour with the words around the article (issue 12), from the library, with
// the keyboard and the mouse, no waits: the sapo after Enter in the headline, curly quotes and
// their setting, the byline's Tab order, and undo in the byline's plain fields.

import type { Page } from '@playwright/test';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, storedArticle, test } from './fixtures.ts';
import { undoCase } from './plain-fields.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const articleIdOf = (page: Page): string => /#\/article\/(a-[0-9a-z-]+)/.exec(page.url())?.[1] ?? '';

/** From the library: a new article, the caret in its headline. */
async function newArticle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Bài mới' }).click();
  await articleText(page).locator('.block-headline').click();
  return articleIdOf(page);
}

/** A headline with quotes, a sapo, and `body` typed straight after, from the caret in the headline. */
async function typeQuotes(page: Page, body: string): Promise<void> {
  await page.keyboard.type('Tiêu đề "mới"');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sapo.');
  await page.keyboard.press('Enter');
  await page.keyboard.type(body);
}

test('Enter in the headline and typing at once writes the sapo after the paper’s prefix', async ({ page, dateline }) => {
  await dateline.open(page);
  const id = await newArticle(page);
  await page.keyboard.type('Sức mạnh đoàn kết');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nhận thức sâu sắc');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Thân bài.');
  const stored = await storedArticle(dateline, id, (a) => blockText(a.content[2]!) === 'Thân bài.');
  expect(stored.content.slice(0, 3).map(blockText)).toEqual(['Sức mạnh đoàn kết', 'BHG - Nhận thức sâu sắc', 'Thân bài.']);
});

test('straight quotes become curly as they are typed, one Ctrl+Z keeps a straight one, and Settings → Soạn thảo turns it off', async ({
  page,
  dateline,
}) => {
  await dateline.open(page);
  const id = await newArticle(page);
  await typeQuotes(page, "Anh nói: \"Đi thôi\" ở H'Mông, 'x'");
  await page.keyboard.press('Control+z');
  const stored = await storedArticle(dateline, id, (a) => blockText(a.content[2]!).endsWith("'"));
  expect(stored.content.slice(0, 3).map(blockText)).toEqual(['Tiêu đề “mới”', 'BHG - Sapo.', "Anh nói: “Đi thôi” ở H’Mông, ‘x'"]);

  await page.getByRole('link', { name: 'Cài đặt' }).click();
  const setting = page.getByRole('checkbox', { name: /nháy cong/ });
  await expect(setting).toBeChecked();
  await setting.click();
  await expect(setting).not.toBeChecked();
  await expect.poll(async () => (await dateline.call('settings.get', {})).smartQuotes).toBe(false);
  await page.getByRole('link', { name: 'Thư viện' }).click();
  await page.getByText('Tiêu đề “mới”').click();
  await articleText(page).locator('.block-paragraph').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' "y"');
  await storedArticle(dateline, id, (a) => blockText(a.content[2]!) === 'Anh nói: “Đi thôi” ở H’Mông, ‘x\' "y"');
});

test('a paper that prints straight quotes keeps them as typed, and Settings → Soạn thảo says why', async ({ page, dateline }) => {
  // The paper's profile has no screen of its own (it is set once per paper, docs/vietnamese.md).
  const { paperProfile } = await dateline.call('settings.get', {});
  await dateline.call('settings.set', { patch: { paperProfile: { ...paperProfile, quotes: 'straight' } } });
  await dateline.open(page);
  const id = await newArticle(page);
  await typeQuotes(page, 'Anh nói: "Đi thôi" ở H\'Mông');
  const stored = await storedArticle(dateline, id, (a) => blockText(a.content[2]!).endsWith('Mông'));
  expect(stored.content.slice(0, 3).map(blockText)).toEqual(['Tiêu đề "mới"', 'BHG - Sapo.', 'Anh nói: "Đi thôi" ở H\'Mông']);
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  const setting = page.getByRole('checkbox', { name: /nháy cong/ });
  await expect(setting).toBeDisabled();
  await expect(setting).not.toBeChecked();
  await expect(page.getByText(/dùng dấu nháy thẳng/)).toBeVisible();
});

test('Tab goes through the byline in the order it is printed: form, name, place', async ({ page, dateline }) => {
  await dateline.open(page);
  const id = await newArticle(page);
  const name = page.getByTestId('byline-name-0');
  const place = page.getByTestId('byline-place');
  await name.click();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('byline-role')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.type('Trung Hậu');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('byline-add-person')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(place).toBeFocused();
  await page.keyboard.type('Quang Bình');
  await expect(page.getByTestId('byline-preview')).toHaveText('Bài, ảnh: TRUNG HẬU (Quang Bình)');
  // On screen in the same order.
  const [n, p] = [(await name.boundingBox())!, (await place.boundingBox())!];
  expect(p.y).toBeGreaterThan(n.y + n.height - 1);
  await storedArticle(dateline, id, (a) => a.meta.byline.place === 'Quang Bình' && a.meta.byline.people[0]?.name === 'Trung Hậu');
});

for (const testId of ['byline-name-0', 'byline-place'] as const) {
  test(`undo in ${testId} goes a word at a time, never through a keyboard's half-typed forms`, async ({ page, dateline }) => {
    await dateline.open(page);
    const id = await newArticle(page);
    const typed = await undoCase(page, page.getByTestId(testId));
    await storedArticle(dateline, id, (a) => (testId === 'byline-place' ? a.meta.byline.place : a.meta.byline.people[0]?.name) === typed);
  });
}

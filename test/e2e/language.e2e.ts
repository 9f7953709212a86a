// The editor's language tools in Chromium against the browser host: legacy-font paste stored as
// Unicode, font-less legacy text converted only after the reporter says yes (and Latin-1 left
// alone), a commonly confused word underlined and fixed from the right-click menu, a word added
// to the reporter's dictionary (no longer underlined, also after a reload), and a house-style fix
// from the "Văn phong" panel. Every check reads the stored article or settings, not only the screen.

import type { Page } from '@playwright/test';
import type { Article, Block } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, test, type Dateline } from './fixtures.ts';

async function newArticle(dateline: Dateline, sapo: string, paragraphs: string[]): Promise<string> {
  const created = await dateline.call('library.create', { headline: 'Tin thử chính tả' });
  const body: Block[] = paragraphs.map((text, i) => ({ type: 'paragraph', id: `b-lang${i}`, children: [{ text }] }));
  const head = created.content.slice(0, 2).map((b) => (b.type === 'sapo' ? { ...b, children: [{ text: sapo }] } : b)) as Block[];
  await dateline.call('library.save', { id: created.id, content: [...head, ...body] as never });
  return created.id;
}

/** The stored article's block texts once block `at` (negative: from the end) reads `expected`
 * (autosave is asynchronous by design). */
async function stored(dateline: Dateline, id: string, at: number, expected: string): Promise<string[]> {
  let texts: string[] = [];
  await expect
    .poll(async () => {
      const article: Article = await dateline.call('library.get', { id });
      texts = article.content.map((b) => blockText(b));
      return texts.at(at);
    })
    .toBe(expected);
  return texts;
}

/** Puts flavours on the system clipboard and presses Ctrl+V: the browser's own paste path
 * (Slate takes HTML from the beforeinput event that only a real paste fires). */
async function paste(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.evaluate(async (data) => {
    const items: Record<string, Blob> = {};
    for (const [type, value] of Object.entries(data)) items[type] = new Blob([value], { type });
    await navigator.clipboard.write([new ClipboardItem(items)]);
  }, flavours);
  await page.keyboard.press('Control+V');
}

async function openAtEndOfLastParagraph(page: Page, dateline: Dateline, id: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dateline.open(page, `#/article/${id}`);
  const editor = articleText(page);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await editor.locator('.block-paragraph').last().click();
  await page.keyboard.press('End');
}

test('legacy pastes: fonts converted, font-less legacy text only after yes, Latin-1 untouched', async ({ page, dateline }) => {
  const id = await newArticle(dateline, 'BHG - Sapo.', ['Đoạn một.']);
  await openAtEndOfLastParagraph(page, dateline, id);

  // Word's HTML names the font of every run: converted at once, no question.
  await paste(page, {
    'text/html': '<p><span style="font-family:.VnTime">Hµ Giang </span><span style="font-family:.VnTimeH">Tr¦êng</span></p>',
    'text/plain': 'Hµ Giang Tr¦êng',
  });
  await stored(dateline, id, -1, 'Đoạn một.Hà Giang TRƯỜNG');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Plain text that looks like TCVN3: asked, with a preview, converted after yes.
  await page.keyboard.press('Enter');
  await paste(page, { 'text/plain': 'Quang B×nh lµ huyÖn vïng cao' });
  const dialog = page.getByRole('dialog', { name: /Văn bản có vẻ là mã TCVN3\. Chuyển sang Unicode\?/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.legacy-before')).toHaveText('Quang B×nh lµ huyÖn vïng cao');
  await expect(dialog.locator('.legacy-after')).toHaveText('Quang Bình là huyện vùng cao');
  await dialog.getByRole('button', { name: 'Chuyển sang Unicode' }).click();
  await stored(dateline, id, -1, 'Quang Bình là huyện vùng cao');

  // "Keep as it is" keeps the text exactly.
  await page.keyboard.press('Enter');
  await paste(page, { 'text/plain': 'Hµ Giang' });
  await page.getByRole('dialog').getByRole('button', { name: 'Giữ nguyên' }).click();
  await stored(dateline, id, -1, 'Hµ Giang');

  // Real Latin-1 goes in untouched and unasked.
  await page.keyboard.press('Enter');
  await paste(page, { 'text/plain': 'Peña đo 5 µm, uống café' });
  const texts = await stored(dateline, id, -1, 'Peña đo 5 µm, uống café');
  expect(texts.slice(2)).toEqual(['Đoạn một.Hà Giang TRƯỜNG', 'Quang Bình là huyện vùng cao', 'Hµ Giang', 'Peña đo 5 µm, uống café']);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a confused word is underlined and fixed from the menu; a word added to my dictionary stays accepted after reload', async ({
  page,
  dateline,
}) => {
  const id = await newArticle(dateline, 'BHG - Sapo.', ['Cán bộ xã Lũng Cú']);
  await openAtEndOfLastParagraph(page, dateline, id);
  await page.keyboard.type(' sử lý hồ sơ của ông Pàxìnhx nhanh.');
  const editor = articleText(page);

  const confused = editor.locator('.misspelled-confused', { hasText: 'sử lý' });
  await expect(confused).toBeVisible();
  const odd = editor.locator('.misspelled-spelling', { hasText: 'Pàxìnhx' });
  await expect(odd).toBeVisible();
  // The gazetteer's names are not flagged.
  await expect(editor.locator('.misspelled', { hasText: 'Lũng' })).toHaveCount(0);

  await confused.click({ button: 'right' });
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitem', { name: 'xử lý' }).click();
  await stored(dateline, id, -1, 'Cán bộ xã Lũng Cú xử lý hồ sơ của ông Pàxìnhx nhanh.');
  await expect(editor.locator('.misspelled-confused')).toHaveCount(0);

  await odd.click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Thêm vào từ điển của tôi' }).click();
  await expect(editor.locator('.misspelled', { hasText: 'Pàxìnhx' })).toHaveCount(0);
  await expect.poll(async () => (await dateline.call('settings.get', {})).userWords).toEqual(['Pàxìnhx']);

  // After a reload the checker runs again: a new misspelling is underlined, the added word is not.
  await page.reload();
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await editor.locator('.block-paragraph').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Chia sẽ nhé.');
  await expect(editor.locator('.misspelled-confused', { hasText: 'Chia sẽ' })).toBeVisible();
  await expect(editor.locator('.misspelled', { hasText: 'Pàxìnhx' })).toHaveCount(0);
});

test('the house-style panel fixes the sapo prefix in one click, stored', async ({ page, dateline }) => {
  const id = await newArticle(dateline, 'BHG-Đảng bộ huyện luôn coi trọng công tác cán bộ.', ['Đoạn một.']);
  await dateline.open(page, `#/article/${id}`);
  await expect(articleText(page)).toHaveAttribute('contenteditable', 'true');
  await page.getByRole('button', { name: 'Văn phong' }).click();
  const panel = page.getByRole('complementary', { name: 'Văn phong' });
  const finding = panel.locator('.style-finding[data-rule="prefix"]');
  await expect(finding).toContainText('Tiền tố của sapo viết là “BHG -”, không phải “BHG-”.');
  await finding.getByRole('button', { name: /Sửa thành/ }).click();
  const texts = await stored(dateline, id, 1, 'BHG - Đảng bộ huyện luôn coi trọng công tác cán bộ.');
  expect(texts[1]).toBe('BHG - Đảng bộ huyện luôn coi trọng công tác cán bộ.');
  await expect(panel.locator('.style-finding[data-rule="prefix"]')).toHaveCount(0);
});

test('Settings → Từ điển của tôi lists my words; one removed is underlined again, one added by hand is not', async ({ page, dateline }) => {
  await dateline.call('settings.set', { patch: { userWords: ['Pàxìnhx', 'Sùngz'] } });
  await dateline.open(page, '#/settings');
  const myWords = page.getByRole('form', { name: 'Từ điển của tôi' });
  await expect(myWords.getByRole('listitem')).toHaveText([/Pàxìnhx/, /Sùngz/]);

  await myWords.getByRole('button', { name: 'Xoá “Pàxìnhx” khỏi từ điển của tôi' }).click();
  await expect.poll(async () => (await dateline.call('settings.get', {})).userWords).toEqual(['Sùngz']);
  await myWords.getByLabel('Từ mới').fill('Lùngx');
  await myWords.getByRole('button', { name: 'Thêm từ' }).click();
  await expect.poll(async () => (await dateline.call('settings.get', {})).userWords).toEqual(['Sùngz', 'Lùngx']);
  await expect(myWords.getByLabel('Từ mới')).toHaveValue('');
  // A word longer than a word can be is refused with a reason, and nothing is saved.
  await myWords.getByLabel('Từ mới').fill('x'.repeat(101));
  await myWords.getByRole('button', { name: 'Thêm từ' }).click();
  await expect(myWords.getByRole('alert')).toHaveText('Một từ dài tối đa 100 ký tự.');
  expect((await dateline.call('settings.get', {})).userWords).toEqual(['Sùngz', 'Lùngx']);

  const id = await newArticle(dateline, 'BHG - Sapo.', ['Ông Pàxìnhx, ông Sùngz và ông Lùngx ở Lũng Cú.']);
  await dateline.open(page, `#/article/${id}`);
  const editor = articleText(page);
  // The first underline of a freshly opened page waits for the worker to load the dictionaries
  // (seconds on a busy two-core machine).
  await expect(editor.locator('.misspelled-spelling', { hasText: 'Pàxìnhx' })).toBeVisible({ timeout: 20_000 });
  await expect(editor.locator('.misspelled', { hasText: 'Sùngz' })).toHaveCount(0);
  await expect(editor.locator('.misspelled', { hasText: 'Lùngx' })).toHaveCount(0);
});

test('the style panel speaks from the publication time typed in the details: `huyện Quang Bình` on 05/01/2025 is right', async ({
  page,
  dateline,
}) => {
  const id = await newArticle(dateline, 'BHG-Đảng bộ huyện Quang Bình luôn coi trọng công tác cán bộ.', ['Đoạn một.']);
  await dateline.open(page, `#/article/${id}`);
  await expect(articleText(page)).toHaveAttribute('contenteditable', 'true');
  // The reporter types the time the article appeared, the paper's way (hour:minute, day/month/year).
  await page.getByText('Thời gian đăng', { exact: true }).click();
  await page.keyboard.type('17:43, 05/01/2025');
  await expect(page.getByTestId('meta-publish-shown')).toHaveText('17:43, 05/01/2025');
  await page.getByRole('button', { name: 'Văn phong' }).click();
  const panel = page.getByRole('complementary', { name: 'Văn phong' });
  // The check has run (the prefix is found) and the district, still a district then, is not.
  await expect(panel.locator('.style-finding[data-rule="prefix"]')).toHaveCount(1);
  await expect(panel.locator('.style-finding[data-rule="merged-place"]')).toHaveCount(0);
  await expect.poll(async () => ((await dateline.call('library.get', { id })) as Article).meta.publishAt).toBe('2025-01-05T10:43:00.000Z');
});

// Formatting in Chromium against the browser host: toolbar buttons and Word/Docs shortcuts give
// bold, italic, underline, subheadings, quotes, lists and links in the STORED article; a paste
// of Word-like HTML lands sanitised; undo after Backspace-burst typing never shows `tieeng`.

import type { Page } from '@playwright/test';
import type { Article, Block } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { wordPasteHtml, wordPasteLeaks, wordPasteRuns, wordPasteShape, wordPasteTexts } from '../unit/editor/fixtures/word-paste.ts';
import { articleText, expect, saveStatus, test, type Dateline, storedArticle } from './fixtures.ts';

const body = (a: Article): Block[] => a.content.slice(2);
const shape = (a: Article): string[] => body(a).map((b) => (b.type === 'heading' ? `h${b.level}` : b.type));

async function openNew(page: Page, dateline: Dateline, headline: string): Promise<string> {
  const article = await dateline.call('library.create', { headline });
  await dateline.open(page, `#/article/${article.id}`);
  await articleText(page).locator('.block-paragraph').first().click();
  return article.id;
}

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('toolbar buttons and shortcuts format the stored article', async ({ page, dateline }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const id = await openNew(page, dateline, 'Định dạng');
  const bold = page.getByRole('button', { name: 'Đậm', exact: true });
  await expect(bold).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.type('Đậm nghiêng gạch thường');
  await page.keyboard.press('Home');
  await press(page, 'Shift+ArrowRight', 3);
  await bold.click();
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await press(page, 'ArrowRight', 2);
  await press(page, 'Shift+ArrowRight', 7);
  await page.keyboard.press('Control+I');
  await expect(page.getByRole('button', { name: 'Nghiêng' })).toHaveAttribute('aria-pressed', 'true');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await press(page, 'ArrowRight', 2);
  await press(page, 'Shift+ArrowRight', 4);
  await page.keyboard.press('Control+U');
  await expect(page.getByRole('button', { name: 'Gạch chân' })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mục phụ');
  await page.keyboard.press('Control+Alt+Digit2');
  await expect(page.getByRole('button', { name: 'Tiêu đề phụ' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Lời trích dẫn');
  await page.keyboard.press('Control+Shift+Digit9');
  await page.keyboard.press('Enter');
  // Enter on an empty quote (and an empty list item) leaves it.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Một');
  await page.getByRole('button', { name: 'Danh sách', exact: true }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hai');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bước một');
  await page.keyboard.press('Control+Shift+Digit7');
  await expect(page.getByRole('button', { name: 'Danh sách số' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Xem báo Hà Giang');
  await press(page, 'Shift+ArrowLeft', 12);

  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Chèn liên kết' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('không dùng được');
  await dialog.getByLabel('Địa chỉ liên kết').fill('baohagiang.vn');
  await dialog.getByRole('button', { name: 'Lưu liên kết' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Liên kết' })).toHaveAttribute('aria-pressed', 'true');

  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const stored = await storedArticle(
    dateline,
    id,
    (a) => shape(a).length === 6 && blockText(body(a)[5]) === 'Xem báo Hà Giang' && JSON.stringify(a).includes('baohagiang'),
  );
  expect(shape(stored)).toEqual(['paragraph', 'h2', 'blockquote', 'bulleted-list', 'numbered-list', 'paragraph']);
  const [marks, heading, quote, bullets, numbers, linked] = body(stored);
  expect(marks).toMatchObject({
    children: [
      { text: 'Đậm', bold: true },
      { text: ' ' },
      { text: 'nghiêng', italic: true },
      { text: ' ' },
      { text: 'gạch', underline: true },
      { text: ' thường' },
    ],
  });
  expect(blockText(heading)).toBe('Mục phụ');
  expect(blockText(quote)).toBe('Lời trích dẫn');
  expect(bullets).toMatchObject({
    children: [
      { type: 'list-item', children: [{ text: 'Một' }] },
      { type: 'list-item', children: [{ text: 'Hai' }] },
    ],
  });
  expect(numbers).toMatchObject({ children: [{ type: 'list-item', children: [{ text: 'Bước một' }] }] });
  expect(linked).toMatchObject({
    children: [{ text: 'Xem ' }, { type: 'link', url: 'https://baohagiang.vn', children: [{ text: 'báo Hà Giang' }] }, { text: '' }],
  });
  // Headline and sapo untouched by all of it.
  expect(stored.content.slice(0, 2).map((b) => [b.type, blockText(b)])).toEqual([
    ['headline', 'Định dạng'],
    ['sapo', 'BHG - '],
  ]);
  expect(problems).toEqual([]);
});

test('Ctrl+B in the headline does nothing, and the formatting buttons are off there', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', { headline: 'Tiêu đề' });
  await dateline.open(page, `#/article/${article.id}`);
  await articleText(page).locator('.block-headline').click();
  await page.keyboard.press('End');
  await press(page, 'Shift+ArrowLeft', 3);
  await page.keyboard.press('Control+B');
  await expect(page.getByRole('button', { name: 'Đậm', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Trích dẫn' })).toBeDisabled();
  await page.keyboard.press('End');
  await page.keyboard.type(' mới');
  const stored = await storedArticle(dateline, article.id, (a) => blockText(a.content[0]) === 'Tiêu đề mới');
  expect(stored.content[0]).toMatchObject({ type: 'headline', children: [{ text: 'Tiêu đề mới' }] });
  expect(JSON.stringify(stored.content[0])).not.toContain('bold');
});

test('a paste of Word HTML lands sanitised in the stored article', async ({ page, dateline }) => {
  const id = await openNew(page, dateline, 'Dán từ Word');
  await articleText(page).evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Quang Bình ra quân làm đường');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, wordPasteHtml);
  const stored = await storedArticle(dateline, id, (a) => shape(a).length >= wordPasteShape.length);
  expect(shape(stored)).toEqual(wordPasteShape);
  expect(body(stored).map((b) => blockText(b))).toEqual(wordPasteTexts);
  expect(body(stored)[1]).toMatchObject({ children: wordPasteRuns });
  const json = JSON.stringify(stored);
  for (const leak of wordPasteLeaks) expect(json).not.toContain(leak);
  expect(json).toBe(json.normalize('NFC'));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

/** Types a word as UniKey does: letters, and Backspace bursts that rewrite the ending. */
async function typeLikeUniKey(page: Page, screens: string[]): Promise<void> {
  let shown = '';
  for (const next of screens) {
    let common = 0;
    while (common < shown.length && common < next.length && shown[common] === next[common]) common++;
    const burst: Promise<void>[] = [];
    // Fired without waiting for a frame between them, as the keyboard driver sends them.
    for (let i = shown.length; i > common; i--) burst.push(page.keyboard.press('Backspace'));
    if (next.length > common) burst.push(page.keyboard.insertText(next.slice(common)));
    await Promise.all(burst);
    shown = next;
  }
}

test('undo after Backspace-burst typing gives back whole words, never `tieeng`', async ({ page, dateline }) => {
  const id = await openNew(page, dateline, 'Hoàn tác');
  await typeLikeUniKey(page, ['t', 'ti', 'tie', 'tiê', 'tiên', 'tiêng', 'tiếng']);
  await page.keyboard.type(' ');
  await typeLikeUniKey(page, ['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt']);
  const paragraph = articleText(page).locator('.block-paragraph').first();
  await expect(paragraph).toHaveText('tiếng Việt');
  await storedArticle(dateline, id, (a) => blockText(body(a)[0]) === 'tiếng Việt');

  const seen: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Control+Z');
    seen.push((await paragraph.innerText()).replace(/\uFEFF|\n/g, ''));
  }
  expect(seen.map((s) => s.trim())).toEqual(['tiếng', '']);
  for (const s of seen) expect(s).not.toMatch(/tie|tiê(?!n)|Vie/);
  const afterUndo = await storedArticle(dateline, id, (a) => blockText(body(a)[0]) === '');
  expect(blockText(body(afterUndo)[0])).toBe('');
  await page.keyboard.press('Control+Y');
  await expect(paragraph).toHaveText('tiếng');
  await storedArticle(dateline, id, (a) => blockText(body(a)[0]) === 'tiếng ');
});

test('Ctrl+B, Ctrl+Alt+2 and the Bold button in the middle of an IME composition leave the word whole', async ({ page, dateline }) => {
  const id = await openNew(page, dateline, 'Gõ bằng bộ gõ');
  const cdp = await page.context().newCDPSession(page);
  const compose = async (steps: string[]): Promise<void> => {
    for (const step of steps)
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  };
  await compose(['t', 'ti', 'tie', 'tiê']);
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Control+Alt+Digit2');
  await compose(['tiên', 'tiêng']);
  await page.getByRole('button', { name: 'Đậm', exact: true }).click();
  await compose(['tiếng']);
  await cdp.send('Input.insertText', { text: 'tiếng' });
  await page.keyboard.type(' Việt');
  await cdp.detach();
  const stored = await storedArticle(dateline, id, (a) => blockText(body(a)[0]).endsWith('Việt'));
  const text = blockText(body(stored)[0]);
  expect(text).toBe('tiếng Việt');
  expect(text).toBe(text.normalize('NFC'));
  // The shortcuts and the button were ignored while the word was being composed.
  expect(body(stored)[0]).toMatchObject({ type: 'paragraph', children: [{ text: 'tiếng Việt' }] });
  await expect(articleText(page).locator('.block-paragraph').first()).toHaveText('tiếng Việt');
});

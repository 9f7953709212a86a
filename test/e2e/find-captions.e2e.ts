// Find and replace reaches photo captions, credits and alt text, in Chromium: the matches come
// at the photo's place in the count, going to one brings the photo into view with the field
// outlined and the match selected, Esc puts the keyboard in that field, and Replace / Replace all
// change the stored figure (all of it ONE undo step with the text).

import type { Locator } from '@playwright/test';
import type { Article, Block, FigureBlock } from '../../main/common/article/model.ts';
import { articleText, expect, storedArticle, test, type Dateline } from './fixtures.ts';

const CAPTION = 'Người dân xem đua thuyền, người chèo mặc áo đỏ';
const CREDIT = 'Ảnh: Nguyễn Người';
const ALT = 'Hai người chèo thuyền';

/** An article whose photo sits below a screenful of text (its asset need not exist: the fields show anyway). */
async function setUp(dateline: Dateline): Promise<string> {
  const created = await dateline.call('library.create', { headline: 'Người dân Đà Nẵng' });
  const filler = Array.from({ length: 40 }, (_, i) => ({
    type: 'paragraph' as const,
    id: `b-fill-${i}`,
    children: [{ text: `Đoạn ${i + 1}: đội thuyền tập luyện trên sông Hàn.` }],
  }));
  const content: Block[] = [
    { type: 'headline', id: 'b-head', children: [{ text: 'Người dân Đà Nẵng' }] },
    { type: 'sapo', id: 'b-sapo', children: [{ text: 'BHG - Lễ hội đua thuyền.' }] },
    { type: 'paragraph', id: 'b-p1', children: [{ text: 'Trước ảnh có người chèo.' }] },
    ...filler,
    {
      type: 'figure',
      id: 'b-photo',
      assetId: 'a'.repeat(64),
      caption: CAPTION,
      credit: CREDIT,
      alt: ALT,
      layout: 'full',
      children: [{ text: '' }],
    },
    { type: 'paragraph', id: 'b-p2', children: [{ text: 'Sau ảnh có người xem.' }] },
  ];
  await dateline.call('library.save', { id: created.id, content: content as never, baseVersion: created.version });
  return created.id;
}

const figureOf = (a: Article): FigureBlock => a.content.find((b): b is FigureBlock => b.type === 'figure')!;
const selectionIn = (input: Locator): Promise<[number | null, number | null]> =>
  input.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]);

test('finds and replaces in photo captions and credits, in reading order, one undo step', async ({ page, dateline }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const id = await setUp(dateline);
  await dateline.open(page, `#/article/${id}`);
  const editor = articleText(page);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  const figure = editor.locator('figure[data-block-id="b-photo"]');
  const caption = figure.getByLabel('Chú thích');
  const credit = figure.getByLabel('Nguồn ảnh');
  await expect(caption).toHaveValue(CAPTION);
  await editor.locator('.block-headline').click();
  await page.keyboard.press('Control+Home');

  // 7 places: headline, the paragraph before, the caption twice, the credit, the alt, the paragraph after.
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Tìm', exact: true });
  await find.fill('nguoi');
  await page.getByLabel('Không phân biệt dấu').check();
  const count = page.locator('.find-count');
  const where = page.locator('.find-where');
  await expect(count).toHaveText('1/7');
  await find.press('Enter');
  await expect(count).toHaveText('2/7');
  await expect(where).toHaveCount(0);
  await expect(caption).not.toBeInViewport();

  // The first caption match: the photo comes into view, the caption is outlined with the match
  // selected, nothing in the text is current, and the keyboard stays in the box.
  await find.press('Enter');
  await expect(count).toHaveText('3/7');
  await expect(where).toHaveText('Chỗ này ở chú thích ảnh. Esc để đến ô Chú thích.');
  await expect(caption).toBeInViewport();
  await expect(figure.locator('.figure-field-caption')).toHaveAttribute('data-find-current', '');
  await expect.poll(() => selectionIn(caption)).toEqual([0, 5]);
  await expect(editor.locator('.find-current')).toHaveCount(0);
  await expect(find).toBeFocused();
  await find.press('Enter');
  await expect(count).toHaveText('4/7');
  await expect.poll(() => selectionIn(caption)).toEqual([26, 31]);
  await find.press('Enter');
  await expect(count).toHaveText('5/7');
  await expect(where).toHaveText('Chỗ này ở nguồn ảnh. Esc để đến ô Nguồn ảnh.');
  await expect(figure.locator('.figure-field-credit')).toHaveAttribute('data-find-current', '');
  await expect.poll(() => selectionIn(credit)).toEqual([12, 17]);
  await expect(figure.locator('.figure-field-caption')).not.toHaveAttribute('data-find-current', '');
  await find.press('Enter');
  await expect(count).toHaveText('6/7');
  await expect(figure.locator('.figure-field-alt')).toHaveAttribute('data-find-current', '');
  await find.press('Enter');
  await expect(count).toHaveText('7/7');
  await expect(editor.locator('.find-current')).toHaveText('người');

  // Esc on a caption match: the keyboard goes to the caption, on the match.
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(count).toHaveText('4/7');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('search', { name: 'Tìm và thay thế' })).toHaveCount(0);
  await expect(caption).toBeFocused();
  expect(await selectionIn(caption)).toEqual([26, 31]);
  await expect(figure.locator('.figure-field-caption')).not.toHaveAttribute('data-find-current', '');

  // Replace one: only the second caption match; then the credit is current.
  await editor.locator('.block-headline').click();
  await page.keyboard.press('Control+h');
  // It opens on the match after the caret (Slate takes in the click's caret a moment later).
  await expect(count).toHaveText(/^\d\/7$/);
  const from = Number((await count.textContent())!.split('/')[0]);
  for (let i = from; i !== 4; i = (i % 7) + 1) await find.press('Enter');
  await expect(count).toHaveText('4/7');
  const replace = page.getByRole('textbox', { name: 'Thay bằng' });
  await replace.fill('ngư dân');
  await page.getByRole('button', { name: 'Thay', exact: true }).click();
  await expect(count).toHaveText('4/6');
  await expect(where).toContainText('nguồn ảnh');
  await storedArticle(dateline, id, (a) => figureOf(a).caption === 'Người dân xem đua thuyền, ngư dân chèo mặc áo đỏ');
  await expect(caption).toHaveValue('Người dân xem đua thuyền, ngư dân chèo mặc áo đỏ');

  // Replace all (typed decomposed, stored NFC): text and fields, several matches in a field.
  await replace.fill('cụ'.normalize('NFD'));
  await page.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(page.locator('.find-message')).toHaveText('Đã thay 6 chỗ. Ctrl+Z để hoàn tác.');
  // Nothing left counted or marked until the next search (the message says what happened).
  await expect(count).toHaveText('');
  // Each match keeps its case pattern: `Người` at the start of the caption becomes `Cụ`.
  const replaced = await storedArticle(dateline, id, (a) => figureOf(a).credit === 'Ảnh: Nguyễn Cụ');
  expect(figureOf(replaced)).toMatchObject({
    caption: 'Cụ dân xem đua thuyền, ngư dân chèo mặc áo đỏ',
    credit: 'Ảnh: Nguyễn Cụ',
    alt: 'Hai cụ chèo thuyền',
  });
  expect(
    replaced.content
      .map((b) => ('children' in b && b.type !== 'figure' ? (b.children as { text?: string }[]).map((c) => c.text ?? '').join('') : ''))
      .filter((t) => /cụ/i.test(t)),
  ).toEqual(['Cụ dân Đà Nẵng', 'Trước ảnh có cụ chèo.', 'Sau ảnh có cụ xem.']);
  await expect(caption).toHaveValue('Cụ dân xem đua thuyền, ngư dân chèo mặc áo đỏ');

  // ONE Ctrl+Z undoes all six, the captions with the text; a second the single replacement.
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+z');
  const undone = await storedArticle(dateline, id, (a) => figureOf(a).credit === CREDIT);
  expect(figureOf(undone)).toMatchObject({ caption: 'Người dân xem đua thuyền, ngư dân chèo mặc áo đỏ', alt: ALT });
  expect(undone.content[0]).toMatchObject({ children: [{ text: 'Người dân Đà Nẵng' }] });
  await expect(caption).toHaveValue('Người dân xem đua thuyền, ngư dân chèo mặc áo đỏ');
  await page.keyboard.press('Control+z');
  await storedArticle(dateline, id, (a) => figureOf(a).caption === CAPTION);
  expect(problems).toEqual([]);
});

// Replace all as Word and Google Docs do it: `dang vien` → `đảng viên` keeps each match's case
// pattern (a sentence start stays capitalised, capitals stay capitals, in text and in photo
// captions); the matches in captions are marked; opening Replace puts the keyboard in the
// replacement; after Replace all the counter no longer claims "4/6".

import type { Block, FigureBlock } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, storedArticle, test } from './fixtures.ts';

test('replace all keeps each match’s case, in text and captions; caption matches are marked; the keyboard lands in Replace', async ({
  page,
  dateline,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // The text to work on (the scene; replacing is what this test is about).
  const created = await dateline.call('library.create', { headline: 'Gương sáng ở Nà Ké' });
  const content: Block[] = [
    { type: 'headline', id: 'b-h', children: [{ text: 'Gương sáng ở Nà Ké' }] },
    { type: 'sapo', id: 'b-s', children: [{ text: 'BHG - Dang vien thôn Nà Ké đi đầu.' }] },
    { type: 'paragraph', id: 'b-p1', children: [{ text: 'Mỗi dang vien nhận một việc. Dang vien trẻ làm trước.' }] },
    { type: 'paragraph', id: 'b-p2', children: [{ text: 'KHEN THƯỞNG DANG VIEN XUẤT SẮC' }] },
    {
      type: 'figure',
      id: 'b-f',
      assetId: 'a'.repeat(64),
      caption: 'Dang vien họp chi bộ',
      credit: 'Ảnh: MINH ĐỨC',
      alt: 'Các dang vien ngồi họp',
      layout: 'full',
      children: [{ text: '' }],
    },
  ];
  await dateline.call('library.save', { id: created.id, content: content as never, baseVersion: created.version });
  await dateline.open(page, `#/article/${created.id}`);
  const editor = articleText(page);

  await editor.locator('[data-block-id="b-p1"]').click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Tìm', exact: true });
  await expect(find).toBeFocused();
  await page.keyboard.type('dang vien');
  const count = page.locator('.find-count');
  await expect(count).toHaveText(/^\d\/6$/);
  // The two matches in the photo's fields are marked (fields take no highlight of their own).
  const figure = editor.locator('figure[data-block-id="b-f"]');
  await expect(figure.locator('.figure-field-caption')).toHaveAttribute('data-find-match', '');
  await expect(figure.locator('.figure-field-alt')).toHaveAttribute('data-find-match', '');
  await expect(figure.locator('.figure-field-credit')).not.toHaveAttribute('data-find-match', '');

  // "⇄" opens Replace and the keyboard goes to the replacement; so does Ctrl+H.
  await page.getByRole('button', { name: /^Hiện ô thay thế/ }).click();
  const replace = page.getByRole('textbox', { name: 'Thay bằng' });
  await expect(replace).toBeFocused();
  await find.click();
  await page.keyboard.press('Control+h');
  await expect(replace).toBeFocused();
  await page.keyboard.type('đảng viên');
  await page.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(page.locator('.find-message')).toHaveText('Đã thay 6 chỗ. Ctrl+Z để hoàn tác.');
  await expect(count).toHaveText('');
  await expect(editor.locator('.find-match')).toHaveCount(0);
  await expect(figure.locator('[data-find-match]')).toHaveCount(0);

  const stored = await storedArticle(dateline, created.id, (a) => a.content.some((b) => blockText(b).includes('ĐẢNG VIÊN')));
  expect(stored.content.slice(0, 4).map(blockText)).toEqual([
    'Gương sáng ở Nà Ké',
    'BHG - Đảng viên thôn Nà Ké đi đầu.',
    'Mỗi đảng viên nhận một việc. Đảng viên trẻ làm trước.',
    'KHEN THƯỞNG ĐẢNG VIÊN XUẤT SẮC',
  ]);
  expect(stored.content[4] as FigureBlock).toMatchObject({
    caption: 'Đảng viên họp chi bộ',
    alt: 'Các đảng viên ngồi họp',
    credit: 'Ảnh: MINH ĐỨC',
  });
  await expect(figure.getByLabel('Chú thích')).toHaveValue('Đảng viên họp chi bộ');

  // Searching again counts afresh (the replacements match a toneless search too).
  await find.click();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('Không thấy');
  await page.getByLabel('Không phân biệt dấu').check();
  await expect(count).toHaveText(/^\d\/6$/);
});

// The library as a reporter uses it: two articles with one headline are told apart by their
// section, byline and publish time; the section filter takes a part of the name without tones;
// dates are day/month/year in Vietnamese (and never the browser's mm/dd/yyyy); drafts open from
// the chooser and by dropping them on the list, with the import report; revisions say what each
// changed, with a preview and a compare with the current text.

import { readFile } from 'node:fs/promises';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, saveStatus, storedArticle, test } from './fixtures.ts';

const DRAFT = '/work/shared/fixtures/articles/bhg-2025-01-05-bon-tot.txt';
const HEADLINE = 'Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình';

test('columns tell articles apart; the section filter takes a part without tones; dates are day/month/year', async ({ page, dateline }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Two articles with one headline (the scene; the screen is what this test is about).
  const a = await dateline.call('library.create', { headline: 'Hội nghị chi bộ' });
  await dateline.call('library.save', {
    id: a.id,
    content: a.content as never,
    meta: {
      category: 'Xây dựng Đảng',
      publishAt: '2025-01-05T10:43:00.000Z',
      byline: { role: 'bai-anh', people: [{ name: 'Minh Đức' }], place: 'Bắc Quang' },
    },
  });
  const b = await dateline.call('library.create', { headline: 'Hội nghị chi bộ' });
  await dateline.call('library.save', {
    id: b.id,
    content: b.content as never,
    meta: { category: 'Thời sự', byline: { role: 'tin', people: [{ name: 'Trung Hậu' }] } },
  });
  await dateline.open(page);

  for (const header of ['Tiêu đề', 'Chuyên mục', 'Tác giả', 'Giờ đăng', 'Trạng thái', 'Sửa lần cuối'])
    await expect(page.getByRole('columnheader', { name: header })).toBeVisible();
  const first = page.locator(`tr[data-article-id="${a.id}"]`);
  const second = page.locator(`tr[data-article-id="${b.id}"]`);
  await expect(first.locator('.col-category')).toHaveText('Xây dựng Đảng');
  await expect(first.locator('.col-byline')).toHaveText('Bài, ảnh: MINH ĐỨC (Bắc Quang)');
  await expect(first.locator('.col-publish')).toHaveText('17:43, 05/01/2025');
  await expect(second.locator('.col-category')).toHaveText('Thời sự');
  await expect(second.locator('.col-byline')).toHaveText('Tin: TRUNG HẬU');
  await expect(second.locator('.col-publish')).toHaveText('chưa đặt');
  await expect(first.locator('.col-changed')).toHaveText(/^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/);
  // No date field of the browser's (they write mm/dd/yyyy on an English system).
  await expect(page.locator('input[type="date"], input[type="datetime-local"]')).toHaveCount(0);

  // The section filter: a part of the name, typed without tones.
  await page.getByLabel('Chuyên mục').click();
  await page.keyboard.type('xay dung');
  const hits = page.locator('.search-hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAttribute('data-article-id', a.id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('xây dựng');
  await expect(hits).toHaveCount(1);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');

  // Dates typed day/month/year: 05/01/2025 is the fifth of January.
  await page.getByLabel('Từ ngày').click();
  await page.keyboard.type('01/01/2025');
  await page.getByLabel('Đến ngày').click();
  await page.keyboard.type('31/01');
  await expect(page.getByText('Ngày viết theo dạng ngày/tháng/năm, ví dụ 05/01/2025.')).toBeVisible();
  await page.keyboard.type('/2025');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAttribute('data-article-id', a.id);
  await expect(hits.first().locator('time')).toHaveText('17:43, 05/01/2025');

  // In English the same dates are written with the month in words, never 01/05/2025.
  await dateline.call('settings.set', { patch: { language: 'en' } });
  await page.reload();
  await expect(first.locator('.col-publish')).toHaveText('5 Jan 2025, 17:43');
  await expect(page.locator('body')).not.toContainText('01/05/2025');
});

test('a draft opens from the chooser and by a drop on the library, with the import report', async ({ page, dateline }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await dateline.open(page);
  await expect(page.getByRole('button', { name: 'Mở bản thảo…' })).toBeVisible();
  const draft = await readFile(DRAFT);

  // The chooser: "Mở bản thảo…" (Ctrl+O does the same).
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles({ name: 'bon-tot.txt', mimeType: 'text/plain', buffer: draft });
  const report = page.getByRole('dialog', { name: 'Đã mở bản thảo' });
  await expect(report).toContainText('“bon-tot.txt” thành bài “Sức mạnh đoàn kết');
  // What was put aside, and why.
  await expect(report.getByRole('heading', { name: 'Để riêng, ngoài thân bài' })).toBeVisible();
  await expect(report).toContainText('không thuộc bài');
  await expect(report.locator('.draft-notes')).toContainText('Cùng chuyên mục');
  await expect(report.getByRole('heading', { name: 'Tin liên quan nhận ra (chỉ để tham khảo)' })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Mở bài' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(articleText(page).locator('.block-headline')).toHaveText(HEADLINE);
  await expect(articleText(page).locator('.block-sapo')).toContainText('BHG - Nhận thức sâu sắc');
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  // A drop on the library.
  await page.getByRole('link', { name: 'Thư viện', exact: true }).click();
  await expect(page.getByText('1 bài')).toBeVisible();
  const data = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'ban-thao.md', { type: 'text/markdown' }));
    return dt;
  }, '# Đường mới về Nà Ké\n\nBHG - Bà con góp công làm đường.\n\nThân bài.\n');
  const list = page.locator('section.library');
  await list.dispatchEvent('dragover', { dataTransfer: data });
  await expect(page.getByText('Thả bản thảo vào đây để mở thành bài mới')).toBeVisible();
  await list.dispatchEvent('drop', { dataTransfer: data });
  await expect(report).toContainText('“ban-thao.md” thành bài “Đường mới về Nà Ké”');
  await report.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByText('2 bài')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Đường mới về Nà Ké' })).toBeVisible();
  const imported = (await dateline.call('library.list', {})).items.find((i) => i.headline === 'Đường mới về Nà Ké');
  const article = await dateline.call('library.get', { id: imported?.id ?? '' });
  expect(article.content.map(blockText)).toEqual(['Đường mới về Nà Ké', 'BHG - Bà con góp công làm đường.', 'Thân bài.']);

  // What cannot be imported says why, and makes nothing.
  const refused = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Mở bản thảo…' }).click();
  await (
    await refused
  ).setFiles({ name: 'cu.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
  const failed = page.getByRole('dialog', { name: 'Chưa mở được bản thảo' });
  await expect(failed).toContainText('.docx');
  await page.keyboard.press('Escape');
  await expect(page.getByText('2 bài')).toBeVisible();
});

test('revisions say what each changed, show their text and compare with the current one', async ({ page, dateline }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const article = await dateline.call('library.create', { headline: 'Tổ vận động xóa bỏ hủ tục' });
  await dateline.open(page, `#/article/${article.id}`);
  const editor = articleText(page);
  const saved = (words: string) => storedArticle(dateline, article.id, (a) => a.content.some((b) => blockText(b).endsWith(words)));
  await editor.locator('.block-paragraph').first().click();
  await page.keyboard.type('Tổ vận động đến từng nhà.');
  await saved('từng nhà.');
  // Revisions are taken at most every few minutes; the services' clock moves on.
  dateline.advanceClock(10 * 60_000);
  await page.keyboard.type(' Bà con đồng tình.');
  await saved('đồng tình.');
  dateline.advanceClock(10 * 60_000);
  await page.keyboard.type(' Hủ tục giảm hẳn.');
  await saved('giảm hẳn.');
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  await page.keyboard.press('Control+Alt+Shift+H');
  const dialog = page.getByRole('dialog', { name: /Các bản đã lưu/ });
  const rows = dialog.locator('.revision');
  await expect(rows).toHaveCount(3);
  // Each row says what it changed since the one before: no two rows alike.
  const changes = await rows.locator('.revision-changes').allTextContents();
  expect(new Set(changes).size).toBe(3);
  const added = rows.filter({ has: page.locator('.revision-changes ins', { hasText: 'Bà con đồng tình.' }) });
  await expect(added.locator('.revision-changes')).toHaveText('+4 chữ · Bà con đồng tình.');
  const first = rows.filter({ has: page.locator('.revision-changes ins', { hasText: 'Tổ vận động đến từng nhà.' }) });
  await expect(first.locator('.revision-changes')).toHaveText('+6 chữ · Tổ vận động đến từng nhà.');

  await first.getByRole('button', { name: /^Xem bản \d+$/ }).click();
  const preview = dialog.getByTestId('revision-preview');
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview.locator('.revision-text')).toContainText('Tổ vận động đến từng nhà.');
  await expect(preview.locator('.revision-text')).not.toContainText('Bà con');
  await preview.getByRole('button', { name: 'So với hiện tại' }).click();
  await expect(preview.locator('ins')).toHaveText(' Bà con đồng tình. Hủ tục giảm hẳn.');
  await expect(preview).toContainText('thêm 8 chữ, bỏ 0 chữ');
});

test('the preview’s heading takes the focus also when a frame comes before React has drawn it', async ({ page, dateline }) => {
  // On a busy machine the browser may draw a frame before React's render of the preview: the
  // focus used to be moved from that frame, found no heading yet, and stayed on the button.
  const article = await dateline.call('library.create', { headline: 'Tổ vận động xóa bỏ hủ tục' });
  await dateline.open(page, `#/article/${article.id}`);
  await articleText(page).locator('.block-paragraph').first().click();
  await page.keyboard.type('Tổ vận động đến từng nhà.');
  await storedArticle(dateline, article.id, (a) => a.content.some((b) => blockText(b).endsWith('từng nhà.')));
  await page.keyboard.press('Control+Alt+Shift+H');
  const dialog = page.getByRole('dialog', { name: /Các bản đã lưu/ });
  await expect(dialog.locator('.revision')).not.toHaveCount(0);
  // Every frame from here on comes straight after the task that asked for it, before React's render.
  await page.evaluate(() => {
    window.requestAnimationFrame = (cb) => {
      queueMicrotask(() => cb(performance.now()));
      return 0;
    };
  });
  const view = dialog
    .locator('.revision')
    .first()
    .getByRole('button', { name: /^Xem bản \d+$/ });
  const version = ((await view.getAttribute('aria-label')) ?? '').replace('Xem bản ', '');
  await view.click();
  const preview = dialog.getByTestId('revision-preview');
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview.getByRole('heading')).toHaveText(`Bản ${version}`);
  // Tab goes on from the heading to the preview's own buttons.
  await page.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Xem', exact: true })).toBeFocused();
});

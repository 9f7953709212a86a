// The library in Chromium: listing, Vietnamese alphabetical order, duplicate, trash and restore,
// revisions.

import type { Page } from '@playwright/test';
import { articleText, expect, saveStatus, test } from './fixtures.ts';

const headlines = (page: Page) => page.locator('table.articles tbody .col-headline');

test('lists the articles and sorts them by headline in Vietnamese order', async ({ page, dateline }) => {
  // Created in an order that is neither alphabetical nor its reverse.
  for (const h of ['Ông', 'Da', 'Ư', 'Anh', 'Đà Nẵng', 'Ăn', 'Ơ', 'Uy', 'Âm', 'Ô', 'Ong'])
    await dateline.call('library.create', { headline: h });
  await dateline.open(page);
  await expect(page.getByText('11 bài')).toBeVisible();
  await expect(headlines(page).first()).toHaveText('Ong');
  await page.getByLabel('Sắp xếp theo').selectOption('headline');
  await expect(headlines(page)).toHaveText(['Anh', 'Ăn', 'Âm', 'Da', 'Đà Nẵng', 'Ong', 'Ô', 'Ông', 'Ơ', 'Uy', 'Ư']);
  const row = page.locator('tr', { hasText: 'Đà Nẵng' });
  await expect(row.locator('.col-status')).toHaveText('Bản nháp');
  // Last change as the paper prints times: `17:43, 05/01/2025`.
  await expect(row.locator('time')).toHaveText(/^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/);
  await row.getByRole('link', { name: 'Đà Nẵng' }).click();
  await expect(articleText(page).locator('.block-headline')).toHaveText('Đà Nẵng');
});

test('duplicates, moves to the trash, restores from the trash and undoes a delete', async ({ page, dateline }) => {
  await dateline.call('library.create', { headline: 'Xuân sớm ở Đồng Tâm' });
  await dateline.open(page);
  await page.getByRole('button', { name: 'Nhân bản “Xuân sớm ở Đồng Tâm”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo bản sao' })).toBeVisible();
  await expect(page.getByText('2 bài')).toBeVisible();
  expect((await dateline.call('library.list', {})).items).toHaveLength(2);

  await page.getByRole('button', { name: 'Xóa “Xuân sớm ở Đồng Tâm” (chuyển vào thùng rác)' }).first().click();
  await expect(page.getByText('1 bài')).toBeVisible();
  // Undo from the notice.
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByText('2 bài')).toBeVisible();

  await page.getByRole('button', { name: 'Xóa “Xuân sớm ở Đồng Tâm” (chuyển vào thùng rác)' }).first().click();
  await expect(page.getByText('1 bài')).toBeVisible();
  expect((await dateline.call('library.list', { trash: true })).items).toHaveLength(1);
  await page.getByRole('link', { name: 'Thùng rác' }).click();
  await expect(page.getByRole('heading', { name: 'Thùng rác' })).toBeVisible();
  await page.getByRole('button', { name: 'Khôi phục “Xuân sớm ở Đồng Tâm” từ thùng rác' }).click();
  await expect(page.getByText('Thùng rác trống.')).toBeVisible();
  expect((await dateline.call('library.list', {})).items).toHaveLength(2);
  expect((await dateline.call('library.list', { trash: true })).items).toHaveLength(0);
});

test('restores an earlier revision of an article', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', { headline: 'Tổ vận động xóa bỏ hủ tục' });
  await dateline.open(page, `#/article/${article.id}`);
  const editor = articleText(page);
  await editor.locator('.block-paragraph').first().click();
  await page.keyboard.type('Bản thứ nhất.');
  await expect.poll(async () => (await dateline.call('library.get', { id: article.id })).version).toBe(2);
  // Revisions are taken at most every few minutes; the services' clock moves on.
  dateline.advanceClock(10 * 60_000);
  await page.keyboard.type(' Thêm câu sau.');
  await expect.poll(async () => (await dateline.call('library.get', { id: article.id })).version).toBe(3);
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  await page.getByRole('button', { name: 'Thư viện', exact: true }).click();
  await page.getByRole('button', { name: 'Bản đã lưu của “Tổ vận động xóa bỏ hủ tục”' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Bản 2')).toBeVisible();
  await dialog.getByRole('button', { name: /^Khôi phục bản 2 lúc / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục bản 2.' })).toBeVisible();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('link', { name: 'Tổ vận động xóa bỏ hủ tục' }).click();
  await expect(editor.locator('.block-paragraph').first()).toHaveText('Bản thứ nhất.');
  const now = await dateline.call('library.get', { id: article.id });
  expect(now.version).toBe(4);
});

test('a long library shows a page at a time and more on request', async ({ page, dateline }) => {
  for (let i = 0; i < 205; i++) await dateline.call('library.create', { headline: `Tin số ${i + 1}` });
  await dateline.open(page);
  await expect(page.getByText('205 bài', { exact: true })).toBeVisible();
  await expect(headlines(page)).toHaveCount(200);
  await page.getByRole('button', { name: 'Xem thêm (đang hiện 200/205 bài)' }).click();
  await expect(headlines(page)).toHaveCount(205);
  await expect(page.getByRole('button', { name: /Xem thêm/ })).toHaveCount(0);
});

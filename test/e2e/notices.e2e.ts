// Notices on the page's own clock (Playwright's page.clock, never a wait): information leaves by
// itself after a few seconds, but not while the pointer is on it or the keyboard is in it; an
// error stays until it is closed.

import sharp from 'sharp';
import { articleText, expect, test } from './fixtures.ts';

test('information leaves by itself, unless held by the pointer or the keyboard; an error stays until closed', async ({
  page,
  dateline,
}) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1366, height: 768 });
  await dateline.call('library.create', { headline: 'Xuân sớm ở Đồng Tâm' });
  await dateline.open(page);
  const info = page.locator('[data-notice-kind="info"]');

  await page.getByRole('button', { name: 'Nhân bản “Xuân sớm ở Đồng Tâm”' }).click();
  await expect(info).toContainText('Đã tạo bản sao');
  await page.clock.runFor(3_000);
  await expect(info).toBeVisible();
  await page.clock.runFor(4_000);
  await expect(info).toHaveCount(0);

  // Held by the pointer: it stays as long as the pointer does, then leaves after the same while.
  await page.getByRole('button', { name: 'Xóa “Xuân sớm ở Đồng Tâm” (chuyển vào thùng rác)' }).first().click();
  await expect(info).toContainText('thùng rác');
  await info.hover();
  await page.clock.runFor(30_000);
  await expect(info).toBeVisible();
  await page.mouse.move(5, 700);
  await page.clock.runFor(3_000);
  await expect(info).toBeVisible();
  await page.clock.runFor(4_000);
  await expect(info).toHaveCount(0);

  // Held by the keyboard (Tab to its "Hoàn tác"): it waits for the reporter.
  await page.getByRole('button', { name: 'Xóa “Xuân sớm ở Đồng Tâm” (chuyển vào thùng rác)' }).first().click();
  await page.getByRole('button', { name: 'Hoàn tác' }).focus();
  await page.clock.runFor(30_000);
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 bài')).toBeVisible();

  // An error stays until it is closed.
  await page.getByRole('link', { name: 'Xuân sớm ở Đồng Tâm' }).first().click();
  await articleText(page).locator('.block-paragraph').first().click();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+Alt+P');
  await (await chooser).setFiles({ name: 'ghi-chu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Phỏng vấn lúc 9 giờ\n') });
  const error = page.locator('[data-notice-kind="error"]');
  await expect(error).toContainText('ghi-chu.jpg');
  await page.clock.runFor(120_000);
  await expect(error).toBeVisible();
  await error.getByRole('button', { name: 'Đóng thông báo' }).click();
  await expect(error).toHaveCount(0);
  // The pointer leaves the notice line (left there, it would hold the next notice).
  await page.mouse.move(5, 700);

  // A photo that is added says so, and that leaves too.
  const good = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+Alt+P');
  await (
    await good
  ).setFiles({
    name: 'dong-tam.jpg',
    mimeType: 'image/jpeg',
    buffer: await sharp({ create: { width: 800, height: 600, channels: 3, background: '#357' } })
      .jpeg()
      .toBuffer(),
  });
  await expect(info).toContainText('Đã thêm 1 ảnh', { timeout: 60_000 });
  await page.clock.runFor(7_000);
  await expect(info).toHaveCount(0);
});

// The export dialog on a 768 px screen, used from the keyboard and the mouse: its result and its
// buttons are in view without scrolling, the main button no longer says "Vẫn xuất" once the
// package is made (it offers to export again, and "Đóng" takes the keyboard), and a photo that was
// never cropped is not said to be small "after cropping".

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { storyWithPhoto } from './stories.ts';

let work: string;
test.beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dateline-export-fit-'));
});
test.afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

test('fits 1366×768: result and buttons in view, "Xuất lại" after success, no "after cropping" for an uncropped photo', async ({
  page,
  dateline,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // The story (not what this test is about) is set up through the api: a 1200 px photo, smaller
  // than the largest rendition (1600): a warning, so the button first says "Vẫn xuất".
  const id = await storyWithPhoto(dateline, work, { width: 1200, alt: 'Các đảng viên ngồi họp' });
  await dateline.open(page, `#/article/${id}`);
  await page.getByRole('button', { name: 'Xuất bản gói' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất bản gói' });
  const small = dialog.locator('[data-code="photo-too-small"]');
  await expect(small).toContainText('Ảnh số 1 chỉ rộng 1200 điểm ảnh');
  await expect(small).not.toContainText('sau khi cắt');
  const run = dialog.getByRole('button', { name: 'Vẫn xuất' });
  await expect(run).toBeInViewport({ ratio: 1 });

  // In a browser the package is a .zip that downloads (no folder to name: docs/security.md).
  await expect(dialog.getByLabel('Thư mục lưu', { exact: true })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), run.click()]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const done = dialog.locator('.export-done');
  await expect(done).toContainText('Đã xuất', { timeout: 60_000 });
  await expect(done).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Vẫn xuất' })).toHaveCount(0);
  const again = dialog.getByRole('button', { name: 'Xuất lại' });
  await expect(again).toBeInViewport({ ratio: 1 });
  const close = dialog.getByRole('button', { name: 'Đóng', exact: true });
  await expect(close).toBeFocused();
  await expect(close).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
});

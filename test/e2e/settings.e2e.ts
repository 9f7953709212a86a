// Settings in Chromium: the UI language switches live and is kept; the reporter's fields save.

import { articleText, expect, saveStatus, test } from './fixtures.ts';

test('switching the interface to English applies at once, everywhere, and is kept', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', { headline: 'Sức mạnh đoàn kết' });
  await dateline.open(page, '#/settings');
  await page.getByLabel('Ngôn ngữ giao diện').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await dateline.call('settings.get', {})).language).toBe('en');

  await page.goto(`${dateline.host.origin}/#/article/${article.id}`);
  await articleText(page).locator('.block-paragraph').first().click();
  await page.keyboard.type('Typing in English mode.');
  await expect(saveStatus(page)).toHaveText('Saved');
  await expect(page.getByRole('button', { name: 'Library', exact: true })).toBeVisible();
  // The services answer in English too.
  const missing = await dateline.core.dispatch('library.get', { id: 'a-000000000-zzzzzz' });
  expect(!missing.ok && missing.error.message).toMatch(/was not found/);
});

test('settings save themselves as typed: one name for the byline and the desk, the place, the prefix; the masthead follows the role', async ({
  page,
  dateline,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await dateline.open(page, '#/settings');
  // No Save buttons: every setting applies at once.
  await expect(page.getByRole('button', { name: /^Lưu/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Chọn bàn' })).toHaveCount(0);
  // The name is asked once.
  await expect(page.getByLabel('Tên hiển thị')).toHaveCount(0);
  await expect(page.getByLabel('Tên phóng viên')).toHaveCount(0);
  await expect(page.locator('.tagline')).toHaveText('Bàn viết của phóng viên');

  await page.getByLabel('Họ tên').click();
  await page.keyboard.type('Trung Hậu');
  await page.getByLabel('Địa danh').click();
  await page.keyboard.type('Quang Bình');
  await page.getByLabel('Tiền tố của báo').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('TQ');
  await expect(page.getByText('Sapo bắt đầu bằng “TQ - ”.')).toBeVisible();
  await expect(page.getByText('chỉ có hiệu lực sau khi khởi động lại')).toBeVisible();
  await expect(page.getByText(dateline.libraryDir)).toBeVisible();
  await expect(page.getByRole('status', { name: 'Trạng thái lưu cài đặt' })).toHaveText('Đã lưu');
  await expect
    .poll(async () => dateline.call('settings.get', {}))
    .toMatchObject({ reporterName: 'Trung Hậu', reporterPlace: 'Quang Bình', paperPrefix: 'TQ' });
  // The same name is the desk's: the profile (and its signing key) exists now.
  await expect.poll(async () => (await dateline.call('review.profile', {}))?.name).toBe('Trung Hậu');
  await expect(page.getByTestId('review-key')).toContainText('Khoá ký:');

  // An editor's machine says so in the masthead.
  await page.getByRole('checkbox', { name: 'Biên tập viên' }).click();
  await page.getByRole('checkbox', { name: 'Phóng viên' }).click();
  await expect(page.locator('.tagline')).toHaveText('Bàn biên tập');
  await expect.poll(async () => (await dateline.call('review.profile', {}))?.roles).toEqual(['editor']);
  await page.reload();
  await expect(page.locator('.tagline')).toHaveText('Bàn biên tập');
  await expect(page.getByLabel('Họ tên')).toHaveValue('Trung Hậu');

  // A value the service refuses is explained under its field and not saved.
  await page.getByLabel('Chất lượng JPEG (1–100)').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('101');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Chất lượng phải là số từ 1 đến 100.', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Chất lượng JPEG (1–100)')).toHaveAttribute('aria-invalid', 'true');
  expect((await dateline.call('settings.get', {})).renditionJpegQuality).toBe(82);
});

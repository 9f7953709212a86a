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
  await expect(page.getByRole('button', { name: 'Back to the library' })).toBeVisible();
  // The services answer in English too.
  const missing = await dateline.core.dispatch('library.get', { id: 'a-000000000-zzzzzz' });
  expect(!missing.ok && missing.error.message).toMatch(/was not found/);
});

test('the reporter’s name, place and the paper’s prefix are saved; the library folder says it needs a restart', async ({ page, dateline }) => {
  await dateline.open(page, '#/settings');
  await page.getByLabel('Tên phóng viên').fill('Trung Hậu');
  await page.getByLabel('Địa danh').fill('Quang Bình');
  await page.getByLabel('Tiền tố của báo').fill('TQ');
  await expect(page.getByText('Sapo bắt đầu bằng “TQ - ”.')).toBeVisible();
  await expect(page.getByText('chỉ có hiệu lực sau khi khởi động lại')).toBeVisible();
  await expect(page.getByText(dateline.libraryDir)).toBeVisible();
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' })).toBeVisible();
  expect(await dateline.call('settings.get', {})).toMatchObject({ reporterName: 'Trung Hậu', reporterPlace: 'Quang Bình', paperPrefix: 'TQ' });
});

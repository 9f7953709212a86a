// Settings → Quy cách của báo (the paperProfile setting): the paper's name typed through an
// input method right after a click, the date, tone and quote choices made from the keyboard, all
// kept after a reload; a bad name is explained under its field and not saved; axe-core finds no
// serious violation on the screen in Vietnamese or in English.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { cdpFor, composeText } from './ime.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'label-content-name-mismatch')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the paper’s house style is set from the keyboard and an input method, kept after a reload, and a bad name is refused with a reason', async ({
  page,
  dateline,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await dateline.open(page, '#/settings');
  const name = page.getByLabel('Tên báo', { exact: true });
  await expect(name).toHaveValue('Báo Hà Giang');
  expect(await seriousViolations(page)).toEqual([]);

  const cdp = await cdpFor(page);
  await name.click();
  await page.keyboard.press('Control+A');
  await composeText(cdp, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
  // On through the choices with Tab; the arrow keys change a closed list.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Ngày có năm')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Ngày và tháng')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Vị trí dấu thanh')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Dấu ngoặc kép')).toBeFocused();
  await page.keyboard.press('ArrowDown');

  const wanted = {
    name: 'Báo và Phát thanh, Truyền hình Tuyên Quang',
    dates: { full: 'dot', short: 'slash' },
    tonePlacement: 'new',
    quotes: 'straight',
  };
  await expect(page.getByRole('status', { name: 'Trạng thái lưu cài đặt' })).toHaveText('Đã lưu');
  await expect.poll(async () => (await dateline.call('settings.get', {})).paperProfile).toEqual(wanted);

  await page.reload();
  await expect(name).toHaveValue(wanted.name);
  await expect(page.getByLabel('Ngày có năm')).toHaveValue('dot');
  await expect(page.getByLabel('Ngày và tháng')).toHaveValue('slash');
  await expect(page.getByLabel('Vị trí dấu thanh')).toHaveValue('new');
  await expect(page.getByLabel('Dấu ngoặc kép')).toHaveValue('straight');

  // A name with markup: the reason under the field, in Vietnamese, and nothing saved.
  await name.click();
  await page.keyboard.press('End');
  await composeText(cdp, ' <mới>');
  await page.keyboard.press('Tab');
  const reason = "Tên báo phải có từ 1 đến 120 ký tự: chữ, số, dấu cách và . , - & ' ( ).";
  await expect(page.getByText(reason, { exact: true })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveValue(`${wanted.name} <mới>`);
  expect((await dateline.call('settings.get', {})).paperProfile).toEqual(wanted);
  expect(await seriousViolations(page)).toEqual([]);

  // The same screen in English.
  await page.getByLabel('Ngôn ngữ giao diện').selectOption('en');
  await expect(page.getByRole('group', { name: 'Paper’s house style' })).toBeVisible();
  await expect(page.getByLabel('Tone mark placement')).toHaveValue('new');
  expect(await seriousViolations(page)).toEqual([]);
});

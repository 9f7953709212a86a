// Vietnamese keyboards in the text boxes outside the article and its details (issue 12, "Input
// methods everywhere"): Settings (name, place, the paper's prefix, a word of "Từ của tôi"), Find
// and Replace, and the library's search box. Each box is clicked and typed into at once, by every
// way ime.ts simulates (an IME's composition, UniKey's Backspace bursts in Telex and in VNI); what
// arrives is checked where it lands: the setting after a reload, the replaced text in the saved
// article, the articles the search finds.

import type { Page } from '@playwright/test';
import { blockText } from '../../main/common/article/model.ts';
import type { Block } from '../../main/common/article/model.ts';
import { expect, saveStatus, storedArticle, test, type Dateline } from './fixtures.ts';
import { IME_METHODS } from './ime.ts';
import { typeNewArticle } from './keys.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const settingsSaved = (page: Page) => page.getByRole('status', { name: 'Trạng thái lưu cài đặt' });

for (const method of IME_METHODS) {
  test(`Settings by ${method.name}: name, place, prefix and a word of my own arrive exact, and are there after a reload`, async ({
    page,
    dateline,
  }) => {
    const NAME = 'Nguyễn Thị Phương';
    const PLACE = 'Hoàng Su Phì';
    const PREFIX = 'Hà Giang';
    const WORD = 'Thẻn Phàng';
    await dateline.open(page, '#/settings');
    const name = page.getByLabel('Họ tên', { exact: true });
    await name.click();
    await method.type(page, NAME);
    await expect(name).toHaveValue(NAME);
    const place = page.getByLabel('Địa danh', { exact: true });
    await place.click();
    await method.type(page, PLACE);
    await expect(place).toHaveValue(PLACE);
    const prefix = page.getByLabel('Tiền tố của báo', { exact: true });
    await prefix.click();
    await page.keyboard.press('Control+a');
    await method.type(page, PREFIX);
    await expect(prefix).toHaveValue(PREFIX);
    const word = page.getByLabel('Từ mới', { exact: true });
    await word.click();
    await method.type(page, WORD);
    await expect(word).toHaveValue(WORD);
    await page.keyboard.press('Enter');
    await expect(page.locator('.my-words-list li span')).toHaveText([WORD]);
    await expect(word).toHaveValue('');
    await expect(settingsSaved(page)).toHaveText('Đã lưu');
    await expect(page.getByTestId('review-key')).toContainText('Khoá ký:');

    await page.reload();
    await expect(page.getByLabel('Họ tên', { exact: true })).toHaveValue(NAME);
    await expect(page.getByLabel('Địa danh', { exact: true })).toHaveValue(PLACE);
    await expect(page.getByLabel('Tiền tố của báo', { exact: true })).toHaveValue(PREFIX);
    await expect(page.locator('.my-words-list li span')).toHaveText([WORD]);
    // Stored as typed, in NFC (the services' view, read only).
    const settings = await dateline.call('settings.get', {});
    expect({ name: settings.reporterName, place: settings.reporterPlace, prefix: settings.paperPrefix, words: settings.userWords }).toEqual(
      { name: NAME, place: PLACE, prefix: PREFIX, words: [WORD] },
    );
    for (const v of [settings.reporterName, settings.reporterPlace, settings.paperPrefix, ...settings.userWords])
      expect(v).toBe(v.normalize('NFC'));
  });
}

test('Settings: a pause after a space saves the name, and the space stays for the next word', async ({ page, dateline }) => {
  await dateline.open(page, '#/settings');
  // (Its label then reads "Họ tên Đã lưu" to Playwright: the field by its test id.)
  const name = page.getByTestId('settings-name');
  await name.click();
  const [uniKey] = IME_METHODS.filter((m) => m.name === 'UniKey Telex');
  await uniKey!.type(page, 'Nguyễn ');
  // The reporter stops to think; the field saves itself after the pause ("Đã lưu" by its label).
  await expect(page.locator('.field-saved')).toBeVisible();
  await uniKey!.type(page, 'Thị Phương');
  await expect(name).toHaveValue('Nguyễn Thị Phương');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await dateline.call('settings.get', {})).reporterName).toBe('Nguyễn Thị Phương');
});

const HEADLINE = 'Làm đường ở Nà Ké';
const SAPO = 'Bà con góp công làm đường.';
const BODY = 'Đảng viên đi đầu làm đường, cả thôn cùng Làm đường.';

/** From the library: a new article with its headline, sapo and a paragraph, typed. */
async function typedArticle(page: Page, dateline: Dateline): Promise<string> {
  await dateline.open(page);
  await page.getByRole('button', { name: 'Bài mới' }).click();
  return typeNewArticle(page, { headline: HEADLINE, sapo: SAPO, body: BODY });
}

for (const method of IME_METHODS) {
  test(`Find and Replace by ${method.name}: the words typed find every match and replace them all in the saved article`, async ({
    page,
    dateline,
  }) => {
    const id = await typedArticle(page, dateline);
    await page.keyboard.press('Control+h');
    const find = page.getByRole('textbox', { name: 'Tìm', exact: true });
    await expect(find).toBeFocused();
    await find.click();
    await method.type(page, 'làm đường');
    await expect(find).toHaveValue('làm đường');
    await expect(page.locator('.find-count')).toHaveText(/^\d\/4$/);
    const replace = page.getByRole('textbox', { name: 'Thay bằng', exact: true });
    await replace.click();
    await method.type(page, 'mở lối');
    await expect(replace).toHaveValue('mở lối');
    await page.getByRole('button', { name: 'Thay tất cả' }).click();
    await expect(page.locator('.find-message')).toContainText('4');
    // Each match keeps its case pattern (a capital at the start stays one).
    const expected = ['Mở lối ở Nà Ké', 'BHG - Bà con góp công mở lối.', 'Đảng viên đi đầu mở lối, cả thôn cùng Mở lối.'];
    await expect(saveStatus(page)).toHaveText('Đã lưu');
    const stored = await storedArticle(dateline, id, (a) => blockText(a.content[2] as Block) === expected[2]);
    expect(stored.content.map((b) => blockText(b))).toEqual(expected);
  });
}

for (const method of IME_METHODS) {
  test(`library search by ${method.name}: the words typed find their article`, async ({ page, dateline }) => {
    for (const headline of ['Đoàn kết ở chi bộ Nà Ké', 'Mùa tam giác mạch ở Phố Cáo']) {
      const created = await dateline.call('library.create', { headline });
      await dateline.call('library.save', {
        id: created.id,
        content: [created.content[0], { type: 'paragraph', id: 'b-p', children: [{ text: 'Người dân Lũng Cú đón khách.' }] }] as never,
      });
    }
    await dateline.open(page);
    const box = page.getByRole('searchbox', { name: 'Tìm trong thư viện' });
    await box.click();
    await method.type(page, 'đoàn kết Nà Ké');
    await expect(box).toHaveValue('đoàn kết Nà Ké');
    const hits = page.locator('.search-hit .article-link');
    await expect(hits).toHaveText(['Đoàn kết ở chi bộ Nà Ké']);
    await box.press('Control+a');
    await method.type(page, 'tam giác mạch');
    await expect(box).toHaveValue('tam giác mạch');
    await expect(hits).toHaveText(['Mùa tam giác mạch ở Phố Cáo']);
  });
}

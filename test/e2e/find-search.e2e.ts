// Writing comfort in Chromium: Find and replace in the article (tone-insensitive, replace all is
// one undo step, checked on the stored article), the chữ count under the page, and searching
// the library without tones, with filters.

import type { Page } from '@playwright/test';
import type { Article, Block } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, saveStatus, test, type Dateline } from './fixtures.ts';

const texts = (article: Article): string[] => article.content.map((b) => blockText(b));

/** The article as stored once it holds `expected` (autosave is asynchronous by design). */
async function storedTexts(dateline: Dateline, id: string, expected: string[]): Promise<void> {
  await expect.poll(async () => texts(await dateline.call('library.get', { id }))).toEqual(expected);
}

const currentArticleId = (page: Page): string => /#\/article\/(a-[0-9a-z-]+)/.exec(page.url())?.[1] ?? '';

const HEADLINE = 'Người dân Đà Nẵng';
const SAPO = 'Những người đi đầu làm kinh tế giỏi ở Đà Nẵng.';
const BODY = 'Người dân nói: người ta cần người giỏi.';

test('finds `nguoi` without tones, replaces all as one undo step, and counts the sapo in chữ', async ({ page, dateline }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await dateline.open(page);
  await page.getByRole('button', { name: 'Bài mới' }).click();
  const editor = articleText(page);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  const id = currentArticleId(page);

  await editor.locator('.block-headline').click();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(SAPO);
  await page.keyboard.press('Enter');
  await page.keyboard.type(BODY);
  const original = [HEADLINE, `BHG - ${SAPO}`, BODY];
  await storedTexts(dateline, id, original);
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  // The status bar: 11 chữ in the sapo (the `BHG - ` prefix is not counted), 8 in the body.
  const bar = page.locator('footer.status-bar[aria-label="Số chữ của bài"]');
  await expect(bar.locator('[data-count="sapo"]')).toContainText('11 chữ');
  await expect(bar.locator('[data-count="body"]')).toContainText('8 chữ');
  await expect(bar).toHaveAttribute('title', /Đếm theo âm tiết \(chữ\)/);

  // Ctrl+F: with tones kept `nguoi` finds nothing; without, every `người` (5 of them).
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Tìm', exact: true });
  await expect(find).toBeFocused();
  await find.fill('nguoi');
  const count = page.locator('.find-count');
  await expect(count).toHaveText('Không thấy');
  await page.getByLabel('Không phân biệt dấu').check();
  await expect(count).toHaveText('1/5');
  await expect(editor.locator('.find-current')).toHaveCount(1);
  await expect(editor.locator('.find-current')).toHaveText('Người');
  await find.press('Enter');
  await expect(count).toHaveText('2/5');
  await expect(editor.locator('.find-current')).toHaveText('người');
  await find.press('Shift+Enter');
  await expect(count).toHaveText('1/5');

  // Ctrl+H: replace all, then the stored article has changed everywhere.
  await page.keyboard.press('Control+h');
  await page.getByRole('textbox', { name: 'Thay bằng' }).fill('cán bộ');
  await page.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(page.locator('.find-message')).toHaveText('Đã thay 5 chỗ. Ctrl+Z để hoàn tác.');
  // Nothing counted until the next search; each match kept its case pattern (sentence starts).
  await expect(count).toHaveText('');
  await storedTexts(dateline, id, [
    'Cán bộ dân Đà Nẵng',
    'BHG - Những cán bộ đi đầu làm kinh tế giỏi ở Đà Nẵng.',
    'Cán bộ dân nói: cán bộ ta cần cán bộ giỏi.',
  ]);

  // Escape closes and gives the keyboard back to the article; ONE Ctrl+Z undoes all five.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('search', { name: 'Tìm và thay thế' })).toHaveCount(0);
  await expect(editor).toBeFocused();
  await expect(editor.locator('.find-match')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await storedTexts(dateline, id, original);
  await expect(editor.locator('.block-paragraph').first()).toHaveText(BODY);
  expect(problems).toEqual([]);
});

test('searches the library without tones and filters by status and category', async ({ page, dateline }) => {
  const save = async (headline: string, body: string, category: string): Promise<string> => {
    const { id } = await dateline.call('library.create', { headline });
    const article = await dateline.call('library.get', { id });
    const content: Block[] = article.content.map((b) => (b.type === 'sapo' ? { ...b, children: [{ text: 'BHG - Tin trong ngày.' }] } : b));
    content.push({ id: `p-${id}`, type: 'paragraph', children: [{ text: body }] });
    await dateline.call('library.save', { id, content: content as never, meta: { category } });
    return id;
  };
  const tourism = await save('Mùa du lịch biển', 'Du khách đổ về Đà Nẵng dịp hè.', 'Du lịch');
  const news = await save('Hoà Bình đón khách', 'Đoàn công tác từ Đà Nẵng đến thăm.', 'Thời sự');
  await save('Chè Shan tuyết', 'Người dân thu hoạch chè.', 'Kinh tế');

  await dateline.open(page);
  await expect(page.getByText('3 bài')).toBeVisible();
  const box = page.getByRole('searchbox', { name: 'Tìm trong thư viện' });
  await box.fill('da nang');
  const hits = page.locator('.search-hit');
  await expect(page.locator('.search-results .count')).toHaveText('Tìm thấy 2 bài');
  await expect(hits).toHaveCount(2);
  // The library's own table gives way to the results.
  await expect(page.locator('table.articles')).toBeHidden();
  const tourismHit = page.locator(`.search-hit[data-article-id="${tourism}"]`);
  await expect(tourismHit.locator('.search-snippet mark')).toHaveText(['Đà', 'Nẵng']);

  // `hoa binh` finds `Hoà Bình`, marked in the headline.
  await box.fill('hoa binh');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().locator('a mark')).toHaveText(['Hoà', 'Bình']);

  // Filters: every article here is a draft; the category matches without tones.
  await box.fill('da nang');
  await expect(hits).toHaveCount(2);
  const status = page.getByLabel('Trạng thái', { exact: true });
  await status.selectOption('approved');
  await expect(page.getByText('Không có bài nào khớp.')).toBeVisible();
  await expect(hits).toHaveCount(0);
  await status.selectOption('draft');
  await expect(hits).toHaveCount(2);
  await page.getByLabel('Chuyên mục', { exact: true }).fill('thoi su');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAttribute('data-article-id', news);

  // A click opens the article.
  await hits.first().getByRole('link').click();
  await expect(articleText(page).locator('.block-headline')).toHaveText('Hoà Bình đón khách');
  expect(currentArticleId(page)).toBe(news);
});

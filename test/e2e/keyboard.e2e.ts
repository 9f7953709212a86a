// The keyboard model (docs/editor.md, "Phím tắt"), as a keyboard user meets it from an empty
// library, without a photo and with one: Esc in the text lands on the toolbar (one Tab stop, arrow
// keys inside, Home/End), F6 / Shift+F6 go round masthead → toolbar → text → details → status bar
// and back to where one was, "Thêm ảnh", "Gửi duyệt", "Xuất bản gói" and the details panel are at
// most three keys from the text, Ctrl+/ opens the help. Every typed character is in the saved
// article. The toolbar reads in the order it shows and keeps its height when the status changes.

import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, saveStatus, storedArticle, test } from './fixtures.ts';

const HEADLINE = 'Sức mạnh đoàn kết';
const SAPO = 'Chi bộ thôn Nà Ké bốn năm liền đạt danh hiệu bốn tốt.';
const P1 = 'Đảng viên đi đầu làm đường.';
const P2 = ' Bà con góp công.';
const P3 = 'Sau ảnh là đoạn này.';

const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.closest('[data-region]')?.getAttribute('data-region') ?? '-'}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`
      : '';
  });
const region = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null);

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 110, b: 160 } } })
    .jpeg()
    .toBuffer();
}

test('from the text: Esc to the toolbar, F6 round the regions, every command within three keys, with and without a photo', async ({
  page,
  dateline,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.setViewportSize({ width: 1366, height: 768 });
  await dateline.open(page);
  await page.getByRole('button', { name: 'Bài mới' }).click();
  const editor = articleText(page);
  await expect(editor).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  // After the prefilled `BHG - ` (the caret's place after Enter is issue 12 item 3, not this test's).
  await page.keyboard.press('End');
  await page.keyboard.type(SAPO);
  await page.keyboard.press('Enter');
  await page.keyboard.type(P1);
  const id = /#\/article\/(a-[0-9a-z-]+)/.exec(page.url())?.[1] ?? '';

  // Esc: the toolbar, on its first control; the toolbar is ONE Tab stop.
  await page.keyboard.press('Escape');
  const back = page.getByRole('button', { name: 'Thư viện', exact: true });
  await expect(back).toBeFocused();
  const toolbar = page.getByRole('toolbar', { name: 'Thanh công cụ của bài' });
  expect(await toolbar.locator('[tabindex="0"]').count()).toBe(1);
  // Esc, End, Left: "Xuất bản gói" (three keys), and Enter opens it.
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Các bản đã lưu' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'Xuất bản gói' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Xuất bản gói' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Xuất bản gói' })).toBeFocused();
  // Tab leaves the toolbar for the text (not B, I, U), with the caret where it was.
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.type(P2);

  // F6 goes round the regions and comes back to where one was in each.
  await page.keyboard.press('F6');
  expect(await region(page)).toBe('details');
  await page.getByTestId('meta-place').click();
  await page.keyboard.type('Bắc Quang');
  await page.keyboard.press('F6');
  expect(await region(page)).toBe('status');
  await page.keyboard.press('F6');
  expect(await region(page)).toBe('masthead');
  await page.keyboard.press('F6');
  expect(await focusedName(page)).toBe('toolbar:Xuất bản gói');
  await page.keyboard.press('F6');
  await expect(editor).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByTestId('meta-place')).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Shift+F6');
  expect(await region(page)).toBe('toolbar');
  await page.keyboard.press('Shift+F6');
  expect(await region(page)).toBe('masthead');
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(editor).toBeFocused();

  // "Thêm ảnh" is one key from the text: Ctrl+Alt+P opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+Alt+P');
  await (await chooser).setFiles({ name: 'na-ke.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  const figure = editor.locator('figure.block-figure');
  await expect(figure).toHaveCount(1, { timeout: 60_000 });

  // With a photo in the article: the same keys, none of them trapped in the photo's fields.
  await editor.locator('.block-paragraph').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(P3);
  // Esc lands where the reporter last was in the toolbar (not in the photo's caption).
  await page.keyboard.press('Escape');
  expect(await focusedName(page)).toBe('toolbar:Xuất bản gói');
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByTestId('meta-place')).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(editor).toBeFocused();
  // "Xuất bản gói": one key.
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByRole('dialog', { name: 'Xuất bản gói' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Tab');
  // "Gửi duyệt": one key from the text, asking which desk.
  await editor.locator('.block-paragraph').last().click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog', { name: 'Gửi tới bàn biên tập' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // By the toolbar too: Esc, then "Gửi duyệt" in reach of the arrows from the end.
  await editor.locator('.block-paragraph').last().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  for (let i = 0; i < 4 && !(await page.getByRole('button', { name: 'Gửi duyệt' }).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'Gửi duyệt' })).toBeFocused();

  // Ctrl+/ opens the help from anywhere; Esc closes it.
  await page.keyboard.press('Control+/');
  const help = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /F6/ }).first()).toBeVisible();
  await expect(help).toContainText('Ctrl+Alt+P');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  // …and from the masthead's own button.
  await page.getByRole('button', { name: 'Phím tắt' }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const stored = await storedArticle(
    dateline,
    id,
    (a) => a.content.some((b) => blockText(b).includes(P3.trim())) && a.meta.place === 'Bắc Quang',
  );
  const texts = stored.content.map((b) => (b.type === 'figure' ? '[ảnh]' : blockText(b)));
  // Every typed character, where it was typed (the photo went in above the line the caret was on).
  expect(texts).toEqual([HEADLINE, `BHG - ${SAPO}`, '[ảnh]', P1 + P2 + P3]);
  expect(problems).toEqual([]);
});

test('the toolbar reads in the order it shows and keeps its height when the review status changes', async ({ page, dateline }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const desk = `${dateline.libraryDir}-desk`;
  await dateline.call('review.setProfile', { name: 'Trung Hậu', roles: ['reporter'] });
  dateline.core.paths.grantFolder(desk);
  await dateline.call('review.setDesk', { path: desk });
  const article = await dateline.call('library.create', { headline: 'Tin ngắn' });
  await dateline.open(page, `#/article/${article.id}`);
  const toolbar = page.getByRole('toolbar', { name: 'Thanh công cụ của bài' });
  await expect(toolbar).toBeVisible();
  const height = async (): Promise<number> => Math.round((await toolbar.boundingBox())?.height ?? 0);
  const before = await height();

  // DOM order = visual order: each control is right of the one before on its row, or on a lower row.
  const boxes = await toolbar.locator('button:not([disabled])').evaluateAll((els) =>
    els.map(
      (el) =>
        ({ name: el.textContent?.trim(), ...el.getBoundingClientRect().toJSON() }) as {
          name: string;
          x: number;
          y: number;
          height: number;
        },
    ),
  );
  for (let i = 1; i < boxes.length; i++) {
    const [a, b] = [boxes[i - 1], boxes[i]];
    const sameRow = Math.abs(a.y - b.y) < a.height / 2;
    expect(sameRow ? b.x > a.x : b.y > a.y, `${a.name} → ${b.name}`).toBe(true);
  }
  const names = boxes.map((b) => b.name);
  expect(names.indexOf('Thêm ảnh')).toBeLessThan(names.indexOf('Gửi duyệt'));
  expect(names.indexOf('Gửi duyệt')).toBeLessThan(names.indexOf('Xuất bản gói'));

  // Submitted from the keyboard: the status word changes, the toolbar does not grow.
  await articleText(page).locator('.block-paragraph').first().click();
  await page.keyboard.type('Một câu.');
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: 'Gửi tới bàn biên tập' });
  await expect(dialog.getByRole('textbox')).toHaveValue(desk);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Chờ duyệt');
  expect(await height()).toBe(before);
});

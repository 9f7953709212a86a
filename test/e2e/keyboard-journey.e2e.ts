// A reporter's first hour with the keyboard only (issue 12, docs/editor.md "Phím tắt"), at the two
// screen sizes of the newsroom: from the library, no mouse at all after the page opens (the photo's
// file is chosen in the system's dialog, here the browser's file chooser). A new article, headline,
// Enter, sapo, Enter, a paragraph; F6 to the details and Tab through them, typing in each; back to
// the text, Ctrl+Alt+P for a photo, Tab from the details back to its caption, credit and alt text;
// "Gửi duyệt" and "Xuất bản gói" opened and closed with Esc. Every typed character is checked in
// the saved article, in the field it was typed in, and nothing typed leaks into another.

import type { FigureBlock } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, saveStatus, storedArticle, test } from './fixtures.ts';
import { pressUntil, typeNewArticle } from './keys.ts';
import { jpeg } from './photo-files.ts';

const HEADLINE = 'Sức mạnh đoàn kết ở Nà Ké';
const SAPO = 'Chi bộ thôn Nà Ké bốn năm liền đạt danh hiệu “bốn tốt”.';
const BODY = 'Đảng viên đi đầu làm đường, bà con góp công, góp đất.';
const NAME = 'Trung Hậu';
const BYLINE_PLACE = 'Quang Bình';
const PUBLISH = '17:43, 05/01/2025';
const PLACE = 'Xã Xuân Giang, Bắc Quang';
const CATEGORY = 'Xây dựng Đảng';
const SLUG = 'chi-bo-na-ke';
const TAGS = ['nông thôn mới', 'Bắc Quang'];
const NOTE = 'Ảnh do cơ sở cung cấp; kiểm tra lại số liệu.';
const CAPTION = 'Bà con thôn Nà Ké làm đường bê tông.';
const CREDIT = ' / Ảnh: T.H';
const ALT = 'Người dân trộn bê tông trên con đường mới.';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`keyboard only at ${viewport.width}×${viewport.height}: a new article, its details, a photo and its fields, Gửi duyệt and Xuất bản gói, every character saved`, async ({
    page,
    dateline,
  }) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.setViewportSize(viewport);
    await dateline.open(page);

    // The library: Tab to "Bài mới", Enter; the caret is in the new article's headline.
    const newArticle = page.getByRole('button', { name: 'Bài mới' });
    await expect(newArticle).toBeVisible();
    await pressUntil(page, 'Tab', newArticle, 15);
    await page.keyboard.press('Enter');
    const editor = articleText(page);
    const id = await typeNewArticle(page, { headline: HEADLINE, sapo: SAPO, body: BODY });

    // A photo from the text: Ctrl+Alt+P, the file chosen in the system's dialog.
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+Alt+P');
    await (
      await chooser
    ).setFiles({
      name: 'na-ke.jpg',
      mimeType: 'image/jpeg',
      buffer: await jpeg(1200, 800, 3),
    });
    const figure = editor.locator('figure.block-figure');
    await expect(figure).toHaveCount(1, { timeout: 60_000 });
    await expect(figure.locator('.photo-frame img')).toBeVisible({
      timeout: 60_000,
    });
    await expect(editor).toBeFocused();

    // F6: the details, on their first control; Shift+Tab walks back through the photo's
    // controls to its caption; then Tab: credit, alt text, and on into the details.
    await page.keyboard.press('F6');
    await expect(page.getByTestId('byline-role')).toBeFocused();
    const caption = figure.getByLabel('Chú thích');
    const credit = figure.getByLabel('Nguồn ảnh');
    const alt = figure.getByLabel('Mô tả cho người khiếm thị');
    await pressUntil(page, 'Shift+Tab', caption, 7);
    await expect(caption).toBeInViewport();
    await page.keyboard.type(CAPTION);
    await page.keyboard.press('Tab');
    await expect(credit).toBeFocused();
    const credit0 = await credit.inputValue();
    await page.keyboard.press('End');
    await page.keyboard.type(CREDIT);
    await page.keyboard.press('Tab');
    await expect(alt).toBeFocused();
    await page.keyboard.type(ALT);

    const type = async (testId: string, text: string, max: number): Promise<void> => {
      const field = page.getByTestId(testId);
      await pressUntil(page, 'Tab', field, max);
      await expect(field).toBeInViewport();
      await page.keyboard.type(text);
    };
    await type('byline-name-0', NAME, 6);
    await type('byline-place', BYLINE_PLACE, 3);
    await type('meta-publish-at', PUBLISH, 1);
    await type('meta-place', PLACE, 3);
    await type('meta-category', CATEGORY, 1);
    // The slug follows the headline; the reporter writes their own over it.
    await pressUntil(page, 'Tab', page.getByTestId('meta-slug'), 1);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(SLUG);
    await type('meta-tags', `${TAGS[0]},`, 2);
    await page.keyboard.type(TAGS[1]);
    await page.keyboard.press('Enter');
    await type('meta-editor-note', NOTE, 4);

    // "Gửi duyệt": Ctrl+Enter asks which desk; Esc cancels and gives the keyboard back.
    await page.keyboard.press('Control+Enter');
    const submit = page.getByRole('dialog', { name: 'Gửi tới bàn biên tập' });
    await expect(submit).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('meta-editor-note')).toBeFocused();

    // "Xuất bản gói" from the toolbar: Shift+F6 back to the text, Esc, End, ←, Enter; Esc closes it.
    await page.keyboard.press('Shift+F6');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('button', { name: 'Xuất bản gói' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Xuất bản gói' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Xuất bản gói' }).getByRole('button').last()).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xuất bản gói' })).toBeFocused();

    // Every typed character, in the field it was typed in.
    await expect(saveStatus(page)).toHaveText('Đã lưu');
    const stored = await storedArticle(
      dateline,
      id,
      (a) => a.content.some((b) => b.type === 'figure' && b.alt === ALT) && a.meta.editorNote === NOTE,
    );
    const body = stored.content.map((b) => (b.type === 'figure' ? '[ảnh]' : `${b.type}|${blockText(b)}`));
    expect(body).toEqual(['headline|' + HEADLINE, `sapo|BHG - ${SAPO}`, `paragraph|${BODY}`, '[ảnh]', 'paragraph|']);
    const photo = stored.content.find((b): b is FigureBlock => b.type === 'figure')!;
    expect({
      caption: photo.caption,
      credit: photo.credit,
      alt: photo.alt,
    }).toEqual({ caption: CAPTION, credit: credit0 + CREDIT, alt: ALT });
    expect(stored.meta).toMatchObject({
      byline: { people: [{ name: NAME }], place: BYLINE_PLACE },
      place: PLACE,
      category: CATEGORY,
      slug: SLUG,
      tags: TAGS,
      editorNote: NOTE,
    });
    expect(new Date(stored.meta.publishAt!).toISOString()).toBe('2025-01-05T10:43:00.000Z');
    expect(problems).toEqual([]);
  });
}

// Nothing a person needs is covered, at 1366×768 and 1280×720: with notices up (information and
// errors), photos being added, Find open and the export dialog open, every visible control is the
// element found at its own centre (elementFromPoint). What sticks at the top of the window (the
// masthead, the editor's toolbar) or the foot of the page (the counts) only hides what is scrolled
// under it, as scrolling does; anything else on top of a control is a defect. In a dialog, its
// buttons and its result are in view without scrolling the page.

import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { articleText, expect, test } from './fixtures.ts';

interface Covered {
  control: string;
  by: string;
}

/** The visible controls whose centre shows something else on top of them (see above). */
function coveredControls(page: Page): Promise<Covered[]> {
  return page.evaluate(() => {
    const STICKY = '.masthead, .editor-head, .status-bar';
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    const modal = document.querySelector('dialog[open]:modal');
    const out: { control: string; by: string }[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [contenteditable="true"]',
    );
    for (const el of controls) {
      if (modal && !modal.contains(el)) continue; // Behind a modal dialog: inert, by design.
      if (el.closest('[hidden], [inert]') || getComputedStyle(el).visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      const cx = r.left + Math.min(r.width / 2, 40);
      const cy = r.top + r.height / 2;
      if (cx < 0 || cy < 0 || cx >= innerWidth || cy >= innerHeight) continue; // Off screen: scrolled away.
      // Inside a scrolling part of a dialog, scrolled out of its view: scrolled away too.
      const scroller = el.closest('.dialog-body');
      if (scroller) {
        const s = scroller.getBoundingClientRect();
        if (cy < s.top || cy > s.bottom) continue;
      }
      const top = document.elementFromPoint(cx, cy);
      if (!top || top === el || el.contains(top) || (top.closest('label') && top.closest('label')?.contains(el))) continue;
      if (top.closest(STICKY) && !el.closest(STICKY)) continue; // Scrolled under what sticks.
      out.push({ control: describe(el), by: describe(top) });
    }
    return out;
  });
}

/** The open dialog's own buttons are all in the window, and not hidden below its fold. */
function dialogButtonsInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    if (!dialog) return ['no dialog'];
    const out: string[] = [];
    for (const b of dialog.querySelectorAll<HTMLElement>('.dialog-actions button, .form-actions button, .export-done, .export-problem')) {
      const r = b.getBoundingClientRect();
      const d = dialog.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (r.bottom > innerHeight || r.bottom > d.bottom || !(top === b || b.contains(top)))
        out.push((b.textContent ?? '').trim().slice(0, 40));
    }
    return out;
  });
}

const jpeg = (seed: number): Promise<Buffer> =>
  sharp({
    create: {
      width: 2400,
      height: 1600,
      channels: 3,
      background: { r: seed * 40, g: 120, b: 90 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 92 })
    .toBuffer();

for (const [width, height] of [
  [1366, 768],
  [1280, 720],
] as const) {
  test(`no notice, bar or dialog covers a control at ${width}×${height}`, async ({ page, dateline }) => {
    await page.setViewportSize({ width, height });
    for (let i = 0; i < 9; i++) await dateline.call('library.create', { headline: `Tin thứ ${i + 1} ở Bắc Quang` });
    await dateline.open(page);

    // The library with a notice (and its Undo) up.
    await page.getByRole('button', { name: 'Xóa “Tin thứ 9 ở Bắc Quang” (chuyển vào thùng rác)' }).click();
    await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeVisible();
    expect(await coveredControls(page)).toEqual([]);

    // An article: photos being added (the progress), then an error notice that stays.
    await page.getByRole('link', { name: 'Tin thứ 1 ở Bắc Quang' }).click();
    const editor = articleText(page);
    await editor.locator('.block-paragraph').first().click();
    await page.keyboard.type('Đoạn mở đầu.');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+Alt+P');
    await (await chooser).setFiles(PHOTOS.map((buffer, i) => ({ name: `anh-${i + 1}.jpg`, mimeType: 'image/jpeg', buffer })));
    await expect(page.locator('.notice-progress, .photo-progress')).toBeVisible();
    expect(await coveredControls(page)).toEqual([]);
    await expect(editor.locator('figure.block-figure')).toHaveCount(3, { timeout: 90_000 });
    const refused = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+Alt+P');
    await (await refused).setFiles({ name: 'ghi-chu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Phỏng vấn lúc 9 giờ\n') });
    await expect(page.locator('[data-notice-kind="error"], .notice-error')).toBeVisible();
    expect(await coveredControls(page)).toEqual([]);
    // Scrolled to the details under the page: still nothing on top of a control.
    await page.getByTestId('meta-place').scrollIntoViewIfNeeded();
    expect(await coveredControls(page)).toEqual([]);

    // Find open: a bar of its own.
    await editor.locator('.block-paragraph').last().click();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Bắc Quang');
    expect(await coveredControls(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // The export dialog: its buttons in view, nothing covered inside it.
    await page.keyboard.press('Control+Shift+E');
    await expect(page.getByRole('dialog', { name: 'Xuất bản gói' })).toBeVisible();
    await expect(page.locator('.export-findings, .export-ok').first()).toBeVisible();
    expect(await dialogButtonsInView(page)).toEqual([]);
    expect(await coveredControls(page)).toEqual([]);
  });
}

let PHOTOS: Buffer[] = [];
test.beforeAll(async () => {
  PHOTOS = await Promise.all([1, 2, 3].map(jpeg));
});

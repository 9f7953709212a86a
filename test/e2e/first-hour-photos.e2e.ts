// A reporter's first hour with a photo (issue 12), as a person does it: from the library, with the
// mouse (click, then type at once) and the keyboard, no waits between actions, nothing set up
// through the contract. Every typed character is checked in the saved article.
// - the mouse journey between the figure's fields and the text, at 1366×768 and 1280×720;
// - the keyboard around a figure: Tab/Shift+Tab through its controls and out, arrows over it,
//   Backspace/Delete beside it; the caption growing with its words;
// - the crop dialog: the window's space, the turned photo, the focal point, focus after Apply.

import type { Locator, Page } from '@playwright/test';
import type { Article, Block, FigureBlock } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, storedArticle, test, type Dateline } from './fixtures.ts';
import { backspaceBursts, cdpFor, sendBursts } from './ime.ts';
import { jpeg } from './photo-files.ts';
import { undoCase } from './plain-fields.ts';

const PROCESSED = { timeout: 60_000 };

const figuresOf = (a: Article): FigureBlock[] => a.content.filter((b): b is FigureBlock => b.type === 'figure');
const articleIdOf = (page: Page): string => /#\/article\/(a-[0-9a-z-]+)/.exec(page.url())?.[1] ?? '';

interface Scene {
  id: string;
  figure: Locator;
  caption: Locator;
  credit: Locator;
  alt: Locator;
  /** The paragraph before the photo and the one after it. */
  before: Locator;
  after: Locator;
}

/**
 * From the library: a new article, its headline and sapo typed, a paragraph and Enter, then a
 * photo added with the toolbar's "Thêm ảnh" (the browser's file chooser) on the new empty line
 * (it goes above that line, which stays below the photo to write on).
 */
async function articleWithPhoto(page: Page, dateline: Dateline, before = 'Đoạn trước ảnh.'): Promise<Scene> {
  await dateline.open(page);
  await page.getByRole('button', { name: 'Bài mới' }).click();
  const editor = articleText(page);
  await editor.locator('.block-headline').click();
  await page.keyboard.type('Lễ hội đua thuyền');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hàng nghìn người đến cổ vũ.');
  await page.keyboard.press('Enter');
  await page.keyboard.type(before);
  await page.keyboard.press('Enter');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Thêm ảnh', exact: true }).click();
  await (await chooser).setFiles([{ name: 'dua-thuyen.jpg', mimeType: 'image/jpeg', buffer: await jpeg(1200, 800, 1) }]);
  const figure = editor.locator('figure.block-figure');
  await expect(figure).toHaveCount(1, PROCESSED);
  await expect(figure.locator('.photo-frame img')).toBeVisible(PROCESSED);
  return {
    id: articleIdOf(page),
    figure,
    caption: figure.getByLabel('Chú thích'),
    credit: figure.getByLabel('Nguồn ảnh'),
    alt: figure.getByLabel('Mô tả cho người khiếm thị'),
    before: editor.locator('.block-paragraph').first(),
    after: editor.locator('figure.block-figure + .block-paragraph'),
  };
}

/** The body as stored: each block's type and text (a figure as its three fields). */
const bodyOf = (a: Article): string[] =>
  a.content.slice(2).map((b: Block) => (b.type === 'figure' ? `figure|${b.caption}|${b.credit}|${b.alt}` : `${b.type}|${blockText(b)}`));

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('clicking between the caption, credit, alt text and the text and typing at once: every letter lands where it was typed, and a UniKey name in the byline after the caption leaves the photo alone', async ({
      page,
      dateline,
    }) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      const s = await articleWithPhoto(page, dateline);
      const credit0 = await s.credit.inputValue();
      const typed = { caption: '', credit: credit0, alt: '', before: 'Đoạn trước ảnh.', after: '' };
      type Place = keyof typeof typed;
      const where: Record<Place, Locator> = { caption: s.caption, credit: s.credit, alt: s.alt, before: s.before, after: s.after };
      // Every ordered pair of {caption, credit, alt, text} once (the text alternating before and
      // after the photo): an Euler circuit of the four places.
      const route: Place[] = [
        'before',
        'caption',
        'credit',
        'alt',
        'caption',
        'alt',
        'credit',
        'after',
        'alt',
        'before',
        'credit',
        'caption',
        'after',
      ];
      let n = 0;
      for (const place of route) {
        n++;
        const word = ` ${place === 'caption' ? 'chú' : place === 'credit' ? 'nguồn' : place === 'alt' ? 'tả' : 'lời'}${n}`;
        await where[place].click();
        // End: back into a field (or a paragraph) the caret goes where the click was; the words go on at the end.
        await page.keyboard.press('End');
        await page.keyboard.type(word);
        typed[place] += word;
      }
      // The byline right after the caption, typed with UniKey: the burst's Backspaces are the name's.
      await s.caption.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' cuối');
      typed.caption += ' cuối';
      await page.getByTestId('byline-name-0').click();
      const cdp = await cdpFor(page);
      await sendBursts(cdp, backspaceBursts('Đức', 'telex'));

      await expect(s.figure).toHaveCount(1);
      await expect(s.caption).toHaveValue(typed.caption);
      await expect(s.credit).toHaveValue(typed.credit);
      await expect(s.alt).toHaveValue(typed.alt);
      await expect(page.getByTestId('byline-name-0')).toHaveValue('Đức');
      const expected = [`paragraph|${typed.before}`, `figure|${typed.caption}|${typed.credit}|${typed.alt}`, `paragraph|${typed.after}`];
      await expect.poll(async () => bodyOf(await dateline.call('library.get', { id: s.id }))).toEqual(expected);
      const stored = await storedArticle(dateline, s.id, (a) => a.meta.byline.people[0]?.name === 'Đức');
      expect(stored.content[1]).toMatchObject({ type: 'sapo' });
      expect(blockText(stored.content[1])).toBe('BHG - Hàng nghìn người đến cổ vũ.');
      expect(figuresOf(stored)).toHaveLength(1);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('the keyboard around a photo', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('Tab and Shift+Tab walk the figure’s controls in the order they are seen, then leave it; Shift+Tab from the caption goes back into the text just before the photo', async ({
    page,
    dateline,
  }) => {
    const s = await articleWithPhoto(page, dateline);
    const controls = ['Chú thích', 'Nguồn ảnh', 'Mô tả cho người khiếm thị', 'Cỡ ảnh', 'Cắt, xoay…', 'Bỏ ảnh khỏi bài'];
    const focusedName = (): Promise<string> =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const label = el.closest('label')?.querySelector('.figure-field-label')?.textContent;
        return label ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
      });
    await s.caption.click();
    const seen = [await focusedName()];
    for (let i = 1; i < controls.length; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedName());
    }
    expect(seen).toEqual(controls);
    // In the order they are seen: top to bottom, then left to right on a line.
    const boxes = await s.figure
      .locator('.figure-fields')
      .locator('textarea, input, select, button')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left })));
    expect(boxes).toHaveLength(controls.length);
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      const below = b.top >= a.bottom - 1;
      const sameLineRight = b.top < a.bottom && a.top < b.bottom && b.left > a.left;
      expect(below || sameLineRight, `control ${i + 1} comes after control ${i} on screen`).toBe(true);
    }
    // Out of the figure, on to what follows it in the page.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => !!document.activeElement && document.activeElement !== document.body && !document.activeElement.closest('figure'),
      ),
    ).toBe(true);
    for (let i = controls.length - 1; i >= 0; i--) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusedName()).toBe(controls[i]);
    }
    await page.keyboard.press('Shift+Tab');
    await expect(articleText(page)).toBeFocused();
    await page.keyboard.type(' Thêm');
    const stored = await storedArticle(dateline, s.id, (a) => bodyOf(a)[0] === 'paragraph|Đoạn trước ảnh. Thêm');
    expect(figuresOf(stored)).toHaveLength(1);
    expect(figuresOf(stored)[0]).toMatchObject({ caption: '', alt: '' });
  });

  test('arrows in the text step over a photo and back, never into its fields nor selecting it', async ({ page, dateline }) => {
    const s = await articleWithPhoto(page, dateline, 'Trước');
    await s.before.click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('A');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('B');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('C');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('D');
    await expect(s.figure).not.toHaveClass(/is-selected/);
    const stored = await storedArticle(dateline, s.id, (a) => bodyOf(a).join('').includes('D'));
    const [before, figure, after] = bodyOf(stored);
    // ↑ keeps the caret's column: D lands in `TrướcB` near the start, wherever exactly.
    expect(before?.replace('D', '')).toBe('paragraph|TrướcB');
    expect(figure).toBe(`figure||${await s.credit.inputValue()}|`);
    expect(after).toBe('paragraph|AC');
  });

  test('Backspace and Delete beside a photo select it instead of removing it; with the photo selected they remove it, and one Ctrl+Z brings it back with its caption', async ({
    page,
    dateline,
  }) => {
    const s = await articleWithPhoto(page, dateline, 'Trước');
    await s.caption.click();
    await page.keyboard.type('Đua thuyền');
    await s.after.click();
    await page.keyboard.type('Sau');
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    await expect(s.figure).toHaveClass(/is-selected/);
    await expect(s.after).toHaveText('Sau');
    await page.keyboard.press('Backspace');
    await expect(s.figure).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(s.figure).toHaveCount(1);
    await expect(s.caption).toHaveValue('Đua thuyền');
    await s.before.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Delete');
    await expect(s.figure).toHaveClass(/is-selected/);
    await expect(s.figure).toHaveCount(1);
    // The last save, not an earlier one that already had the caption (the Saver may still be writing).
    const stored = await storedArticle(
      dateline,
      s.id,
      (a) => figuresOf(a).length === 1 && figuresOf(a)[0]?.caption === 'Đua thuyền' && bodyOf(a)[2] === 'paragraph|Sau',
    );
    expect(bodyOf(stored)[0]).toBe('paragraph|Trước');
    expect(bodyOf(stored)[2]).toBe('paragraph|Sau');
  });

  test('a long caption wraps and grows with its words, and Enter adds no line to it', async ({ page, dateline }) => {
    const s = await articleWithPhoto(page, dateline);
    await s.caption.click();
    const oneLine = await s.caption.evaluate((el) => el.clientHeight);
    const words =
      'Các đội thuyền của xã Quảng Thuận, Quảng Phúc và Quảng Trường tranh tài trên sông Gianh trong ngày hội truyền thống đầu xuân, thu hút hàng nghìn người dân và du khách đến cổ vũ dọc hai bờ sông';
    await page.keyboard.type(words);
    await page.keyboard.press('Enter');
    await page.keyboard.type(' năm nay.');
    await expect(s.caption).toHaveValue(`${words} năm nay.`);
    const box = await s.caption.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    expect(box.client).toBeGreaterThan(oneLine * 2);
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    await storedArticle(dateline, s.id, (a) => figuresOf(a)[0]?.caption === `${words} năm nay.`);
  });
});

test.describe('the figure’s text fields', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  for (const field of ['caption', 'credit', 'alt'] as const) {
    test(`undo in the ${field} goes a word at a time, never through a keyboard's half-typed forms`, async ({ page, dateline }) => {
      const s = await articleWithPhoto(page, dateline);
      const typed = await undoCase(page, s[field]);
      const stored = await storedArticle(dateline, s.id, (a) => figuresOf(a)[0]?.[field] === typed);
      expect(bodyOf(stored)[0]).toBe('paragraph|Đoạn trước ảnh.');
    });
  }

  test('quotes typed in the caption become curly, and one Ctrl+Z keeps the straight one', async ({ page, dateline }) => {
    const s = await articleWithPhoto(page, dateline);
    await s.caption.click();
    await page.keyboard.type('Đội "Quảng Thuận" của H\'Mông "về nhất"');
    await page.keyboard.press('Control+z');
    await expect(s.caption).toHaveValue('Đội “Quảng Thuận” của H’Mông “về nhất"');
    await storedArticle(dateline, s.id, (a) => figuresOf(a)[0]?.caption === 'Đội “Quảng Thuận” của H’Mông “về nhất"');
  });
});

test.describe('the crop dialog', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  async function openCrop(page: Page, s: Scene): Promise<Locator> {
    await s.figure.getByRole('button', { name: 'Cắt, xoay…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cắt và xoay ảnh' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  const ratioOf = async (l: Locator): Promise<number> => {
    const b = (await l.boundingBox())!;
    return b.width / b.height;
  };

  test('uses the window, and turning shows the photo turned with a frame of the chosen aspect', async ({ page, dateline }) => {
    const s = await articleWithPhoto(page, dateline);
    const dialog = await openCrop(page, s);
    const stage = dialog.locator('.crop-stage');
    const box = (await stage.boundingBox())!;
    // Far more than the ~430 px the photo had: most of the window's height (or width).
    expect(Math.max(box.width / 1366, box.height / 768)).toBeGreaterThan(0.65);
    await dialog.getByRole('button', { name: '16:9' }).click();
    await dialog.getByRole('button', { name: /Xoay 90°/ }).click();
    // The 1200 × 800 photo on its side is 800 × 1200 on screen; the frame is 16:9 on it.
    expect(await ratioOf(stage)).toBeCloseTo(800 / 1200, 1);
    expect(await ratioOf(dialog.getByRole('slider', { name: 'Vùng cắt' }))).toBeCloseTo(16 / 9, 1);
    await expect(stage.locator('.photo-box')).toHaveAttribute('style', /rotate\(90deg\)/);
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    const stored = await storedArticle(dateline, s.id, (a) => figuresOf(a)[0]?.rotate === 90);
    const c = figuresOf(stored)[0]!.crop!;
    // Stored on the upright photo: a 9:16 piece, which turned is the 16:9 picture.
    expect((c.width * 1200) / (c.height * 800)).toBeCloseTo(9 / 16, 2);
  });

  test('a click outside the frame keeps the focal-point mode and says why; a click inside sets the point', async ({ page, dateline }) => {
    const s = await articleWithPhoto(page, dateline);
    const dialog = await openCrop(page, s);
    await dialog.getByRole('button', { name: '1:1' }).click();
    const focusButton = dialog.getByRole('button', { name: 'Đặt điểm nhấn' });
    await focusButton.click();
    const stage = (await dialog.locator('.crop-stage').boundingBox())!;
    const frame = (await dialog.getByRole('slider', { name: 'Vùng cắt' }).boundingBox())!;
    // Left of the centred square frame, on the photo.
    await page.mouse.click(stage.x + (frame.x - stage.x) / 2, stage.y + stage.height / 2);
    await expect(focusButton).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog.getByRole('status')).toHaveText(/trong khung cắt/);
    await page.mouse.click(frame.x + frame.width / 4, frame.y + frame.height / 4);
    await expect(focusButton).toHaveAttribute('aria-pressed', 'false');
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    const stored = await storedArticle(dateline, s.id, (a) => !!figuresOf(a)[0]?.focus);
    expect(figuresOf(stored)[0]!.focus!.x).toBeCloseTo(0.25, 1);
    expect(figuresOf(stored)[0]!.focus!.y).toBeCloseTo(0.25, 1);
  });

  test('after Apply the keyboard is on the Crop button, and Ctrl+Z there undoes the crop', async ({ page, dateline }) => {
    const s = await articleWithPhoto(page, dateline);
    const dialog = await openCrop(page, s);
    await dialog.getByRole('button', { name: '1:1' }).click();
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(dialog).toBeHidden();
    await expect(s.figure.getByRole('button', { name: 'Cắt, xoay…' })).toBeFocused();
    await storedArticle(dateline, s.id, (a) => figuresOf(a)[0]?.crop?.aspect === '1:1');
    await page.keyboard.press('Control+z');
    await storedArticle(dateline, s.id, (a) => figuresOf(a).length === 1 && figuresOf(a)[0]?.crop === undefined);
  });

  test('Shift+arrows shrink a frame as wide as the photo, keeping its aspect', async ({ page, dateline }) => {
    const s = await articleWithPhoto(page, dateline);
    const dialog = await openCrop(page, s);
    await dialog.getByRole('button', { name: '16:9' }).click();
    const frame = dialog.getByRole('slider', { name: 'Vùng cắt' });
    await expect(frame).toHaveAttribute('aria-valuetext', /100% ×/);
    // Tab from the aspect buttons on to the frame, as a keyboard user gets there.
    for (let i = 0; i < 10 && !(await frame.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(frame).toBeFocused();
    for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect(frame).toHaveAttribute('aria-valuetext', /, 90% ×/);
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    const stored = await storedArticle(dateline, s.id, (a) => !!figuresOf(a)[0]?.crop);
    const c = figuresOf(stored)[0]!.crop!;
    expect(c.width).toBeCloseTo(0.9, 2);
    expect((c.width * 1200) / (c.height * 800)).toBeCloseTo(16 / 9, 2);
  });
});

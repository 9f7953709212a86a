// Photos in an article, in Chromium against the browser host: adding them through the file input
// and by pasting, typing on while they upload, caption / credit / alt, a 1:1 crop, a reload, and
// what is stored; a text file named .jpg; a media process killed in the middle of an import.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Article, FigureBlock } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { createCore } from '../../main/core/app.ts';
import { createConfSettings } from '../../main/core/settings/conf-store.ts';
import { startHost } from '../../main/host/server.ts';
import { articleText, expect, storedArticle, test } from './fixtures.ts';
import { jpeg } from './photo-files.ts';

const figuresOf = (a: Article): FigureBlock[] => a.content.filter((b): b is FigureBlock => b.type === 'figure');
const currentArticleId = (page: Page): string => /#\/article\/(a-[0-9a-z-]+)/.exec(page.url())?.[1] ?? '';

/** A new article with a headline and a sapo; the caret ends in the first body paragraph. */
async function newArticle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Bài mới' }).click();
  const editor = articleText(page);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await editor.locator('.block-headline').click();
  await page.keyboard.type('Lễ hội đua thuyền trên sông Gianh');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type('Hàng nghìn người dân đã đến cổ vũ.');
  await page.keyboard.press('Enter');
  return currentArticleId(page);
}

// Photos are processed by media processes that start on demand: on a loaded machine that takes a
// while, so waits for a processed photo are long (they bound a wait; they measure nothing).
const PROCESSED = { timeout: 60_000 };

/** Clicks a control after bringing it to the middle of the window (the notice line sits at the bottom). */
async function clickCentered(target: Locator): Promise<void> {
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await target.click();
}

const fileInput = (page: Page) => page.locator('input[type="file"]');

test('photos added by the file input and by paste are captioned, cropped 1:1 and kept after a reload', async ({ page, dateline }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await dateline.call('settings.set', { patch: { reporterName: 'Trung Hậu' } });
  await dateline.open(page);
  const id = await newArticle(page);
  expect(id).not.toBe('');

  // Two photos at once; the reporter keeps typing while they upload.
  await fileInput(page).setInputFiles([
    { name: 'dua-thuyen.jpg', mimeType: 'image/jpeg', buffer: await jpeg(1200, 800, 1, 'Tran Van Binh') },
    { name: 'khan-gia.jpg', mimeType: 'image/jpeg', buffer: await jpeg(900, 1200, 2, undefined, true) },
  ]);
  await page.keyboard.type('Đội thuyền xã Quảng Thuận về nhất.');
  const figures = articleText(page).locator('figure.block-figure');
  await expect(figures).toHaveCount(2, PROCESSED);

  // Pasting a photo (a screenshot on the clipboard has a file and nothing else).
  const pasted = (await jpeg(640, 480, 3)).toString('base64');
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'image.jpg', { type: 'image/jpeg' }));
    document
      .querySelector('[data-slate-editor="true"]')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, pasted);
  await expect(figures).toHaveCount(3, PROCESSED);

  // Prefilled credits: the photographer from EXIF, else the reporter.
  const first = figures.nth(0);
  await expect(first.getByLabel('Nguồn ảnh')).toHaveValue('Ảnh: Tran Van Binh');
  await expect(figures.nth(1).getByLabel('Nguồn ảnh')).toHaveValue('Ảnh: Trung Hậu');
  // The photo that recorded where it was taken is flagged; the other is not.
  await expect(figures.nth(1).getByText('Có vị trí GPS')).toBeVisible();
  await expect(first.getByText('Có vị trí GPS')).toHaveCount(0);

  await first.getByLabel('Chú thích').fill('Các đội thuyền tranh tài trên sông Gianh');
  // A Vietnamese IME composing in the caption (Telex on macOS, ibus): only the final word is stored.
  await first.getByLabel('Chú thích').press('End');
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.type(' ');
  for (const step of ['s', 'sô', 'sôn', 'sông'])
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: 'sông' });
  await cdp.detach();
  await expect(first.getByLabel('Chú thích')).toHaveValue('Các đội thuyền tranh tài trên sông Gianh sông');
  await first.getByLabel('Chú thích').fill('Các đội thuyền tranh tài trên sông Gianh');
  // Tab goes from field to field (not to the article's indent command).
  await first.getByLabel('Chú thích').press('Tab');
  await expect(first.getByLabel('Nguồn ảnh')).toBeFocused();
  await first.getByLabel('Nguồn ảnh').fill('Ảnh: Trần Văn Bình');
  // Ctrl+Z in a field is the field's own undo, a word at a time; the other fields stay.
  const alt = first.getByLabel('Mô tả cho người khiếm thị');
  await alt.pressSequentially('Thuyền đua');
  await expect(alt).toHaveValue('Thuyền đua');
  await alt.press('Control+z');
  await expect(alt).toHaveValue('Thuyền ');
  await alt.press('Control+z');
  await expect(alt).toHaveValue('');
  await expect(first.getByLabel('Nguồn ảnh')).toHaveValue('Ảnh: Trần Văn Bình');
  await alt.fill('Sáu chiếc thuyền đua rẽ nước, người chèo mặc áo đỏ');
  await clickCentered(first.getByRole('button', { name: 'Cắt, xoay…' }));
  const dialog = page.getByRole('dialog', { name: 'Cắt và xoay ảnh' });
  await dialog.getByRole('button', { name: '1:1' }).click();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(dialog).toBeHidden();

  const stored = await storedArticle(dateline, id, (a) => {
    const f = figuresOf(a);
    return f.length === 3 && f[0].alt !== '' && f[0].crop?.aspect === '1:1' && a.content.some((b) => blockText(b).includes('về nhất'));
  });
  const [f1, f2, f3] = figuresOf(stored);
  expect(f1).toMatchObject({
    caption: 'Các đội thuyền tranh tài trên sông Gianh',
    credit: 'Ảnh: Trần Văn Bình',
    alt: 'Sáu chiếc thuyền đua rẽ nước, người chèo mặc áo đỏ',
    layout: 'medium',
  });
  expect(f1.caption).toBe(f1.caption.normalize('NFC'));
  // A square of the 1200 × 800 photo: 800 × 800, centred.
  expect(f1.crop!.height).toBeCloseTo(1, 3);
  expect(f1.crop!.width * 1200).toBeCloseTo(800, 0);
  expect(f1.crop!.x).toBeCloseTo(200 / 1200, 3);
  expect(f2.credit).toBe('Ảnh: Trung Hậu');
  expect(f3.assetId).toMatch(/^[0-9a-f]{64}$/);
  // Figures went where the caret was when each add began, and the typing was not disturbed.
  // (The two chosen went above the empty line the caret was on; the pasted one after that line,
  // and a paragraph to write in follows it.)
  expect(stored.content.map((b) => b.type)).toEqual(['headline', 'sapo', 'figure', 'figure', 'paragraph', 'figure', 'paragraph']);
  expect(blockText(stored.content[4])).toBe('Đội thuyền xã Quảng Thuận về nhất.');
  const assets = await dateline.call('media.list', { id });
  expect(assets.map((a) => a.originalName).sort()).toEqual(['dua-thuyen.jpg', 'image.jpg', 'khan-gia.jpg']);

  await page.reload();
  await expect(figures).toHaveCount(3, PROCESSED);
  await expect(figures.nth(0).getByLabel('Chú thích')).toHaveValue('Các đội thuyền tranh tài trên sông Gianh');
  await expect(figures.nth(0).locator('.photo-frame img')).toHaveJSProperty('complete', true);
  // The gallery lists the three; the two without a caption are marked.
  await page.getByRole('button', { name: 'Ảnh trong bài' }).click();
  const gallery = page.getByRole('complementary', { name: 'Ảnh trong bài' });
  await expect(gallery.getByRole('listitem')).toHaveCount(3, PROCESSED);
  await expect(gallery.getByText('Thiếu chú thích')).toHaveCount(2, PROCESSED);
  await gallery.getByRole('button').filter({ hasText: 'Thiếu chú thích' }).last().click();
  await expect(figures.nth(2)).toHaveClass(/is-selected/);
  expect(problems).toEqual([]);
});

test('a text file named .jpg is refused with its reason and the article is untouched', async ({ page, dateline }) => {
  await dateline.open(page);
  const id = await newArticle(page);
  const before = await storedArticle(dateline, id, (a) => a.content.some((b) => blockText(b).includes('cổ vũ')));
  await fileInput(page).setInputFiles([
    { name: 'ghi-chu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Phỏng vấn ông Hoàng Văn Sinh, 9 giờ sáng.\n', 'utf8') },
  ]);
  await expect(page.getByRole('alert')).toContainText('Tệp “ghi-chu.jpg” là một tệp văn bản chứ không phải ảnh', PROCESSED);
  await expect(articleText(page).locator('figure')).toHaveCount(0, PROCESSED);
  const after = await dateline.call('library.get', { id });
  expect(after.content).toEqual(before.content);
  expect(await dateline.call('media.list', { id })).toEqual([]);
});

test('a dropped photo goes where it was dropped; a truncated JPEG is refused, then imported when the reporter accepts the damage', async ({
  page,
  dateline,
}) => {
  await dateline.open(page);
  const id = await newArticle(page);
  await page.keyboard.type('Đoạn cuối bài.');
  // Dropped onto the sapo: it goes right after the sapo, not at the caret.
  const dropped = (await jpeg(500, 400, 8)).toString('base64');
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'tha-vao.jpg', { type: 'image/jpeg' }));
    const sapo = document.querySelector('.block-sapo') as HTMLElement;
    const r = sapo.getBoundingClientRect();
    const at = { clientX: r.left + 20, clientY: r.top + r.height / 2, bubbles: true, cancelable: true, dataTransfer: data };
    sapo.dispatchEvent(new DragEvent('dragover', at));
    sapo.dispatchEvent(new DragEvent('drop', at));
  }, dropped);
  const figure = articleText(page).locator('figure.block-figure');
  await expect(figure).toHaveCount(1, PROCESSED);

  // A crop is one undo step, and undoing it leaves the figure as it was.
  await clickCentered(figure.getByRole('button', { name: 'Cắt, xoay…' }));
  const dialog = page.getByRole('dialog', { name: 'Cắt và xoay ảnh' });
  await dialog.getByRole('button', { name: '16:9' }).click();
  await dialog.getByRole('button', { name: /Xoay 90°/ }).click();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  const cropped = await storedArticle(dateline, id, (a) => figuresOf(a)[0]?.rotate === 90);
  const c = figuresOf(cropped)[0].crop!;
  // On its side, a 16:9 picture is a 9:16 piece of the 500 × 400 photo.
  expect((c.width * 500) / (c.height * 400)).toBeCloseTo(9 / 16, 2);
  // The keyboard is back on the button that opened the dialog; Ctrl+Z there is the article's.
  await expect(figure.getByRole('button', { name: 'Cắt, xoay…' })).toBeFocused();
  await page.keyboard.press('Control+z');
  const undone = await storedArticle(dateline, id, (a) => figuresOf(a)[0]?.rotate === undefined);
  expect(figuresOf(undone)[0].crop).toBeUndefined();

  const full = await jpeg(800, 600, 9);
  await fileInput(page).setInputFiles([
    { name: 'the-nho-loi.jpg', mimeType: 'image/jpeg', buffer: full.subarray(0, Math.floor(full.length * 0.6)) },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Ảnh “the-nho-loi.jpg” bị thiếu phần cuối', PROCESSED);
  expect(await dateline.call('media.list', { id })).toHaveLength(1);
  await alert.getByRole('button', { name: 'Vẫn nhập ảnh bị lỗi' }).click();
  await expect(articleText(page).locator('figure.block-figure')).toHaveCount(2, PROCESSED);

  const stored = await storedArticle(dateline, id, (a) => figuresOf(a).length === 2);
  // The caret stayed in the last paragraph (the figure's buttons never take it), so the second
  // photo went after that paragraph; a paragraph to write in follows the last photo.
  expect(stored.content.map((b) => b.type)).toEqual(['headline', 'sapo', 'figure', 'paragraph', 'figure', 'paragraph']);
  expect(blockText(stored.content[3])).toBe('Đoạn cuối bài.');
  const assets = await dateline.call('media.list', { id });
  const damaged = assets.find((a) => a.originalName === 'the-nho-loi.jpg');
  expect(damaged?.notices.map((n) => n.code)).toContain('lenient');
});

test('a media process killed in the middle of an import: that photo is named, the others and later photos are added', async ({
  page,
  rendererDir,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-photos-'));
  const killed: number[] = [];
  // The service says which process took which photo; this one dies as it starts on "chet.jpg".
  const core = await createCore({
    libraryDir: join(root, 'library'),
    settings: createConfSettings({ dir: join(root, 'config') }),
    transport: 'host',
    media: {
      poolSize: 1,
      onProgress: (_id, e) => {
        if (e.type === 'started' && e.name === 'chet.jpg' && e.workerPid) {
          killed.push(e.workerPid);
          process.kill(e.workerPid, 'SIGKILL');
        }
      },
    },
  });
  const host = await startHost({ core, port: 0, rendererDir });
  try {
    await page.goto(host.url);
    const id = await newArticle(page);
    await fileInput(page).setInputFiles([
      { name: 'truoc.jpg', mimeType: 'image/jpeg', buffer: await jpeg(800, 600, 4) },
      { name: 'chet.jpg', mimeType: 'image/jpeg', buffer: await jpeg(800, 600, 5) },
      { name: 'sau.jpg', mimeType: 'image/jpeg', buffer: await jpeg(800, 600, 6) },
    ]);
    await expect(page.getByRole('alert')).toContainText('Bộ xử lý ảnh dừng đột ngột khi đang xử lý “chet.jpg”', PROCESSED);
    expect(killed).toHaveLength(1);
    await expect(articleText(page).locator('figure.block-figure')).toHaveCount(2, PROCESSED);
    // A fresh process takes the next photos.
    await fileInput(page).setInputFiles([{ name: 'them.jpg', mimeType: 'image/jpeg', buffer: await jpeg(800, 600, 7) }]);
    await expect(articleText(page).locator('figure.block-figure')).toHaveCount(3, PROCESSED);
    const result = await core.dispatch('library.get', { id });
    expect(result.ok).toBe(true);
    let names: string[] = [];
    await expect
      .poll(async () => {
        const a = await core.dispatch('library.get', { id });
        const m = await core.dispatch('media.list', { id });
        const byId = new Map(m.ok ? (m.value as { assetId: string; originalName: string }[]).map((x) => [x.assetId, x.originalName]) : []);
        names = a.ok ? figuresOf(a.value as Article).map((f) => byId.get(f.assetId) ?? '?') : [];
        return names.join(',');
      })
      .toBe('truoc.jpg,sau.jpg,them.jpg');
  } finally {
    await host.close();
    await core.close();
    await rm(root, { recursive: true, force: true });
  }
});

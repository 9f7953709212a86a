// The editor's review screen between two laptops (issue 13): two browser hosts over two libraries
// with their own keys, one desk folder. The editor opens a submission from the inbox card and
// sees what the approval will sign: every photo (preview, caption, credit, alt, GPS flag, size),
// every detail, counts and preflight, and what changed since the previous version, marked in
// place. In suggesting mode the editor types Vietnamese (compositions and UniKey bursts) straight
// into the text and a caption; the suggestions reach the reporter, who accepts them. An approval
// needs a summary and a second confirmation, and its note reaches the reporter; a withdrawn
// approval unlocks the reporter's article; a forged withdrawal is refused. axe finds no serious
// or critical problem on the inbox, the review screen and the signing summary, in both languages.

import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import type { Block, FigureBlock } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import type { Input } from '../../main/common/contract/index.ts';
import { newReviewId } from '../../main/common/review/ids.ts';
import { textUnits } from '../../main/common/review/units.ts';
import { countText } from '../../main/common/vietnamese/counts.ts';
import { contentHashOf } from '../../main/core/review/hash.ts';
import { fileSecretBox, ProfileStore } from '../../main/core/review/profile.ts';
import { writePackage } from '../../main/core/review/writer.ts';
import { articleText, expect, test, type Dateline } from './fixtures.ts';
import { cdpFor, composeText, seeded, sendBursts, textBursts } from './ime.ts';
import { axeProblems, clickAfter, dragSelect, editorFor, type Call } from './review-helpers.ts';

const P0 = 'Năm 2024, xã đã tiếp nhận hơn 4.000 lượt khách du lịch đến tham quan ruộng bậc thang.';
const P1 = 'Các chi bộ đều tổ chức sinh hoạt chuyên đề mỗi tháng một lần.';
const SAPO = 'BHG - Xã Bản Luốc xây dựng chi bộ bốn tốt.';

interface Newsroom {
  root: string;
  desk: string;
  editorCall: Call;
  editorPage: Page;
  editorUrl: string;
  close: () => Promise<void>;
}

/** The editor's laptop (review-helpers.ts) and a browser page on it, at 1366 × 768. */
async function newsroom(dateline: Dateline, rendererDir: string, browser: Browser): Promise<Newsroom> {
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-screen-'));
  const desk = join(root, 'desk');
  const editor = await editorFor(dateline, root, desk, rendererDir);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const editorPage = await context.newPage();
  return {
    root,
    desk,
    editorCall: editor.call,
    editorPage,
    editorUrl: editor.host.url,
    close: async () => {
      await context.close();
      await editor.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A real JPEG (sharp), with a place in Hà Giang in its EXIF when `gps`. */
async function photo(dir: string, name: string, seed: number, gps = false): Promise<string> {
  const img = sharp({
    create: { width: 1600, height: 1200, channels: 3, background: { r: (seed * 53) % 256, g: (seed * 97) % 256, b: 120 } },
  }).jpeg({ quality: 80 });
  const place = { GPSLatitudeRef: 'N', GPSLatitude: '22/1 49/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '104/1 59/1 600/100' };
  const path = join(dir, name);
  await writeFile(path, await (gps ? img.withExif({ IFD3: place }) : img).toBuffer());
  return path;
}

const unitText = (content: Block[], blockId: string, field = 'text'): string | undefined =>
  textUnits(content).find((u) => u.blockId === blockId && u.field === field)?.text;

/** The reporter's article: headline, sapo, two paragraphs and the figures, with every detail set. */
async function writeStory(
  dateline: Dateline,
  dir: string,
  opts: { category: string; p0: string; caption: string; third: boolean },
): Promise<{ id: string; figures: FigureBlock[] }> {
  const related = await dateline.call('library.create', { headline: 'Hoàng Su Phì mùa lúa chín' });
  const created = await dateline.call('library.create', { headline: 'Bốn tốt ở Hoàng Su Phì' });
  const paths = [await photo(dir, 'ruong.jpg', 1, true), await photo(dir, 'chibo.jpg', 2), await photo(dir, 'hop.jpg', 3)];
  const added = await dateline.call('media.add', { id: created.id, paths, lenient: false });
  const assets = added.items.map((i) => (i.ok ? i.asset.assetId : ''));
  const figures: FigureBlock[] = [
    {
      type: 'figure',
      id: 'b-fa',
      assetId: assets[0],
      caption: opts.caption,
      credit: 'Ảnh: TRUNG HẬU',
      alt: 'Ruộng bậc thang Hoàng Su Phì',
      layout: 'full',
      crop: { x: 0, y: 0, width: 0.5, height: 0.5 },
      focus: { x: 0.3, y: 0.6 },
      children: [{ text: '' }],
    },
    {
      type: 'figure',
      id: 'b-fb',
      assetId: assets[1],
      caption: 'Chi bộ thôn Nậm Khòa sinh hoạt chuyên đề',
      credit: 'Ảnh: MINH ANH',
      alt: '',
      layout: 'small',
      children: [{ text: '' }],
    },
    {
      type: 'figure',
      id: 'b-fc',
      assetId: assets[2],
      caption: 'Hội nghị sơ kết',
      credit: 'Ảnh: TRUNG HẬU',
      alt: 'Hội trường',
      layout: 'medium',
      children: [{ text: '' }],
    },
  ];
  const content: Block[] = [
    created.content[0],
    { type: 'sapo', id: 'b-sapo', children: [{ text: SAPO }] },
    { type: 'paragraph', id: 'b-p0', children: [{ text: opts.p0 }] },
    figures[0],
    { type: 'paragraph', id: 'b-p1', children: [{ text: P1 }] },
    figures[1],
    ...(opts.third ? [figures[2]] : []),
  ];
  await dateline.call('library.save', {
    id: created.id,
    content: content as Input<'library.save'>['content'],
    meta: {
      byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' },
      publishAt: '2025-01-05T10:43:00.000Z',
      place: 'Hoàng Su Phì',
      category: opts.category,
      tags: ['chi bộ', 'bốn tốt'],
      relatedIds: [related.id],
      slug: 'bon-tot-o-hoang-su-phi',
    },
  });
  return { id: created.id, figures };
}

/** Scrolls past every photo of the review screen (they load as they come near) and waits until all are decoded. */
async function photosPainted(page: Page, count: number): Promise<void> {
  await expect(page.locator('.review-figure')).toHaveCount(count);
  for (const figure of await page.locator('.review-figure').all()) await figure.scrollIntoViewIfNeeded();
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLImageElement>('.review-figure img')].filter((i) => i.complete && i.naturalWidth > 0).length,
        ),
      { timeout: 90_000 },
    )
    .toBe(count);
}

test('the editor sees every photo and detail the approval signs, and what changed since the last version', async ({
  page,
  dateline,
  rendererDir,
  browser,
}) => {
  test.setTimeout(300_000);
  const room = await newsroom(dateline, rendererDir, browser);
  const { editorPage, editorCall } = room;
  try {
    // Version 1, then version 2 with a word, a caption, the category and a new photo changed.
    const v1 = await writeStory(dateline, room.root, {
      category: 'Thời sự',
      p0: P0.replace('hơn 4.000', 'hơn 3.000'),
      caption: 'Ruộng bậc thang',
      third: false,
    });
    const id = v1.id;
    await dateline.call('review.submit', { id });
    const article = await dateline.call('library.get', { id });
    await dateline.call('library.save', {
      id,
      content: article.content
        .map((b) =>
          b.id === 'b-p0' ? { ...b, children: [{ text: P0 }] } : b.id === 'b-fa' ? { ...b, caption: 'Ruộng bậc thang mùa nước đổ' } : b,
        )
        .concat([v1.figures[2]]) as Input<'library.save'>['content'],
      meta: { category: 'Xây dựng Đảng' },
    });
    // Submitted from the editor's toolbar.
    await dateline.open(page, `#/article/${id}`);
    await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Chờ duyệt');
    // The same word in the library list.
    await dateline.open(page, '#/');
    await expect(page.locator(`tr[data-article-id="${id}"] .col-status`)).toHaveText('Chờ duyệt');

    // The inbox: the latest version waits, new; the whole card opens it.
    await editorPage.goto(room.editorUrl + '#/inbox');
    const latest = editorPage.locator('.inbox-item', { hasNot: editorPage.locator('.badge', { hasText: 'bản cũ' }) });
    await expect(latest).toHaveAttribute('data-state', 'new', { timeout: 60_000 });
    await expect(editorPage.locator('.inbox-waiting')).toHaveText('1 bài đang chờ duyệt');
    await expect(latest).toContainText('Xây dựng Đảng');
    // Filters: what waits (the older version is not waiting), a category, a reporter.
    const cards = editorPage.locator('.inbox-item');
    await expect(cards).toHaveCount(2);
    await editorPage.getByLabel('Trạng thái').selectOption({ label: 'Đang chờ duyệt' });
    await expect(cards).toHaveCount(1);
    await editorPage.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
    await expect(editorPage.getByText('Không có bài nào khớp bộ lọc.')).toBeVisible();
    await editorPage.getByLabel('Chuyên mục').selectOption({ label: 'Mọi chuyên mục' });
    await editorPage.getByLabel('Phóng viên').selectOption({ label: 'Trần Trung Hậu' });
    await expect(cards).toHaveCount(1);
    await latest.locator('.hint').first().click();
    await expect(editorPage.locator('.review-article')).toContainText(P0);

    // Every photo: the preview painted, caption, credit, alt, GPS flag and size.
    await photosPainted(editorPage, 3);
    const figA = editorPage.locator('.review-figure[data-block-id="b-fa"]');
    await expect(figA).toHaveClass(/figure-full/);
    await expect(figA.locator('[data-field="caption"] dd')).toHaveText('Ruộng bậc thang mùa nước đổ');
    await expect(figA.locator('[data-field="credit"] dd')).toHaveText('Ảnh: TRUNG HẬU');
    await expect(figA.locator('[data-field="alt"] dd')).toHaveText('Ruộng bậc thang Hoàng Su Phì');
    await expect(figA.getByText('Có vị trí GPS')).toBeVisible();
    await expect(figA.getByTestId('photo-size')).toHaveText('1600 × 1200 điểm ảnh · cắt còn 800 × 600');
    await expect(figA.locator('.review-focus')).toHaveCount(1);
    await expect(figA.locator('[data-field="caption"] .badge-since')).toHaveText('đã đổi');
    const figB = editorPage.locator('.review-figure[data-block-id="b-fb"]');
    await expect(figB).toHaveClass(/figure-small/);
    await expect(figB.locator('[data-field="caption"] dd')).toHaveText('Chi bộ thôn Nậm Khòa sinh hoạt chuyên đề');
    await expect(figB.locator('[data-field="credit"] dd')).toHaveText('Ảnh: MINH ANH');
    await expect(figB.getByText('Có vị trí GPS')).toHaveCount(0);
    await expect(figB.getByTestId('photo-size')).toHaveText('1600 × 1200 điểm ảnh');
    await expect(editorPage.locator('.review-figure[data-block-id="b-fc"] .review-figure-change')).toHaveText('Ảnh mới');

    // Every detail, as printed; what changed says what it was.
    const details = editorPage.locator('.review-details');
    await expect(details.locator('[data-detail="byline"] dd')).toHaveText('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    await expect(details.locator('[data-detail="publishAt"] dd')).toHaveText('17:43, 05/01/2025');
    await expect(details.locator('[data-detail="place"] dd')).toHaveText('Hoàng Su Phì');
    await expect(details.locator('[data-detail="category"] dd')).toContainText('Xây dựng Đảng');
    await expect(details.locator('[data-detail="category"] dd')).toContainText('Trước: Thời sự');
    await expect(details.locator('[data-detail="tags"] dd')).toHaveText('chi bộ, bốn tốt');
    await expect(details.locator('[data-detail="relatedIds"] dd')).not.toHaveText('(trống)');
    await expect(details.locator('[data-detail="slug"] dd')).toHaveText('bon-tot-o-hoang-su-phi');
    const body = countText(P0).chu + countText(P1).chu;
    await expect(editorPage.getByTestId('review-counts')).toContainText(`Thân bài: ${body} chữ`);
    await expect(details.locator('[data-finding="alt-missing"]')).toContainText('Ảnh số 2');
    // The changed word, marked in the text.
    // (Marks split leaves: one change may span several elements.)
    await expect.poll(async () => (await editorPage.locator('[data-block-id="b-p0"] .since-ins').allTextContents()).join('')).toBe('4.000');
    await expect(editorPage.locator('[data-block-id="b-p0"] .pseudo-since')).toHaveAttribute('data-text', '3.000');

    // Back in the inbox, the version opened is in review; nothing else changed state.
    await editorPage.getByRole('button', { name: 'Về hộp duyệt' }).click();
    await expect(latest).toHaveAttribute('data-state', 'in-review');
    const items = await editorCall('review.inbox', {});
    expect(items.items.map((i) => [i.latest, i.state])).toEqual(
      expect.arrayContaining([
        [true, 'in-review'],
        [false, 'new'],
      ]),
    );
  } finally {
    await room.close();
  }
});

test('suggesting mode with Vietnamese keyboards, a return, an approval with a note, a withdrawal, a forged withdrawal', async ({
  page,
  dateline,
  rendererDir,
  browser,
}) => {
  test.setTimeout(420_000);
  const room = await newsroom(dateline, rendererDir, browser);
  const { editorPage, editorCall } = room;
  const problems: string[] = [];
  for (const p of [page, editorPage]) p.on('pageerror', (e) => problems.push(String(e)));
  try {
    const { id } = await writeStory(dateline, room.root, { category: 'Xây dựng Đảng', p0: P0, caption: 'Ruộng bậc thang', third: false });
    await dateline.call('review.submit', { id });

    await editorPage.goto(room.editorUrl + '#/inbox');
    const card = editorPage.locator('.inbox-item').first();
    await expect(card).toHaveAttribute('data-state', 'new', { timeout: 60_000 });
    await card.click();
    await expect(editorPage.locator('.review-article')).toContainText(P1);

    // A comment, left open.
    await dragSelect(editorPage, 'b-p0', 'hơn 4.000 lượt');
    await editorPage.getByRole('button', { name: 'Ý kiến về đoạn chọn' }).click();
    await editorPage.keyboard.type('Con số này lấy từ đâu?');
    await editorPage.getByRole('button', { name: 'Thêm' }).click();
    await expect(editorPage.locator('.review-mark')).toHaveText('hơn 4.000 lượt');

    // Suggesting mode: UniKey bursts, then compositions, at the end of a paragraph.
    await editorPage.getByRole('button', { name: 'Đề xuất', exact: true }).click();
    await clickAfter(editorPage, 'b-p1');
    await editorPage.keyboard.press('End');
    const cdp = await cdpFor(editorPage);
    const typedBursts = ' Đảng bộ huyện Quang Bình tạo điều kiện';
    await sendBursts(cdp, textBursts(typedBursts, seeded(13)), { gapMs: [0, 5] });
    const typedComposed = ' cho đảng viên phát biểu';
    await composeText(cdp, typedComposed);
    const inserted = typedBursts + typedComposed;
    await expect(editorPage.locator('[data-block-id="b-p1"]')).toContainText(P1 + inserted);
    // One insertion, exactly what was typed: no deletion of the editor's own letters.
    await expect
      .poll(
        async () =>
          (await editorCall('review.open', { id })).suggestions.map((s) => [
            s.anchor.blockId,
            s.anchor.field,
            s.anchor.quote,
            s.insert,
            s.author.name,
            s.status,
          ]),
        { timeout: 15_000 },
      )
      .toEqual([['b-p1', 'text', '', inserted, 'Nguyễn Thị Biên', 'open']]);
    // Undo takes the last word back (never a half-typed form); Ctrl+Y brings it again.
    await editorPage.keyboard.press('Control+Z');
    await expect
      .poll(async () => (await editorCall('review.open', { id })).suggestions.map((s) => s.insert), { timeout: 15_000 })
      .toEqual([inserted.slice(0, inserted.lastIndexOf(' ') + 1)]);
    await editorPage.keyboard.press('Control+Y');
    await expect
      .poll(async () => (await editorCall('review.open', { id })).suggestions.map((s) => s.insert), { timeout: 15_000 })
      .toEqual([inserted]);

    // A suggestion on a photo's caption, composed into its field.
    const caption = editorPage.locator('.review-figure[data-block-id="b-fa"] [data-field="caption"] input');
    await caption.click();
    await editorPage.keyboard.press('End');
    await composeText(cdp, ' ở Bản Luốc');
    await expect
      .poll(
        async () =>
          (await editorCall('review.open', { id })).suggestions
            .filter((s) => s.anchor.field === 'caption')
            .map((s) => [s.anchor.blockId, s.insert]),
        { timeout: 15_000 },
      )
      .toEqual([['b-fa', ' ở Bản Luốc']]);

    // Returning needs a note; with one, the suggestions go to the reporter.
    await editorPage.getByRole('button', { name: 'Trả bài' }).click();
    await expect(editorPage.getByRole('alert').filter({ hasText: 'Trả bài cần có lời nhắn' })).toBeVisible();
    await editorPage.getByLabel('Lời nhắn cho phóng viên').click();
    await editorPage.keyboard.type('Sửa theo đề xuất giúp mình.');
    await editorPage.getByRole('button', { name: 'Trả bài' }).click();
    await expect(editorPage.locator('.review-decision[data-withdrawn="false"]')).toContainText('Trả lại bởi Nguyễn Thị Biên');
    // Back to the inbox before the reporter resubmits: the new version must arrive there as new.
    // (Had the editor stayed on this screen, it would show the new version the moment it lands,
    // taken in at once now, and the inbox would rightly list it as already opened.)
    await editorPage.getByRole('button', { name: 'Về hộp duyệt' }).click();

    // Reporter: the note in the banner; the suggestions accepted in the feedback view.
    await dateline.open(page, `#/article/${id}`);
    await expect(page.getByTestId('review-banner')).toContainText('“Sửa theo đề xuất giúp mình.”', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Xem ý kiến của bàn biên tập' }).click();
    await expect(page.locator('.review-suggestion')).toHaveCount(2);
    await page.getByRole('button', { name: 'Chấp nhận tất cả' }).click();
    await expect(page.locator('.review-suggestion[data-status="accepted"]')).toHaveCount(2);
    const accepted = await dateline.call('library.get', { id });
    expect(unitText(accepted.content, 'b-p1')).toBe(P1 + inserted);
    expect(unitText(accepted.content, 'b-fa', 'caption')).toBe('Ruộng bậc thang ở Bản Luốc');
    // Resubmitted from the editor's toolbar.
    await page.getByRole('button', { name: 'Về bài viết' }).click();
    await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Chờ duyệt');

    // Editor: the new version arrived in the open inbox; approve with a note; the summary warns of
    // the open comment; a second confirmation signs.
    const v2 = editorPage.locator('.inbox-item[data-state="new"]');
    await expect(v2).toHaveCount(1, { timeout: 60_000 });
    await v2.click();
    await expect(editorPage.locator('.review-article')).toContainText(P1 + inserted);
    await editorPage.getByLabel('Lời nhắn cho phóng viên').click();
    await editorPage.keyboard.type('Bài tốt, đã sửa vài chữ.');
    await editorPage.getByRole('button', { name: 'Duyệt…' }).click();
    const sign = editorPage.getByRole('dialog', { name: 'Ký duyệt bài này?' });
    await expect(sign.getByTestId('sign-summary')).toContainText('Phiên bản');
    await expect(sign.getByTestId('sign-summary')).toContainText('2 ảnh');
    await expect(sign.getByRole('alert')).toContainText('Còn 1 ý kiến chưa xong.');
    expect(await editorCall('review.decisions', { id })).toHaveLength(1);
    await sign.getByRole('button', { name: 'Ký duyệt' }).click();
    await expect(editorPage.locator('.review-decision[data-withdrawn="false"]').first()).toContainText('Đã duyệt bởi Nguyễn Thị Biên');

    // Reporter: the approval and its note, in the banner and the feedback view; locked.
    await expect(page.getByTestId('review-banner')).toContainText('Đã duyệt bởi Nguyễn Thị Biên', { timeout: 60_000 });
    await expect(page.getByTestId('review-banner')).toContainText('Lời nhắn: “Bài tốt, đã sửa vài chữ.”');
    await expect(articleText(page)).toHaveAttribute('contenteditable', 'false');
    await page.getByRole('button', { name: 'Xem ý kiến của bàn biên tập' }).click();
    await expect(page.locator('.review-decision').first()).toContainText('Bài tốt, đã sửa vài chữ.');
    await page.getByRole('button', { name: 'Về bài viết' }).click();

    // Editor: withdraws the approval; the reporter's article unlocks, saying who and when.
    const mine = editorPage.locator('.review-decision[data-withdrawn="false"]').first();
    await mine.getByRole('button', { name: 'Rút quyết định' }).click();
    await editorPage.getByRole('button', { name: 'Rút quyết định này' }).click();
    await expect(editorPage.locator('.review-decision[data-withdrawn="true"]').first()).toContainText('Đã rút bởi Nguyễn Thị Biên');
    await expect(page.getByTestId('review-banner')).toContainText('Nguyễn Thị Biên đã rút quyết định duyệt', { timeout: 60_000 });
    await expect(articleText(page)).toHaveAttribute('contenteditable', 'true');
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Chờ duyệt');
    expect((await dateline.call('library.get', { id })).status).toBe('submitted');

    // The editor approves again; a withdrawal forged with the reporter's key is refused.
    await editorPage.getByRole('button', { name: 'Duyệt…' }).click();
    await editorPage.getByRole('dialog', { name: 'Ký duyệt bài này?' }).getByRole('button', { name: 'Ký duyệt' }).click();
    await expect(page.getByTestId('review-banner')).toContainText('Đã duyệt bởi Nguyễn Thị Biên', { timeout: 60_000 });
    const decisions = await dateline.call('review.decisions', { id });
    const active = decisions.find((d) => !d.withdrawn) as (typeof decisions)[number];
    const signer = await new ProfileStore(join(dateline.libraryDir, 'review', 'profile'), fileSecretBox).signer();
    const approvedArticle = await dateline.call('library.get', { id });
    const packageId = newReviewId('w');
    const forged = join(room.root, 'forged.zip');
    await writePackage(forged, {
      kind: 'withdrawal',
      packageId,
      createdAt: new Date().toISOString(),
      signer,
      article: approvedArticle,
      headline: 'x',
      contentHash: contentHashOf(approvedArticle),
      notes: { threads: [], suggestions: [] },
      withdrawal: { decisionId: active.packageId, submissionId: active.submissionId, reason: 'Tôi muốn sửa tiếp.' },
      media: [],
    });
    await copyFile(forged, join(room.desk, 'decisions', `${id}__${packageId}.zip`));
    await expect
      .poll(async () => (await dateline.call('review.inbox', {})).refused.map((r) => r.reason), { timeout: 60_000 })
      .toContain('not-an-editor');
    await expect(page.getByTestId('review-banner')).toContainText('Đã duyệt bởi Nguyễn Thị Biên');
    await expect(articleText(page)).toHaveAttribute('contenteditable', 'false');
    expect((await dateline.call('review.status', { id })).status).toBe('approved');
    expect(problems).toEqual([]);
    expect(accepted.content.map((b) => blockText(b))).toContain(P1 + inserted);
  } finally {
    await room.close();
  }
});

test('the inbox, the review screen and the signing summary pass axe in Vietnamese and English', async ({
  dateline,
  rendererDir,
  browser,
}) => {
  test.setTimeout(300_000);
  const room = await newsroom(dateline, rendererDir, browser);
  const { editorPage, editorCall } = room;
  try {
    const { id } = await writeStory(dateline, room.root, { category: 'Xây dựng Đảng', p0: P0, caption: 'Ruộng bậc thang', third: true });
    await dateline.call('review.submit', { id });
    await expect
      .poll(async () => (await editorCall('review.refresh', {})).accepted + (await editorCall('review.inbox', {})).items.length, {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    for (const [language, waiting, approve, title] of [
      ['vi', 'bài đang chờ duyệt', 'Duyệt…', 'Ký duyệt bài này?'],
      ['en', 'waiting for review', 'Approve…', 'Sign this approval?'],
    ] as const) {
      await editorCall('settings.set', { patch: { language } });
      await editorPage.goto(room.editorUrl + '#/inbox');
      await expect(editorPage.locator('.inbox-waiting')).toContainText(waiting);
      expect(await axeProblems(editorPage, '.inbox'), `inbox (${language})`).toEqual([]);
      await editorPage.locator('.inbox-item').first().click();
      await photosPainted(editorPage, 3);
      expect(await axeProblems(editorPage, '.review-screen'), `review screen (${language})`).toEqual([]);
      await editorPage.getByRole('button', { name: language === 'vi' ? 'Đề xuất' : 'Suggest', exact: true }).click();
      expect(await axeProblems(editorPage, '.review-screen'), `suggesting mode (${language})`).toEqual([]);
      await editorPage.getByRole('button', { name: approve }).click();
      await expect(editorPage.getByRole('dialog', { name: title })).toBeVisible();
      expect(await axeProblems(editorPage, '.review-sign'), `signing summary (${language})`).toEqual([]);
      await editorPage.keyboard.press('Escape');
      await expect(editorPage.getByRole('dialog', { name: title })).toHaveCount(0);
    }
  } finally {
    await room.close();
  }
});

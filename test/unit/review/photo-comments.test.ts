// A comment on a photo is about the photo (issue 13): it points at the figure and its photo, is
// labelled "Ảnh N" on both sides, follows the photo when the reporter moves it, and travels in the
// signed decision package (review.json version 2). Packages from before, whose photo comments were
// anchored to the whole caption, still load, and those comments are labelled with their photo too.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Block, FigureBlock } from '../../../main/common/article/model.ts';
import { placeNotes, type Thread } from '../../../main/common/review/notes.ts';
import { ReviewFileSchema } from '../../../main/core/review/manifest.ts';
import { newsroomForEachTest, writeArticle, zipEntries } from './helpers.ts';

const person = { keyId: 'a'.repeat(64), name: 'Nguyễn Thị Biên' };
const at = '2026-12-07T10:00:00.000Z';
const figure = (id: string, assetId: string, caption: string): FigureBlock => ({
  type: 'figure',
  id,
  assetId,
  caption,
  credit: '',
  alt: '',
  layout: 'full',
  children: [{ text: '' }],
});
const para = (id: string, text: string): Block => ({ type: 'paragraph', id, children: [{ text }] });
const onPhoto = (blockId: string, assetId: string): Thread => ({
  id: 't-1',
  anchor: null,
  figure: { blockId, assetId },
  comments: [{ id: 'c-1', author: person, text: 'Ảnh này chụp ở đâu?', createdAt: at }],
  resolved: false,
  stateAt: at,
});

describe('placing a photo comment', () => {
  const content: Block[] = [
    para('b-p0', 'Mở đầu.'),
    figure('b-fa', 'asset-a', 'Ruộng bậc thang'),
    para('b-p1', 'Giữa.'),
    figure('b-fb', 'asset-b', 'Chợ phiên'),
  ];
  const place = (threads: Thread[], blocks: Block[] = content) => placeNotes({ threads, suggestions: [] }, blocks).threads;

  it('labels it with the photo’s number and caption', () => {
    const [p] = place([onPhoto('b-fb', 'asset-b')]);
    expect([p.state, p.photo]).toEqual(['exact', { blockId: 'b-fb', assetId: 'asset-b', caption: 'Chợ phiên', number: 2 }]);
  });

  it('follows the photo when the reporter moves it (a new block id, the same photo)', () => {
    const moved = [figure('b-fz', 'asset-b', 'Chợ phiên'), ...content.filter((b) => b.id !== 'b-fb')];
    const [p] = place([onPhoto('b-fb', 'asset-b')], moved);
    expect([p.state, p.item.figure, p.photo?.number]).toEqual(['moved', { blockId: 'b-fz', assetId: 'asset-b' }, 1]);
  });

  it('stays on its figure when the photo in it is replaced, and is kept detached when the figure is gone', () => {
    const replaced = content.map((b) => (b.id === 'b-fa' ? figure('b-fa', 'asset-new', 'Ruộng bậc thang') : b));
    expect(place([onPhoto('b-fa', 'asset-a')], replaced).map((p) => [p.state, p.photo?.number])).toEqual([['moved', 1]]);
    const gone = place([onPhoto('b-fa', 'asset-a')], [para('b-p0', 'Mở đầu.')]);
    expect(gone.map((p) => [p.state, p.photo, p.item.comments.length])).toEqual([['lost', undefined, 1]]);
  });

  it('labels a comment made before, anchored to the whole caption, with its photo', () => {
    const old: Thread = {
      ...onPhoto('', ''),
      figure: undefined,
      anchor: { blockId: 'b-fb', field: 'caption', start: 0, end: 9, quote: 'Chợ phiên', prefix: '', suffix: '' },
    };
    delete old.figure;
    const [p] = place([old]);
    expect([p.state, p.photo?.number, p.item.anchor?.quote]).toEqual(['exact', 2, 'Chợ phiên']);
    // A comment on the text has no photo.
    const onText: Thread = { ...old, anchor: { blockId: 'b-p1', field: 'text', start: 0, end: 5, quote: 'Giữa.', prefix: '', suffix: '' } };
    expect(place([onText])[0].photo).toBeUndefined();
  });
});

describe('review.json with photo comments', () => {
  const file = (formatVersion: number, thread: Record<string, unknown>) => ({
    format: 'dateline.review',
    formatVersion,
    threads: [{ id: 't-mj8k2l-abc123', comments: [], resolved: false, stateAt: at, ...thread }],
    suggestions: [],
  });
  const captionAnchor = { blockId: 'b-fa', field: 'caption', start: 0, end: 4, quote: 'Ruộn', prefix: '', suffix: 'g' };

  it('reads version 1 with a caption-anchored comment (packages from before) and version 2 with a photo comment', () => {
    expect(ReviewFileSchema.safeParse(file(1, { anchor: captionAnchor })).success).toBe(true);
    expect(ReviewFileSchema.safeParse(file(2, { anchor: null, figure: { blockId: 'b-fa', assetId: 'asset-a' } })).success).toBe(true);
  });

  it('refuses a photo comment in version 1, one also on a text range, and an unknown version', () => {
    const problem = (f: unknown): string[] =>
      ReviewFileSchema.safeParse(f).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(problem(file(1, { anchor: null, figure: { blockId: 'b-fa', assetId: 'asset-a' } }))).toEqual([
      ': a photo comment needs review.json version 2',
    ]);
    expect(problem(file(2, { anchor: captionAnchor, figure: { blockId: 'b-fa', assetId: 'asset-a' } }))).toEqual([
      'threads.0: a thread is on a photo or on a text range, not both',
    ]);
    expect(problem(file(3, { anchor: null }))).toEqual([expect.stringMatching(/^formatVersion: /)]);
  });
});

describe('a photo comment through the desk', () => {
  const room = newsroomForEachTest({ reporter: true, editor: true, editor2: false });

  /** review.json of every decision package on the desk. */
  async function decisionNotes(): Promise<{ formatVersion: number; threads: Thread[] }[]> {
    const { desk } = room;
    const out = [];
    const dir = join(desk, 'decisions');
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.zip'))) {
      const entry = (await zipEntries(await readFile(join(dir, name)))).find((e) => e.name === 'review.json');
      if (entry) out.push(JSON.parse(String(entry.data)));
    }
    return out;
  }

  /** A two-photo article the reporter submitted and the editor opened. */
  async function submitted(): Promise<{ id: string; figures: FigureBlock[]; packageId: string }> {
    const { reporter, editor } = room;
    const article = await writeArticle(reporter, 2);
    const sub = await reporter.service.submit(article.id);
    await vi.waitFor(async () => expect((await editor.service.inbox()).items).toHaveLength(1), { timeout: 15_000, interval: 100 });
    await editor.service.open(article.id);
    return {
      id: article.id,
      figures: article.content.filter((b): b is FigureBlock => b.type === 'figure'),
      packageId: sub.submission.packageId,
    };
  }

  it('reaches the reporter in the signed decision, about “Ảnh 2”, and a wrong figure is refused', async () => {
    const { reporter, editor } = room;
    const { id, figures, packageId } = await submitted();
    const second = figures[1];

    const thread = await editor.service.comment(id, 'Ảnh này chụp ở thôn nào?', { figure: { blockId: second.id } });
    expect([thread.anchor, thread.figure]).toEqual([null, { blockId: second.id, assetId: second.assetId }]);
    await expect(editor.service.comment(id, 'Đoạn này?', { figure: { blockId: 'b-p0' } })).rejects.toMatchObject({
      code: 'REVIEW',
      params: { reason: 'bad-figure' },
    });
    const ev = await editor.service.open(id);
    expect(ev.threads.map((t) => [t.anchorState, t.photo?.number, t.photo?.caption])).toEqual([['exact', 2, second.caption]]);

    await editor.service.returnArticle(id, packageId, 'Xem lại ảnh.');
    expect((await decisionNotes()).map((n) => [n.formatVersion, n.threads.map((t) => t.figure)])).toEqual([
      [2, [{ blockId: second.id, assetId: second.assetId }]],
    ]);

    await vi.waitFor(async () => expect((await reporter.service.status(id)).status).toBe('returned'), { timeout: 15_000, interval: 100 });
    const rv = await reporter.service.open(id);
    expect(rv.threads.map((t) => [t.id, t.anchor, t.figure, t.anchorState, t.photo?.number, t.comments.map((c) => c.text)])).toEqual([
      [thread.id, null, { blockId: second.id, assetId: second.assetId }, 'exact', 2, ['Ảnh này chụp ở thôn nào?']],
    ]);
  });

  it('still brings a caption-anchored comment (as packages from before held) and labels it with its photo', async () => {
    const { reporter, editor } = room;
    const { id, figures, packageId } = await submitted();
    const first = figures[0];
    await editor.service.comment(id, 'Chú thích dài quá.', {
      range: { blockId: first.id, field: 'caption', start: 0, end: first.caption.length },
    });
    await editor.service.returnArticle(id, packageId, 'Sửa chú thích.');
    // No photo comment: review.json stays version 1, as laptops not yet updated read it.
    expect((await decisionNotes()).map((n) => n.formatVersion)).toEqual([1]);

    await vi.waitFor(async () => expect((await reporter.service.status(id)).status).toBe('returned'), { timeout: 15_000, interval: 100 });
    const rv = await reporter.service.open(id);
    expect(rv.threads.map((t) => [t.anchor?.field, t.anchor?.quote, t.figure, t.photo?.number])).toEqual([
      ['caption', first.caption, undefined, 1],
    ]);
  });
});

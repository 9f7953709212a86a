// What the review screen gets from the service besides the text (main/core/review/screen.ts):
// every figure's photo, previewed on the editor's laptop from the submitted original by the app's
// own media pipeline; what changed since the previous submission (text, photos, details); the
// related articles; the category for the inbox. And suggesting mode's service side
// (review.propose): the editor's own text becomes suggestions that reach the reporter.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block, FigureBlock } from '../../../main/common/article/model.ts';
import { textUnits } from '../../../main/common/review/units.ts';
import { createMediaService, type MediaService } from '../../../main/core/media/service.ts';
import { mediaFolder, reviewMediaDir, type DevelopPhotos } from '../../../main/core/review/screen.ts';
import { addPhoto, closeAll, desktop, introduce, tempDir, writeArticle, type Desktop } from './helpers.ts';

let root: string;
let cleanup: () => Promise<void>;
let desk: string;
let reporter: Desktop;
let editor: Desktop;
let media: MediaService | null = null;

/** The media service's addPhotos as the review area wires it (handlers.ts). */
const develop: DevelopPhotos = async (dir, originals) => {
  media ??= createMediaService({ poolSize: 1 });
  return (await media.addPhotos(dir, originals)).map((o) =>
    o.ok ? { ok: true as const } : { ok: false as const, code: o.error.code, params: o.error.params },
  );
};

async function jpeg(seed: number, gps = false): Promise<Buffer> {
  const img = sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: (seed * 53) % 256, g: 90, b: 120 } } }).jpeg({
    quality: 80,
  });
  const place = { GPSLatitudeRef: 'N', GPSLatitude: '22/1 49/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '104/1 59/1 600/100' };
  return gps ? img.withExif({ IFD3: place }).toBuffer() : img.toBuffer();
}

const text = (content: Block[], id: string, field = 'text'): string | undefined =>
  textUnits(content).find((u) => u.blockId === id && u.field === field)?.text;

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir());
  desk = join(root, 'desk');
  reporter = await desktop(root, 'Trần Trung Hậu', desk, { roles: ['reporter'] });
  editor = await desktop(root, 'Nguyễn Thị Biên', desk, { roles: ['editor'], extra: { developPhotos: develop } });
  await introduce(reporter, editor, ['reporter']);
  await introduce(editor, reporter, ['editor']);
});

afterEach(async () => {
  await closeAll(reporter, editor);
  await media?.close();
  media = null;
  await cleanup();
});

describe('the review screen’s photos, details and changes', () => {
  it('previews every submitted photo on the editor’s laptop, with its size and GPS flag', async () => {
    const article = await writeArticle(reporter, 0);
    const dir = reporter.library.articleDir(article.id);
    const ids = [await addPhoto(dir, await jpeg(1, true)), await addPhoto(dir, await jpeg(2))];
    const figures: FigureBlock[] = ids.map((assetId, i) => ({
      type: 'figure',
      id: `b-fig${i}`,
      assetId,
      caption: `Ảnh ${i + 1}`,
      credit: 'Ảnh: TRUNG HẬU',
      alt: 'Ruộng bậc thang',
      layout: i ? 'small' : 'full',
      children: [{ text: '' }],
    }));
    await reporter.library.save({ id: article.id, content: [...article.content, ...figures] as never });
    await reporter.service.submit(article.id);
    await editor.service.refresh();
    await editor.service.screen.settled();

    const view = await editor.service.open(article.id);
    expect(view.photos.map((p) => [p.assetId, p.state, p.info?.width, p.info?.height, p.info?.hasGps])).toEqual([
      [ids[0], 'ready', 1200, 800, true],
      [ids[1], 'ready', 1200, 800, false],
    ]);
    const previews = reviewMediaDir(editor.reviewDir, article.id);
    const preview = view.photos[0].info?.renditions.preview.path as string;
    expect((await stat(join(previews, preview))).size).toBeGreaterThan(1000);
    // Served like a library article's photos (the host and the app protocol ask Core.articleDir).
    expect(mediaFolder(editor.library.articleDir(article.id), editor.reviewDir, article.id)).toBe(previews);
    // The original is not copied a second time: a link to the one the package keeps.
    const original = join(previews, view.photos[0].info?.original as string);
    expect((await stat(original)).nlink).toBe(2);
    expect(await readFile(original)).toEqual(await jpeg(1, true));
  });

  it('says which photo could not be previewed, and why, in the UI language', async () => {
    // writeArticle's photos are random bytes with a JPEG header: the media process refuses them.
    const article = await writeArticle(reporter, 1);
    await reporter.service.submit(article.id);
    await editor.service.refresh();
    await editor.service.screen.settled();
    const [photo] = (await editor.service.open(article.id)).photos;
    expect(photo.state).toBe('failed');
    expect(photo.problem).toMatch(/\w{6,}/);
    expect(photo.problem).not.toMatch(/errors:|media:/);
  });

  it('marks what changed since the previous submission: text, photos, details', async () => {
    const article = await writeArticle(reporter, 1);
    const id = article.id;
    await reporter.service.submit(id);
    const p0 = text(article.content, 'b-p0') as string;
    const changed = (await reporter.library.get(id)).content.map((b) =>
      b.id === 'b-p0'
        ? { ...b, children: [{ text: p0.replace('Đảng bộ', 'Huyện ủy') }] }
        : b.type === 'figure'
          ? { ...b, caption: 'Chú thích mới', crop: { x: 0, y: 0, width: 0.5, height: 0.5 } }
          : b,
    );
    await reporter.library.save({
      id,
      content: changed as never,
      meta: {
        category: 'Xây dựng Đảng',
        tags: ['chi bộ', 'bốn tốt'],
        byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' },
      },
    });
    await reporter.service.submit(id);
    await editor.service.refresh();

    const { since } = await editor.service.open(id);
    expect(since).toMatchObject({ fromVersion: article.version, toVersion: (await reporter.library.get(id)).version });
    const unit = since?.units.find((u) => u.blockId === 'b-p0');
    expect(unit?.ops.filter((o) => o.op !== 'equal').map((o) => [o.op, o.text])).toEqual([
      ['delete', 'Đảng bộ'],
      ['insert', 'Huyện ủy'],
    ]);
    expect(since?.units.find((u) => u.field === 'caption')?.change).toBe('changed');
    expect(since?.figures).toEqual([{ blockId: 'b-f0', kind: 'framing' }]);
    expect(since?.meta).toEqual(
      expect.arrayContaining([
        { field: 'category', before: '', after: 'Xây dựng Đảng' },
        { field: 'tags', before: '', after: 'chi bộ, bốn tốt' },
        expect.objectContaining({ field: 'byline', after: 'Bài, ảnh: TRUNG HẬU (Quang Bình)' }),
      ]),
    );
    const inbox = await editor.service.inbox();
    expect(inbox.items.find((i) => i.latest)?.category).toBe('Xây dựng Đảng');
  });

  it('names the related articles it knows', async () => {
    const other = await reporter.library.create({ headline: 'Hoàng Su Phì mùa lúa chín' });
    const article = await writeArticle(reporter, 0);
    await reporter.library.save({ id: article.id, content: article.content as never, meta: { relatedIds: [other.id] } });
    expect((await reporter.service.open(article.id)).related).toEqual([{ id: other.id, headline: 'Hoàng Su Phì mùa lúa chín' }]);
    await reporter.service.submit(article.id);
    await editor.service.refresh();
    expect((await editor.service.open(article.id)).related).toEqual([{ id: other.id, headline: null }]);
  });
});

describe('suggesting mode through the service', () => {
  it('the editor’s own text becomes suggestions, which reach the reporter with the return and are accepted', async () => {
    const article = await writeArticle(reporter, 0);
    const id = article.id;
    const s = await reporter.service.submit(id);
    await editor.service.refresh();
    const p0 = text(article.content, 'b-p0') as string;
    const mine = p0.replace('Đảng bộ', 'Huyện ủy');
    const placed = await editor.service.propose(id, [{ blockId: 'b-p0', field: 'text', text: mine }]);
    expect(placed.map((x) => [x.anchor.quote, x.insert, x.author.name, x.status])).toEqual([
      ['Đảng bộ', 'Huyện ủy', 'Nguyễn Thị Biên', 'open'],
    ]);
    // Typing on: the same suggestion, edited.
    const again = await editor.service.propose(id, [
      { blockId: 'b-p0', field: 'text', text: p0.replace('Đảng bộ', 'Huyện ủy Quang Bình') },
    ]);
    expect(again.map((x) => [x.id, x.insert])).toEqual([[placed[0].id, 'Huyện ủy Quang Bình']]);
    await expect(editor.service.propose(id, [{ blockId: 'b-nope', field: 'text', text: 'x' }])).rejects.toMatchObject({
      params: { reason: 'bad-range' },
    });
    await expect(reporter.service.propose(id, [{ blockId: 'b-p0', field: 'text', text: mine }])).rejects.toMatchObject({
      params: { reason: 'propose-reporter' },
    });

    await editor.service.returnArticle(id, s.submission.packageId, 'Sửa theo đề xuất.');
    await expect(editor.service.propose(id, [{ blockId: 'b-p0', field: 'text', text: mine }])).rejects.toMatchObject({
      params: { reason: 'already-decided' },
    });
    await reporter.service.refresh();
    const view = await reporter.service.open(id);
    expect(view.suggestions.map((x) => [x.insert, x.status])).toEqual([['Huyện ủy Quang Bình', 'open']]);
    await reporter.service.accept(id);
    expect(text((await reporter.library.get(id)).content, 'b-p0')).toBe(p0.replace('Đảng bộ', 'Huyện ủy Quang Bình'));
  });
});

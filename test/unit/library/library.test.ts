import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockText, type Article } from '../../../main/common/article/model.ts';
import { DatelineError } from '../../../main/common/result.ts';
import type { Library } from '../../../main/core/library/library.ts';
import { manualClock, openLibrary, tempDir } from './helpers.ts';

const body = (...paragraphs: string[]) => [
  { type: 'headline', children: [{ text: 'Tít bài' }] },
  { type: 'sapo', children: [{ text: 'BHG - Sapo.' }] },
  ...paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
];

async function expectError(p: Promise<unknown>, code: string): Promise<DatelineError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DatelineError);
  expect((err as DatelineError).code).toBe(code);
  return err as DatelineError;
}

let dir: string;
let cleanup: () => Promise<void>;
let clock: ReturnType<typeof manualClock>;
let lib: Library;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  clock = manualClock();
  lib = openLibrary(dir, { clock: clock.now, settings: { reporterName: 'Trung Hậu', reporterPlace: 'Quang Bình', paperPrefix: 'BHG' } });
});
afterEach(async () => {
  await lib.close();
  await cleanup();
});

describe('create and get', () => {
  it('creates headline, sapo with the prefix, one empty paragraph, byline from settings', async () => {
    const a = await lib.create({ headline: 'Sức mạnh đoàn kết' });
    expect(a.content.map((b) => b.type)).toEqual(['headline', 'sapo', 'paragraph']);
    expect(a.content.map((b) => blockText(b))).toEqual(['Sức mạnh đoàn kết', 'BHG - ', '']);
    expect(a.meta.byline).toEqual({ role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' });
    expect(a.version).toBe(1);
    expect(a.status).toBe('draft');
    const onDisk = JSON.parse(await readFile(join(dir, 'articles', a.id, 'article.json'), 'utf8')) as Article;
    expect(onDisk).toEqual(a);
    expect(onDisk.schemaVersion).toBe(1);
    expect((await stat(join(dir, 'articles', a.id, 'media'))).isDirectory()).toBe(true);
    expect(await lib.get(a.id)).toEqual(a);
  });

  it('leaves the sapo empty when there is no prefix', async () => {
    const other = openLibrary(dir, { settings: { paperPrefix: '' } });
    const a = await other.create({});
    expect(blockText(a.content[1])).toBe('');
    expect(a.meta.byline.people).toEqual([]);
    await other.close();
  });

  it('NOT_FOUND for an unknown id, INVALID_INPUT for a path-like one', async () => {
    await expectError(lib.get('a-0000000000-zzzzzz'), 'NOT_FOUND');
    await expectError(lib.get('../../etc'), 'INVALID_INPUT');
    expect(() => lib.articleDir('../x')).toThrow(DatelineError);
  });

  it('articleDir points at the article folder; existingArticleDir and has check it is live', async () => {
    const a = await lib.create({});
    expect(lib.articleDir(a.id)).toBe(join(dir, 'articles', a.id));
    expect(await lib.existingArticleDir(a.id)).toBe(join(dir, 'articles', a.id));
    expect(await lib.has(a.id)).toBe(true);
    await lib.trash(a.id);
    expect(await lib.has(a.id)).toBe(false);
    await expectError(lib.existingArticleDir(a.id), 'NOT_FOUND');
    expect(await lib.has('a-0000000000-nothere')).toBe(false);
  });

  it('setStatus records the review status without a new version', async () => {
    const a = await lib.create({});
    const s = await lib.setStatus(a.id, 'submitted');
    expect(s.status).toBe('submitted');
    expect(s.version).toBe(1);
    expect((await lib.get(a.id)).status).toBe('submitted');
    expect((await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 10 })).items[0].status).toBe('submitted');
    // An editor open on version 1 can still save.
    expect((await lib.save({ id: a.id, content: body('x'), baseVersion: 1 })).version).toBe(2);
    expect((await lib.get(a.id)).status).toBe('submitted');
    await expectError(lib.setStatus('a-0000000000-nothere', 'approved'), 'NOT_FOUND');
  });
});

describe('save', () => {
  it('normalises, NFCs, bumps the version and returns a receipt', async () => {
    const a = await lib.create({ headline: 'x' });
    clock.advance(1000);
    const decomposed = 'Nga\u0300y ho\u0323\u0302i Vie\u0323\u0302t';
    const run = { text: decomposed, color: 'red' }; // a mark we don't know, as a paste may bring
    const r = await lib.save({
      id: a.id,
      content: [{ type: 'paragraph', children: [run] }],
      meta: { category: 'Xa\u0303 ho\u0323\u0302i', tags: ['Ha\u0300 Giang'] },
      baseVersion: 1,
    });
    expect(r).toEqual({ id: a.id, version: 2, savedAt: clock.now().toISOString() });
    const raw = await readFile(join(dir, 'articles', a.id, 'article.json'), 'utf8');
    expect(raw).toBe(raw.normalize('NFC'));
    expect(raw).not.toContain('color');
    const got = await lib.get(a.id);
    expect(got.content.map((b) => b.type)).toEqual(['headline', 'sapo', 'paragraph']);
    expect(blockText(got.content[2])).toBe('Ngày hội Việt');
    expect(got.meta.category).toBe('Xã hội');
    expect(got.meta.tags).toEqual(['Hà Giang']);
    expect(got.meta.byline.people[0].name).toBe('Trung Hậu'); // untouched by the patch
    expect(got.createdAt).toBe(a.createdAt);
  });

  it('CONFLICT when the disk is newer than baseVersion; nothing written', async () => {
    const a = await lib.create({});
    await lib.save({ id: a.id, content: body('một'), baseVersion: 1 });
    const err = await expectError(lib.save({ id: a.id, content: body('cũ'), baseVersion: 1 }), 'CONFLICT');
    expect(err.params.version).toBe(2);
    expect(blockText((await lib.get(a.id)).content[2])).toBe('một');
    // Without a baseVersion the last writer wins.
    await lib.save({ id: a.id, content: body('mới') });
    expect((await lib.get(a.id)).version).toBe(3);
  });

  it('sees a change made by another process (another Library on the same folder)', async () => {
    const a = await lib.create({});
    const other = openLibrary(dir);
    await other.save({ id: a.id, content: body('từ nơi khác'), baseVersion: 1 });
    await other.close();
    expect(blockText((await lib.get(a.id)).content[2])).toBe('từ nơi khác');
    await expectError(lib.save({ id: a.id, content: body('x'), baseVersion: 1 }), 'CONFLICT');
  });

  it('runs overlapping saves of one article one after another', async () => {
    const a = await lib.create({});
    const receipts = await Promise.all(Array.from({ length: 10 }, (_, i) => lib.save({ id: a.id, content: body(`lần ${i}`) })));
    expect(receipts.map((r) => r.version).sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await lib.get(a.id)).version).toBe(11);
  });

  it('NOT_FOUND for a trashed or unknown article', async () => {
    const a = await lib.create({});
    await lib.trash(a.id);
    await expectError(lib.save({ id: a.id, content: body('x') }), 'NOT_FOUND');
  });

  it('leaves no temporary files behind', async () => {
    const a = await lib.create({});
    for (let i = 0; i < 5; i++) await lib.save({ id: a.id, content: body(String(i)) });
    const names = await readdir(join(dir, 'articles', a.id));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('revisions', () => {
  it('snapshots on the session’s first save and then at most every 2 minutes', async () => {
    const a = await lib.create({}); // v1, 'create'
    expect((await lib.revisions(a.id)).map((r) => [r.version, r.reason])).toEqual([[1, 'create']]);
    await lib.save({ id: a.id, content: body('v2') }); // replaces v1: already a revision
    clock.advance(30_000);
    await lib.save({ id: a.id, content: body('v3') }); // within 2 minutes
    expect((await lib.revisions(a.id)).length).toBe(1);
    clock.advance(100_000); // 130 s since the session's first snapshot
    await lib.save({ id: a.id, content: body('v4') }); // snapshots v3, the state it replaces
    expect((await lib.revisions(a.id)).map((r) => r.version)).toEqual([3, 1]);
    clock.advance(1_000);
    await lib.save({ id: a.id, content: body('v5') });
    expect((await lib.revisions(a.id)).map((r) => r.version)).toEqual([3, 1]);

    // A new session (the app restarted) snapshots what it finds before its first change.
    const next = openLibrary(dir, { clock: clock.now });
    clock.advance(1_000);
    await next.save({ id: a.id, content: body('v6') });
    expect((await next.revisions(a.id)).map((r) => [r.version, r.reason])).toEqual([
      [5, 'autosave'],
      [3, 'autosave'],
      [1, 'create'],
    ]);
    await next.close();
  });

  it('names revisions so they sort by time and keeps them gzip', async () => {
    const a = await lib.create({});
    const files = await readdir(join(dir, 'articles', a.id, 'revisions'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^20250105T104300000Z-v1-create\.json\.gz$/);
    const bytes = await readFile(join(dir, 'articles', a.id, 'revisions', files[0]));
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  });

  it('getRevision returns the stored state; unknown ids are NOT_FOUND', async () => {
    const a = await lib.create({ headline: 'Bản đầu' });
    const [rev] = await lib.revisions(a.id);
    expect(rev.headline).toBe('Bản đầu');
    expect(rev.savedAt).toBe(a.updatedAt);
    expect(await lib.getRevision(a.id, rev.id)).toEqual(a);
    await expectError(lib.getRevision(a.id, '20250105T104300000Z-v9-autosave'), 'NOT_FOUND');
    await expectError(lib.getRevision(a.id, '..'), 'NOT_FOUND');
  });

  it('restoreRevision snapshots the current state first and makes the old one current', async () => {
    const a = await lib.create({ headline: 'Bản đầu' });
    clock.advance(1000);
    await lib.save({ id: a.id, content: body('đã sửa'), meta: { category: 'Thời sự' } });
    const [first] = await lib.revisions(a.id);
    clock.advance(1000);
    const restored = await lib.restoreRevision(a.id, first.id);
    expect(restored.version).toBe(3);
    expect(blockText(restored.content[0])).toBe('Bản đầu');
    expect(restored.meta.category).toBe('');
    expect(restored.updatedAt).toBe(clock.now().toISOString());
    expect(await lib.get(a.id)).toEqual(restored);
    const revs = await lib.revisions(a.id);
    expect(revs.map((r) => [r.version, r.reason])).toEqual([
      [3, 'restore'],
      [2, 'before-restore'],
      [1, 'create'],
    ]);
    // The state that was replaced is still there to go back to.
    expect(blockText((await lib.getRevision(a.id, revs[1].id)).content[2])).toBe('đã sửa');
  });
});

describe('duplicate, trash, restore', () => {
  it('duplicate makes a new draft with the same content and shares the photos', async () => {
    const a = await lib.create({ headline: 'Gốc' });
    await lib.save({ id: a.id, content: body('nội dung') });
    await writeFile(join(dir, 'articles', a.id, 'media', 'f'.repeat(64) + '.jpg'), 'photo bytes');
    clock.advance(5);
    const copy = await lib.duplicate(a.id);
    expect(copy.id).not.toBe(a.id);
    expect(copy.version).toBe(1);
    expect(copy.status).toBe('draft');
    expect(copy.content).toEqual((await lib.get(a.id)).content);
    expect(await readFile(join(dir, 'articles', copy.id, 'media', 'f'.repeat(64) + '.jpg'), 'utf8')).toBe('photo bytes');
    expect((await lib.revisions(copy.id)).map((r) => r.reason)).toEqual(['duplicate']);
  });

  it('trash moves the folder, restore brings it back; get still finds a trashed article', async () => {
    const a = await lib.create({ headline: 'Sẽ xóa' });
    const s = await lib.trash(a.id);
    expect(s).toMatchObject({ id: a.id, trashed: true, headline: 'Sẽ xóa' });
    expect((await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 100 })).total).toBe(0);
    expect((await lib.list({ sort: 'changed', trash: true, offset: 0, limit: 100 })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await lib.get(a.id)).id).toBe(a.id);
    expect((await stat(join(dir, 'trash', a.id, 'article.json'))).isFile()).toBe(true);
    const back = await lib.restore(a.id);
    expect(back.trashed).toBe(false);
    expect((await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 100 })).items.map((i) => i.id)).toEqual([a.id]);
    await expectError(lib.restore(a.id), 'NOT_FOUND');
    await expectError(lib.trash('a-0000000000-nothere'), 'NOT_FOUND');
  });
});

describe('list', () => {
  async function three(): Promise<Article[]> {
    const out: Article[] = [];
    for (const h of ['Ơn nghĩa', 'Anh hùng', 'Đà Nẵng', 'Da cam', 'Ăn Tết']) {
      clock.advance(1000);
      out.push(await lib.create({ headline: h }));
    }
    return out;
  }

  it('sorts by last change, newest first, and pages', async () => {
    const made = await three();
    clock.advance(1000);
    await lib.save({
      id: made[1].id,
      content: body('x').map((b, i) => (i === 0 ? { type: 'headline', children: [{ text: 'Anh hùng' }] } : b)),
    });
    const { items, total } = await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 100 });
    expect(total).toBe(5);
    expect(items.map((i) => i.headline)).toEqual(['Anh hùng', 'Ăn Tết', 'Da cam', 'Đà Nẵng', 'Ơn nghĩa']);
    const page = await lib.list({ sort: 'changed', trash: false, offset: 1, limit: 2 });
    expect(page.items.map((i) => i.headline)).toEqual(['Ăn Tết', 'Da cam']);
    expect(page.total).toBe(5);
  });

  it('sorts by headline in Vietnamese order', async () => {
    await three();
    const { items } = await lib.list({ sort: 'headline', trash: false, offset: 0, limit: 100 });
    expect(items.map((i) => i.headline)).toEqual(['Anh hùng', 'Ăn Tết', 'Da cam', 'Đà Nẵng', 'Ơn nghĩa']);
  });

  it('ignores stray files and interrupted creates', async () => {
    const a = await lib.create({ headline: 'Thật' });
    await writeFile(join(dir, 'articles', 'notes.txt'), 'x');
    await writeFile(join(dir, 'articles', 'a-0000000002-afile'), 'a file named like an article');
    await import('node:fs/promises').then((f) => f.mkdir(join(dir, 'articles', 'a-0000000001-halfway')));
    const { items } = await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 100 });
    expect(items.map((i) => i.id)).toEqual([a.id]);
  });

  it('an empty or missing library lists nothing', async () => {
    expect(await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 10 })).toEqual({ items: [], total: 0 });
    await rm(dir, { recursive: true, force: true });
    expect(await lib.list({ sort: 'changed', trash: true, offset: 0, limit: 10 })).toEqual({ items: [], total: 0 });
  });
});

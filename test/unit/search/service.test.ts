import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import type { ParsedInput } from '../../../main/common/contract/index.ts';
import { DEFAULT_SETTINGS } from '../../../main/common/settings.ts';
import { createCore } from '../../../main/core/app.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import { createDispatcher, type Handlers } from '../../../main/core/dispatcher.ts';
import { libraryHandlers } from '../../../main/core/library/handlers.ts';
import { Library } from '../../../main/core/library/library.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { createSearch, followLibrary, searchHandlers } from '../../../main/core/search/handlers.ts';
import { SearchService, searchFile, type ArticleSource } from '../../../main/core/search/service.ts';
import type { CoreContext } from '../../../main/core/types.ts';
import { trustedPaths } from '../../../main/core/fs/path-grants.ts';

let dir: string;
let library: Library;
let closers: Array<() => Promise<void> | void>;
let now = Date.parse('2025-01-05T10:00:00Z');
const clock = (): Date => new Date(now);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-search-'));
  library = new Library({
    dir,
    settings: () => ({ ...DEFAULT_SETTINGS, reporterName: 'Trung Hậu', reporterPlace: 'Quang Bình' }),
    clock,
    cacheFlushDelayMs: 10,
  });
  closers = [];
});
afterEach(async () => {
  for (const fn of closers.reverse()) await fn();
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

const content = (headline: string, sapo: string, body: string) => [
  { type: 'headline', children: [{ text: headline }] },
  { type: 'sapo', children: [{ text: sapo }] },
  { type: 'paragraph', children: [{ text: body }] },
];

async function write(headline: string, sapo: string, body: string): Promise<Article> {
  const a = await library.create({ headline });
  await library.save({ id: a.id, content: content(headline, sapo, body) });
  return library.get(a.id);
}

/** The library, counting how many articles the service reads. */
function counting(source: ArticleSource): ArticleSource & { reads: number } {
  const counted = {
    reads: 0,
    list: (o: ParsedInput<'library.list'>) => source.list(o),
    get: (id: string) => {
      counted.reads++;
      return source.get(id);
    },
    has: (id: string) => source.has(id),
  };
  return counted;
}

function service(source: ArticleSource = library, staleMs = 60_000): SearchService {
  const s = new SearchService({ libraryDir: dir, source, clock, staleMs });
  closers.push(() => s.close());
  return s;
}

describe('SearchService', () => {
  it('builds from the library at the first search, with snippets from the body', async () => {
    const a = await write('Mùa hoa tam giác mạch', 'BHG - Cao nguyên đá vào mùa hoa.', 'Du khách đổ về Đồng Văn và Mèo Vạc ngắm hoa.');
    await write('Chợ phiên Khâu Vai', 'BHG - Phiên chợ tình độc đáo.', 'Người dân các xã lân cận đi chợ.');
    const s = service();
    const r = await s.search({ query: 'meo vac' });
    expect(r.total).toBe(1);
    expect(r.items[0]).toMatchObject({ id: a.id, headline: 'Mùa hoa tam giác mạch', status: 'draft' });
    // The match is in the body: the snippet comes from there, marks on `Mèo Vạc`.
    expect(r.items[0].snippet).toContain('Mèo Vạc');
    expect(r.items[0].marks.map(([x, y]) => r.items[0].snippet.slice(x, y))).toEqual(['Mèo', 'Vạc']);
  });

  it('sees saves and trashing through touch, without a full check', async () => {
    const a = await write('Tin một', 'BHG - Sapo.', 'Nội dung cũ về Lũng Cú.');
    const source = counting(library);
    const s = service(source);
    expect((await s.search({ query: 'lung cu' })).total).toBe(1);
    await library.save({ id: a.id, content: content('Tin một', 'BHG - Sapo.', 'Nội dung mới về Xín Mần.') });
    await s.touch(a.id);
    expect((await s.search({ query: 'lung cu' })).total).toBe(0);
    expect((await s.search({ query: 'xin man' })).total).toBe(1);
    await library.trash(a.id);
    await s.touch(a.id);
    expect((await s.search({ query: 'xin man' })).total).toBe(0);
  });

  it('catches changes made outside Dateline at the next full check', async () => {
    const a = await write('Tin hai', 'BHG - Sapo.', 'Bắc Quang mùa cam.');
    const s = service(library, 0);
    expect((await s.search({ query: 'bac quang' })).total).toBe(1);
    // Another program rewrites article.json: new version, new words.
    const file = join(library.articleDir(a.id), 'article.json');
    const stored = JSON.parse(await readFile(file, 'utf8')) as Article;
    stored.version += 1;
    stored.updatedAt = new Date(now + 1000).toISOString();
    stored.content = [...stored.content.slice(0, 2), { type: 'paragraph', id: 'x1', children: [{ text: 'Hoàng Su Phì mùa lúa.' }] }];
    await writeFile(file, JSON.stringify(stored));
    now += 5_000;
    await s.sync();
    expect((await s.search({ query: 'hoang su phi' })).total).toBe(1);
    expect((await s.search({ query: 'bac quang' })).total).toBe(0);
  });

  it('keeps the index in search.json: the next start reads no article again', async () => {
    for (let i = 0; i < 5; i++) await write(`Tin số ${i}`, 'BHG - Sapo.', `Bài viết thứ ${i} về Quản Bạ.`);
    const first = service();
    expect((await first.search({ query: 'quan ba' })).total).toBe(5);
    await first.close();
    const saved = await readFile(searchFile(dir), 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ format: 1 });

    const source = counting(library);
    const second = service(source);
    expect((await second.search({ query: 'quan ba', limit: 1 })).total).toBe(5);
    // Only the one article on the page was read, for its snippet.
    expect(source.reads).toBe(1);
  });

  it('rebuilds from the articles when search.json is damaged', async () => {
    await write('Tin ba', 'BHG - Sapo.', 'Yên Minh mùa đào.');
    const first = service();
    await first.search({ query: 'x' });
    await first.close();
    await writeFile(searchFile(dir), '{"format":1,"tok');
    const second = service();
    expect((await second.search({ query: 'yen minh' })).total).toBe(1);
  });

  it('keeps the newest text when two re-reads of one article finish out of order', async () => {
    const a = await write('Tin bốn', 'BHG - Sapo.', 'Bản đầu về Vị Xuyên.');
    let release: () => void = () => undefined;
    let held: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => (held = resolve));
    let holdNext = false;
    const source: ArticleSource = {
      list: (o) => library.list(o),
      has: (id) => library.has(id),
      get: async (id) => {
        const article = await library.get(id);
        if (holdNext) {
          // This read (of the first text) finishes only after the next one.
          holdNext = false;
          held();
          await new Promise<void>((resolve) => (release = resolve));
        }
        return article;
      },
    };
    const s = service(source);
    await s.search({ query: 'x' });
    holdNext = true;
    const first = s.touch(a.id);
    await holding;
    await library.save({ id: a.id, content: content('Tin bốn', 'BHG - Sapo.', 'Bản sau về Đồng Văn.') });
    await s.touch(a.id);
    release();
    await first;
    expect((await s.search({ query: 'dong van' })).total).toBe(1);
    expect((await s.search({ query: 'vi xuyen' })).total).toBe(0);
  });

  it('gives no error before the library has any article', async () => {
    const s = service();
    expect(await s.search({ query: 'bat ky' })).toEqual({ items: [], total: 0 });
  });
});

describe('library.search through the dispatcher', () => {
  it('validates input, answers, and sees the changes the library tells (followLibrary)', async () => {
    const ctx: CoreContext = {
      libraryDir: dir,
      paths: trustedPaths(dir),
      settings: { get: () => DEFAULT_SETTINGS, set: () => DEFAULT_SETTINGS },
      transport: 'direct',
      clock,
      logger: silentLogger,
      library,
      onClose: (fn) => closers.push(fn),
    };
    const search = createSearch(ctx);
    closers.push(followLibrary(search, library));
    const handlers = { ...libraryHandlers(ctx), ...searchHandlers(search) };
    const dispatch = createDispatcher(handlers as unknown as Handlers, { language: () => 'vi' });

    const created = await dispatch('library.create', { headline: 'Hòa Bình' });
    expect(created.ok).toBe(true);
    const id = (created as { value: Article }).value.id;
    expect(await dispatch('library.search', { query: 'hoa binh' })).toMatchObject({ ok: true, value: { total: 1, items: [{ id }] } });

    const saved = await dispatch('library.save', { id, content: content('Hoà Bình mới', 'BHG - Sapo.', 'Nội dung về Đà Nẵng.') });
    expect(saved.ok).toBe(true);
    expect(await dispatch('library.search', { query: 'da nang' })).toMatchObject({
      ok: true,
      value: { total: 1, items: [{ id, headline: 'Hoà Bình mới' }] },
    });

    await dispatch('library.trash', { id });
    expect(await dispatch('library.search', { query: 'da nang' })).toMatchObject({ ok: true, value: { total: 0 } });

    const bad = await dispatch('library.search', { query: 'x', from: '05/01/2025' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('library.search in createCore', () => {
  it('finds an article saved a moment ago, and keeps search.json when the Core closes', async () => {
    const libraryDir = join(dir, 'core');
    const core = await createCore({ libraryDir, settings: createMemorySettings({ reporterName: 'Minh Anh' }), transport: 'direct' });
    try {
      expect(await core.dispatch('library.search', { query: '' })).toMatchObject({ ok: true, value: { total: 0 } });
      const created = await core.dispatch('library.create', { headline: 'Tết ở Lũng Cú' });
      const id = (created as { value: Article }).value.id;
      await core.dispatch('library.save', { id, content: content('Tết ở Lũng Cú', 'BHG - Cột cờ Lũng Cú.', 'Người H’Mông đón Tết.') });
      expect(await core.dispatch('library.search', { query: 'hmong' })).toMatchObject({ ok: true, value: { total: 1, items: [{ id }] } });
      expect(await core.dispatch('library.search', { query: 'minh an' })).toMatchObject({ ok: true, value: { total: 1 } });
    } finally {
      await core.close();
    }
    expect(JSON.parse(await readFile(searchFile(libraryDir), 'utf8'))).toMatchObject({ format: 1 });
  });
});

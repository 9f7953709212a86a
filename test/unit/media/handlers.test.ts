// The contract's media methods through the dispatcher: one outcome per photo with a sentence in
// the UI language, the retry offer for damaged photos, list and info; and every refusal reason
// has a finished sentence in both languages.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaAddReport } from '../../../main/common/contract/media.ts';
import { translatorFor } from '../../../main/common/i18n/index.ts';
import { mediaEn, mediaVi } from '../../../main/common/i18n/media.ts';
import { DatelineError } from '../../../main/common/result.ts';
import type { Language } from '../../../main/common/settings.ts';
import { createDispatcher, type Handlers } from '../../../main/core/dispatcher.ts';
import { createMediaHandlers, mediaHandlers } from '../../../main/core/media/handlers.ts';
import { Library } from '../../../main/core/library/library.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { CoreContext } from '../../../main/core/types.ts';
import { createMediaService, type MediaService } from '../../../main/core/media/service.ts';
import { photoJpeg, truncatedJpeg } from './corpus.ts';
import { trustedPaths } from '../../../main/core/fs/path-grants.ts';

const ID = 'a-0m4x1k2p-7f3k9q';
let library: string;
let media: MediaService;
let language: Language = 'vi';
let dispatch: ReturnType<typeof createDispatcher>;
const paths: Record<string, string> = {};

beforeAll(async () => {
  library = await mkdtemp(join(tmpdir(), 'dateline-media-h-'));
  await mkdir(join(library, ID));
  for (const [name, bytes] of [
    ['good.jpg', await photoJpeg(400, 300, 51)],
    ['cut.jpg', await truncatedJpeg()],
    ['notes.jpg', Buffer.from('không phải ảnh')],
  ] as const) {
    paths[name] = join(library, name);
    await writeFile(paths[name], bytes);
  }
  media = createMediaService({ poolSize: 1 });
  const handlers = createMediaHandlers({
    articleDir: (id) => {
      if (id !== ID) throw new DatelineError('NOT_FOUND', { id });
      return join(library, id);
    },
    media,
    language: () => language,
  });
  // Only the media methods are wired here; the rest of the table belongs to other areas.
  dispatch = createDispatcher(handlers as unknown as Handlers, { language: () => language });
});
afterAll(async () => {
  await media.close();
  await rm(library, { recursive: true, force: true });
});

describe('media.add / media.list / media.info', () => {
  it('reports each photo, with the refusals in the UI language and a retry offer for the damaged one', async () => {
    language = 'vi';
    const res = await dispatch('media.add', { id: ID, paths: [paths['good.jpg'], paths['cut.jpg'], paths['notes.jpg']] });
    expect(res.ok).toBe(true);
    const report = (res as { value: MediaAddReport }).value;
    expect([report.added, report.failed]).toEqual([1, 2]);
    const [good, cut, notes] = report.items;
    expect(good.ok && good.asset.width).toBe(400);
    expect(cut.ok ? null : cut.error).toMatchObject({
      code: 'BAD_IMAGE',
      message: expect.stringContaining('Ảnh “cut.jpg” bị thiếu phần cuối'),
      details: { retry: { lenient: true } },
    });
    expect(notes.ok ? null : notes.error.message).toBe('Tệp “notes.jpg” là một tệp văn bản chứ không phải ảnh, dù tên của nó có đuôi ảnh.');

    language = 'en';
    const retry = await dispatch('media.add', { id: ID, paths: [paths['cut.jpg']], lenient: true });
    const item = (retry as { value: MediaAddReport }).value.items[0];
    expect(item.ok && item.asset.notices).toContainEqual({ code: 'lenient' });

    const list = await dispatch('media.list', { id: ID });
    expect(list.ok && list.value).toHaveLength(2);
    const assetId = good.ok ? good.asset.assetId : '';
    const info = await dispatch('media.info', { id: ID, assetId });
    expect(info.ok && info.value).toMatchObject({ assetId, originalName: 'good.jpg' });
  });

  it('refuses bad requests before touching anything', async () => {
    language = 'en';
    const relative = await dispatch('media.add', { id: ID, paths: ['photos/a.jpg'] });
    expect(relative).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const none = await dispatch('media.add', { id: ID, paths: [] });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await dispatch('media.info', { id: ID, assetId: 'f'.repeat(64) });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_IMAGE', message: `Photo ${'f'.repeat(64)} is not in this article.` } });
    const noArticle = await dispatch('media.list', { id: 'a-0m4x1k2p-zzzzzz' });
    expect(noArticle).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the media area over a real library', () => {
  it('adds a photo to an article the library created, and closes its processes with the Core', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-media-area-'));
    const settings = createMemorySettings({ language: 'en' });
    const library = new Library({ dir, settings: () => settings.get() });
    const closers: (() => Promise<void> | void)[] = [];
    const ctx: CoreContext = {
      libraryDir: dir,
      paths: trustedPaths(dir),
      settings,
      transport: 'direct',
      clock: () => new Date(),
      logger: silentLogger,
      library,
      onClose: (fn) => closers.push(fn),
    };
    const handlers = mediaHandlers(ctx, { poolSize: 1 });
    const article = await library.create({ headline: 'Ảnh' });
    const report = await handlers['media.add']({ id: article.id, paths: [paths['good.jpg']], lenient: false });
    expect(report.added).toBe(1);
    expect(await handlers['media.list']({ id: article.id })).toHaveLength(1);
    await expect(handlers['media.list']({ id: 'a-0m4x1k2p-nothere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const close of closers.reverse()) await close();
    await library.close();
    await rm(dir, { recursive: true, force: true });
  });
});

describe('sentences', () => {
  const sample = {
    name: 'IMG_0001.JPG',
    sizeMb: 250,
    maxMb: 200,
    format: 'PDF',
    width: 20000,
    height: 20000,
    maxMp: 200,
    side: 50000,
    maxSide: 40000,
    pages: 20000,
    maxPages: 10000,
    channels: 7,
    seconds: 120,
    assetId: 'abc',
    frames: 3,
  };

  for (const language of ['vi', 'en'] as const) {
    it(`every refusal reason and notice has a finished ${language} sentence`, () => {
      const t = translatorFor(language);
      const catalog = language === 'vi' ? mediaVi : mediaEn;
      // Object.keys is string[] in TypeScript; these are the catalog's own keys.
      for (const reason of Object.keys(mediaVi.bad) as (keyof typeof mediaVi.bad)[]) {
        const text = t('errors:BAD_IMAGE', { detail: '', reason, ...sample });
        expect(text, reason).toBe(t(`media:bad.${reason}`, sample));
        expect(text, reason).not.toMatch(/\{\{|\$t\(|bad\./);
        expect(text, reason).toBe(text.normalize('NFC'));
        expect(text).toBe(catalog.bad[reason].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(sample[k as keyof typeof sample])));
      }
      for (const code of Object.keys(mediaVi.notice) as (keyof typeof mediaVi.notice)[])
        expect(t(`media:notice.${code}`, sample)).not.toMatch(/\{\{|notice\./);
    });
  }
});

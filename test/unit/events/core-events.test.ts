// The Core's change events: the Library tells every change after it is on disk, search and the
// push channel hear it through createCore's wiring (no list of method names), and what reaches a
// subscriber is what the topic's schema allows.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TopicPayload } from '../../../main/common/contract/events.ts';
import { Emitter } from '../../../main/common/emitter.ts';
import type { Block } from '../../../main/common/article/model.ts';
import { buildServices, createCore, wireServices } from '../../../main/core/app.ts';
import { CoreEvents } from '../../../main/core/events.ts';
import { trustedPaths } from '../../../main/core/fs/path-grants.ts';
import { Library } from '../../../main/core/library/library.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core, CoreContext } from '../../../main/core/types.ts';
import { tempDir } from '../library/helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
const closers: (() => unknown)[] = [];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('dateline-events-'));
});
afterEach(async () => {
  for (const fn of closers.splice(0).reverse()) await fn();
  await cleanup();
});

const body = (headline: string, text: string): Block[] =>
  [
    { type: 'headline', children: [{ text: headline }] },
    { type: 'sapo', children: [{ text: 'BHG - ' }] },
    { type: 'paragraph', children: [{ text }] },
  ] as Block[];

describe('Emitter', () => {
  it('returns each subscription its own unsubscribe, and a listener that throws stops no other', () => {
    const errors: unknown[] = [];
    const emitter = new Emitter<{ saved: number }>((_, err) => errors.push(err));
    const heard: string[] = [];
    const listener = (n: number): void => void heard.push(`a${n}`);
    const stopA = emitter.on('saved', listener);
    const stopA2 = emitter.on('saved', listener);
    emitter.on('saved', () => {
      throw new Error('hỏng');
    });
    emitter.on('saved', (n) => heard.push(`c${n}`));
    emitter.emit('saved', 1);
    stopA();
    emitter.emit('saved', 2);
    stopA2();
    stopA2();
    emitter.emit('saved', 3);
    expect(heard).toEqual(['a1', 'a1', 'c1', 'a2', 'c2', 'c3']);
    expect(errors).toHaveLength(3);
    expect(emitter.count('saved')).toBe(2);
  });
});

describe('CoreEvents', () => {
  it('drops a payload its topic refuses, and publishes a valid one', () => {
    const events = new CoreEvents(silentLogger);
    const heard: TopicPayload<'export.progress'>[] = [];
    events.subscribe('export.progress', (p) => heard.push(p));
    events.publish('export.progress', { jobId: '../../x', stage: 'photos', done: 1, total: 2 });
    events.publish('export.progress', { jobId: 'job-1', stage: 'photos', done: 1, total: 2 });
    expect(heard).toEqual([{ jobId: 'job-1', stage: 'photos', done: 1, total: 2 }]);
  });
});

describe('the Library’s change events in createCore', () => {
  let core: Core;
  beforeEach(async () => {
    core = await createCore({ libraryDir: dir, settings: createMemorySettings({ reporterName: 'Trung Hậu' }), transport: 'direct' });
    closers.push(() => core.close());
  });

  async function call(method: string, input: unknown): Promise<unknown> {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }

  it('tells article.changed for each kind of write, with the version after it', async () => {
    const heard: TopicPayload<'article.changed'>[] = [];
    closers.push(core.subscribe('article.changed', (c) => heard.push(c)));
    const a = (await call('library.create', { headline: 'Bốn tốt' })) as { id: string };
    await call('library.save', { id: a.id, content: body('Bốn tốt ở Hà Giang', 'Đồng Văn.'), baseVersion: 1 });
    const copy = (await call('library.duplicate', { id: a.id })) as { id: string };
    await call('library.trash', { id: a.id });
    await call('library.restore', { id: a.id });
    expect(heard.map((c) => [c.articleId, c.kind, c.version])).toEqual([
      [a.id, 'created', 1],
      [a.id, 'saved', 2],
      [copy.id, 'created', 1],
      [a.id, 'trashed', 2],
      [a.id, 'restored', 2],
    ]);
  });

  it('stops telling a subscriber once it unsubscribed', async () => {
    const heard: unknown[] = [];
    const stop = core.subscribe('article.changed', (c) => heard.push(c));
    await call('library.create', { headline: 'Một' });
    stop();
    await call('library.create', { headline: 'Hai' });
    expect(heard).toHaveLength(1);
  });
});

describe('search follows the library without a list of methods', () => {
  it('indexes an article written by a library method no handler wraps', async () => {
    const settings = createMemorySettings({ reporterName: 'Trung Hậu' });
    const library = new Library({ dir, settings: settings.get });
    const ctx: CoreContext = {
      libraryDir: dir,
      settings,
      transport: 'direct',
      clock: () => new Date(),
      logger: silentLogger,
      library,
      paths: trustedPaths(dir),
      onClose: (fn) => closers.push(fn),
    };
    const services = await buildServices(ctx);
    closers.push(wireServices(library, services, new CoreEvents(silentLogger)));
    closers.push(() => library.close());
    // The index is built first, so what follows can only reach it through the change events
    // (the staleness re-check is 30 s away).
    expect(await services.search.search({ query: 'lung cu' })).toMatchObject({ total: 0 });
    // Straight on the Library, as a new service or method would write: no dispatcher in between.
    const a = await library.create({ headline: 'Tạm' });
    await library.save({ id: a.id, content: body('Tết ở Lũng Cú', 'Cột cờ Lũng Cú.') as never });
    expect(await services.search.search({ query: 'lung cu' })).toMatchObject({ total: 1, items: [{ id: a.id }] });
    await library.trash(a.id);
    expect(await services.search.search({ query: 'lung cu' })).toMatchObject({ total: 0 });
  });
});

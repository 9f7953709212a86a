// The contract and the Core agree: every method has a handler (an area not wired in
// main/core/app.ts shows up here), every input schema refuses unknown keys, and every output
// survives JSON (what IPC and HTTP carry) unchanged.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../main/common/contract/index.ts';
import type { Result } from '../../main/common/result.ts';
import { buildHandlers, createCore, unhandledMethods } from '../../main/core/app.ts';
import { Library } from '../../main/core/library/library.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import type { Core } from '../../main/core/types.ts';
import { tempDir } from './library/helpers.ts';
import { trustedPaths } from '../../main/core/fs/path-grants.ts';

let core: Core;
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('dateline-contract-'));
  core = await createCore({ libraryDir: dir, settings: createMemorySettings({ reporterName: 'Trung Hậu' }), transport: 'direct' });
});
afterAll(async () => {
  await core.close();
  await cleanup();
});

describe('the contract', () => {
  it('every method has a handler from an area in main/core/app.ts', async () => {
    const settings = createMemorySettings();
    const library = new Library({ dir, settings: settings.get });
    const handlers = await buildHandlers({
      libraryDir: dir,
      settings,
      transport: 'direct',
      clock: () => new Date(),
      logger: silentLogger,
      library,
      paths: trustedPaths(dir),
      onClose: () => undefined,
    });
    expect(unhandledMethods(handlers)).toEqual([]);
    for (const key of Object.keys(handlers)) expect(METHOD_NAMES).toContain(key);
  });

  it('every input schema refuses unknown keys', () => {
    for (const m of METHOD_NAMES) expect(contract[m].input.safeParse({ notAKey: 1 }).success, m).toBe(false);
  });
});

function plain<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  // What a transport delivers is the JSON of the value: it must be the value itself.
  expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
  return r.value;
}

describe('outputs are JSON-plain', () => {
  it('for the app, library and settings methods', async () => {
    const info = plain(await core.dispatch('app.info', {})) as { transport: string; libraryDir: string };
    expect(info).toMatchObject({ transport: 'direct', libraryDir: dir });
    const a = plain(await core.dispatch('library.create', { headline: 'Một' })) as { id: string; version: number; content: unknown[] };
    plain(await core.dispatch('library.save', { id: a.id, content: a.content, baseVersion: a.version }));
    plain(await core.dispatch('library.get', { id: a.id }));
    plain(await core.dispatch('library.list', {}));
    const copy = plain(await core.dispatch('library.duplicate', { id: a.id })) as { id: string };
    const revs = plain(await core.dispatch('library.revisions', { id: a.id })) as { id: string }[];
    plain(await core.dispatch('library.getRevision', { id: a.id, revisionId: revs[0].id }));
    plain(await core.dispatch('library.restoreRevision', { id: a.id, revisionId: revs[0].id }));
    plain(await core.dispatch('library.trash', { id: copy.id }));
    plain(await core.dispatch('library.restore', { id: copy.id }));
    plain(await core.dispatch('settings.get', {}));
    plain(await core.dispatch('settings.set', { patch: { reporterPlace: 'Quang Bình' } }));
    expect(core.articleDir(a.id)).toContain(a.id);
  });
});

// Whatever a window (or a compromised renderer) sends, the dispatcher answers a typed Result:
// INVALID_INPUT for malformed input to every method of the contract, never a crash.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../main/common/contract/index.ts';
import type { ErrorCode, Result } from '../../main/common/result.ts';
import { createCore } from '../../main/core/app.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import type { Core } from '../../main/core/types.ts';
import { tempDir } from './library/helpers.ts';

const CODES: ErrorCode[] = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CORRUPT',
  'CONFLICT',
  'DISK_FULL',
  'READ_ONLY',
  'UNSUPPORTED',
  'UNTRUSTED_SENDER',
  'BAD_IMAGE' as ErrorCode,
  'REVIEW' as ErrorCode,
  'DESK',
  'INTERNAL',
];

let core: Core;
let cleanup: () => Promise<void>;
let sandbox = '';
const cwd = process.cwd();
beforeAll(async () => {
  const t = await tempDir('dateline-dispatch-');
  cleanup = t.cleanup;
  sandbox = t.dir;
  // Some methods take paths (a desk folder, an export target): whatever the fuzz sends, relative
  // or absolute, must land in this test's own folder.
  process.chdir(sandbox);
  core = await createCore({ libraryDir: join(t.dir, 'library'), settings: createMemorySettings(), transport: 'direct' });
});
afterAll(async () => {
  await core.close();
  process.chdir(cwd);
  await cleanup();
});

function expectResult(r: Result<unknown>): void {
  expect(typeof r.ok).toBe('boolean');
  expect(() => JSON.stringify(r)).not.toThrow();
  if (!r.ok) {
    expect(CODES).toContain(r.error.code);
    expect(r.error.message.length).toBeGreaterThan(5);
  }
}

// Malformed for every method: not an object, or an object with a key no schema knows.
const GARBAGE: unknown[] = [
  42,
  'library.list',
  true,
  [],
  [{}],
  { zzz: 1 },
  { id: 'a-0000000000-aaaaaa', zzz: 1 },
  { __proto__: { id: 1 }, zzz: 2 },
  () => 1,
  Symbol('x'),
];

describe('malformed input', () => {
  it.each(METHOD_NAMES)('%s answers INVALID_INPUT to garbage', async (method) => {
    for (const input of GARBAGE) {
      const r = await core.dispatch(method, input);
      expectResult(r);
      expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_INPUT');
    }
  });

  it.each(METHOD_NAMES)('%s answers INVALID_INPUT to wrong types in its own fields', async (method) => {
    const schema = contract[method].input as unknown as { shape?: Record<string, unknown> };
    const keys = Object.keys(schema.shape ?? {});
    for (const key of keys) {
      for (const bad of [{ deep: { er: [1] } }, Symbol('s'), 10n]) {
        const r = await core.dispatch(method, { [key]: bad });
        expectResult(r);
        expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_INPUT');
      }
    }
  });
});

// A small deterministic generator: the same inputs on every run, so a failure can be replayed.
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * (depth > 2 ? 7 : 10));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return [0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity][Math.floor(r() * 8)];
    case 3:
      return [
        '',
        'a-0000000000-aaaaaa',
        'fuzz/../y',
        'x'.repeat(5000),
        'Tie\u0302\u0301ng',
        '\u0000',
        'headline',
        'figure',
        join(sandbox, 'fuzz', 'x.jpg'),
        join(sandbox, 'fuzz-desk'),
      ][Math.floor(r() * 10)];
    case 4:
      return 'a-' + Math.floor(r() * 1e12).toString(36) + '-' + Math.floor(r() * 1e9).toString(36);
    case 5:
      return undefined;
    case 6:
      return '2025-01-05T10:43:00Z';
    case 7:
      return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default: {
      const keys = ['type', 'children', 'text', 'id', 'bold', 'url', 'level', 'assetId', 'name', 'role', 'people', 'zzz'];
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 4); i > 0; i--) o[keys[Math.floor(r() * keys.length)]] = randomValue(r, depth + 1);
      return o;
    }
  }
}

describe('fuzzed input', () => {
  it.each(METHOD_NAMES)('%s never crashes', async (method) => {
    const r = rng([...method].reduce((a, c) => a * 31 + c.charCodeAt(0), 7) >>> 0);
    const schema = contract[method].input as unknown as { shape?: Record<string, unknown> };
    const keys = Object.keys(schema.shape ?? {});
    for (let i = 0; i < 60; i++) {
      const input: Record<string, unknown> = {};
      for (const key of keys) if (r() < 0.8) input[key] = randomValue(r);
      const res = await core.dispatch(method, input);
      expectResult(res);
      if (!res.ok) expect(res.error.code).not.toBe('INTERNAL');
    }
  });
});

describe('unknown methods and languages', () => {
  it.each(['nope', '', '__proto__', 'constructor', 'toString', 'library', 'library.list.x', 'hasOwnProperty'])(
    '%s → UNKNOWN_METHOD',
    async (name) => {
      const r = await core.dispatch(name, {});
      expectResult(r);
      expect(r.ok ? 'ok' : r.error.code).toBe('UNKNOWN_METHOD');
    },
  );

  it('speaks the language of the settings, at once', async () => {
    const r1 = await core.dispatch('library.get', { id: 'a-0000000000-nothere' });
    expect(r1.ok ? '' : r1.error.message).toBe('Không tìm thấy bài viết a-0000000000-nothere.');
    await core.dispatch('settings.set', { patch: { language: 'en' } });
    const r2 = await core.dispatch('library.get', { id: 'a-0000000000-nothere' });
    expect(r2.ok ? '' : r2.error.message).toBe('Article a-0000000000-nothere was not found.');
    await core.dispatch('settings.set', { patch: { language: 'vi' } });
  });
});

// Every contract method against what a page that ran hostile code could send (issue 14): nothing,
// the wrong types, keys no schema knows, `__proto__`, 1 MB strings, NUL, `../`, nesting 2,000 deep.
// Each call answers a typed error (never INTERNAL) or a valid answer, within a generous bound,
// while a save made at the same time goes through; nothing is written outside the library, and no
// prototype is polluted. The Core is the browser host's (paths from the page are not trusted).

import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../main/common/contract/index.ts';
import { bounded, newArticle, sandboxCore, TYPED_CODES, type Sandbox } from './helpers.ts';

const MB = 1_000_000;

let box: Sandbox;
let outside: string;
let articleId: string;
let save: (text: string) => Promise<unknown>;
const cwd = process.cwd();

function nested(depth: number): unknown {
  let node: unknown = { text: 'x' };
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', children: [node] };
  return node;
}

/** What a hostile page puts in one field. */
const HOSTILE_VALUES = (): unknown[] => [
  undefined,
  null,
  -1,
  1e308,
  true,
  '',
  'x'.repeat(MB),
  'ả'.repeat(MB),
  'a\0b',
  '../../../../etc/passwd',
  'a\0/../../x',
  '/etc/passwd',
  join(outside, '.bash_profile'),
  [],
  Array.from({ length: 1000 }, () => 'x'.repeat(1000)),
  {},
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  nested(2000),
  [nested(2000)],
];

/** Whole inputs that are wrong for any method. */
const HOSTILE_INPUTS = (): unknown[] => [
  undefined,
  null,
  42,
  'library.list',
  [],
  { zzz: 1 },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  nested(2000),
];

/** The inputs for one method: whole inputs, then each field hostile (alone, and beside a real article id). */
function inputsFor(method: MethodName): unknown[] {
  const shape = (contract[method].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const out: unknown[] = HOSTILE_INPUTS();
  for (const key of Object.keys(shape)) {
    for (const value of HOSTILE_VALUES()) {
      out.push({ [key]: value });
      if (key !== 'id' && 'id' in shape) out.push({ id: articleId, [key]: value });
    }
  }
  return out;
}

beforeAll(async () => {
  box = await sandboxCore({ transport: 'host' });
  outside = join(box.dir, 'home');
  await mkdir(outside);
  // Relative paths, were they ever taken, would land here: it must stay empty.
  process.chdir(await mkdtemp(join(tmpdir(), 'dateline-fuzz-cwd-')));
  // The article the fuzz aims at, and another one a reporter is typing into meanwhile.
  articleId = (await newArticle(box.core)).article.id;
  ({ save } = await newArticle(box.core));
});
afterAll(async () => {
  const here = process.cwd();
  process.chdir(cwd);
  await rm(here, { recursive: true, force: true });
  await box.close();
});

describe('every contract method, fuzzed as a hostile page would', () => {
  it.each(METHOD_NAMES)(
    '%s answers typed errors or valid answers in time, and a save goes through meanwhile',
    { timeout: 600_000 },
    async (method) => {
      let saves = 0;
      for (const input of inputsFor(method)) {
        const answer = bounded(box.core.dispatch(method, input));
        const saved = save(`${method} ${saves++}`);
        const r = await answer;
        expect(r, `${method} stalled on ${JSON.stringify(input)?.slice(0, 120)}`).not.toBe('stalled');
        if (r !== 'stalled') {
          expect(() => JSON.stringify(r)).not.toThrow();
          if (!r.ok) {
            expect([method, TYPED_CODES.includes(r.error.code) ? 'typed' : r.error.code, r.error.message.length > 5]).toEqual([
              method,
              'typed',
              true,
            ]);
          }
        }
        expect(await saved).toMatchObject({ version: expect.any(Number) });
      }
      // Nothing leaked: no prototype polluted, nothing written outside the library.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await readdir(outside)).toEqual([]);
      expect(await readdir(process.cwd())).toEqual([]);
    },
  );
});

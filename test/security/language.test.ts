// One hostile language.check must not stall the app (issue 14, item 1). Before: a 1 MB token
// without spaces ran the link regex for more than ten minutes on the services' own thread, and
// every other call, saves included, waited. Now every rule is linear, a call reads at most
// 1,000,000 characters, the work runs on a worker thread, and a job past its deadline ends the
// thread with a typed error.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageCheckReport } from '../../main/common/contract/language.ts';
import type { Result } from '../../main/common/result.ts';
import { call, newArticle, sandboxCore, type Sandbox } from './helpers.ts';

const MB = 1_000_000;

/** Strings up to the schema's limit that each made some rule super-linear before. */
const HOSTILE: Record<string, string> = {
  'a 1 MB token': 'a'.repeat(MB),
  'a 1 MB Vietnamese token': 'ả'.repeat(MB),
  digits: '1'.repeat(MB),
  'a number chain': '1.'.repeat(MB / 2),
  'links and quotes': 'www.a"'.repeat(MB / 6),
  'an e-mail name that never ends': 'a.'.repeat(MB / 2),
  spaces: `a${' '.repeat(MB - 2)}b`,
  'document codes': 'UBND/'.repeat(MB / 5),
  'figures in quotes': '“5% x. '.repeat(Math.floor(MB / 7)),
};

/** A seeded generator (mulberry32): a failing seed can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the rules look at: marked letters, capitals, figures, stops, quotes, links, codes. */
const PIECES = [
  'a',
  'ả',
  'Đ',
  'ường',
  '1',
  '0',
  '.',
  ',',
  '/',
  '-',
  '%',
  '"',
  '“',
  '”',
  '@',
  'www.',
  'http://',
  'UBND',
  'tỷ',
  '(',
  ')',
  '\u00a0',
  '\n',
];

/** Random text of `length` characters: runs without spaces from 1 to 100,000 characters long. */
function randomText(seed: number, length: number): string {
  const next = seeded(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const run = Math.floor(10 ** (next() * 5));
    for (let n = 0; n < run && size < length; n++) {
      const piece = PIECES[Math.floor(next() * PIECES.length)];
      parts.push(piece);
      size += piece.length;
    }
    parts.push(' ');
    size++;
  }
  return parts.join('').slice(0, length);
}

describe('language.check on hostile text', () => {
  let box: Sandbox;
  beforeAll(async () => {
    box = await sandboxCore();
  });
  afterAll(() => box.close());

  /** Checks `text` (up to the schema's limit, as a sapo and a byline) while a paragraph is saved. */
  async function checkWhileSaving(text: string): Promise<void> {
    const { save } = await newArticle(box.core);
    const checking = box.core.dispatch('language.check', {
      blocks: [
        { kind: 'sapo', text: text.slice(0, MB - MB / 10) },
        { kind: 'byline', text: text.slice(0, MB / 10) },
      ],
      spelling: true,
      style: true,
    });
    const saved = await save('Bản Khuổi Bốc có 45 hộ.');
    expect(saved).toMatchObject({ version: expect.any(Number) });
    const r = (await checking) as Result<LanguageCheckReport>;
    // Linear now: answered, never cut by the deadline.
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  }

  it.each(Object.keys(HOSTILE))('answers %s, up to the schema’s limit, and a save goes through meanwhile', (name) =>
    checkWhileSaving(HOSTILE[name]),
  );

  it.each([1, 2, 3])('answers random text (seed %i), up to the schema’s limit, and a save goes through meanwhile', (seed) =>
    checkWhileSaving(randomText(seed, MB)),
  );

  it('refuses more than 1,000,000 characters in one call with a typed error', async () => {
    const r = await box.core.dispatch('language.check', {
      blocks: [
        { kind: 'paragraph', text: 'a'.repeat(MB) },
        { kind: 'paragraph', text: 'b' },
      ],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('a language job past its deadline', () => {
  let box: Sandbox;
  beforeAll(async () => {
    box = await sandboxCore({
      language: { workerUrl: new URL('./fixtures/stuck-language-worker.mjs', import.meta.url), deadlineMs: 3000 },
    });
  });
  afterAll(() => box.close());

  it('ends the stuck thread, answers LANGUAGE timeout, lets saves through and starts afresh', async () => {
    const { save } = await newArticle(box.core);
    const before = (await call<{ threadId: number }>(box.core, 'language.detectLegacy', { text: 'x' })).threadId;
    const order: string[] = [];
    const checking = box.core.dispatch('language.check', { text: 'Xin chào' }).then((r) => {
      order.push('check');
      return r;
    });
    await save('Trong khi bộ kiểm tra bị treo.');
    order.push('save');
    const r = await checking;
    expect(order).toEqual(['save', 'check']);
    expect(r).toMatchObject({ ok: false, error: { code: 'LANGUAGE' } });
    if (!r.ok) expect(r.error.message).toMatch(/^Việc kiểm tra chính tả và văn phong quá 3 giây nên đã dừng/);
    // The next call is answered by a new thread.
    const after = (await call<{ threadId: number }>(box.core, 'language.detectLegacy', { text: 'x' })).threadId;
    expect(after).not.toBe(before);
  });
});

// The language services on their worker thread: dictionaries loaded once, checks answered in
// order, a broken resource folder reported as one LANGUAGE error, close() really stops it, and a
// job past its deadline ends the thread with a typed answer while the services' loop stays free.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translatorFor } from '../../../main/common/i18n/index.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { createLanguageWorker } from '../../../main/core/language/language-service.ts';
import type { CheckRequest } from '../../../main/core/language/language-protocol.ts';
import { fixtureText } from '../vietnamese/helpers.ts';

const language = createLanguageWorker();
afterAll(() => language.close());

const spellOnly = (texts: string[], userWords: string[] = [], tonePlacement?: 'old' | 'new'): CheckRequest => ({
  blocks: texts.map((text) => ({ kind: 'paragraph', text })),
  style: null,
  spelling: { userWords, ...(tonePlacement ? { tonePlacement } : {}) },
});

describe('language worker', () => {
  it('loads once and checks several texts in one round trip', async () => {
    const { loadMs } = await language.ready();
    expect(loadMs).toBeGreaterThan(0);
    const { spelling } = await language.check(spellOnly([fixtureText(), 'Các nghành đã sử lý', ''], [], 'old'));
    const [fixture, typo, empty] = spelling;
    expect(fixture).toEqual([]);
    expect(typo.map((f) => [f.kind, f.word])).toEqual([
      ['spelling', 'nghành'],
      ['confused', 'sử lý'],
    ]);
    expect(empty).toEqual([]);
    // A second ready() does not load again.
    expect((await language.ready()).loadMs).toBe(loadMs);
    expect((await language.suggest('thưòng', 'new'))[0]).toBe('thường');
  });

  it('checks with the installed word list: `sinh xống` is `sinh sống`', async () => {
    const { spelling } = await language.check(spellOnly(['Đôi bạn trẻ sinh xống ở thôn.']));
    expect(spelling[0].map((f) => [f.kind, f.word, f.suggestions[0]])).toEqual([['confused', 'xống', 'sống']]);
  });

  it('runs the house style, the counts and the legacy conversions there too', async () => {
    const result = await language.check({
      blocks: [{ kind: 'sapo', text: 'BHG-Tin vui.' }],
      style: { prefix: { prefix: 'BHG' } },
      spelling: null,
    });
    expect(result.style.map((f) => f.ruleId)).toContain('prefix');
    expect(result.counts.chu).toBeGreaterThan(0);
    expect((await language.convertLegacy('Hµ Giang', '.VnTime')).text).toBe('Hà Giang');
    expect((await language.detectLegacy('xin chào')).encoding).toBeNull();
  });

  it('answers concurrent checks each with its own result and user words', async () => {
    // `Khuổi` is in the gazetteer now: an invented name stands for the reporter's own word.
    const [a, b] = await Promise.all([language.check(spellOnly(['bản Khuổix'], ['Khuổix'])), language.check(spellOnly(['bản Khuổix']))]);
    expect(a.spelling[0]).toEqual([]);
    expect(b.spelling[0].map((f) => f.word)).toEqual(['Khuổix']);
  });

  it('asks for a capital at the start of a block only when told the blocks are whole', async () => {
    const text = 'nhiều hộ thoát nghèo.';
    const whole = await language.check({
      blocks: [{ kind: 'paragraph', text }],
      style: null,
      spelling: { userWords: [], wholeBlocks: true },
    });
    expect(whole.spelling[0].map((f) => [f.kind, f.suggestions[0]])).toEqual([['capital', 'Nhiều']]);
    expect((await language.check(spellOnly([text]))).spelling[0]).toEqual([]);
  });

  it('reports missing lists as one sentence, and can be closed and used again', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'dateline-lang-'));
    const broken = createLanguageWorker({ resourcesDir: empty });
    try {
      const err = await broken.check(spellOnly(['xin chào'])).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatelineError);
      expect(err).toMatchObject({ code: 'LANGUAGE', params: { reason: 'lists-missing' } });
      const t = translatorFor('vi');
      expect(t('errors:LANGUAGE', (err as DatelineError).params)).toMatch(/^Không đọc được danh sách từ của toà soạn \(.+\)/);
      expect(translatorFor('en')('errors:LANGUAGE', (err as DatelineError).params)).toMatch(/^The newsroom word list/);
    } finally {
      await broken.close();
      await rm(empty, { recursive: true, force: true });
    }
    await language.close();
    expect((await language.check(spellOnly(['xin chào']))).spelling[0]).toEqual([]);
  });
});

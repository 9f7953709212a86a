// The spell checker on its worker thread: dictionaries loaded once, checks answered in order,
// a broken resource folder reported as one LANGUAGE error, and close() really stops it.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createI18n } from '../../../main/common/i18n/index.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { createSpellWorker } from '../../../main/core/language/spell-service.ts';
import { fixtureText } from '../vietnamese/helpers.ts';

const spell = createSpellWorker();
afterAll(() => spell.close());

describe('spell worker', () => {
  it('loads once and checks several texts in one round trip', async () => {
    const { loadMs } = await spell.ready();
    expect(loadMs).toBeGreaterThan(0);
    const [fixture, typo, empty] = await spell.check([fixtureText(), 'Các nghành đã sử lý', ''], { tonePlacement: 'old' });
    expect(fixture).toEqual([]);
    expect(typo.map((f) => [f.kind, f.word])).toEqual([['spelling', 'nghành'], ['confused', 'sử lý']]);
    expect(empty).toEqual([]);
    // A second ready() does not load again.
    expect((await spell.ready()).loadMs).toBe(loadMs);
    expect((await spell.suggest('thưòng', 'new'))[0]).toBe('thường');
  });

  it('answers concurrent checks each with its own result and user words', async () => {
    const [a, b] = await Promise.all([spell.check(['bản Khuổix'], { userWords: ['Khuổix'] }), spell.check(['bản Khuổix'], { userWords: [] })]);
    expect(a[0]).toEqual([]);
    expect(b[0].map((f) => f.word)).toEqual(['Khuổix']);
  });

  it('reports missing lists as one sentence, and can be closed and used again', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'dateline-lang-'));
    const broken = createSpellWorker({ resourcesDir: empty });
    try {
      const err = await broken.check(['xin chào']).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatelineError);
      expect(err).toMatchObject({ code: 'LANGUAGE', params: { reason: 'lists-missing' } });
      const t = createI18n('vi').t;
      expect(t('errors:LANGUAGE', (err as DatelineError).params)).toMatch(/^Không đọc được danh sách từ của toà soạn \(.+\)/);
      expect(createI18n('en').t('errors:LANGUAGE', (err as DatelineError).params)).toMatch(/^The newsroom word list/);
    } finally {
      await broken.close();
      await rm(empty, { recursive: true, force: true });
    }
    await spell.close();
    expect((await spell.check(['xin chào']))[0]).toEqual([]);
  });
});

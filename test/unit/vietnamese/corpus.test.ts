// The language corpus (test/fixtures/corpus/): its erroneous copies and error list are what
// build.ts makes of the correct articles and injections.json, every injection lands where it says,
// and the held-out set stays apart from the frequency list.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, correctArticles, erroneousArticles } from '../../fixtures/corpus.ts';
import { resource } from './helpers.ts';

describe('the language corpus', () => {
  const all = [...erroneousArticles('development'), ...erroneousArticles('held-out')];

  it('has at least 20 articles of several kinds, every one with errors', () => {
    expect(correctArticles('development').length).toBeGreaterThanOrEqual(20);
    for (const a of all) {
      expect(a.errors.length, a.id).toBeGreaterThan(0);
      expect(a.publishedOn, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(
        a.blocks.map((b) => b.kind),
        a.id,
      ).toEqual(expect.arrayContaining(['headline', 'sapo', 'paragraph', 'byline']));
    }
  });

  it('puts each error where errors.json says, and the written copies are up to date', () => {
    for (const a of all) {
      for (const e of a.errors) expect(a.blocks[e.block].text.slice(e.start, e.end), `${a.id} ${e.context}`).toBe(e.wrong);
      expect(readFileSync(a.file, 'utf8'), `${a.file}: run npx tsx test/fixtures/corpus/build.ts`).toBe(a.text);
    }
    expect(JSON.parse(readFileSync(`${CORPUS_DIR}errors.json`, 'utf8'))).toEqual(all.flatMap((a) => a.errors));
  });

  it('keeps the held-out articles out of the shipped frequency list', () => {
    const frequency = resource('frequency.tsv');
    // Words only the held-out articles use (a village, a bee-keeper's name; h11–h16: a commune,
    // rice straw; h17–h22: linen, dyeing).
    for (const word of ['loan', 'lử', 'luốc', 'rơm', 'lanh', 'nhuộm'])
      expect(
        frequency.split('\n').some((l) => l.startsWith(`${word}\t`)),
        word,
      ).toBe(false);
  });
});

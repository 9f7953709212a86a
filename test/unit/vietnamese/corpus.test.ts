// The language corpus (test/fixtures/corpus/): its erroneous copies and error list are what
// build.ts makes of the correct articles and injections.json, every injection lands where it says,
// and the frequency list is counted from the development set and the news text, never the held-out set.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countFrequency } from '../../../main/common/vietnamese/spell/frequency.ts';
import { parseFrequency } from '../../../main/common/vietnamese/lists.ts';
import { CORPUS_DIR, correctArticles, erroneousArticles, frequencySources } from '../../fixtures/corpus.ts';
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

  it('ships the frequency list its sources count, and the held-out articles are not among them', () => {
    const [shipped] = parseFrequency(resource('frequency.tsv')).entries;
    const counted = countFrequency(frequencySources());
    expect(shipped.words, 'run npx tsx scripts/build-frequency.ts').toEqual(counted.words);
    expect(shipped.pairs, 'run npx tsx scripts/build-frequency.ts').toEqual(counted.pairs);
    // No held-out paragraph (nor its first 160 characters) is in the text counted. Two writers
    // may share a stock opening of 80 (`Theo báo cáo nhanh của Ban Chỉ huy Phòng, chống thiên
    // tai và tìm kiếm cứu nạn huyện`), not two lines of one paragraph.
    const sources = frequencySources().join('\n');
    for (const a of correctArticles('held-out'))
      for (const b of a.blocks.filter((x) => x.kind === 'paragraph' && x.text.length > 80))
        expect(sources.includes(b.text.slice(0, 160)), `${a.id}: ${b.text.slice(0, 40)}`).toBe(false);
  });
});

describe('counting news text (spell/frequency.ts)', () => {
  it('counts no pair with a name in it, but a capital that opens a sentence is no name', () => {
    const { words, pairs } = countFrequency(['Năm nay, huyện Xín Mần đang trồng mận. Vườn mận đang nở.', 'BHG - Những vườn mận']);
    expect(pairs.get('xín mần')).toBeUndefined();
    expect(pairs.get('mần đang')).toBeUndefined();
    expect(pairs.get('huyện xín')).toBeUndefined();
    expect([pairs.get('năm nay'), pairs.get('vườn mận'), pairs.get('mận đang'), pairs.get('những vườn')]).toEqual([1, 2, 1, 1]);
    // Words are counted whatever their case.
    expect(words.get('mần')).toBe(1);
  });
});

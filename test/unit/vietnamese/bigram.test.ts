// The bigram model under the context check (spell/bigram.ts): Kneser-Ney smoothing, whose point
// is that a word's chance after an unseen neighbour is how many words it follows, not its count.

import { describe, expect, it } from 'vitest';
import { createBigramModel } from '../../../main/common/vietnamese/spell/bigram.ts';

const model = createBigramModel(
  new Map([
    ['chia sẻ', 50],
    ['năm sẽ', 1],
    ['xã sẽ', 1],
    ['thôn sẽ', 1],
    ['sẽ có', 4],
    ['sẽ được', 2],
    ['năm nay', 6],
  ]),
);

describe('the bigram model', () => {
  it('gives a word seen after many words more chance after another than a word seen often after one', () => {
    expect(model.probability('sau', 'sẽ')).toBeGreaterThan(model.probability('sau', 'sẻ') * 2);
    expect(model.probability(undefined, 'sẽ')).toBeGreaterThan(model.probability(undefined, 'sẻ') * 2);
    expect(model.probability('chia', 'sẻ')).toBeGreaterThan(0.9);
  });

  it('keeps a share for the words a known first word was never seen before, and no more than all', () => {
    const seen = ['sẻ', 'sẽ', 'có', 'được', 'nay'];
    const total = seen.reduce((n, w) => n + model.probability('năm', w), 0);
    expect(total).toBeLessThan(1);
    expect(total).toBeGreaterThan(0.9);
    expect(model.probability('năm', 'mới')).toBeGreaterThan(0);
  });

  it('reads keys in any case and tone placement', () => {
    expect(model.probability('Chia', 'sẻ')).toBe(model.probability('chia', 'sẻ'));
  });
});

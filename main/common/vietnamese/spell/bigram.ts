// How likely one syllable is after another in news text, for weighing a real-word slip against
// the word as written (context.ts). The counts are few (about 160,000 words: frequency.tsv), so
// most sequences were never seen, and what an unseen one is worth decides everything. Kneser-Ney
// smoothing gives it what its second word is worth *as a continuation*: in how many sequences it
// was seen after something. `sẻ` is common, but almost only after `chia`, so `sẽ` is far likelier
// than `sẻ` after any other word; a plain count of `sẻ` would not say so. This is the textbook
// interpolated form (Chen & Goodman 1998, one discount), on the two-word counts alone.

import { wordKey } from '../lists.ts';

/** Subtracted from every count seen: what is left over goes to the continuations. */
const DISCOUNT = 0.75;
/**
 * A syllable never seen second in a sequence counts as this part of one: unseen, but not
 * impossible (news text is bigger than our counts).
 */
const UNSEEN_CONTINUATION = 0.5;

export interface BigramModel {
  /** P(word | before): the chance that `word` follows `before` (undefined: no word before). */
  probability(before: string | undefined, word: string): number;
  /** As probability, for words given as their keys (wordKey): asked for every swap of every word. */
  probabilityOfKeys(before: string | undefined, word: string): number;
}

/** From `a b` → count (frequencyKey's form: lower case, new tone placement). */
export function createBigramModel(pairs: ReadonlyMap<string, number>): BigramModel {
  /** Per first word: the sum of its sequences' counts, and how many different words followed it. */
  const after = new Map<string, { total: number; kinds: number }>();
  /** Per second word: after how many different words it was seen. */
  const continuations = new Map<string, number>();
  for (const [k, n] of pairs) {
    const space = k.indexOf(' ');
    const a = k.slice(0, space);
    const b = k.slice(space + 1);
    const s = after.get(a);
    if (s) {
      s.total += n;
      s.kinds++;
    } else after.set(a, { total: n, kinds: 1 });
    continuations.set(b, (continuations.get(b) ?? 0) + 1);
  }
  const norm = pairs.size + UNSEEN_CONTINUATION * (continuations.size + 1);
  const continuation = (b: string): number => ((continuations.get(b) ?? 0) + UNSEEN_CONTINUATION) / norm;

  function probabilityOfKeys(before: string | undefined, word: string): number {
    const a = before === undefined ? undefined : after.get(before);
    if (a === undefined) return continuation(word);
    const n = pairs.get(`${before} ${word}`) ?? 0;
    return Math.max(n - DISCOUNT, 0) / a.total + ((DISCOUNT * a.kinds) / a.total) * continuation(word);
  }

  return {
    probability: (before, word) => probabilityOfKeys(before === undefined ? undefined : wordKey(before), wordKey(word)),
    probabilityOfKeys,
  };
}

// Counting how often words and two-word sequences occur in a body of news text, for
// resources/language/frequency.tsv (scripts/build-frequency.ts) and for the language bench,
// which counts each half of its corpus to check the other half.

import { frequencyKey, type Frequency } from '../lists.ts';
import { opensBlock, opensSentence, wordTokens } from './tokens.ts';

/**
 * Words and pairs of words separated by a space only (`chi bộ`, not `bộ, đảng`). A pair with a
 * name in it is not counted: the keys are lower case, and `huyện Xín Mần đang` says nothing of
 * `vườn mần đang` for `vườn mận đang`. A capital that opens a sentence or the text (`Năm nay`)
 * is no name.
 */
export function countFrequency(texts: Iterable<string>): Frequency {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  const bump = (map: Map<string, number>, k: string): void => void map.set(k, (map.get(k) ?? 0) + 1);
  for (const raw of texts) {
    const text = raw.normalize('NFC');
    const tokens = wordTokens(text);
    const named = tokens.map((t, i) => t.word !== t.word.toLowerCase() && !opensBlock(text, tokens, i) && !opensSentence(text, tokens, i));
    tokens.forEach((t, i) => {
      bump(words, frequencyKey(t.word));
      const next = tokens[i + 1];
      if (next && !named[i] && !named[i + 1] && /^[ \u00a0]+$/u.test(text.slice(t.end, next.start)))
        bump(pairs, frequencyKey(t.word, next.word));
    });
  }
  return { words, pairs };
}

/** frequency.tsv: a header, then the words and the pairs, most frequent first. */
export function formatFrequency(frequency: Frequency, header: readonly string[]): string {
  const rows = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).map(([k, n]) => `${k}\t${n}`);
  return [...header.map((h) => `# ${h}`), ...rows(frequency.words), ...rows(frequency.pairs)].join('\n') + '\n';
}

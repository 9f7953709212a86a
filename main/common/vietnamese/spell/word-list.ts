// Which syllables make a word together. Vietnamese writes a word of two or three syllables
// (`bàng hoàng`, `sản xuất`, `chia sẻ`) as separate syllables, each a good syllable alone, so a
// syllable dictionary cannot tell `sản suất` from `sản xuất`; a list of the language's words can.
// The list read here is a general dictionary's headwords, one per line (Hồ Ngọc Đức's list as
// the `@vntk/dictionary` package ships it: resources/language/LICENSES.md). Only its lower-case
// entries of two to four syllables are kept: one syllable is the Hunspell dictionary's job, and
// a capitalised entry is a name (`A Di Đà Phật`), which the gazetteer decides.

import { frequencyKey, wordKey } from '../lists.ts';

export interface WordList {
  /** Whether these syllables, in this order, are one word of the list (case and tone placement ignored). */
  has(syllables: readonly string[]): boolean;
  /** How many words were kept. */
  readonly size: number;
}

/** The longest word kept, in syllables: longer entries are idioms, not words a slip hides in. */
export const MAX_WORD_SYLLABLES = 4;
const LOWER_CASE_WORD = /^[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+)+$/u;

export function parseWordList(text: string): WordList {
  const words = new Set<string>();
  // Some 7,000 syllables make the 56,000 words: key each once.
  const keys = new Map<string, string>();
  const keyOf = (syllable: string): string => {
    let k = keys.get(syllable);
    if (k === undefined) keys.set(syllable, (k = wordKey(syllable)));
    return k;
  };
  for (const line of text.normalize('NFC').split('\n')) {
    const entry = line.trim();
    if (!LOWER_CASE_WORD.test(entry)) continue;
    const syllables = entry.split(' ');
    if (syllables.length <= MAX_WORD_SYLLABLES) words.add(syllables.map(keyOf).join(' '));
  }
  return {
    has: (syllables) => syllables.length > 1 && words.has(frequencyKey(...syllables)),
    get size() {
      return words.size;
    },
  };
}

/** An empty list, for a checker built without one. */
export const NO_WORD_LIST: WordList = { has: () => false, size: 0 };

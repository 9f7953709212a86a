// Which syllables make a word together. Vietnamese writes a word of two or three syllables
// (`bàng hoàng`, `sản xuất`, `chia sẻ`) as separate syllables, each a good syllable alone, so a
// syllable dictionary cannot tell `sản suất` from `sản xuất`; a list of the language's words can.
// The list read here is a general dictionary's headwords, one per line (Hồ Ngọc Đức's list as
// the `@vntk/dictionary` package ships it: resources/language/LICENSES.md). Only its lower-case
// entries of two to four syllables are kept: one syllable is the Hunspell dictionary's job, and
// a capitalised entry is a name (`A Di Đà Phật`), which the gazetteer decides.

import { wordKey } from '../lists.ts';

export interface WordList {
  /** Whether these syllables, in this order, are one word of the list (case and tone placement ignored). */
  has(syllables: readonly string[]): boolean;
  /**
   * The number the list gives a syllable keyed as `wordKey` does, or -1 when no word of the list
   * has it. The context check asks the list many times per syllable: numbers, not strings.
   */
  syllable(key: string): number;
  /** Whether some word of the list begins with these two syllables (numbers): `lở mồm` of `lở mồm long móng`. */
  beginsWith(first: number, second: number): boolean;
  /** Whether these syllables (numbers), in this order, are one word of the list. */
  hasSyllables(ids: readonly number[]): boolean;
  /** How many words were kept. */
  readonly size: number;
}

/** The longest word kept, in syllables: longer entries are idioms, not words a slip hides in. */
export const MAX_WORD_SYLLABLES = 4;
const LOWER_CASE_WORD = /^[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+)+$/u;
/** Above the number of syllables a word list holds (some 7,000), so two numbers make one exactly. */
const SPAN = 1 << 15;

export function parseWordList(text: string): WordList {
  // Some 7,000 syllables make the 56,000 words: each gets a number once; two-syllable words and
  // the openings of longer ones are kept as numbers, the few longer words as a string of them.
  const ids = new Map<string, number>();
  const idOf = (syllable: string): number => {
    const key = wordKey(syllable);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const pairs = new Set<number>();
  const openings = new Set<number>();
  const longer = new Set<string>();
  for (const line of text.normalize('NFC').split('\n')) {
    const entry = line.trim();
    if (!LOWER_CASE_WORD.test(entry)) continue;
    const syllables = entry.split(' ');
    if (syllables.length > MAX_WORD_SYLLABLES) continue;
    const numbers = syllables.map(idOf);
    if (ids.size >= SPAN) break;
    openings.add(numbers[0] * SPAN + numbers[1]);
    if (numbers.length === 2) pairs.add(numbers[0] * SPAN + numbers[1]);
    else longer.add(numbers.join(','));
  }
  const syllable = (key: string): number => ids.get(key) ?? -1;
  const hasSyllables = (numbers: readonly number[]): boolean => {
    if (numbers.length < 2 || numbers.some((n) => n < 0)) return false;
    return numbers.length === 2 ? pairs.has(numbers[0] * SPAN + numbers[1]) : longer.has(numbers.join(','));
  };
  return {
    has: (syllables) => hasSyllables(syllables.map((w) => syllable(wordKey(w)))),
    syllable,
    beginsWith: (first, second) => first >= 0 && second >= 0 && openings.has(first * SPAN + second),
    hasSyllables,
    get size() {
      return pairs.size + longer.size;
    },
  };
}

/** An empty list, for a checker built without one. */
export const NO_WORD_LIST: WordList = {
  has: () => false,
  syllable: () => -1,
  beginsWith: () => false,
  hasSyllables: () => false,
  size: 0,
};

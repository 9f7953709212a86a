// Suggestions for a misspelt Vietnamese syllable. Hunspell's generic search (nspell.suggest) is
// slow on Vietnamese (over 100 ms for `đươc`) and misses the obvious (`quyêt` → `quyên`, not
// `quyết`), because its edits work on whole letters while Vietnamese typos are a missing or
// wrong mark. So each syllable is spelled as its marks, the way Telex/VIQR types it
// (`được` → `d-u+o+c.`), and the dictionary's syllables nearest by edit distance win:
// `đươc` → `được`, `thưòng` → `thường`, `nghành` → `ngành`.

import { FREQUENT_SYLLABLES } from './frequent.ts';

const MARK_SYMBOL: Record<string, string> = {
  '\u0302': '^', // circumflex
  '\u0306': '(', // breve
  '\u031b': '+', // horn
};
const TONE_SYMBOL: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0303': '~',
  '\u0309': '?',
  '\u0323': '.',
};

/** A syllable spelled as base letters and mark symbols, the tone last: `được` → `d-u+o+c.`. */
export function spelledOut(word: string): string {
  let out = '';
  let tone = '';
  for (const c of word.toLowerCase().normalize('NFD')) {
    if (c === 'đ') out += 'd-';
    else if (MARK_SYMBOL[c]) out += MARK_SYMBOL[c];
    else if (TONE_SYMBOL[c]) tone = TONE_SYMBOL[c];
    else out += c;
  }
  return out + tone;
}

/** Levenshtein distance, or max + 1 as soon as it must exceed max. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

export interface SyllableSuggester {
  /** Up to `limit` syllables of the dictionary nearest to `word`, nearest first, in lower case. */
  suggest(word: string, limit?: number): { word: string; distance: number }[];
}

/** Builds a suggester over the words of a Hunspell .dic file (one per line after the count). */
export function createSyllableSuggester(dic: string): SyllableSuggester {
  const entries: { word: string; key: string }[] = [];
  const seen = new Set<string>();
  for (const line of dic.split(/\r?\n/).slice(1)) {
    const word = line.split('/')[0].trim().normalize('NFC').toLowerCase();
    if (!word || seen.has(word) || !/^\p{L}+$/u.test(word)) continue;
    seen.add(word);
    entries.push({ word, key: spelledOut(word) });
  }
  return {
    suggest(word, limit = 5) {
      const key = spelledOut(word.normalize('NFC'));
      const max = key.length <= 3 ? 1 : 2;
      const found: { word: string; distance: number; key: string }[] = [];
      for (const e of entries) {
        const d = distance(key, e.key, max);
        if (d <= max) found.push({ word: e.word, distance: d, key: e.key });
      }
      // Nearest first; among equals, a syllable news text uses often, then one that keeps the
      // typed letters (only the marks differ).
      const letters = (k: string) => k.replace(/[-^(+`'~?.]/g, '');
      const typed = letters(key);
      const rank = (e: { word: string; key: string }) => (FREQUENT_SYLLABLES.has(e.word) ? 2 : 0) + (letters(e.key) === typed ? 1 : 0);
      found.sort((a, b) => a.distance - b.distance || rank(b) - rank(a) || a.word.localeCompare(b.word, 'vi'));
      return found.slice(0, limit).map(({ word: w, distance: d }) => ({ word: w, distance: d }));
    },
  };
}

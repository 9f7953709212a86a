// Suggestions for a misspelt Vietnamese syllable, ranked as a reporter expects. Hunspell's
// generic search (nspell.suggest) is slow on Vietnamese (over 100 ms for `đươc`) and ranks by
// whole letters, while Vietnamese typos are mostly a missing or wrong mark. So each syllable is
// spelled as its marks, the way Telex/VIQR types it (`được` → `d-u+o+c.`), and:
// 1. a change of marks costs less than a change of letters, so the same letters with another tone
//    or vowel mark come first (`nguòi` → `người`, `đươc` → `được`);
// 2. a swap of the letters writers confuse (s/x, ch/tr, d/gi, final n/ng…, confusion.ts) costs
//    about as little (`dống` → `giống`, `truyển` → `chuyển`);
// 3. among those as near (up to two marks or one swap away; about one letter; more), the word
//    that makes a known pair with its neighbours (`học tậb` → `tập`), then a swap of confusable
//    letters, then the word news text uses most (frequency.tsv, frequent.ts): `nguòi` → `người`
//    before the rare `nguồi`.

import { frequencyKey, type Frequency } from '../lists.ts';
import { placeTone } from '../tone.ts';
import { confusionVariants } from './confusion.ts';
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
const MARKS = new Set(['-', '^', '(', '+', '`', "'", '~', '?', '.']);

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

/** What a change of one mark costs, against 1 for a letter: two mark changes still beat one letter. */
const MARK_COST = 0.4;
/** What a swap of confusable letters costs (`d` → `gi`); hỏi/ngã, the commonest, a little less. */
export const CONFUSION_COST = 0.5;
const HOI_NGA_COST = 0.3;

/**
 * Near enough to be ranked together: the same letters with up to two marks changed, or one swap
 * or doubled letter (`nguòi` → `người`, `dống` → `giống`); then about one letter; then more.
 */
const tier = (d: number): number => (d <= 2 * MARK_COST + 1e-9 ? 0 : d <= 1.3 + 1e-9 ? 1 : 2);

/**
 * Where the neighbours settle it: a syllable within about a letter that makes a known pair with
 * the word before or after (`độc đáu` → `độc đáo`, `trình dễn` → `trình diễn`) comes before the
 * nearer ones that make none (`đầu`, `đến`), which in turn keep their tiers.
 */
const band = (s: { tier: number; context: number }): number => (s.tier <= 1 && s.context > 0 ? 0 : s.tier + 1);

/**
 * Finals that Vietnamese spelling does not have, typed for the unreleased stop they sound like:
 * only -p, -t, -c (-ch) close a syllable, so a `b`, `d`, `g`, `k` there is that stop misheard or
 * spelled the foreign way, and costs a confusable swap, not a letter.
 */
/** After a vowel or its marks, the word decomposed (NFD). */
const FOREIGN_FINAL = /(?:[aeiouy]|\p{M})([bdgk])$/u;
const VOICELESS_STOP: Record<string, string> = { b: 'p', d: 't', g: 'c', k: 'c' };

const cost = (c: string): number => (MARKS.has(c) ? MARK_COST : 1);
/** A letter typed twice (`hoàa`, `thônn`) is a slip of the finger: dropping it costs half. */
const DOUBLED_COST = 0.5;
/** Two neighbouring letters swapped (`thôgn` for `thông`): one slip, so nearer than a letter dropped (`thôn`). */
const TRANSPOSED_COST = 0.6;
const NEAR_CACHE_LIMIT = 20_000;

/** Plain edit distance (every change 1), or max + 1 as soon as it must exceed max: a quick sieve. */
function unitDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

// Three rows of the distance table, reused (keys are a syllable's letters and marks: short).
let rowA = new Float64Array(32);
let rowB = new Float64Array(32);
let rowC = new Float64Array(32);

/**
 * Edit distance where marks are cheap, or a value above max as soon as it must exceed max. Two
 * letters typed the wrong way round (`thôgn`, `mihn`) are one slip of the fingers, not two
 * letters changed (the optimal-string-alignment form of Damerau's distance).
 */
function distance(a: string, b: string, max: number): number {
  if (b.length + 1 > rowA.length) {
    rowA = new Float64Array(b.length + 1);
    rowB = new Float64Array(b.length + 1);
    rowC = new Float64Array(b.length + 1);
  }
  let before = rowC;
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1] + cost(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1];
    const caMark = MARKS.has(ca);
    const drop = caMark ? MARK_COST : i > 1 && a[i - 2] === ca ? DOUBLED_COST : 1;
    cur[0] = prev[0] + drop;
    let best = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1];
      const sub = ca === cb ? 0 : caMark && MARKS.has(cb) ? MARK_COST : 1;
      let v = Math.min(prev[j] + drop, cur[j - 1] + cost(cb), prev[j - 1] + sub);
      if (i > 1 && j > 1 && ca !== cb && ca === b[j - 2] && a[i - 2] === cb && !caMark && !MARKS.has(cb))
        v = Math.min(v, before[j - 2] + TRANSPOSED_COST);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max + 1e-9) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length];
}

export interface SuggestContext {
  /** The word before, when only a space separates them. */
  before?: string;
  /** The word after, likewise. */
  after?: string;
}

export interface Suggestion {
  word: string;
  /** Weighted edit distance: marks 0.4, confusable letters 0.5, other letters 1. */
  distance: number;
  /** News text uses it (frequency.tsv, frequent.ts) or it makes a known pair with a neighbour. */
  common: boolean;
}

export interface SyllableSuggester {
  /** Up to `limit` syllables of the dictionary nearest to `word`, best first, in lower case. */
  suggest(word: string, limit?: number, context?: SuggestContext): Suggestion[];
  /** Whether the dictionary has this syllable (lower case, as the .dic spells it). */
  has(word: string): boolean;
}

/**
 * Builds a suggester over the words of a Hunspell .dic file (one per line after the count).
 * `pairs` are two-word sequences known to be right (news-words.txt), besides frequency.tsv's.
 */
export function createSyllableSuggester(dic: string, frequency?: Frequency, pairs: ReadonlySet<string> = new Set()): SyllableSuggester {
  const entries: { word: string; key: string; letters: string; count: number }[] = [];
  const byWord = new Map<string, (typeof entries)[number]>();
  // Syllables by their letters without marks (`được` → `duoc`): the near ones are found by
  // looking up the typed letters and their one-letter edits, not by measuring every syllable.
  const byLetters = new Map<string, (typeof entries)[number][]>();
  const alphabet = new Set<string>();
  const letters = (k: string) => [...k].filter((c) => !MARKS.has(c)).join('');
  for (const line of dic.split(/\r?\n/).slice(1)) {
    const word = line.split('/')[0].trim().normalize('NFC').toLowerCase();
    if (!word || byWord.has(placeTone(word, 'new')) || !/^\p{L}+$/u.test(word)) continue;
    const key = spelledOut(word);
    // Known from news text (frequency.tsv), or among the syllables every article uses.
    const count = (frequency?.words.get(frequencyKey(word)) ?? 0) + (FREQUENT_SYLLABLES.has(word) ? 3 : 0);
    const entry = { word, key, letters: letters(key), count };
    entries.push(entry);
    // Looked up in the new tone placement: the .dic may write `xoè` where a swap makes `xòe`.
    byWord.set(placeTone(word, 'new'), entry);
    const group = byLetters.get(entry.letters);
    if (group) group.push(entry);
    else byLetters.set(entry.letters, [entry]);
    for (const c of entry.letters) alphabet.add(c);
  }

  /** The letters and every string one letter away (dropped, added, changed, swapped with the next). */
  function oneLetterAway(s: string): Set<string> {
    const out = new Set([s]);
    for (let i = 0; i <= s.length; i++) {
      if (i < s.length) out.add(s.slice(0, i) + s.slice(i + 1));
      if (i < s.length - 1) out.add(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
      for (const c of alphabet) {
        out.add(s.slice(0, i) + c + s.slice(i));
        if (i < s.length) out.add(s.slice(0, i) + c + s.slice(i + 1));
      }
    }
    return out;
  }
  const pairCount = (a: string | undefined, b: string | undefined): number => {
    if (!a || !b) return 0;
    const k = frequencyKey(a, b);
    return (frequency?.pairs.get(k) ?? 0) + (pairs.has(k) ? 1 : 0);
  };

  type Near = { entry: (typeof entries)[number]; distance: number };
  // The near syllables of a word, whatever its neighbours: the slow part, worked out once.
  const nearCache = new Map<string, { found: Near[]; swapped: Set<string> }>();

  function nearTo(typed: string, limit: number): { found: Near[]; swapped: Set<string> } {
    const cached = nearCache.get(typed);
    if (cached) return cached;
    const key = spelledOut(typed);
    const typedLetters = letters(key);
    const max = typedLetters.length <= 3 ? 1 : 2;
    const found = new Map<string, Near>();
    const measure = (e: (typeof entries)[number]): void => {
      const d = distance(key, e.key, max);
      if (d <= max + 1e-9) found.set(e.word, { entry: e, distance: d });
    };
    for (const near of oneLetterAway(typedLetters)) for (const e of byLetters.get(near) ?? []) measure(e);
    // Little within a letter (a word typed far off): sieve them all by plain distance (every
    // weighted cost is at most 1, so the weighted distance is no larger), then measure.
    if (found.size < limit) for (const e of entries) if (!found.has(e.word) && unitDistance(key, e.key, max) <= max) measure(e);
    const swapped = new Set<string>();
    for (const { variant, rule } of confusionVariants(typed)) {
      const e = byWord.get(placeTone(variant, 'new'));
      if (!e) continue;
      swapped.add(e.word);
      const d = rule === 'hỏi/ngã' ? HOI_NGA_COST : CONFUSION_COST;
      if ((found.get(e.word)?.distance ?? Infinity) > d) found.set(e.word, { entry: e, distance: d });
    }
    // A final Vietnamese never writes, for the stop it sounds like (`chéb` → `chép`, `mát` not `mád`).
    const stop = FOREIGN_FINAL.exec(typed.normalize('NFD'));
    if (stop) {
      const e = byWord.get(placeTone(typed.slice(0, -1) + VOICELESS_STOP[stop[1]], 'new'));
      if (e && (found.get(e.word)?.distance ?? Infinity) > CONFUSION_COST) found.set(e.word, { entry: e, distance: CONFUSION_COST });
    }
    const result = { found: [...found.values()], swapped };
    if (nearCache.size >= NEAR_CACHE_LIMIT) nearCache.clear();
    nearCache.set(typed, result);
    return result;
  }

  return {
    has: (word) => byWord.has(placeTone(word.normalize('NFC').toLowerCase(), 'new')),
    suggest(word, limit = 5, context = {}) {
      const typed = word.normalize('NFC').toLowerCase();
      const typedLetters = letters(spelledOut(typed));
      const { found, swapped } = nearTo(typed, limit);
      const ranked = found.map((f) => ({
        ...f,
        tier: tier(f.distance),
        context: pairCount(context.before, f.entry.word) + pairCount(f.entry.word, context.after),
        swap: swapped.has(f.entry.word) ? 1 : 0,
        same: f.entry.letters === typedLetters ? 1 : 0,
      }));
      ranked.sort(
        (a, b) =>
          band(a) - band(b) ||
          b.context - a.context ||
          b.swap - a.swap ||
          b.entry.count - a.entry.count ||
          a.distance - b.distance ||
          b.same - a.same ||
          a.entry.word.localeCompare(b.entry.word, 'vi'),
      );
      return ranked.slice(0, limit).map((f) => ({
        word: f.entry.word,
        distance: Math.round(f.distance * 10) / 10,
        common: f.entry.count > 0 || f.context > 0,
      }));
    },
  };
}

// Finding a phrase in running text, for Find and replace in the editor and for marking a
// headline in search results. "Không phân biệt dấu" folds both sides as search does
// (fold.ts: `nguoi` finds `người`, `d` finds `đ`), but the answer is always offsets in the
// ORIGINAL text: folding drops combining marks, so a decomposed `người` (NFD, 8 code units) is
// 5 folded letters, and a match must still cover all 8 units to be replaced whole.

export interface FindOptions {
  /** Capitals count (`Bình` is not `bình`). */
  matchCase?: boolean;
  /** Only whole words: `an` does not match inside `bàn`. */
  wholeWord?: boolean;
  /** Tones and đ do not count: `Đa Nang` finds `Đà Nẵng`. */
  ignoreTones?: boolean;
}

/** [start, end) in code units of the original text. */
export type TextMatch = readonly [start: number, end: number];

/** A text turned into the form matching compares, with where each compared unit came from. */
export interface KeyedText {
  key: string;
  /** start[k]: original offset of the character that gave key unit k. */
  start: number[];
  /** end[k]: original offset just after it, and after any mark that folded away behind it. */
  end: number[];
}

const isMark = (cp: number): boolean =>
  (cp >= 0x300 && cp <= 0x36f) ||
  (cp >= 0x1ab0 && cp <= 0x1aff) ||
  (cp >= 0x1dc0 && cp <= 0x1dff) ||
  (cp >= 0x20d0 && cp <= 0x20ff) ||
  (cp >= 0xfe20 && cp <= 0xfe2f);

function plainTransform(options: FindOptions): (cluster: string) => string {
  const lower = !options.matchCase;
  if (options.ignoreTones) {
    return (c) => {
      const s = c
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
      return lower ? s.toLowerCase() : s;
    };
  }
  // Tones kept: a base letter and its marks compare as one NFC letter, so `a` never matches
  // the `a` of a decomposed `à`.
  return (c) => {
    const s = c.length > 1 ? c.normalize('NFC') : c;
    return lower ? s.toLowerCase() : s;
  };
}

// An article has a few hundred distinct letters: each is transformed once per way of comparing
// (normalize + regex per letter would cost ~2 µs a character on a long article).
const memos = new Map<string, Map<string, string>>();

function transformer(options: FindOptions): (cluster: string) => string {
  const form = `${!!options.matchCase}|${!!options.ignoreTones}`;
  let memo = memos.get(form);
  if (!memo) memos.set(form, (memo = new Map()));
  const plain = plainTransform(options);
  const seen = memo;
  return (c) => {
    let k = seen.get(c);
    if (k === undefined) {
      k = plain(c);
      // Bounded: a text of rare letters must not grow it without end.
      if (seen.size < 20_000) seen.set(c, k);
    }
    return k;
  };
}

/** Whether a code unit of a key can be part of a word (for whole-word matching). */
const WORD = /[\p{L}\p{M}\p{N}_]/u;

/**
 * The text as matching sees it. Works letter by letter (a base letter with its combining
 * marks), so every key unit maps back to a whole letter of the original.
 */
export function keyText(text: string, options: FindOptions): KeyedText {
  const transform = transformer(options);
  let key = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  while (i < text.length) {
    const first = text.codePointAt(i)!;
    let j = i + (first > 0xffff ? 2 : 1);
    while (j < text.length) {
      const cp = text.codePointAt(j)!;
      if (!isMark(cp)) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const k = transform(text.slice(i, j));
    if (k.length === 0 && end.length) {
      // A stray mark on its own (or one that folded away): it belongs to the letter before.
      end[end.length - 1] = j;
    }
    for (let u = 0; u < k.length; u++) {
      start.push(i);
      end.push(j);
    }
    key += k;
    i = j;
  }
  return { key, start, end };
}

/** The query as matching sees it (same transform as the text, no offsets needed). */
export function keyQuery(query: string, options: FindOptions): string {
  return keyText(query.normalize('NFC'), options).key;
}

/** Every non-overlapping match of `query` in `text`, in order, as offsets of the original. */
export function findInText(text: string, query: string, options: FindOptions = {}): TextMatch[] {
  const q = keyQuery(query, options);
  if (!q || !text) return [];
  return findKey(keyText(text, options), q, options.wholeWord ?? false);
}

/** findInText for a text keyed once and searched for an already keyed query. */
export function findKey(text: KeyedText, q: string, wholeWord: boolean): TextMatch[] {
  const { key, start, end } = text;
  const out: TextMatch[] = [];
  if (!q) return out;
  let at = key.indexOf(q);
  while (at >= 0) {
    const stop = at + q.length;
    const whole = !wholeWord || (!(at > 0 && WORD.test(key[at - 1])) && !(stop < key.length && WORD.test(key[stop])));
    // A match must begin and end on whole letters of the original (a ligature-like key of two
    // units from one letter cannot be half matched).
    const aligned = (at === 0 || start[at] !== start[at - 1]) && (stop === key.length || start[stop] !== start[stop - 1]);
    if (whole && aligned) {
      out.push([start[at], end[stop - 1]]);
      at = key.indexOf(q, stop);
    } else {
      at = key.indexOf(q, at + 1);
    }
  }
  return out;
}

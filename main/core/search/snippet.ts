// The passage shown under a result: words either side of where the query matched in the sapo or
// body, found on the folded text (so `da nang` lights up `Đà Nẵng`), preferring the place where
// the query's words stand together, cut on word boundaries.

import { foldVietnamese } from '../../common/text/fold.ts';

export interface Snippet {
  text: string;
  /** [start, end) ranges of text that matched. */
  marks: Array<[number, number]>;
}

const BEFORE = 60;
const LENGTH = 200;

/**
 * The folded text and, when folding changed its length, where each folded character came from.
 * NFC Vietnamese folds letter for letter; a stray combining mark or a letter that lower-cases
 * to two characters is mapped one code point at a time.
 */
function foldWithMap(text: string): { folded: string; origin: number[] | null } {
  const folded = foldVietnamese(text);
  if (folded.length === text.length) return { folded, origin: null };
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldVietnamese(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    out += f;
    i += ch.length;
  }
  return { folded: out, origin };
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}'’]/u.test(c);

interface Match {
  start: number;
  end: number;
  word: number;
}

/** Each occurrence of a query word (whole words; the last one as a prefix) in folded text, in order. */
function findMatches(folded: string, words: string[], lastIsPrefix: boolean): Match[] {
  const found: Match[] = [];
  words.forEach((w, i) => {
    if (!w) return;
    const prefix = lastIsPrefix && i === words.length - 1;
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if (isWordChar(folded[at - 1])) continue;
      let end = at + w.length;
      if (prefix) while (isWordChar(folded[end])) end++;
      else if (isWordChar(folded[end])) continue;
      found.push({ start: at, end, word: i });
    }
  });
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A passage of `text` around the query's words, with the matches marked. */
export function makeSnippet(text: string, words: string[], lastIsPrefix: boolean): Snippet {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (!clean) return { text: '', marks: [] };
  const { folded, origin } = foldWithMap(clean);
  const toOrig = (i: number): number => (origin ? (i < origin.length ? origin[i] : clean.length) : i);
  const matches = findMatches(folded, words, lastIsPrefix);

  // Where the query's words stand together (`hoa binh` in `Hòa Bình`), else the first match.
  let anchor = matches[0];
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k];
    const b = matches[k + 1];
    if (b.word === a.word + 1 && /^ $/.test(folded.slice(a.end, b.start))) {
      anchor = a;
      break;
    }
  }

  let start = 0;
  const anchorAt = anchor ? toOrig(anchor.start) : 0;
  if (anchorAt > BEFORE) {
    start = anchorAt - BEFORE;
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < anchorAt ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + LENGTH);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > Math.max(start, anchorAt)) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < clean.length ? '…' : '';
  const marks: Array<[number, number]> = [];
  for (const m of matches) {
    const a = toOrig(m.start);
    const b = toOrig(m.end);
    if (a < start || b > end) continue;
    const from = a - start + lead.length;
    const to = b - start + lead.length;
    const prev = marks[marks.length - 1];
    // A word and the prefix it starts with overlap: one mark.
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to);
    else marks.push([from, to]);
  }
  return { text: `${lead}${clean.slice(start, end)}${tail}`, marks };
}

/** Where the query's words stand in a short text shown whole (a headline), as [start, end) ranges. */
export function markWords(text: string, words: string[], lastIsPrefix: boolean): Array<[number, number]> {
  if (!text || !words.length) return [];
  const { folded, origin } = foldWithMap(text);
  const toOrig = (i: number): number => (origin ? (i < origin.length ? origin[i] : text.length) : i);
  const marks: Array<[number, number]> = [];
  for (const m of findMatches(folded, words, lastIsPrefix)) {
    const from = toOrig(m.start);
    const to = toOrig(m.end);
    const prev = marks[marks.length - 1];
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to);
    else marks.push([from, to]);
  }
  return marks;
}

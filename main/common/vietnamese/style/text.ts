// Small text helpers the style rules share.

import { MAX_TOKEN_LENGTH } from '../limits.ts';

// Linear on any text (lint: regexp/no-super-linear-move): a link starts where its run of scheme
// characters starts and its scheme has at most 32 of them, and an address's name starts where its
// run of name characters starts, so a run that leads nowhere (a 1 MB token without `://` or `@`)
// is read once, not once per starting point.
const LINK = /(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s“”"<>]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Spans of links and e-mail addresses, which punctuation and spacing rules leave alone; in order, never overlapping. */
export function linkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(LINK)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether offset i is inside one of the spans (as linkSpans gives them: in order): a binary search. */
export function inSpans(spans: ReadonlyArray<readonly [number, number]>, i: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid];
    if (i < s) hi = mid - 1;
    else if (i >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Words (letters and their marks) with their offsets; none in a run without spaces longer than MAX_TOKEN_LENGTH. */
export function* words(text: string): Generator<{ word: string; start: number; end: number }> {
  const token = /\S+/g;
  const word = /[\p{L}\p{M}]+/gu;
  for (let t = token.exec(text); t; t = token.exec(text)) {
    if (t[0].length > MAX_TOKEN_LENGTH) continue;
    word.lastIndex = 0;
    for (let m = word.exec(t[0]); m; m = word.exec(t[0])) {
      const start = t.index + m.index;
      yield { word: m[0], start, end: start + m[0].length };
    }
  }
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2025-07-01` → `1/7/2025` (for Vietnamese sentences) and `1 July 2025` (for English ones). */
export function dateParams(iso: string): { date: string; dateEn: string } {
  const [y, m, d] = iso.split('-').map(Number);
  return { date: `${d}/${m}/${y}`, dateEn: `${d} ${MONTHS_EN[m - 1] ?? m} ${y}` };
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

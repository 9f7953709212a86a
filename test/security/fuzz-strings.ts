// Strings for the property-based fuzz (text-fuzz.test.ts): random text built from pieces the
// language rules look at and pieces that break careless code, up to a schema's limit.

import fc from 'fast-check';

/** Pieces the rules look at, and the ones that break careless code. */
const PIECES = [
  'Hà Giang',
  'đường',
  'Hoàng Su Phì',
  'BHG - ',
  'ngắm',
  'Quản Bạ',
  // The same letters decomposed (as some Mac input methods send them) and marks stacked on one letter.
  'a\u0309',
  'u\u031b\u0300',
  'e\u0302\u0301',
  'o\u0323\u0302\u0309\u0303\u0300\u0301',
  '\u0300',
  '\u0301\u0301\u0301',
  'www.',
  'http://',
  '@',
  '.',
  ',',
  '/',
  '-',
  '%',
  '"',
  '“',
  '”',
  '(',
  ')',
  '1',
  '0',
  'UBND/',
  'tỷ',
  '\0',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ufffd',
  '\ud83c\udf3e', // 🌾, a surrogate pair
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  // A lone surrogate, high or low: not valid UTF-16, yet a JSON string can carry it.
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constant(' ') },
);

/**
 * A string of at most `max` UTF-16 units (the schema's own measure): short random text, random
 * text tiled to the limit, or one token with no space up to the limit.
 */
export function textUpTo(max: number, min = 0): fc.Arbitrary<string> {
  const fit = (s: string): string => (s.length >= min ? s : s + 'a'.repeat(min - s.length)).slice(0, max);
  const long = (s: string, length: number): string =>
    (s === '' ? 'a' : s).repeat(Math.ceil(length / Math.max(1, s.length))).slice(0, length);
  return fc.oneof(
    { weight: 3, arbitrary: fc.array(piece, { maxLength: 60 }).map((parts) => fit(parts.join(''))) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max }))
        .map(([parts, length]) => fit(long(parts.join(''), length))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(piece, fc.constantFrom(max, Math.ceil(max / 2), Math.min(max, 10_000)))
        .map(([p, length]) => fit(long(p.replace(/\s/g, '') || 'ả', length))),
    },
  );
}

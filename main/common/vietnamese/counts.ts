// Counts as a Vietnamese newsroom counts them. A "chữ" is a syllable, and Word's word count of
// Vietnamese text is a syllable count, so we count as Word does (docs/vietnamese.md):
//
//   chữ = tokens between separators (spaces, tabs, line breaks) that contain a letter or a digit.
//
// So `H'Mông` is 1, `2023 - 2025` is 2 (the lone dash has no letter or digit), `96,7%` is 1,
// `229-KH/HU` is 1. A no-break space (U+00A0, U+202F) joins, as in Word.
//
// This runs on every keystroke over long articles: one pass over char codes, no regex, no
// allocation on the common path (NFC Vietnamese, where one code unit is one character).

/** Counts of one string (or of several, summed with addCounts). */
export interface TextCounts {
  /** Syllables, as Word counts words. */
  chu: number;
  /** Characters as the reader sees them (grapheme clusters), spaces included, line breaks not. */
  characters: number;
  /** The same without any white space. */
  charactersNoSpaces: number;
}

function isSeparator(c: number): boolean {
  // Space, tab, line breaks, and the typographic spaces; not U+00A0 / U+202F (no-break).
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x205f ||
    c === 0x3000
  );
}

const isLineBreak = (c: number): boolean =>
  c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
const isNoBreakSpace = (c: number): boolean => c === 0xa0 || c === 0x202f || c === 0x2007;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(s: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // Latin-1 letters, Latin Extended-A/B (ă đ ơ ư…), Latin Extended Additional (ạ ả ấ…).
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x300 && c <= 0x36f) return false; // a combining mark counts with its letter
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i) ?? c));
}

/** The chữ (syllable) count of a string, by Word's rule above. */
export function countChu(s: string): number {
  let count = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSeparator(c)) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isLetterOrDigit(s, i, c)) {
      counted = true;
      count++;
    }
  }
  return count;
}

// Code units that never start a new grapheme or that need the segmenter to be sure.
function needsSegmenter(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) || // combining marks (decomposed input)
    (c >= 0xd800 && c <= 0xdfff) || // surrogates: emoji, rare CJK
    c === 0x200d ||
    (c >= 0xfe00 && c <= 0xfe0f) || // joiners, variation selectors
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0x0900 && c <= 0x0dff) ||
    (c >= 0x0e00 && c <= 0x0eff) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

let segmenter: Intl.Segmenter | undefined;

/** Code units segmented at once: Intl.Segmenter's iterator slows with its string's length. */
const SEGMENT_CHUNK = 256;

/**
 * The grapheme clusters of s, segmented a chunk at a time. V8's segment iterator costs time in
 * proportion to the whole string at every step, so one pass over 1 MB of emoji or lone surrogates
 * took minutes (found by test/security/text-fuzz.test.ts). Every boundary inside a chunk is a
 * boundary of the whole text (the rules look one character ahead, and back only within the
 * cluster, which starts the chunk); the chunk's last cluster may go on past its end, so it is
 * segmented again with the next chunk. A chunk that is one cluster is doubled until it ends.
 */
function* graphemes(s: string): Generator<string> {
  segmenter ??= new Intl.Segmenter('vi', { granularity: 'grapheme' });
  let pos = 0;
  let size = SEGMENT_CHUNK;
  while (pos < s.length) {
    const end = Math.min(s.length, pos + size);
    const parts = [...segmenter.segment(s.slice(pos, end))];
    if (end === s.length) {
      for (const p of parts) yield p.segment;
      return;
    }
    if (parts.length === 1) {
      size *= 2;
      continue;
    }
    const last = parts[parts.length - 1];
    for (let i = 0; i < parts.length - 1; i++) yield parts[i].segment;
    pos += last.index;
    size = SEGMENT_CHUNK;
  }
}

/** Characters with and without spaces, counted by grapheme (what the reader sees as one letter). */
export function countCharacters(s: string): { characters: number; charactersNoSpaces: number } {
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    if (needsSegmenter(s.charCodeAt(i))) {
      simple = false;
      break;
    }
  }
  let characters = 0;
  let noSpaces = 0;
  if (simple) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x0d && s.charCodeAt(i + 1) === 0x0a) continue;
      if (isLineBreak(c)) continue;
      characters++;
      if (!isSeparator(c) && !isNoBreakSpace(c)) noSpaces++;
    }
    return { characters, charactersNoSpaces: noSpaces };
  }
  for (const segment of graphemes(s)) {
    const c = segment.charCodeAt(0);
    if (isLineBreak(c)) continue;
    characters++;
    if (!isSeparator(c) && !isNoBreakSpace(c)) noSpaces++;
  }
  return { characters, charactersNoSpaces: noSpaces };
}

/** All counts of one string. */
export function countText(s: string): TextCounts {
  return { chu: countChu(s), ...countCharacters(s) };
}

/** Sums block counts (the editor keeps one per block and adds them up). */
export function addCounts(...parts: TextCounts[]): TextCounts {
  const total: TextCounts = { chu: 0, characters: 0, charactersNoSpaces: 0 };
  for (const p of parts) {
    total.chu += p.chu;
    total.characters += p.characters;
    total.charactersNoSpaces += p.charactersNoSpaces;
  }
  return total;
}

/**
 * Reading rate used for the reading time: 220 chữ a minute, the middle of the 200-250 a
 * Vietnamese adult reads news text at. Change it per call, not here.
 */
export const DEFAULT_CHU_PER_MINUTE = 220;

/** Reading time: whole minutes rounded up (at least 1 when there is any text) and exact seconds. */
export function readingTime(chu: number, chuPerMinute = DEFAULT_CHU_PER_MINUTE): { minutes: number; seconds: number } {
  if (chu <= 0 || !(chuPerMinute > 0)) return { minutes: 0, seconds: 0 };
  const seconds = Math.round((chu * 60) / chuPerMinute);
  return { minutes: Math.max(1, Math.ceil(chu / chuPerMinute)), seconds };
}

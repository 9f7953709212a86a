// The words a spell checker looks at, with their offsets in the original string. Whole chunks
// (runs between spaces) are skipped when they are a URL, an e-mail address or carry a digit:
// `229-KH/HU`, `96,7%`, `01/11/2023`, `COVID-19`, `dateline.vn`, and when they are longer than
// any prose has (MAX_TOKEN_LENGTH).

import { MAX_TOKEN_LENGTH } from '../limits.ts';

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

const CHUNK = /\S+/g;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const URL_OR_MAIL =
  /^[("“'[]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|@[^@\s]+\.[a-z]{2,}|^[("“'[]*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info|io)(?:[/:?#]|[)"”'\].,;:]*$)/i;
const DIGIT = /\d/;

/** The words of a text, in order, skipping chunks that are links, addresses or numbers. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  CHUNK.lastIndex = 0;
  for (let chunk = CHUNK.exec(text); chunk; chunk = CHUNK.exec(text)) {
    const s = chunk[0];
    if (s.length > MAX_TOKEN_LENGTH || DIGIT.test(s) || URL_OR_MAIL.test(s)) continue;
    WORD.lastIndex = 0;
    for (let w = WORD.exec(s); w; w = WORD.exec(s)) {
      const start = chunk.index + w.index;
      out.push({ word: w[0], start, end: start + w[0].length });
    }
  }
  return out;
}

// An abbreviation with a full stop before a word (`TP. Hà Giang`, `ThS. Lê`, `v.v. và`) ends no sentence.
const ABBREVIATION_DOT = /^[(“"]*(?:\p{Lu}\p{L}?\p{Lu}?|(?:\p{L}\.)+\p{L})\.$/u;
const OPENERS = '“"‘([';
const CLOSERS = '”"’)]';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0';

/**
 * Whether token i opens a sentence inside the text (the text's own start is not judged): the
 * chunk before it ends with a stop, quotation marks and brackets allowed on either side of it
 * (`.” Đây`, `. (Ảnh`), whether that chunk is a word or not (`còn trên 20%. Sác định`). Not
 * after `...` or an abbreviation's full stop.
 */
export function opensSentence(text: string, tokens: readonly WordToken[], i: number): boolean {
  if (i === 0) return false;
  let j = tokens[i].start;
  while (j > 0 && OPENERS.includes(text[j - 1])) j--;
  const afterSpaces = j;
  while (j > 0 && isSpace(text[j - 1])) j--;
  if (j === afterSpaces || j === 0) return false;
  while (j > 0 && CLOSERS.includes(text[j - 1])) j--;
  const stop = text[j - 1];
  if (stop !== '.' && stop !== '!' && stop !== '?') return false;
  if (stop !== '.') return true;
  if (text[j - 2] === '.') return false;
  const chunkStart = Math.max(text.lastIndexOf(' ', j - 1), text.lastIndexOf('\u00a0', j - 1)) + 1;
  return !ABBREVIATION_DOT.test(text.slice(chunkStart, j));
}

/** The paper's or an agency's prefix before a sapo, as far as the next word: `BHG - `, `TTXVN – `. */
const LEAD_PREFIX = /^\p{Lu}{2,10}[ \u00a0][-–][ \u00a0]$/u;

/**
 * Whether token i opens a text that opens a block: its first word, with nothing but quotation
 * marks or brackets before it, or the first word after the paper's prefix (`BHG - Những năm`).
 */
export function opensBlock(text: string, tokens: readonly WordToken[], i: number): boolean {
  if (i === 0) return tokens.length > 0 && /^[\s“"‘([]*$/u.test(text.slice(0, tokens[0].start));
  return i === 1 && tokens[0].start === 0 && LEAD_PREFIX.test(text.slice(0, tokens[1].start));
}

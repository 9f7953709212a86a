// How text becomes search terms. Every word is folded (main/common/text/fold.ts): no tones,
// đ → d, lower case, so `da nang`, `Đà Nẵng` and `ĐÀ NẴNG` are the same two terms, and
// `Hòa Bình` / `Hoà Bình` fold alike. Vietnamese writes words as separate syllables, so the
// order of terms is kept too: neighbouring syllables (`hoa binh`) rank an article higher, and
// punctuation breaks the run so no pair straddles a comma.

import { foldVietnamese } from '../../common/text/fold.ts';

/** Bumped whenever terms change, so an index saved the old way is rebuilt. */
export const TERMS_VERSION = 1;

/** Marks a break (punctuation, a field's end) in a run of terms. */
export const BREAK = '';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const APOSTROPHES = new Set(["'", '’']);

// Folding a whole archive word by word is the slow part of building the index, so the fold of
// every code unit below U+2000 (Latin and its Vietnamese letters, combining marks) and whether
// it is part of a word are computed once, from foldVietnamese itself. Above that, and for the
// rare unit that folds to more than one, foldVietnamese is called directly.
const TABLE_SIZE = 0x2000;
const MULTI = 0xffff;
const Kind = { Drop: 0, Word: 1, Space: 2, Punct: 3, Apostrophe: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];
let foldTable: Uint16Array | null = null;
let kindTable: Uint8Array | null = null;

function kindOf(ch: string): Kind {
  if (ch === '') return Kind.Drop;
  if (APOSTROPHES.has(ch)) return Kind.Apostrophe;
  if (WORD_CHAR.test(ch)) return Kind.Word;
  return SPACE_CHAR.test(ch) ? Kind.Space : Kind.Punct;
}

function tables(): { fold: Uint16Array; kind: Uint8Array } {
  if (!foldTable || !kindTable) {
    foldTable = new Uint16Array(TABLE_SIZE);
    kindTable = new Uint8Array(TABLE_SIZE);
    for (let c = 0; c < TABLE_SIZE; c++) {
      const f = foldVietnamese(String.fromCharCode(c));
      foldTable[c] = f.length === 1 ? f.charCodeAt(0) : f.length === 0 ? 0 : MULTI;
      kindTable[c] = f.length > 1 ? Kind.Word : kindOf(f);
    }
  }
  return { fold: foldTable, kind: kindTable };
}

/**
 * The folded words of a text in order, BREAK between runs that punctuation separates:
 * `Quang Bình, Hà Giang` → [quang, binh, '', ha, giang]. Apostrophes inside a word are
 * dropped (`H'Mông` → `hmong`). The same as folding with foldVietnamese and taking the runs
 * of letters and digits, joined by inner apostrophes (test/unit/search/terms.test.ts checks it),
 * but for a word-final Greek Σ: lower-cased letter by letter (σ, not ς), in index and query alike.
 */
export function foldedWords(text: string): string[] {
  const { fold, kind } = tables();
  const out: string[] = [];
  let word = '';
  // An apostrophe just after a word: it joins if a letter follows, else it was punctuation.
  let apostrophe = false;
  // Punctuation since the last word: the next word starts a new run.
  let punct = false;
  const step = (f: number, k: Kind): void => {
    if (k === Kind.Word) {
      if (!word) {
        if (punct && out.length && out[out.length - 1] !== BREAK) out.push(BREAK);
        punct = false;
      }
      apostrophe = false;
      word += String.fromCharCode(f);
      return;
    }
    if (k === Kind.Drop) return;
    if (k === Kind.Apostrophe && word && !apostrophe) {
      apostrophe = true;
      return;
    }
    if (word) out.push(word);
    word = '';
    if (apostrophe || k !== Kind.Space) punct = true;
    apostrophe = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < TABLE_SIZE && fold[code] !== MULTI) {
      step(fold[code], kind[code] as Kind);
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    for (const ch of foldVietnamese(String.fromCodePoint(cp))) {
      for (let u = 0; u < ch.length; u++) step(ch.charCodeAt(u), kindOf(ch));
    }
  }
  if (word) out.push(word);
  return out;
}

export interface ParsedQuery {
  /** The words to find, folded, in order. */
  words: string[];
  /** Whether the last word is still being typed (matched as a prefix). */
  lastIsPrefix: boolean;
  /** adjacent[i]: words i and i+1 stood together in the query (a bonus when they do in the text). */
  adjacent: boolean[];
  /** phrase[i]: words i and i+1 were inside "quotes": they must stand together in the text. */
  phrase: boolean[];
}

/**
 * A query as typed: `hoa binh` and `Hòa Bình` alike; `"quang binh"` for words that must stand
 * together; the last word matched as a prefix unless the query ends with a space or a quote.
 */
export function parseQuery(query: string): ParsedQuery {
  const q = query.normalize('NFC');
  const words: string[] = [];
  const adjacent: boolean[] = [];
  const phrase: boolean[] = [];
  // Straight and curly quotes alike; an unclosed quote runs to the end.
  const parts = q.split(/["“”]/u);
  parts.forEach((part, p) => {
    const quoted = p % 2 === 1;
    let joinable = false;
    for (const w of foldedWords(part)) {
      if (w === BREAK) {
        joinable = false;
        continue;
      }
      if (words.length) {
        adjacent.push(joinable);
        phrase.push(joinable && quoted);
      }
      words.push(w);
      joinable = true;
    }
  });
  const lastIsPrefix = words.length > 0 && /[\p{L}\p{M}\p{N}]$/u.test(q) && parts.length % 2 === 1;
  return { words, lastIsPrefix, adjacent, phrase };
}

// The paper's prefix at the head of the sapo: `BHG - Nhận thức sâu sắc…`. Reporters type it in
// many ways (`BHG-`, `BHG –`, `BHG -` + NBSP, `bhg -`) and pastes bring it twice; these pure
// functions recognise every form, write it one way, and never double it. The editor plugin and
// the importers share them.

import { nfc } from '../text/nfc.ts';

/** The separator the paper prints between prefix and sapo. */
export const PREFIX_SEPARATOR = ' - ';

// Any horizontal white space (NBSP from web pages and Word, thin spaces), then a dash of any
// kind (hyphen, non-breaking hyphen, en/em dash, minus), then white space again.
const SPACE = String.raw`[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]`;
const DASH = String.raw`[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]`;
const SEP = `${SPACE}*${DASH}${SPACE}*`;
/** A prefix we do not know: a short word in capitals (`BHG`, `TTXVN`, `QĐND`). */
const ANY_PREFIX = String.raw`\p{Lu}[\p{Lu}\p{N}.]{1,11}`;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function prefixPattern(prefix?: string): RegExp {
  const p = prefix === undefined ? `(${ANY_PREFIX})` : `(${escapeRe(nfc(prefix.trim()))})`;
  // At the very start (after stray white space), followed by the separator: `BHGx` is no prefix.
  // Our own prefix followed by a bare space (`BHG Nhận thức`) is a forgotten dash; an unknown
  // word in capitals needs the dash (`UBND tỉnh…` opens many a sapo).
  if (prefix === undefined) return new RegExp(`^${SPACE}*${p}${SEP}`, 'u');
  return new RegExp(`^${SPACE}*${p}(?:${SEP}|${SPACE}+)`, 'iu');
}

export interface SplitSapo {
  /** The prefix as typed (`bhg` stays `bhg` here), or '' when there is none. */
  prefix: string;
  /** The sapo after the prefix and its separator. */
  rest: string;
}

/**
 * The sapo's prefix and what follows it. With `prefix` only that one is recognised (any case,
 * dash or bare space after it); without, any short word in capitals followed by a dash.
 */
export function splitPrefix(text: string, prefix?: string): SplitSapo {
  const t = nfc(text);
  if (prefix !== undefined && !prefix.trim()) return { prefix: '', rest: t };
  const m = prefixPattern(prefix).exec(t);
  if (!m) return { prefix: '', rest: t };
  return { prefix: m[1], rest: t.slice(m[0].length) };
}

/** Whether the sapo starts with the prefix, in any of its typed forms. */
export function hasPrefix(text: string, prefix: string): boolean {
  return splitPrefix(text, prefix).prefix !== '';
}

/**
 * The sapo with the prefix exactly once, written the paper's way: `BHG - ` + the rest. Repeated
 * prefixes (`BHG - BHG - …`) and sloppy separators are folded into one. An empty prefix
 * setting leaves the text as it is (in NFC).
 */
export function ensurePrefix(text: string, prefix: string): string {
  const p = nfc(prefix.trim());
  let rest = nfc(text);
  if (!p) return rest;
  for (let s = splitPrefix(rest, p); s.prefix; s = splitPrefix(rest, p)) rest = s.rest;
  // A sapo that is only the prefix (`BHG`, `BHG -` while typing) keeps just the canonical prefix.
  if (new RegExp(`^${SPACE}*${escapeRe(p)}${SPACE}*(?:${DASH}${SPACE}*)?$`, 'iu').test(rest)) rest = '';
  return `${p}${PREFIX_SEPARATOR}${rest.replace(new RegExp(`^${SPACE}+`, 'u'), '')}`;
}

/** The sapo without the prefix (for counts, search snippets and exports that print it apart). */
export function stripPrefix(text: string, prefix?: string): string {
  let rest = nfc(text);
  for (let s = splitPrefix(rest, prefix); s.prefix; s = splitPrefix(rest, prefix)) rest = s.rest;
  return rest;
}

/**
 * Where a sapo opens with its prefix twice or more (`BHG - BHG - Nhận thức…`, from a paste or a
 * reporter typing the prefix by habit after the one already there): the [start, end) span of
 * the repeats, to delete so the first (the paper's form) stays. Null otherwise, and null while
 * nothing follows the repeat yet: a prefix being typed is left alone until its first word
 * starts (taking it away at `BHG - BHG ` would turn the dash typed next into `BHG - - …`).
 * Without `prefix` any short word in capitals followed by a dash counts.
 */
export function repeatedPrefix(text: string, prefix?: string): { start: number; end: number } | null {
  const first = splitPrefix(text, prefix);
  if (!first.prefix) return null;
  const start = text.length - first.rest.length;
  let rest = first.rest;
  for (let s = splitPrefix(rest, first.prefix); s.prefix; s = splitPrefix(rest, first.prefix)) rest = s.rest;
  if (rest === first.rest || !rest.trim() || new RegExp(`^${SPACE}*(?:${DASH}${SPACE}*)?$`, 'u').test(rest)) return null;
  return { start, end: text.length - rest.length };
}

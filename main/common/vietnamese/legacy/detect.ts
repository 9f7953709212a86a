// Font-less text (a plain-text paste, an old .txt) may be legacy-encoded: `Hµ Giang`,
// `Toâi ñi hoïc`, `Vie^.t Nam`. We only ever OFFER a conversion, with a preview, because the
// same characters are real Latin-1 elsewhere (`Peña`, `5 µm`, `café`, `naïve`).
//
// Each candidate decoder is judged by what it makes of the words it changes: legacy text turns
// into Vietnamese syllables (`B×nh` → `Bình`), Latin-1 into non-syllables (`Peña` → `Peủa`,
// `naïve` → `nạve`). The words it leaves alone say whether the text around them reads like
// Vietnamese typed without marks (`Giang`, `Quang`) or like another language (`the`, `est`).

import { isVietnameseSyllable } from '../syllable.ts';
import { convertLegacy } from './convert.ts';
import type { LegacyEncoding } from './fonts.ts';

export interface LegacyDetection {
  /** The encoding to offer, or null when the text should be left as it is. */
  encoding: LegacyEncoding | null;
  /** 0..1; an offer is made from DETECT_THRESHOLD up. */
  confidence: number;
  /** The start of the text as it would read converted ('' when nothing is offered). */
  preview: string;
}

export const DETECT_THRESHOLD = 0.5;

const MAX_SCAN = 20_000;
const PREVIEW_LENGTH = 160;

// Letters of Vietnamese Unicode that no Latin-1 decoding produces: the text is already Unicode.
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const HIGH_LATIN1 = /[\u00a0-\u00ff]/;
const VIQR_HINT = /[aeiouy][\^(+*]|[aeiouy][`'?~.][a-z]|\bdd[aeiouy]/i;
// Not « and »: in TCVN3 they are the letters ô and ằ (`«ng` is `ông`).
const EDGE_PUNCT = /^[\s"'“”‘’()[\]{},.;:!?…\-–—/]+|(?<![\s"'“”‘’()[\]{},.;:!?…\-–—/])[\s"'“”‘’()[\]{},.;:!?…\-–—/]+$/g;
const ASCII_WORD = /^[A-Za-z]+$/;
const UNITS = /^µ(?:m|g|l|L|s|M|A|V|W|F|H|mol|Hz)$/;

interface Tally {
  good: number;
  bad: number;
}

function score(t: Tally, contextWords: number, contextSyllables: number): number {
  if (t.good <= 0) return 0;
  const ratio = t.good / (t.good + t.bad);
  const support = Math.min(1, (t.good + 0.5 * contextSyllables) / 3);
  const context = contextWords >= 3 ? Math.min(1, Math.max(0, (contextSyllables / contextWords - 0.3) / 0.5)) : 1;
  return ratio * support * context;
}

function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    for (const part of raw.split(/[-/]/)) {
      const w = part.replace(EDGE_PUNCT, '');
      if (w) out.push(w);
    }
  }
  return out;
}

function tallyByteEncoding(tokens: string[], encoding: 'tcvn3' | 'vni'): Tally {
  const t: Tally = { good: 0, bad: 0 };
  for (const w of tokens) {
    if (!HIGH_LATIN1.test(w) || UNITS.test(w)) continue;
    const decoded = convertLegacy(w, encoding);
    if (decoded === w) continue;
    // A word made only of legacy characters (`«`, `»`, `©`) is weak evidence: French quotes
    // decode to `ô` and `ằ`, which are syllables too.
    const weight = /[A-Za-z]/.test(w) ? 1 : 0.25;
    if (isVietnameseSyllable(decoded)) t.good += weight;
    else t.bad += weight;
  }
  return t;
}

function tallyViqr(text: string): Tally {
  const t: Tally = { good: 0, bad: 0 };
  for (const raw of text.split(/\s+/)) {
    // Sentence punctuation at the edges is punctuation here; marks inside a word are evidence.
    const w = raw
      .replace(/^["“‘([]+/, '')
      .replace(/(?<![,;:!)\]"”’])[,;:!)\]"”’]+$/, '')
      .replace(/(?<![.?])[.?]+$/, '');
    if (!w || !/[A-Za-z]/.test(w) || HIGH_LATIN1.test(w)) continue;
    const decoded = convertLegacy(w, 'viqr');
    if (decoded === w) continue;
    if (isVietnameseSyllable(decoded)) t.good += 1;
    else t.bad += 1;
  }
  return t;
}

function previewOf(text: string, encoding: LegacyEncoding): string {
  let head = text.slice(0, PREVIEW_LENGTH + 40);
  if (head.length > PREVIEW_LENGTH) {
    const cut = head.lastIndexOf(' ', PREVIEW_LENGTH);
    head = head.slice(0, cut > 40 ? cut : PREVIEW_LENGTH);
  }
  const converted = convertLegacy(head, encoding).trim();
  return head.length < text.length ? converted + '…' : converted;
}

/** Says whether font-less text looks legacy-encoded, and how it would read converted. */
export function detectLegacy(input: string): LegacyDetection {
  const none: LegacyDetection = { encoding: null, confidence: 0, preview: '' };
  const text = input.slice(0, MAX_SCAN).normalize('NFC');
  const hasLatin1 = HIGH_LATIN1.test(text);
  const hasViqr = VIQR_HINT.test(text);
  if (!hasLatin1 && !hasViqr) return none;

  const tokens = words(text);
  let contextWords = 0;
  let contextSyllables = 0;
  let unicodeWords = 0;
  let upper = 0;
  let lower = 0;
  for (const w of tokens) {
    if (UNICODE_VIETNAMESE.test(w)) unicodeWords++;
    for (const c of w) {
      if (c >= 'A' && c <= 'Z') upper++;
      else if (c >= 'a' && c <= 'z') lower++;
    }
    if (!ASCII_WORD.test(w) || (w.length > 1 && w === w.toUpperCase())) continue;
    contextWords++;
    if (isVietnameseSyllable(w)) contextSyllables++;
  }

  const candidates: Array<[LegacyEncoding, Tally]> = [];
  if (hasLatin1) {
    candidates.push(['tcvn3', tallyByteEncoding(tokens, 'tcvn3')], ['vni', tallyByteEncoding(tokens, 'vni')]);
  }
  if (hasViqr) candidates.push(['viqr', tallyViqr(text)]);

  let best: LegacyEncoding | null = null;
  let bestScore = 0;
  let bestGood = 0;
  for (const [encoding, tally] of candidates) {
    const s = score(tally, contextWords, contextSyllables);
    if (s > bestScore) {
      best = encoding;
      bestScore = s;
      bestGood = tally.good;
    }
  }
  // Text that already has Unicode Vietnamese letters is Unicode, unless legacy words outnumber them.
  if (!best || (unicodeWords > 0 && unicodeWords >= bestGood)) return none;
  const confidence = Math.round(bestScore * 100) / 100;
  if (confidence < DETECT_THRESHOLD) return { encoding: null, confidence, preview: '' };
  // Text set in an "H" font arrives in capitals; decode it as the capital font.
  const encoding: LegacyEncoding = best === 'tcvn3' && upper >= 3 && upper >= 4 * lower ? 'tcvn3-upper' : best;
  return { encoding, confidence, preview: previewOf(input, encoding) };
}

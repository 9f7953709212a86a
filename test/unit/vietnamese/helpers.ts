// Shared by the language tests: the fixture article as text blocks, the resources as strings,
// and encoders (Unicode → legacy) written here from the same code charts, so conversion can be
// checked by round trips over real newspaper text.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TCVN3 } from '../../../main/common/vietnamese/legacy/tcvn3.ts';
import { wordListPath } from '../../../main/core/language/resources.ts';
import type { TextBlock } from '../../../main/common/vietnamese/style/types.ts';
import { BON_TOT } from '../../fixtures/articles.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE = BON_TOT;

/** The fixture article's text. */
export const fixtureText = (): string => readFileSync(FIXTURE, 'utf8');

/** The article as blocks: headline, sapo, body paragraphs, byline (what the page shows). */
export function fixtureBlocks(): TextBlock[] {
  const lines = fixtureText()
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim());
  const bylineAt = lines.findIndex((l) => l.startsWith('Bài, ảnh'));
  return [
    { kind: 'headline', text: lines[0] },
    { kind: 'sapo', text: lines[2] },
    ...lines.slice(3, bylineAt).map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'byline', text: lines[bylineAt] },
  ];
}

/** Every sentence-bearing line of the fixture, related articles included. */
export function fixtureLines(): string[] {
  return fixtureText()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 20);
}

export const resource = (name: string): string => readFileSync(`${ROOT}resources/language/${name}`, 'utf8');

/** The gazetteer folder's files, in name order (as the services read them). */
export const gazetteerFiles = (): string[] =>
  readdirSync(`${ROOT}resources/language/gazetteer/`)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => resource(`gazetteer/${n}`));

/** Every list the spell checker reads, as shipped. */
export const spellListFiles = () => ({
  abbreviations: resource('abbreviations.txt'),
  gazetteer: gazetteerFiles(),
  confused: resource('confused.tsv'),
  frequency: resource('frequency.tsv'),
  newsWords: resource('news-words.txt'),
  newsPhrases: resource('news-phrases.txt'),
});

export function dictionaries() {
  const dict = (pkg: string) => ({
    aff: readFileSync(`${ROOT}node_modules/${pkg}/index.aff`, 'utf8'),
    dic: readFileSync(`${ROOT}node_modules/${pkg}/index.dic`, 'utf8'),
  });
  return { vi: dict('dictionary-vi'), en: dict('dictionary-en'), viWords: readFileSync(wordListPath(), 'utf8') };
}

// ---- encoders (test-only) ----

const TCVN3_INVERSE = new Map([...TCVN3].map(([byte, letter]) => [letter, byte]));

/** Unicode → runs as Word holds them: `.VnTime` for what it has, `.VnTimeH` for capitals with tones. */
export function encodeTcvn3Runs(text: string): { text: string; fontFamily: string }[] {
  const runs: { text: string; fontFamily: string }[] = [];
  for (const c of text.normalize('NFC')) {
    let font = '.VnTime';
    let out = TCVN3_INVERSE.get(c);
    if (out === undefined && c !== c.toLowerCase() && TCVN3_INVERSE.has(c.toLowerCase())) {
      font = '.VnTimeH';
      out = TCVN3_INVERSE.get(c.toLowerCase());
    }
    out ??= c;
    const last = runs[runs.length - 1];
    if (last && last.fontFamily === font) last.text += out;
    else runs.push({ text: out, fontFamily: font });
  }
  return runs;
}

/** Unicode → TCVN3 as plain text (the font lost): capitals with tones fall to lower case. */
export const encodeTcvn3Plain = (text: string): string =>
  encodeTcvn3Runs(text)
    .map((r) => r.text)
    .join('');

const GRAVE = '\u0300',
  ACUTE = '\u0301',
  TILDE = '\u0303',
  HOOK = '\u0309',
  DOT = '\u0323';
const CIRC = '\u0302',
  BREVE = '\u0306',
  HORN = '\u031B';
const TONE_MARK: Record<string, string> = { '': '', [GRAVE]: 'ø', [ACUTE]: 'ù', [HOOK]: 'û', [TILDE]: 'õ', [DOT]: 'ï' };
const CIRC_MARK: Record<string, string> = { '': 'â', [GRAVE]: 'à', [ACUTE]: 'á', [HOOK]: 'å', [TILDE]: 'ã', [DOT]: 'ä' };
const BREVE_MARK: Record<string, string> = { '': 'ê', [GRAVE]: 'è', [ACUTE]: 'é', [HOOK]: 'ú', [TILDE]: 'ü', [DOT]: 'ë' };
const I_SINGLE: Record<string, string> = { [GRAVE]: 'ì', [ACUTE]: 'í', [HOOK]: 'æ', [TILDE]: 'ó', [DOT]: 'ò' };

/** Unicode → VNI-Windows as Latin-1 characters. */
export function encodeVni(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    const [base, ...marks] = [...c.normalize('NFD')];
    const upper = base !== base.toLowerCase();
    const b = base.toLowerCase();
    const tone = marks.find((m) => TONE_MARK[m] !== undefined && m !== '') ?? '';
    const modifier = marks.find((m) => m === CIRC || m === BREVE || m === HORN) ?? '';
    const cased = (s: string) => (upper ? s.toUpperCase() : s);
    if (c === 'đ' || c === 'Đ') out += upper ? 'Ñ' : 'ñ';
    else if (!marks.length || !'aeiouy'.includes(b)) out += c;
    else if (b === 'i' && tone) out += cased(I_SINGLE[tone]);
    else if (b === 'y' && tone === DOT) out += upper ? 'Î' : 'î';
    else if (modifier === HORN) out += cased(b === 'o' ? 'ô' : 'ö') + cased(TONE_MARK[tone]);
    else if (modifier === CIRC) out += base + cased(CIRC_MARK[tone]);
    else if (modifier === BREVE) out += base + cased(BREVE_MARK[tone]);
    else out += base + cased(TONE_MARK[tone]);
  }
  return out;
}

const VIQR_TONE: Record<string, string> = { [GRAVE]: '`', [ACUTE]: "'", [HOOK]: '?', [TILDE]: '~', [DOT]: '.' };
const VIQR_MOD: Record<string, string> = { [CIRC]: '^', [BREVE]: '(', [HORN]: '+' };

/** Unicode → VIQR (RFC 1456), escaping sentence punctuation that follows a vowel. */
export function encodeViqr(text: string): string {
  let out = '';
  let afterVowel = false;
  for (const c of text.normalize('NFC')) {
    if (c === 'đ' || c === 'Đ') {
      out += c === 'Đ' ? 'DD' : 'dd';
      afterVowel = false;
      continue;
    }
    const [base, ...marks] = [...c.normalize('NFD')];
    if (".?'`~(^+*".includes(c) && afterVowel) out += '\\' + c;
    else if ('aeiouyAEIOUY'.includes(base)) {
      out += base + marks.map((m) => VIQR_MOD[m] ?? '').join('') + marks.map((m) => VIQR_TONE[m] ?? '').join('');
    } else out += c;
    afterVowel = 'aeiouyAEIOUY'.includes(base);
  }
  return out;
}

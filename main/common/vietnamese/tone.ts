// Old and new tone placement. In an open syllable with `oa`, `oe` or `uy` the old style marks the
// first vowel (`hòa`, `khỏe`, `thủy`), the new style the second (`hoà`, `khoẻ`, `thuỷ`). Both are
// correct Vietnamese and NFC keeps them apart, so the house chooses one (a style rule) and the
// spell checker accepts both (the dictionary lists only the new forms).

import { TONE_MARKS } from './syllable.ts';

export type TonePlacement = 'old' | 'new';

// Toneless, lower case: onset (never qu: in `quý` the u belongs to the onset) then oa/oe/uy.
const MOVABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|[bcdđghklmnprstvx])?(oa|oe|uy)$/;
const CANDIDATE = /[oOuU]/;

/**
 * The word with its tone mark placed in the given style: `placeTone('hòa', 'new')` is `hoà`,
 * `placeTone('Thuỷ', 'old')` is `Thủy`; any other word comes back unchanged.
 */
export function placeTone(word: string, style: TonePlacement): string {
  if (word.length > 6) return word;
  const nfd = word.normalize('NFD');
  if (!CANDIDATE.test(nfd)) return word;
  const chars = [...nfd];
  let tone = '';
  const letters: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (TONE_MARKS.includes(c)) {
      if (tone) return word;
      tone = c;
    } else if (/\p{M}/u.test(c)) {
      return word; // a circumflex, breve or horn: not one of the movable rhymes
    } else letters.push(i);
  }
  if (!tone) return word;
  const base = letters
    .map((i) => chars[i])
    .join('')
    .toLowerCase();
  const m = MOVABLE.exec(base);
  if (!m) return word;
  const onsetLength = m[1]?.length ?? 0;
  const target = letters[onsetLength + (style === 'old' ? 0 : 1)];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === tone) continue;
    out.push(chars[i]);
    if (i === target) out.push(tone);
  }
  return out.join('').normalize('NFC');
}

/** The placement a word shows, or null when its tone does not move between styles. */
export function tonePlacementOf(word: string): TonePlacement | null {
  const asNew = placeTone(word, 'new');
  if (asNew === word) return placeTone(word, 'old') === word ? null : 'new';
  return 'old';
}

const QUI = /^(q)(u)([iìíỉĩị])$/i;
const I_TO_Y: Record<string, string> = { i: 'y', ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ' };

/** `qui` → `quy`, `quí` → `quý` (case kept); other words unchanged. */
export function quiToQuy(word: string): string {
  const m = QUI.exec(word.normalize('NFC'));
  if (!m) return word;
  const lower = m[3].toLowerCase();
  const y = I_TO_Y[lower];
  return m[1] + m[2] + (m[3] === lower ? y : y.toUpperCase());
}

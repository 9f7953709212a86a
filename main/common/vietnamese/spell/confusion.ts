// The letters Vietnamese writers confuse, because the spoken language no longer tells them apart
// in much of the country (s/x, ch/tr, d/gi/r, the northern l/n, final n/ng and c/t, the hỏi and
// ngã tones). Used two ways: a misspelt syllable's suggestions try these swaps first (`dống` →
// `giống`), and the list of wrong two-syllable words is grown from the news words with one of
// them swapped (`bàng hoàng` → `bàng hoàn`).

export interface Confusion {
  variant: string;
  /** The letters swapped, as a reporter would name them: `s/x`, `ch/tr`, `hỏi/ngã`. */
  rule: string;
}

const INITIAL_SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['s', 'x'],
  ['ch', 'tr'],
  ['d', 'gi'],
  ['d', 'r'],
  ['gi', 'r'],
  ['l', 'n'],
];
const FINAL_SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['n', 'ng'],
  ['c', 't'],
  ['nh', 'ng'],
];

// The initial consonant of a syllable (longest first); `gi` before a vowel only (`gì` is g + ì
// in spelling, but writers hear and swap it as gi).
const INITIAL = /^(?:ngh|ng|nh|ch|tr|gi|gh|kh|ph|th|qu|[bcdđghklmnprstvx])/u;
const FINAL = /(?:ng|nh|ch|[cmnpt])$/u;
const HOI = '\u0309';
const NGA = '\u0303';

/** The syllable (lower case, NFC) with one confusable letter or tone swapped, each still spelled as a syllable could be. */
export function confusionVariants(syllable: string): Confusion[] {
  const word = syllable.normalize('NFC').toLowerCase();
  const out: Confusion[] = [];
  const initial = INITIAL.exec(word)?.[0] ?? '';
  const rest = word.slice(initial.length);
  for (const [a, b] of INITIAL_SWAPS) {
    // `gi` takes a vowel after it; `d` + `i…` would make `gii`.
    if (initial === a && !(b === 'gi' && rest.startsWith('i'))) out.push({ variant: b + rest, rule: `${a}/${b}` });
    else if (initial === b && rest) out.push({ variant: a + rest, rule: `${a}/${b}` });
  }
  const final = FINAL.exec(rest)?.[0] ?? '';
  if (final && rest.length > final.length) {
    const stem = word.slice(0, word.length - final.length);
    for (const [a, b] of FINAL_SWAPS) {
      if (final === a) out.push({ variant: stem + b, rule: `${a}/${b}` });
      else if (final === b) out.push({ variant: stem + a, rule: `${a}/${b}` });
    }
  }
  const nfd = word.normalize('NFD');
  if (nfd.includes(HOI)) out.push({ variant: nfd.replace(HOI, NGA).normalize('NFC'), rule: 'hỏi/ngã' });
  else if (nfd.includes(NGA)) out.push({ variant: nfd.replace(NGA, HOI).normalize('NFC'), rule: 'hỏi/ngã' });
  return out.filter((c) => c.variant !== word);
}

const TONE_MARKS = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const MARKED_VOWEL = /[ăâêôơư]/gu;
const VOWELS = /[aăâeêioôơuưy]+/u;
/** A vowel and the vowels one Telex/VNI mark key away from it (the mark added, dropped or another). */
const VOWEL_MARK_SLIPS: Record<string, string[]> = {
  a: ['ă', 'â'],
  ă: ['a', 'â'],
  â: ['a', 'ă'],
  e: ['ê'],
  ê: ['e'],
  o: ['ô', 'ơ'],
  ô: ['o', 'ơ'],
  ơ: ['o', 'ô'],
  u: ['ư'],
  ư: ['u'],
};
/** Finals one key apart: `n`/`m` sit side by side, `ch` is `c` with an `h` typed or lost. */
const FINAL_KEY_SLIPS: ReadonlyArray<readonly [string, string]> = [
  ['n', 'm'],
  ['c', 'ch'],
];

/**
 * A toneless syllable (lower case, NFC) with a tone on its main vowel, in the old placement: the
 * last vowel with a mark (`người`), else the last of the rhyme's vowels before a final consonant
 * (`toán`), else the first of two (`mùi`, `hòa`) or the middle of three (`ngoài`); the `u` of `qu`
 * and the `i` of `gi` belong to the onset. The callers compare in either placement (frequencyKey).
 */
function withTone(base: string, tone: string): string {
  if (!tone) return base;
  const marked = [...base.matchAll(MARKED_VOWEL)];
  let at: number;
  if (marked.length) at = marked[marked.length - 1].index;
  else {
    const onset = /^(?:qu|gi(?=[aeiouy]))/u.exec(base)?.[0].length ?? 0;
    const m = VOWELS.exec(base.slice(onset));
    if (!m) return base;
    const start = onset + m.index;
    const n = m[0].length;
    const closed = start + n < base.length;
    at = closed || n === 1 ? start + n - 1 : n === 2 ? start : start + 1;
  }
  return (base.slice(0, at + 1).normalize('NFD') + tone + base.slice(at + 1)).normalize('NFC');
}

/**
 * Slips of the fingers rather than of the ear: another tone (`vệ` → `về`), a vowel mark added or
 * lost (`tác` → `tắc`), a final one key off (`niên` → `niêm`, `khách` → `khác`). Commoner than a
 * confusion but also likelier to make another good word, so callers ask more evidence of them.
 */
export function typingSlips(syllable: string): Confusion[] {
  const word = syllable.normalize('NFC').toLowerCase();
  const nfd = word.normalize('NFD');
  const tone = nfd.match(TONE_MARK)?.[0] ?? '';
  const bare = nfd.replace(TONE_MARK, '').normalize('NFC');
  const out = new Map<string, string>();
  for (const t of TONE_MARKS) if (t !== tone) out.set(withTone(bare, t), 'dấu thanh');
  [...bare].forEach((c, i) => {
    for (const v of VOWEL_MARK_SLIPS[c] ?? []) out.set(withTone(bare.slice(0, i) + v + bare.slice(i + 1), tone), 'dấu mũ, móc');
  });
  const initial = INITIAL.exec(word)?.[0] ?? '';
  const final = FINAL.exec(word.slice(initial.length))?.[0] ?? '';
  for (const [a, b] of FINAL_KEY_SLIPS) {
    if (final === a) out.set(word.slice(0, word.length - a.length) + b, `${a}/${b}`);
    else if (final === b) out.set(word.slice(0, word.length - b.length) + a, `${a}/${b}`);
  }
  out.delete(word);
  return [...out].map(([variant, rule]) => ({ variant, rule }));
}

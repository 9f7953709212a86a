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

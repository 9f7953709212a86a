// The shape of a Vietnamese syllable (tiếng): onset + rhyme + at most one tone. Used where a
// dictionary would be too heavy or too strict: telling legacy-encoded text from real Latin-1
// (`Hµ` → `Hà` is a syllable, `Peña` → `Peủa` is not), telling an abbreviation (`UBND`) from a
// word in capitals (`HÀ`), and finding the vowels a tone mark moves between (`hòa` / `hoà`).

/** The five tone marks as NFD combining characters (huyền, sắc, ngã, hỏi, nặng). */
export const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
export type Tone = '' | '\u0300' | '\u0301' | '\u0303' | '\u0309' | '\u0323';

const isToneMark = (c: string): boolean => c.length === 1 && TONE_MARKS.includes(c);

/** Splits a word into its toneless NFC form and its tone mark ('' when level tone or several). */
export function splitTone(word: string): { base: string; tone: Tone; tones: number } {
  const nfd = word.normalize('NFD');
  let base = '';
  let tone: Tone = '';
  let tones = 0;
  for (const c of nfd) {
    if (isToneMark(c)) {
      tones++;
      tone = c as Tone;
    } else base += c;
  }
  return { base: base.normalize('NFC'), tone: tones === 1 ? tone : '', tones };
}

const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

// Rhymes without a final consonant.
const OPEN = [
  'a',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oa',
  'oe',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'uê',
  'ui',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ưu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'uyu',
  'ươi',
  'ươu',
  'iêu',
  'yêu',
];
// Nuclei that take a final consonant, with the finals each admits.
const CLOSED: Record<string, string[]> = {
  a: ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'],
  ă: ['c', 'm', 'n', 'ng', 'p', 't'],
  â: ['c', 'm', 'n', 'ng', 'p', 't'],
  e: ['c', 'm', 'n', 'ng', 'p', 't'],
  ê: ['c', 'ch', 'm', 'n', 'nh', 'p', 't'],
  i: ['ch', 'm', 'n', 'nh', 'p', 't'],
  o: ['c', 'm', 'n', 'ng', 'p', 't'],
  ô: ['c', 'm', 'n', 'ng', 'p', 't'],
  ơ: ['c', 'm', 'n', 'p', 't'],
  u: ['c', 'm', 'n', 'ng', 'p', 't'],
  ư: ['c', 'm', 'n', 'ng', 't'],
  oa: ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'],
  oă: ['c', 'm', 'n', 'ng', 't'],
  oe: ['c', 'n', 'ng', 't'],
  oo: ['c', 'ng'],
  uâ: ['c', 'n', 'ng', 't'],
  uê: ['ch', 'nh', 'n'],
  uy: ['ch', 'nh', 'p', 't'],
  iê: ['c', 'm', 'n', 'ng', 'p', 't'],
  yê: ['m', 'n', 'ng', 't'],
  uô: ['c', 'i', 'm', 'n', 'ng', 't'],
  ươ: ['c', 'm', 'n', 'ng', 'p', 't'],
  uyê: ['n', 't'],
};

const RHYMES = new Set<string>(OPEN);
for (const [nucleus, finals] of Object.entries(CLOSED)) for (const f of finals) RHYMES.add(nucleus + f);

const STOP_FINAL = /(?:c|ch|p|t)$/;
const FRONT = /^[ieêy]/;

function rhymeFits(onset: string, rhyme: string, tone: Tone, tones: number): boolean {
  if (!RHYMES.has(rhyme)) return false;
  if (tones > 1) return false;
  // Stop finals take only sắc or nặng: `các`, `học`; never `hòc`.
  if (STOP_FINAL.test(rhyme) && tone !== '\u0301' && tone !== '\u0323') return false;
  // k, gh, ngh go before front vowels; c, g, ng before the others (spelling rule, not sound).
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.test(rhyme)) return false;
  if ((onset === 'c' || onset === 'g' || onset === 'ng') && /^[ieê]/.test(rhyme)) return false;
  if (onset === 'qu' && /^u/.test(rhyme)) return false;
  // yê opens a syllable (`yên`) or follows qu (`quyết`); after other onsets it is iê.
  if (rhyme.startsWith('yê') && onset !== '' && onset !== 'qu') return false;
  return true;
}

/**
 * True when a word has the shape of one Vietnamese syllable (any case, NFC or NFD): `Việt`,
 * `NGHĨA`, `gì`, `khuya`; false for `Peña`, `café`, `UBND`, `nghành`, `hòc`.
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const { base, tone, tones } = splitTone(word);
  const s = base.toLowerCase();
  for (const onset of ONSETS) {
    if (!s.startsWith(onset)) continue;
    const rhyme = s.slice(onset.length);
    if (rhyme === '') {
      // `gì`, `gỉ`: the i of gi is also the rhyme.
      if (onset === 'gi') return tones <= 1;
      continue;
    }
    if (rhymeFits(onset, rhyme, tone, tones)) return true;
  }
  // `gìn`, `giếng`… parse as gi + rhyme above; `gịt`-like words as g + i-rhyme.
  if (s.startsWith('gi') && RHYMES.has(s.slice(1)) && tones <= 1) return !STOP_FINAL.test(s) || tone === '\u0301' || tone === '\u0323';
  return false;
}

// Wrong words grown from the confusion pairs: a news word of two or three syllables
// (news-words.txt) with one syllable's confusable letters swapped (confusion.ts), or its tone
// mark left off, that still reads as real syllables is a word reporters write by mistake:
// `bàng hoàng` → `bàng hoàn`, `sản xuất` → `sản suất`, `chăm lo` → `chăm no`, `tốc độ` →
// `tốc đô`. A variant that is itself a word (in the list, or a pair that news text uses,
// frequency.tsv) is left alone.

import { frequencyKey, type Frequency } from '../lists.ts';
import { confusionVariants, type Confusion } from './confusion.ts';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The slips a reporter makes in a syllable of a known word: a confusable swap, a tone left off. */
function slips(syllable: string): Confusion[] {
  const out = confusionVariants(syllable);
  const nfd = syllable.normalize('NFD');
  if (TONES.test(nfd)) out.push({ variant: nfd.replace(TONES, '').normalize('NFC'), rule: 'thiếu dấu thanh' });
  return out;
}

export interface WrongWord {
  /** The wrong form's syllables (keys: lower case, new tone placement). */
  syllables: string[];
  /** The word meant, as news-words.txt writes it. */
  right: string;
  /** The letters swapped (`ch/tr`), for the reporter. */
  rule: string;
}

const GROW_LINE = /^#\s*grow:\s*(yes|no)\s*$/;

export interface NewsWord {
  word: string;
  /** False below a `# grow: no` line: a real word that looks like a slip of another, only known. */
  grow: boolean;
}

/** news-words.txt: one word per line, `#` comments, `# grow: no` / `# grow: yes` switches. */
export function parseNewsWords(text: string): NewsWord[] {
  const words: NewsWord[] = [];
  let grow = true;
  for (const raw of text.normalize('NFC').split(/\r?\n/)) {
    const line = raw.trim().replace(/\s+/g, ' ');
    const directive = GROW_LINE.exec(line);
    if (directive) grow = directive[1] === 'yes';
    else if (line && !line.startsWith('#')) words.push({ word: line, grow });
  }
  return words;
}

/** The news words with each wrong form a swap makes. */
export function growWrongWords(words: readonly NewsWord[], isSyllable: (word: string) => boolean, frequency?: Frequency): WrongWord[] {
  const known = new Set(words.map(({ word }) => frequencyKey(...word.split(' '))));
  const out = new Map<string, WrongWord>();
  for (const { word, grow: growsHere } of words) {
    if (!growsHere) continue;
    const parts = word.split(' ');
    if (parts.length < 2 || parts.length > 3) continue;
    parts.forEach((part, at) => {
      for (const { variant, rule } of slips(part)) {
        if (!isSyllable(variant)) continue;
        const syllables = parts.map((p, k) => (k === at ? frequencyKey(variant) : frequencyKey(p)));
        const k = syllables.join(' ');
        if (known.has(k) || frequency?.pairs.has(k) || out.has(k)) continue;
        out.set(k, { syllables, right: word, rule });
      }
    });
  }
  return [...out.values()];
}

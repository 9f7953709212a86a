// VNI-Windows (fonts `VNI-Times`, `VNI-Helve`…): a vowel is its base letter followed by one mark
// byte (`Toâi` = `Tôi`, `chaøo` = `chào`); ơ, ư, đ and the i/y letters with tones are single
// bytes. Built from the VNI code chart. Text arrives with each byte as its Latin-1 character.

const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';

interface Mark {
  modifier: '' | typeof CIRCUMFLEX | typeof BREVE;
  tone: string;
}

// Mark byte (lower-case form; the capital form is the same mark above a capital).
const MARKS_LOWER: Record<string, Mark> = {
  ø: { modifier: '', tone: GRAVE },
  ù: { modifier: '', tone: ACUTE },
  û: { modifier: '', tone: HOOK },
  õ: { modifier: '', tone: TILDE },
  ï: { modifier: '', tone: DOT },
  â: { modifier: CIRCUMFLEX, tone: '' },
  à: { modifier: CIRCUMFLEX, tone: GRAVE },
  á: { modifier: CIRCUMFLEX, tone: ACUTE },
  å: { modifier: CIRCUMFLEX, tone: HOOK },
  ã: { modifier: CIRCUMFLEX, tone: TILDE },
  ä: { modifier: CIRCUMFLEX, tone: DOT },
  ê: { modifier: BREVE, tone: '' },
  è: { modifier: BREVE, tone: GRAVE },
  é: { modifier: BREVE, tone: ACUTE },
  ú: { modifier: BREVE, tone: HOOK },
  ü: { modifier: BREVE, tone: TILDE },
  ë: { modifier: BREVE, tone: DOT },
};

/** Mark byte (either case) → its modifier and tone. */
export const VNI_MARKS: ReadonlyMap<string, Mark> = (() => {
  const map = new Map<string, Mark>();
  for (const [c, mark] of Object.entries(MARKS_LOWER)) {
    map.set(c, mark);
    map.set(c.toUpperCase(), mark);
  }
  return map;
})();

/** Single bytes that are letters of their own. */
export const VNI_SINGLE: ReadonlyMap<string, string> = new Map([
  ['ñ', 'đ'],
  ['Ñ', 'Đ'],
  ['ô', 'ơ'],
  ['Ô', 'Ơ'],
  ['ö', 'ư'],
  ['Ö', 'Ư'],
  ['æ', 'ỉ'],
  ['Æ', 'Ỉ'],
  ['ó', 'ĩ'],
  ['Ó', 'Ĩ'],
  ['ò', 'ị'],
  ['Ò', 'Ị'],
  ['î', 'ỵ'],
  ['Î', 'Ỵ'],
  // ì, í, Ì, Í are themselves.
]);

// Base letters a mark can follow, and which modifiers each accepts.
const BASES: Record<string, { letter: string; modifiers: string }> = {
  a: { letter: 'a', modifiers: CIRCUMFLEX + BREVE },
  e: { letter: 'e', modifiers: CIRCUMFLEX },
  o: { letter: 'o', modifiers: CIRCUMFLEX },
  u: { letter: 'u', modifiers: '' },
  y: { letter: 'y', modifiers: '' },
  ô: { letter: 'ơ', modifiers: '' },
  ö: { letter: 'ư', modifiers: '' },
};

function baseOf(c: string): { letter: string; modifiers: string } | undefined {
  const lower = c.toLowerCase();
  const base = BASES[lower];
  if (!base) return undefined;
  return c === lower ? base : { letter: base.letter.toUpperCase(), modifiers: base.modifiers };
}

/** Decodes text typed in a VNI-Windows font. */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const base = baseOf(c);
    const mark = base ? VNI_MARKS.get(chars[i + 1] ?? '') : undefined;
    if (base && mark && (mark.modifier === '' || base.modifiers.includes(mark.modifier))) {
      out += (base.letter + mark.modifier + mark.tone).normalize('NFC');
      i++;
      continue;
    }
    out += VNI_SINGLE.get(c) ?? c;
  }
  return out.normalize('NFC');
}

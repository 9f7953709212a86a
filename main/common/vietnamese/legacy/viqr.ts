// VIQR (RFC 1456): plain ASCII, each mark typed after its vowel: `Vie^.t Nam`, `ddi`, `ngu*o*`i`.
// Modifiers: `(` breve, `^` circumflex, `+` or `*` horn; tones: `'` acute, `` ` `` grave, `?` hook,
// `~` tilde, `.` dot below; `dd` is đ; a backslash keeps the next mark literal (`xa\.`).

const MODIFIERS: Record<string, string> = { '(': '\u0306', '^': '\u0302', '+': '\u031B', '*': '\u031B' };
const TONES: Record<string, string> = { "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323' };
const ACCEPTS: Record<string, string> = { a: '(^', e: '^', o: '^+*', u: '+*' };
const VOWELS = 'aeiouy';

const isVowel = (c: string | undefined): c is string => c !== undefined && VOWELS.includes(c.toLowerCase());

function toneAllowedHere(chars: string[], at: number): boolean {
  const mark = chars[at];
  if (mark !== '.' && mark !== '?') return true;
  // RFC 1456: a mark after a vowel is a diacritic (`o+? Quang` is `ở Quang`; a literal is
  // escaped, `sao\?`). Unescaped `.` or `?` that ends a line or the text is taken for the
  // sentence's end, which is what writers who did not escape meant.
  let j = at + 1;
  while (j < chars.length && /["”’)\]]/.test(chars[j])) j++;
  return j < chars.length && chars[j] !== '\n' && chars[j] !== '\r';
}

/** Decodes VIQR text to Unicode (NFC). */
export function decodeViqr(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\' && (MODIFIERS[chars[i + 1]] || TONES[chars[i + 1]] || chars[i + 1] === '\\')) {
      out += chars[++i];
      continue;
    }
    if ((c === 'd' || c === 'D') && (chars[i + 1] === 'd' || chars[i + 1] === 'D')) {
      out += c === 'D' ? 'Đ' : 'đ';
      i++;
      continue;
    }
    if (!isVowel(c)) {
      out += c;
      continue;
    }
    let letter = c;
    const next = chars[i + 1];
    if (next !== undefined && MODIFIERS[next] && (ACCEPTS[c.toLowerCase()] ?? '').includes(next)) {
      letter += MODIFIERS[next];
      i++;
    }
    const after = chars[i + 1];
    if (after !== undefined && TONES[after] && toneAllowedHere(chars, i + 1)) {
      letter += TONES[after];
      i++;
    }
    out += letter.normalize('NFC');
  }
  return out.normalize('NFC');
}

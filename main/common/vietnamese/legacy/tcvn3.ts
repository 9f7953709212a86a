// TCVN3 (TCVN 5712:1993 VN3, "ABC"): one byte per letter, the fonts named `.VnTime`, `.VnArial`…
// Built from the standard's code chart (cross-checked in the tests against iconv-lite's VN1,
// which shares the lower-case repertoire). The capital letters with tones are not in the
// lower-case fonts: the "H" fonts (`.VnTimeH`) draw every position as a capital, so the same
// byte is `à` in `.VnTime` and `À` in `.VnTimeH`.
//
// Text reaches us with each byte shown as its Latin-1 character (`Hµ Giang`), which is what Word
// pastes for a run in these fonts; we map those characters back.

// Position (byte) → letter, written as the chart's rows. Bytes not listed pass through.
const ROWS: Array<[number, string]> = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];

/** Latin-1 character as pasted → Unicode letter (lower-case font). */
export const TCVN3: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [start, letters] of ROWS) {
    [...letters].forEach((letter, i) => map.set(String.fromCharCode(start + i), letter));
  }
  return map;
})();

const ASCII_LOWER = /[a-z]/;

/** Decodes text typed in a TCVN3 font; `upper` for the "H" fonts, where every letter is a capital. */
export function decodeTcvn3(text: string, upper = false): string {
  let out = '';
  for (const c of text) {
    const mapped = TCVN3.get(c);
    if (mapped !== undefined) out += upper ? mapped.toUpperCase() : mapped;
    else out += upper && ASCII_LOWER.test(c) ? c.toUpperCase() : c;
  }
  return out.normalize('NFC');
}

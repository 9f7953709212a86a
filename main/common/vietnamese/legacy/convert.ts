// One entry for all our own converters, by encoding or by the font a run was drawn in.

import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';
import { decodeViqr } from './viqr.ts';
import { legacyEncodingOfFont, type LegacyEncoding } from './fonts.ts';

/** Converts legacy text to Unicode (NFC) from the given encoding. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(text, false);
    case 'tcvn3-upper':
      return decodeTcvn3(text, true);
    case 'vni':
      return decodeVni(text);
    case 'viqr':
      return decodeViqr(text);
  }
}

export interface ConvertedRun {
  /** The text in Unicode NFC; unchanged (but NFC) when the font is not a legacy one. */
  text: string;
  /** The encoding the font implied, or null for a Unicode font. */
  encoding: LegacyEncoding | null;
  converted: boolean;
}

/** Converts a run of text by its font family (`.VnTime`, `.VnTimeH`, `VNI-Times`…). */
export function convertRun(text: string, fontFamily: string | null | undefined): ConvertedRun {
  const encoding = legacyEncodingOfFont(fontFamily);
  if (!encoding) return { text: text.normalize('NFC'), encoding: null, converted: false };
  const out = convertLegacy(text, encoding);
  return { text: out, encoding, converted: out !== text.normalize('NFC') };
}

// Legacy text as bytes (an old .txt, a .doc's 8-bit stream): the Windows and ISO-style
// encodings go through iconv-lite (CP1258, VISCII, TCVN 5712 VN1); the font encodings through
// our own tables after reading the bytes as Windows-1252, which is how Windows saved text typed
// in those fonts (the fonts use only 0xA0-0xFF, where 1252 is Latin-1; curly quotes sit at
// 0x93/0x94).

import iconv from 'iconv-lite';
import { convertLegacy } from '../../common/vietnamese/legacy/convert.ts';
import type { LegacyEncoding } from '../../common/vietnamese/legacy/fonts.ts';
import { isVietnameseSyllable } from '../../common/vietnamese/syllable.ts';
import { DatelineError } from '../../common/result.ts';

export type ByteEncoding = 'utf8' | 'cp1258' | 'viscii' | 'tcvn' | LegacyEncoding;

export const BYTE_ENCODINGS: readonly ByteEncoding[] = ['utf8', 'cp1258', 'viscii', 'tcvn', 'tcvn3', 'tcvn3-upper', 'vni', 'viqr'];

const ICONV: Partial<Record<ByteEncoding, string>> = { cp1258: 'cp1258', viscii: 'viscii', tcvn: 'tcvn' };

/** Decodes bytes from the given encoding to Unicode NFC. */
export function decodeLegacyBytes(bytes: Uint8Array, encoding: ByteEncoding): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'utf8') return buf.toString('utf8').normalize('NFC');
  const iconvName = ICONV[encoding];
  if (iconvName) return iconv.decode(buf, iconvName).normalize('NFC');
  if (encoding === 'tcvn3' || encoding === 'tcvn3-upper' || encoding === 'vni' || encoding === 'viqr') {
    return convertLegacy(iconv.decode(buf, 'win1252'), encoding);
  }
  throw new DatelineError('LANGUAGE', { reason: 'unknown-encoding', encoding: String(encoding) });
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Share of the words with a mark or a non-ASCII letter that are Vietnamese syllables. */
function vietnameseShare(text: string): { share: number; words: number } {
  let words = 0;
  let good = 0;
  for (const w of text.split(/[\s\p{P}\p{S}\d]+/u)) {
    if (!w || /^[A-Za-z]+$/.test(w)) continue;
    words++;
    if (isVietnameseSyllable(w)) good++;
  }
  return { share: words ? good / words : 0, words };
}

/**
 * Guesses the encoding of bytes that hold Vietnamese: UTF-8 when they decode as such, else the
 * candidate whose decoding reads most like Vietnamese syllables. A guess, to preselect in the
 * import dialog, never to convert silently.
 */
export function guessByteEncoding(bytes: Uint8Array): { encoding: ByteEncoding; confidence: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64_000));
  if (isUtf8(buf)) return { encoding: 'utf8', confidence: 1 };
  let best: { encoding: ByteEncoding; confidence: number } = { encoding: 'cp1258', confidence: 0 };
  for (const encoding of ['cp1258', 'viscii', 'tcvn3', 'tcvn', 'vni'] as const) {
    const { share, words } = vietnameseShare(decodeLegacyBytes(buf, encoding));
    const confidence = Math.round(share * Math.min(1, words / 5) * 100) / 100;
    if (confidence > best.confidence) best = { encoding, confidence };
  }
  return best;
}

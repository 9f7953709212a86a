// A plain-text draft as Unicode: UTF-8 (with or without BOM), UTF-16 with BOM (Notepad's
// "Unicode"), or 8-bit text from old editors. Old text may be in TCVN3/VNI (read as Latin-1, the
// way those fonts store it) or a byte encoding (CP1258, VISCII): that is detected and offered,
// converted only on request, because the same bytes are real Latin-1 elsewhere.

import { Buffer } from 'node:buffer';
import type { LegacyOffer } from '../../common/contract/import.ts';
import { convertLegacy } from '../../common/vietnamese/legacy/convert.ts';
import { DETECT_THRESHOLD, detectLegacy } from '../../common/vietnamese/legacy/detect.ts';
import { decodeLegacyBytes, guessByteEncoding } from '../language/bytes.ts';

export interface DecodedText {
  text: string;
  legacy: LegacyOffer | null;
}

/** Why bytes are not text we can import. */
export type NotText = 'binary' | 'empty';

const utf8 = (b: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
};

/** UTF-16 without a BOM: most code units of Latin text have a zero high byte on one side. */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 8 || b.length % 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Text with NULs or many control characters is not a draft, whatever its name says. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) controls++;
  }
  return controls > Math.max(2, text.length * 0.02);
}

/**
 * Decodes a text file. `convertLegacy` turns an offered legacy encoding into Unicode; without it
 * the text is returned as the file has it (nothing guessed away) with the offer beside it.
 */
export function decodeTextFile(bytes: Uint8Array, convert: boolean): DecodedText | NotText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string | null = null;
  let eightBit = false;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) text = utf8(buf.subarray(3)) ?? buf.subarray(3).toString('utf8');
  else if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le').decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be').decode(buf.subarray(2));
  else {
    const wide = utf16WithoutBom(buf);
    text = wide ? new TextDecoder(wide).decode(buf) : utf8(buf);
    if (text === null) {
      // Not UTF-8: 8-bit text. Latin-1 keeps every byte, so nothing is lost before we decide.
      text = buf.toString('latin1');
      eightBit = true;
    }
  }
  if (looksBinary(text)) return 'binary';
  text = text.normalize('NFC');
  if (!text.trim()) return 'empty';

  const found = detectLegacy(text);
  if (found.encoding) {
    const offer: LegacyOffer = { encoding: found.encoding, confidence: found.confidence, preview: found.preview, converted: convert };
    return { text: convert ? convertLegacy(text, found.encoding) : text, legacy: offer };
  }
  if (eightBit) {
    // CP1258 or VISCII bytes read as Latin-1 are no font encoding: judge the bytes themselves.
    const guess = guessByteEncoding(bytes);
    if ((guess.encoding === 'cp1258' || guess.encoding === 'viscii' || guess.encoding === 'tcvn') && guess.confidence >= DETECT_THRESHOLD) {
      const decoded = decodeLegacyBytes(bytes, guess.encoding);
      const offer: LegacyOffer = {
        encoding: guess.encoding,
        confidence: guess.confidence,
        preview: decoded.slice(0, 160),
        converted: convert,
      };
      return { text: convert ? decoded : text, legacy: offer };
    }
  }
  return { text, legacy: null };
}

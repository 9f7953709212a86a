// What a file is, decided from its first bytes (magic numbers), never from its name: a text file
// named .jpg, a PNG named .jpg and an SVG named .png must each be recognised for what they are.

import type { PhotoFormat } from '../../common/contract/media.ts';

export type Sniffed =
  /** A format we accept; `heic` is accepted only to explain how to get a JPEG. */
  | { kind: 'photo'; format: PhotoFormat | 'heic' | 'heif' }
  /** Recognised, but never imported. */
  | { kind: 'refused'; format: 'svg' | 'pdf' | 'bmp' | 'psd' | 'jxl' | 'jp2' | 'raw' | 'ico' }
  | { kind: 'text' }
  | { kind: 'unknown' };

const ascii = (bytes: Uint8Array, start: number, length: number): string => String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, magic: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);

// ISO base media (HEIF family) brands. AVIF wins when listed: an AVIF file also lists mif1.
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'miaf']);

function sniffIsoBmff(bytes: Uint8Array): Sniffed | null {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const boxSize = Math.min(bytes.length, (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]);
  const brands = [ascii(bytes, 8, 4)];
  for (let off = 16; off + 4 <= boxSize; off += 4) brands.push(ascii(bytes, off, 4));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return { kind: 'photo', format: 'avif' };
  if (brands.some((b) => HEVC_BRANDS.has(b))) return { kind: 'photo', format: 'heic' };
  // A bare still-image HEIF: the codec (AV1 or HEVC) is read from the header later.
  if (brands.some((b) => HEIF_BRANDS.has(b))) return { kind: 'photo', format: 'heif' };
  return null;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  if (head.length === 0) return false;
  try {
    // Valid UTF-8 with no control characters except whitespace: a text file, whatever its name.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, head.length - 4) : head);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 ? c < 0x09 || c > 0x0d : c === 0x7f) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** The format of a file from its first bytes. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'photo', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'photo', format: 'png' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { kind: 'photo', format: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'photo', format: 'webp' };
  // Raw camera files that are TIFF underneath: Canon CR2, Olympus ORF, Panasonic RW2.
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) && ascii(bytes, 8, 2) === 'CR') return { kind: 'refused', format: 'raw' };
  if (ascii(bytes, 0, 4) === 'IIRO' || ascii(bytes, 0, 4) === 'IIRS' || startsWith(bytes, [0x49, 0x49, 0x55, 0x00])) {
    return { kind: 'refused', format: 'raw' };
  }
  if (
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])
  ) {
    return { kind: 'photo', format: 'tiff' };
  }
  const iso = sniffIsoBmff(bytes);
  if (iso) return iso;
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'refused', format: 'pdf' };
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26) return { kind: 'refused', format: 'bmp' };
  if (ascii(bytes, 0, 4) === '8BPS') return { kind: 'refused', format: 'psd' };
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20]))
    return { kind: 'refused', format: 'jxl' };
  if (startsWith(bytes, [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20]) || startsWith(bytes, [0xff, 0x4f, 0xff, 0x51]))
    return { kind: 'refused', format: 'jp2' };
  if (startsWith(bytes, [0, 0, 1, 0]) && bytes.length > 22 && bytes[4] > 0) return { kind: 'refused', format: 'ico' };
  // Compressed SVG (.svgz) is gzip: it falls through to "not a photo", which refuses it too.
  if (isSvg(bytes)) return { kind: 'refused', format: 'svg' };
  if (looksLikeText(bytes)) return { kind: 'text' };
  return { kind: 'unknown' };
}

function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!head.startsWith('<')) return false;
  return /<svg[\s>]/i.test(head) || /<!DOCTYPE\s+svg/i.test(head);
}

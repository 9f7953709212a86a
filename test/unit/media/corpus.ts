// The photo test corpus, made in the tests: real encodes from sharp for the formats, and bytes
// written by hand where the point is a file sharp would never write (a bomb, a truncated tail,
// a HEVC HEIC, a text file in disguise).

import { crc32, deflateSync } from 'node:zlib';
import * as exifrModule from 'exifr';
import iconv from 'iconv-lite';
import sharp from 'sharp';

type ExifrApi = Pick<typeof exifrModule, 'parse' | 'gps'>;
/** exifr whichever build was loaded (see main/core/media/camera.ts). */
export const exifr: ExifrApi =
  typeof exifrModule.gps === 'function' ? exifrModule : (exifrModule as unknown as { default: ExifrApi }).default;

/** A photo-like JPEG: a gradient with grain, so it compresses and decodes like a camera's. */
export async function photoJpeg(width = 640, height = 480, seed = 1): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  let s = seed * 2654435761;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1103515245 + 12345) >>> 0;
      const grain = (s >>> 24) % 24;
      const i = (y * width + x) * 3;
      data[i] = ((x * 255) / width + grain) & 0xff;
      data[i + 1] = ((y * 255) / height + grain) & 0xff;
      data[i + 2] = (128 + grain + seed * 17) & 0xff;
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export type Rgb = [number, number, number];
export const RED: Rgb = [230, 20, 20];
export const GREEN: Rgb = [20, 200, 20];
export const BLUE: Rgb = [20, 20, 230];
export const YELLOW: Rgb = [240, 230, 20];

/** The picture as it should be seen: four coloured quadrants, red at top left, wider than tall. */
export function quadrantColour(x: number, y: number, width: number, height: number): Rgb {
  const top = y < height / 2;
  const left = x < width / 2;
  return top ? (left ? RED : GREEN) : left ? BLUE : YELLOW;
}

/**
 * A JPEG whose stored pixels, once turned by EXIF orientation `o`, show the quadrants upright.
 * From the EXIF specification: where the stored 0th row and 0th column belong in the picture
 * (1: top/left, 2: top/right, 3: bottom/right, 4: bottom/left, 5: left/top, 6: right/top,
 * 7: right/bottom, 8: left/bottom). Built pixel by pixel so the test does not trust sharp's rotation.
 */
export async function orientedJpeg(o: number, width = 300, height = 200): Promise<Buffer> {
  const swapped = o >= 5;
  const sw = swapped ? height : width;
  const sh = swapped ? width : height;
  const data = Buffer.alloc(sw * sh * 3);
  for (let r = 0; r < sh; r++) {
    for (let c = 0; c < sw; c++) {
      // The picture's (row, col) shown at stored (r, c).
      const [pr, pc] = {
        1: [r, c],
        2: [r, width - 1 - c],
        3: [height - 1 - r, width - 1 - c],
        4: [height - 1 - r, c],
        5: [c, r],
        6: [c, width - 1 - r],
        7: [height - 1 - c, width - 1 - r],
        8: [height - 1 - c, r],
      }[o] as [number, number];
      data.set(quadrantColour(pc, pr, width, height), (r * sw + c) * 3);
    }
  }
  return sharp(data, { raw: { width: sw, height: sh, channels: 3 } })
    .jpeg({ quality: 95 })
    .withMetadata({ orientation: o })
    .toBuffer();
}

function pngChunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** A valid PNG of side × side black pixels (1-bit grey): tiny on disk, 400 MP decoded at 20,000. */
export function bombPng(side = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(side / 8);
  const idat = deflateSync(Buffer.alloc(rowBytes * side), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG cut short, as a copy interrupted half-way leaves it. */
export async function truncatedJpeg(): Promise<Buffer> {
  const full = await photoJpeg(800, 600, 7);
  return full.subarray(0, Math.floor(full.length * 0.6));
}

/** The offset of a JPEG marker segment (e.g. 0xc0 SOF0, 0xc4 DHT) before the scan data. */
function segmentAt(jpeg: Buffer, marker: number): number {
  for (let i = 2; i + 4 <= jpeg.length && jpeg[i] === 0xff; i += 2 + jpeg.readUInt16BE(i + 2)) {
    if (jpeg[i + 1] === marker) return i;
    if (jpeg[i + 1] === 0xda) break;
  }
  throw new Error(`no marker ${marker.toString(16)}`);
}

/** A JPEG whose header claims 12-bit samples: the header reads, no decoder setting decodes it. */
export async function twelveBitJpeg(): Promise<Buffer> {
  const jpeg = Buffer.from(await photoJpeg(200, 100, 8));
  jpeg[segmentAt(jpeg, 0xc0) + 4] = 12;
  return jpeg;
}

/** A JPEG with a garbled Huffman table: damaged in its header. */
export async function badHeaderJpeg(): Promise<Buffer> {
  const jpeg = Buffer.from(await photoJpeg(200, 100, 9));
  const dht = segmentAt(jpeg, 0xc4);
  jpeg.fill(0xff, dht + 5, dht + 21);
  return jpeg;
}

/**
 * An iPhone-style HEIC (HEVC-coded grid) of 64×48, made with ImageMagick 6.9 / libheif 1.15:
 * `convert -size 64x48 gradient:red-blue -quality 50 photo.heic`. sharp's prebuilt binaries
 * read its header but have no HEVC decoder.
 */
export const HEIC_HEVC = Buffer.from(
  'AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAaptZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAAA5waXRtAAAAAAACAAAAEGlkYXQAAAAAAEAAMAAAADhpbG9jAQAAAERAAAIAAQAAAAAAAAHOAAEAAAAAAAAAQAACAAEAAAAAAAAAAQAAAAAAAAAIAAAAOGlpbmYAAAAAAAIAAAAVaW5mZQIAAAEAAQAAaHZjMQAAAAAVaW5mZQIAAAAAAgAAZ3JpZAAAAADVaXBycAAAALNpcGNvAAAAc2h2Y0MBA3AAAAAAAAAAAAAe8AD8/fj4AAAPAyAAAQAYQAEMAf//A3AAAAMAkAAAAwAAAwAeugJAIQABACdCAQEDcAAAAwCQAAADAAADAB6gIIEFlurkprmwIAAAAwAgAAADACEiAAEABkQBwXPAiQAAABRpc3BlAAAAAAAAAEAAAABAAAAAFGlzcGUAAAAAAAAAQAAAADAAAAAQcGl4aQAAAAADCAgIAAAAGmlwbWEAAAAAAAAAAgABAoECAAICA4QAAAAaaXJlZgAAAAAAAAAOZGltZwACAAEAAQAAAEhtZGF0AAAAPCgBrxOA9WciYbd0/LwROw/gaKCDI5FrmiAooVo6pYHddnveVzzIS6m2RFqTCPdH3kxKUZfzH7MaHPOF4A==',
  'base64',
);

/** An animated GIF of three different frames. */
export async function animatedGif(): Promise<Buffer> {
  const frame = (rgb: Rgb): Promise<Buffer> =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
      .png()
      .toBuffer();
  return sharp([await frame(RED), await frame(GREEN), await frame(BLUE)], { join: { animated: true } })
    .gif()
    .toBuffer();
}

/** A press-style CMYK JPEG of solid red. */
export function cmykJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 220, g: 0, b: 0 } } })
    .toColourspace('cmyk')
    .jpeg()
    .toBuffer();
}

/** A 16-bit-per-channel PNG of solid blue. */
export function png16(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 0, g: 0, b: 255 } } })
    .toColourspace('rgb16')
    .png()
    .toBuffer();
}

/** The XMP a photo desk writes (IPTC Core), with decomposed (NFD) Vietnamese as macOS tools may. */
export function deskXmp(caption: string, creator: string, credit: string): string {
  return (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">' +
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${caption.normalize('NFD')}</rdf:li></rdf:Alt></dc:description>` +
    `<dc:creator><rdf:Seq><rdf:li>${creator.normalize('NFD')}</rdf:li></rdf:Seq></dc:creator>` +
    `<photoshop:Credit>${credit}</photoshop:Credit>` +
    '</rdf:Description></rdf:RDF></x:xmpmeta>'
  );
}

/** Windows-1258's form of Vietnamese: letters like ơ, ư, â precomposed, the five tones as combining marks. */
function toneSplit(text: string): string {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return [...text.normalize('NFC')]
    .map((c) => {
      const d = c.normalize('NFD');
      return d.replace(tones, '').normalize('NFC') + (d.match(tones) ?? []).join('');
    })
    .join('');
}

/** Inserts an IPTC-IIM block (APP13, Photoshop 3.0 / 8BIM 0x0404) right after a JPEG's SOI. */
export function withIptc(jpeg: Buffer, records: { dataset: number; value: string }[], charset: 'utf8' | 'windows1258' = 'utf8'): Buffer {
  const iim = Buffer.concat([
    // 1:90 CodedCharacterSet = ESC % G: the values are UTF-8. Old Vietnamese tools wrote
    // Windows-1258 (base letters + combining tones) and declared nothing.
    charset === 'utf8' ? Buffer.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47]) : Buffer.alloc(0),
    ...records.map(({ dataset, value }) => {
      const v = charset === 'utf8' ? Buffer.from(value, 'utf8') : iconv.encode(toneSplit(value), 'windows1258');
      const head = Buffer.from([0x1c, 0x02, dataset, 0, 0]);
      head.writeUInt16BE(v.length, 3);
      return Buffer.concat([head, v]);
    }),
  ]);
  const padded = iim.length % 2 ? Buffer.concat([iim, Buffer.alloc(1)]) : iim;
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const irb = Buffer.concat([
    Buffer.from('Photoshop 3.0\0', 'latin1'),
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0, 0]),
    size,
    padded,
  ]);
  const marker = Buffer.from([0xff, 0xed, 0, 0]);
  marker.writeUInt16BE(irb.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), marker, irb, jpeg.subarray(2)]);
}

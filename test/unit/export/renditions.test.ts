// Renditions: the reporter's crop of the upright photo, turned as set, never enlarged, with our
// caption/credit/alt as XMP and nothing else: no GPS, no camera serial, no EXIF thumbnail.

import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoXmp } from '../../../main/common/export/xmp.ts';
import { makeRenditions, targetWidths, type RenditionRequest } from '../../../main/core/export/renditions.ts';
import { makePhoto, tempDir } from './helpers.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CAPTION = 'Đảng viên Chi bộ thôn Trung Thành, xã Vĩ Thượng chia sẻ kinh nghiệm phát triển kinh tế.';
const XMP = photoXmp({
  caption: CAPTION,
  creator: 'TRUNG HẬU',
  credit: 'Ảnh: TRUNG HẬU',
  copyright: '© Báo Hà Giang',
  alt: 'Một đảng viên đứng phát biểu',
});
let dir: string;
let cleanup: () => Promise<void>;

const request = (input: string, width: number, height: number, more: Partial<RenditionRequest> = {}): RenditionRequest => ({
  input,
  width,
  height,
  name: 'anh-01',
  widths: [400, 800, 1600],
  formats: ['jpeg', 'webp'],
  quality: { jpeg: 82, webp: 82, avif: 50 },
  xmp: XMP,
  ...more,
});

/** Mean colour of a region of an encoded image. */
async function meanColour(data: Buffer, region?: { left: number; top: number; width: number; height: number }): Promise<number[]> {
  const img = region ? await sharp(data).extract(region).toBuffer() : data;
  const stats = await sharp(img).stats();
  return stats.channels.slice(0, 3).map((c) => Math.round(c.mean));
}

/** 600×400 stored pixels in four colours, tagged EXIF orientation 6 (upright it is 400×600). */
async function quadrantPhoto(path: string): Promise<void> {
  const w = 600,
    h = 400;
  const px = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const c = y < h / 2 ? (x < w / 2 ? [255, 0, 0] : [0, 255, 0]) : x < w / 2 ? [0, 0, 255] : [255, 255, 255];
      px.set(c, (y * w + x) * 3);
    }
  await sharp(px, { raw: { width: w, height: h, channels: 3 } })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 95 })
    .toFile(path);
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('renditions', () => {
  it('carry the XMP caption, credit and alt, and no GPS, serial, EXIF or thumbnail', async () => {
    const input = join(dir, 'gps.jpg');
    await writeFile(input, await makePhoto({ width: 1800, height: 1200, gps: true }));
    // The original does carry them, so the test can fail.
    expect(await exifr.gps(input)).toMatchObject({ latitude: expect.any(Number) });
    expect(await exifr.parse(input, { pick: ['SerialNumber'] })).toMatchObject({ SerialNumber: 'SN-0042-SECRET' });

    const files = await makeRenditions(request(input, 1800, 1200));
    expect(files.map((f) => `${f.path} ${f.width}x${f.height}`)).toEqual([
      'images/anh-01-400.jpg 400x267',
      'images/anh-01-400.webp 400x267',
      'images/anh-01-800.jpg 800x533',
      'images/anh-01-800.webp 800x533',
      'images/anh-01-1600.jpg 1600x1067',
      'images/anh-01-1600.webp 1600x1067',
    ]);
    for (const f of files) {
      const meta = await sharp(f.data).metadata();
      expect(meta.exif, f.path).toBeUndefined();
      expect(meta.iptc, f.path).toBeUndefined();
      expect(meta.xmp?.toString('utf8'), f.path).toContain(CAPTION);
      expect(meta.width).toBe(f.width);
    }
    for (const f of files.filter((x) => x.format === 'jpeg')) {
      expect(await exifr.gps(f.data)).toBeUndefined();
      expect(await exifr.thumbnail(f.data)).toBeUndefined();
      const parsed = await exifr.parse(f.data, { xmp: true, tiff: true, exif: true, gps: true, iptc: true, mergeOutput: false });
      expect(parsed?.dc?.description?.value).toBe(CAPTION);
      expect(parsed?.dc?.creator).toBe('TRUNG HẬU');
      expect(parsed?.photoshop?.Credit).toBe('Ảnh: TRUNG HẬU');
      expect(parsed?.Iptc4xmpCore?.AltTextAccessibility?.value).toBe('Một đảng viên đứng phát biểu');
      expect(JSON.stringify(parsed)).not.toMatch(/SN-0042|Canon|GPS/);
    }
  });

  it('crops the upright photo and turns it as the reporter set', async () => {
    const input = join(dir, 'quadrants.jpg');
    await quadrantPhoto(input);
    // Upright (orientation 6 applied): blue top-left, red top-right, white bottom-left, green bottom-right.
    const topRight = await makeRenditions(
      request(input, 400, 600, { crop: { x: 0.5, y: 0, width: 0.5, height: 0.5 }, widths: [100], formats: ['jpeg'] }),
    );
    expect(topRight[0]).toMatchObject({ width: 100, height: 150 });
    const red = await meanColour(topRight[0].data);
    expect(red[0]).toBeGreaterThan(230);
    expect(red[1] + red[2]).toBeLessThan(30);

    const bottomTurned = await makeRenditions(
      request(input, 400, 600, { crop: { x: 0, y: 0.5, width: 1, height: 0.5 }, rotate: 90, widths: [150], formats: ['jpeg'] }),
    );
    // 400×300 turned a quarter clockwise is 300×400: the white left half is now on top, green below.
    const f = bottomTurned[0];
    expect(f).toMatchObject({ width: 150, height: 200 });
    const top = await meanColour(f.data, { left: 10, top: 10, width: 130, height: 80 });
    const bottom = await meanColour(f.data, { left: 10, top: 110, width: 130, height: 80 });
    expect(top.every((c) => c > 230)).toBe(true);
    expect(bottom[1]).toBeGreaterThan(230);
    expect(bottom[0] + bottom[2]).toBeLessThan(40);
  });

  it('never enlarges: a narrow crop gets its own width instead of the larger sizes', async () => {
    expect(targetWidths(3000, [400, 800, 1600])).toEqual([400, 800, 1600]);
    expect(targetWidths(1000, [1600, 400, 800])).toEqual([400, 800, 1000]);
    expect(targetWidths(300, [400, 800])).toEqual([300]);
    const input = join(dir, 'wide.jpg');
    await writeFile(input, await makePhoto({ width: 3000, height: 2000, gps: false }));
    const files = await makeRenditions(
      request(input, 3000, 2000, { crop: { x: 0.25, y: 0.25, width: 0.4, height: 0.5 }, formats: ['jpeg'] }),
    );
    expect(files.map((f) => [f.width, f.height])).toEqual([
      [400, 333],
      [800, 667],
      [1200, 1000],
    ]);
  });
});

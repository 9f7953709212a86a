// The photo pipeline in-process (as the media process runs it): every kind of bad input gets its
// own reason and leaves the article as it was; good photos are stored once, upright, stripped.

import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssetInfo, IngestedAsset } from '../../../main/common/contract/media.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { nodeFs, type FileSystem } from '../../../main/core/fs/seam.ts';
import { configureSharp, PHOTO_LIMITS } from '../../../main/core/media/develop.ts';
import { ingestPhoto, type IngestRequest } from '../../../main/core/media/ingest.ts';
import { listAssets, readAsset } from '../../../main/core/media/store.ts';
import {
  animatedGif,
  bombPng,
  BLUE,
  cmykJpeg,
  deskXmp,
  exifr,
  GREEN,
  HEIC_HEVC,
  badHeaderJpeg,
  orientedJpeg,
  photoJpeg,
  png16,
  RED,
  truncatedJpeg,
  twelveBitJpeg,
  withIptc,
  YELLOW,
  type Rgb,
} from './corpus.ts';

let root: string;
let article: string;

beforeAll(async () => {
  // The same decoder rules as the media process: only the allowed loaders.
  configureSharp(1);
  root = await mkdtemp(join(tmpdir(), 'dateline-media-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
let n = 0;
beforeEach(async () => {
  article = join(root, `a-${++n}`);
  await mkdir(article);
});

async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, prefix: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}:${(await stat(join(d, e.name))).size}`);
    }
  };
  await walk(dir, '');
  return out.sort();
}

const ingest = (bytes: Uint8Array, originalName: string, extra: Partial<IngestRequest> = {}): Promise<IngestedAsset> =>
  ingestPhoto({ articleDir: article, bytes, originalName, ...extra });

/** Expects a refusal with this reason, and the article exactly as it was before. */
async function expectRefused(
  run: () => Promise<unknown>,
  reason: string,
  params: Record<string, string | number> = {},
): Promise<DatelineError> {
  await ingest(await photoJpeg(64, 48, 99), 'other.jpg');
  const before = await tree(article);
  const err = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DatelineError);
  const e = err as DatelineError;
  expect(e.code).toBe('BAD_IMAGE');
  expect(e.params).toMatchObject({ reason, ...params });
  expect(await tree(article)).toEqual(before);
  return e;
}

const pixel = async (jpeg: Uint8Array, x: number, y: number): Promise<Rgb> => {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const i = (Math.floor(y) * info.width + Math.floor(x)) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
};
const near = (a: Rgb, b: Rgb, tolerance = 40): boolean => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);
const rendition = (asset: AssetInfo, which: 'preview' | 'thumb'): Promise<Buffer> =>
  readFile(join(article, ...asset.renditions[which].path.split('/')));

describe('bad input: each refused with its own reason, the article untouched', () => {
  it('a zero-byte file', async () => {
    await expectRefused(() => ingest(new Uint8Array(), 'IMG_0001.JPG'), 'empty', { name: 'IMG_0001.JPG' });
  });

  it('a file over the size limit, checked before it is read', async () => {
    const path = join(root, 'big.jpg');
    await writeFile(path, await photoJpeg(200, 100));
    const limits = { ...PHOTO_LIMITS, maxBytes: 1000 };
    await expectRefused(() => ingestPhoto({ articleDir: article, filePath: path, limits }), 'too-large', { maxMb: 0 });
  });

  it('a text file named .jpg', async () => {
    const text = Buffer.from('Biên bản họp giao ban ngày 5/1/2025\nNội dung: ...\n', 'utf8');
    await expectRefused(() => ingest(text, 'anh-hien-truong.jpg'), 'not-image-text', { name: 'anh-hien-truong.jpg' });
  });

  it('random bytes named .jpg', async () => {
    const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251));
    await expectRefused(() => ingest(junk, 'x.jpg'), 'not-image');
  });

  it('a PDF', async () => {
    await expectRefused(() => ingest(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'scan.jpg'), 'unsupported-format', {
      format: 'PDF',
    });
  });

  it('an SVG, even named .png', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    await expectRefused(() => ingest(svg, 'logo.png'), 'svg');
  });

  it('a 20,000 × 20,000 PNG (decompression bomb) from its header, without decoding', async () => {
    const bomb = bombPng(20_000);
    expect(bomb.length).toBeLessThan(200_000);
    await expectRefused(() => ingest(bomb, 'bomb.png'), 'too-many-pixels', { width: 20_000, height: 20_000, maxMp: 200 });
  });

  it('a truncated JPEG: refused under strict decoding with a retry offer, imported when lenient', async () => {
    const bytes = await truncatedJpeg();
    const err = await expectRefused(() => ingest(bytes, 'DSC_0420.JPG'), 'truncated', { name: 'DSC_0420.JPG' });
    expect(err.details).toMatchObject({ retry: { lenient: true } });
    const asset = await ingest(bytes, 'DSC_0420.JPG', { lenient: true });
    expect(asset.notices).toContainEqual({ code: 'lenient' });
    expect([asset.width, asset.height]).toEqual([800, 600]);
    expect(await readFile(join(article, asset.original))).toEqual(bytes);
  });

  it('a JPEG the decoder cannot read in any mode: no retry offered', async () => {
    const bytes = await twelveBitJpeg();
    const err = await expectRefused(() => ingest(bytes, 'scan12.jpg'), 'undecodable');
    expect(err.details?.retry).toBeUndefined();
    await expectRefused(() => ingest(bytes, 'scan12.jpg', { lenient: true }), 'undecodable');
  });

  it('a JPEG damaged in its header', async () => {
    await expectRefused(async () => ingest(await badHeaderJpeg(), 'hong.jpg'), 'unreadable-header');
  });

  it('an iPhone HEIC (HEVC) with the way to get a JPEG', async () => {
    await expectRefused(() => ingest(HEIC_HEVC, 'IMG_1234.HEIC'), 'heic', { name: 'IMG_1234.HEIC' });
  });

  it('a file that vanished before it could be read', async () => {
    await expectRefused(() => ingestPhoto({ articleDir: article, filePath: join(root, 'gone.jpg') }), 'vanished', { name: 'gone.jpg' });
  });

  it('a folder instead of a file', async () => {
    await expectRefused(() => ingestPhoto({ articleDir: article, filePath: root }), 'not-a-file');
  });

  it('an article folder that does not exist', async () => {
    const err = await ingestPhoto({ articleDir: join(root, 'a-missing'), bytes: await photoJpeg(32, 32) }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'NOT_FOUND', params: { id: 'a-missing' } });
    await expect(stat(join(root, 'a-missing'))).rejects.toThrow();
  });

  it('a read-only library: READ_ONLY, nothing written', async () => {
    const photo = join(root, 'ro-photo.jpg');
    await writeFile(photo, await photoJpeg(64, 48, 3));
    await chmod(root, 0o755);
    await chmod(photo, 0o644);
    await chmod(article, 0o555);
    // Root ignores permissions: run the ingest as "nobody" so the folder really is read-only.
    const asRoot = process.getuid?.() === 0;
    if (asRoot && !(await reachableByOthers(root, createRequire(import.meta.url).resolve('tsx')))) {
      // "nobody" cannot reach this checkout (e.g. a clone under a 0700 temp folder): the OS
      // refusal is then simulated at the file-system seam, as the disk-full cases do.
      const readOnly: FileSystem = {
        ...nodeFs,
        open: (() => Promise.reject(Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }))) as FileSystem['open'],
      };
      const err = await ingest(await readFile(photo), 'ro-photo.jpg', { fs: readOnly }).catch((e: unknown) => e);
      await chmod(article, 0o755);
      expect(err).toMatchObject({ code: 'READ_ONLY' });
      expect(await tree(article)).toEqual([]);
      return;
    }
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const script = fileURLToPath(new URL('./helpers/ingest-one.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', tsx, script, article, photo], {
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      env: { ...process.env, TSX_DISABLE_CACHE: '1' },
      cwd: tmpdir(),
    });
    await chmod(article, 0o755);
    expect(JSON.parse(stdout)).toEqual({ ok: false, code: 'READ_ONLY', params: {} });
    expect(await tree(article)).toEqual([]);
  });
});

describe('a disk that fills up during the import', () => {
  for (const victim of ['.jpg.', '-thumb.jpg.', '.json.']) {
    it(`DISK_FULL when writing the ${victim.replace(/\./g, ' ').trim()} file, and nothing left behind`, async () => {
      const full: FileSystem = {
        ...nodeFs,
        // Our temp files are named `.<target>.<pid>-…`: fail the one being written for the victim.
        open: ((path: string, ...rest: unknown[]) =>
          String(path).includes(victim) && /^[0-9a-f]{64}/.test(String(path).split('/').pop()!.slice(1))
            ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
            : (nodeFs.open as (...a: unknown[]) => ReturnType<FileSystem['open']>)(path, ...rest)) as FileSystem['open'],
      };
      const bytes = await photoJpeg(300, 200, 61);
      const err = await ingest(bytes, 'full.jpg', { fs: full }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'DISK_FULL' });
      expect(await tree(article)).toEqual([]);
      // With room again, the same photo goes in.
      expect((await ingest(bytes, 'full.jpg')).duplicate).toBe(false);
    });
  }
});

describe('formats and colour', () => {
  it('an animated GIF: its first frame, and a notice saying so', async () => {
    const asset = await ingest(await animatedGif(), 'banner.gif');
    expect(asset).toMatchObject({ format: 'gif', width: 40, height: 30 });
    expect(asset.notices).toContainEqual({ code: 'animated', params: { frames: 3 } });
    const preview = await rendition(asset, 'preview');
    expect((await sharp(preview).metadata()).pages ?? 1).toBe(1);
    expect(near(await pixel(preview, 20, 15), RED)).toBe(true);
  });

  it('a CMYK JPEG: previews in sRGB, with a notice', async () => {
    const asset = await ingest(await cmykJpeg(), 'bao-in.jpg');
    expect(asset.notices).toContainEqual({ code: 'cmyk' });
    const preview = await rendition(asset, 'preview');
    const meta = await sharp(preview).metadata();
    expect([meta.space, meta.channels]).toEqual(['srgb', 3]);
    const [r, g, b] = await pixel(preview, 60, 40);
    expect(r).toBeGreaterThan(180);
    expect(Math.max(g, b)).toBeLessThan(80);
  });

  it('a 16-bit PNG: 8-bit previews, the original kept as it was', async () => {
    const bytes = await png16();
    const asset = await ingest(bytes, 'scan16.png');
    expect(asset.format).toBe('png');
    expect(asset.original.endsWith('.png')).toBe(true);
    const preview = await rendition(asset, 'preview');
    expect((await sharp(preview).metadata()).depth).toBe('uchar');
    expect(near(await pixel(preview, 10, 10), [0, 0, 255])).toBe(true);
    expect(await readFile(join(article, asset.original))).toEqual(bytes);
  });

  it('AVIF and WebP are read and stored under their own format, whatever the name says', async () => {
    const source = sharp({ create: { width: 200, height: 100, channels: 3, background: { r: 20, g: 200, b: 20 } } });
    const avif = await source.clone().avif({ quality: 50, effort: 0 }).toBuffer();
    const webp = await source.clone().webp().toBuffer();
    const a = await ingest(avif, 'photo.jpg');
    const w = await ingest(webp, 'photo.png');
    expect([a.format, a.original.endsWith('.avif'), a.width, a.height]).toEqual(['avif', true, 200, 100]);
    expect([w.format, w.original.endsWith('.webp'), w.width, w.height]).toEqual(['webp', true, 200, 100]);
    expect(near(await pixel(await rendition(a, 'preview'), 100, 50), GREEN)).toBe(true);
  });

  it('a transparent PNG is shown on white', async () => {
    const png = await sharp({ create: { width: 50, height: 50, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const asset = await ingest(png, 'logo.png');
    expect(near(await pixel(await rendition(asset, 'preview'), 25, 25), [255, 255, 255], 5)).toBe(true);
  });
});

describe('orientation', () => {
  for (const o of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`EXIF orientation ${o}: previews upright, size recorded as displayed`, async () => {
      const asset = await ingest(await orientedJpeg(o), `o${o}.jpg`);
      expect([asset.width, asset.height, asset.orientation]).toEqual([300, 200, o]);
      for (const which of ['preview', 'thumb'] as const) {
        const img = await rendition(asset, which);
        const { width, height } = asset.renditions[which];
        expect(width).toBeGreaterThan(height);
        const meta = await sharp(img).metadata();
        expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([width, height, 1]);
        const corners: [number, number, Rgb][] = [
          [width * 0.25, height * 0.25, RED],
          [width * 0.75, height * 0.25, GREEN],
          [width * 0.25, height * 0.75, BLUE],
          [width * 0.75, height * 0.75, YELLOW],
        ];
        for (const [x, y, colour] of corners) expect(near(await pixel(img, x, y), colour)).toBe(true);
      }
    });
  }
});

describe('storage', () => {
  it('keeps the original byte for byte under its SHA-256, with json and renditions', async () => {
    const bytes = await photoJpeg(2400, 1600, 5);
    const asset = await ingest(bytes, 'DSC_0001.JPG');
    const { createHash } = await import('node:crypto');
    expect(asset.assetId).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(asset.duplicate).toBe(false);
    expect(await readFile(join(article, 'media', `${asset.assetId}.jpg`))).toEqual(bytes);
    expect(asset.renditions.preview).toMatchObject({ width: 1600, height: 1067, format: 'jpeg' });
    expect(asset.renditions.thumb).toMatchObject({ width: 320, height: 213 });
    const { duplicate: _d, ...stored } = asset;
    expect(await readAsset(article, asset.assetId)).toEqual(stored);
    expect(await listAssets(article)).toEqual([stored]);
    // No temporary files left behind.
    expect((await tree(article)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('the same photo twice is stored once; the second import returns the first', async () => {
    const bytes = await photoJpeg(300, 200, 11);
    const first = await ingest(bytes, 'a.jpg', { now: () => new Date('2025-01-05T10:00:00Z') });
    const files = await tree(article);
    const second = await ingest(bytes, 'copy of a.jpg', { now: () => new Date('2025-01-06T10:00:00Z') });
    expect(second.duplicate).toBe(true);
    expect(second.assetId).toBe(first.assetId);
    expect(second.originalName).toBe('a.jpg');
    expect(second.importedAt).toBe('2025-01-05T10:00:00.000Z');
    expect(await tree(article)).toEqual(files);
  });

  it('a lost rendition is made again when the photo is added again', async () => {
    const bytes = await photoJpeg(300, 200, 12);
    const first = await ingest(bytes, 'a.jpg');
    await rm(join(article, first.renditions.preview.path));
    const again = await ingest(bytes, 'a.jpg');
    expect(again.duplicate).toBe(false);
    expect((await stat(join(article, again.renditions.preview.path))).size).toBeGreaterThan(0);
  });
});

describe('camera metadata and privacy', () => {
  const caption = 'Cầu Rồng ở Đà Nẵng lúc hoàng hôn';

  it('prefills caption, creator and credit from XMP, as NFC', async () => {
    const bytes = await sharp(await photoJpeg(200, 100))
      .withXmp(deskXmp(caption, 'Nguyễn Văn Ánh', 'Báo Hà Giang'))
      .withExif({ IFD2: { DateTimeOriginal: '2025:01:05 17:43:00', OffsetTimeOriginal: '+07:00' } })
      .jpeg()
      .toBuffer();
    const asset = await ingest(bytes, 'Ảnh cầu.jpg'.normalize('NFD'));
    expect(asset).toMatchObject({
      caption,
      creator: 'Nguyễn Văn Ánh',
      credit: 'Báo Hà Giang',
      dateTaken: '2025-01-05T17:43:00+07:00',
      originalName: 'Ảnh cầu.jpg',
      hasGps: false,
    });
    expect(asset.caption).toBe(asset.caption.normalize('NFC'));
  });

  it('falls back to IPTC-IIM, and ignores a camera placeholder caption', async () => {
    const base = await sharp(await photoJpeg(200, 100))
      .withExif({ IFD0: { ImageDescription: 'OLYMPUS DIGITAL CAMERA', Artist: 'Camera Owner' } })
      .jpeg()
      .toBuffer();
    const bytes = withIptc(base, [
      { dataset: 120, value: 'Lễ hội hoa tam giác mạch' },
      { dataset: 80, value: 'Trần Thị Bình' },
      { dataset: 110, value: 'TTXVN' },
      { dataset: 55, value: '20241102' },
      { dataset: 60, value: '081500+0700' },
    ]);
    const asset = await ingest(bytes, 'iptc.jpg');
    expect(asset).toMatchObject({
      caption: 'Lễ hội hoa tam giác mạch',
      creator: 'Trần Thị Bình',
      credit: 'TTXVN',
      dateTaken: '2024-11-02T08:15:00+07:00',
    });
  });

  it('reads IPTC written in Windows-1258 by older newsroom software', async () => {
    const bytes = withIptc(await photoJpeg(120, 80), [{ dataset: 120, value: 'Chợ phiên Đồng Văn' }], 'windows1258');
    expect((await ingest(bytes, 'cp1258.jpg')).caption).toBe('Chợ phiên Đồng Văn');
  });

  it('reads EXIF from a WebP too', async () => {
    const bytes = await sharp(await photoJpeg(200, 100))
      .withExif({ IFD0: { Artist: 'Pham Van C' } })
      .webp()
      .toBuffer();
    expect((await ingest(bytes, 'x.webp')).creator).toBe('Pham Van C');
  });

  it('flags GPS, keeps it out of the json and the renditions, and leaves the original as shot', async () => {
    const bytes = await sharp(await photoJpeg(640, 480, 21))
      .withExif({
        IFD0: { Make: 'Apple', Model: 'iPhone 13' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 49/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '104/1 59/1 600/100' },
      })
      .jpeg()
      .toBuffer();
    expect(await exifr.gps(bytes)).toMatchObject({ latitude: expect.closeTo(22.825, 3) });
    // The clock is pinned to an hour that itself reads 22: the import time is the one number in the json that
    // comes from the clock, so it is taken out before the search for the photo's coordinates.
    const importedAt = '2026-12-07T22:22:22.104Z';
    const asset = await ingest(bytes, 'hien-truong.jpg', { now: () => new Date(importedAt) });
    expect(asset.hasGps).toBe(true);
    expect(asset.notices).toContainEqual({ code: 'gps' });
    const json = await readFile(join(article, 'media', `${asset.assetId}.json`), 'utf8');
    expect(JSON.parse(json).importedAt).toBe(importedAt);
    expect(json.replace(importedAt, '')).not.toMatch(/latitude|longitude|GPSL|22\.8|104\.9|\b22\b|\b104\b/i);
    for (const which of ['preview', 'thumb'] as const) {
      const img = await rendition(asset, which);
      expect(await exifr.parse(img, true)).toBeUndefined();
      const meta = await sharp(img).metadata();
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc]).toEqual([undefined, undefined, undefined, undefined]);
    }
    // The original is the reporter's source material: untouched, location included.
    expect(await exifr.gps(await readFile(join(article, asset.original)))).toMatchObject({ latitude: expect.closeTo(22.825, 3) });
  });

  it('GPS written only in XMP is flagged too', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"><exif:GPSLatitude>22,49.5N</exif:GPSLatitude>' +
      '<exif:GPSLongitude>104,59.1E</exif:GPSLongitude></rdf:Description></rdf:RDF></x:xmpmeta>';
    const bytes = await sharp(await photoJpeg(100, 100))
      .withXmp(xmp)
      .jpeg()
      .toBuffer();
    const asset = await ingest(bytes, 'xmp-gps.jpg');
    expect(asset.hasGps).toBe(true);
    expect(JSON.stringify(asset)).not.toContain('22,49');
  });
});

/** Whether a user other than the owner can traverse to every given path (o+x on each ancestor). */
async function reachableByOthers(...paths: string[]): Promise<boolean> {
  for (const p of paths) {
    let dir = dirname(p);
    for (;;) {
      if (((await stat(dir)).mode & 0o001) === 0) return false;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return true;
}

// Photo ingest speed and memory on realistic 24 MP camera JPEGs (6000×4000, q90):
//   media.ingest_24mp_ms             one photo → stored original + preview + thumbnail (median)
//   media.ingest_ratio_minimal       ours over a bare sharp script doing the same decodes, resizes
//                                    and writes, in the same run (goal ≤ 1.3)
//   media.ingest_ratio_imagemagick   ImageMagick's /usr/bin/convert doing the same over ours (goal ≥ 4)
//   media.ingest_24mp_service_ms     one photo through the media process (IPC, file read included)
//   media.ingest_20_photos_ms        twenty photos through the service, both cores
//   media.peak_rss_mb                peak resident memory of a media process (goal ≤ 500)

import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { configureSharp, PREVIEW, THUMB } from '../../main/core/media/develop.ts';
import { ingestPhoto } from '../../main/core/media/ingest.ts';
import { createMediaService } from '../../main/core/media/service.ts';
import { percentile, round, type Benchmark } from './harness.ts';

const run = promisify(execFile);
const IMAGEMAGICK = '/usr/bin/convert';
const median = (xs: number[]): number => percentile(xs, 50);

/** A 6000×4000 picture with the structure of a photo: broad gradients, soft shapes, sensor grain. */
async function camera24mp(): Promise<Buffer> {
  const width = 6000;
  const height = 4000;
  const data = Buffer.alloc(width * height * 3);
  let s = 12345;
  for (let y = 0; y < height; y++) {
    const sky = y < height * 0.45;
    for (let x = 0; x < width; x++) {
      s = (s * 1103515245 + 12345) >>> 0;
      const grain = ((s >>> 16) & 15) - 8;
      const hill = Math.sin(x / 310) * 120 + Math.sin(x / 47) * 12;
      const ground = y > height * 0.45 + hill;
      const texture = ground ? ((x * 7 + y * 13) % 23) * 2 + Math.sin((x + y) / 9) * 10 : 0;
      const i = (y * width + x) * 3;
      const r = sky ? 90 + (y * 80) / height : 70 + texture + (x * 40) / width;
      const g = sky ? 140 + (y * 60) / height : 110 + texture * 0.8;
      const b = sky ? 220 - (y * 40) / height : 50 + texture * 0.3;
      data[i] = Math.max(0, Math.min(255, r + grain));
      data[i + 1] = Math.max(0, Math.min(255, g + grain));
      data[i + 2] = Math.max(0, Math.min(255, b + grain));
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The same bytes made distinct (a JPEG comment after SOI), so twenty copies are twenty assets. */
function variant(jpeg: Buffer, n: number): Buffer {
  const text = Buffer.from(`frame ${n}`);
  const com = Buffer.from([0xff, 0xfe, 0, text.length + 2]);
  return Buffer.concat([jpeg.subarray(0, 2), com, text, jpeg.subarray(2)]);
}

/** What a bare sharp script does for the same result: copy, one resize, one thumbnail, written plainly. */
async function minimal(src: string, out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  const bytes = await readFile(src);
  await writeFile(join(out, 'original.jpg'), bytes);
  const preview = await sharp(bytes)
    .autoOrient()
    .resize({ width: PREVIEW.side, height: PREVIEW.side, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: PREVIEW.quality })
    .toBuffer();
  await writeFile(join(out, 'preview.jpg'), preview);
  const thumb = await sharp(preview)
    .resize({ width: THUMB.side, height: THUMB.side, fit: 'inside' })
    .jpeg({ quality: THUMB.quality })
    .toBuffer();
  await writeFile(join(out, 'thumb.jpg'), thumb);
}

async function imagemagick(src: string, out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  await copyFile(src, join(out, 'original.jpg'));
  // One process, one decode, the thumbnail from the preview: the same work as ours.
  await run(IMAGEMAGICK, [
    src,
    '-auto-orient',
    '-strip',
    '-resize',
    `${PREVIEW.side}x${PREVIEW.side}>`,
    '-quality',
    String(PREVIEW.quality),
    '-write',
    join(out, 'preview.jpg'),
    '-resize',
    `${THUMB.side}x${THUMB.side}>`,
    '-quality',
    String(THUMB.quality),
    join(out, 'thumb.jpg'),
  ]);
}

async function isImageMagick(): Promise<boolean> {
  try {
    const { stdout } = await run(IMAGEMAGICK, ['-version']);
    return /ImageMagick/.test(stdout);
  } catch {
    return false;
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const bench: Benchmark = {
  name: 'media',
  async run({ tmpDir, log }) {
    const cores = availableParallelism();
    const poolSize = Math.min(2, cores);
    // The same sharp settings a media process gets from the service.
    configureSharp(Math.max(1, Math.floor(cores / poolSize)));

    const base = await camera24mp();
    const src = join(tmpDir, 'DSC_0001.JPG');
    await writeFile(src, base);
    log(`24 MP source: ${(base.length / 1e6).toFixed(1)} MB`);

    // Ours and the bare script alternate, so both see the same machine load.
    const ours: number[] = [];
    const bare: number[] = [];
    const RUNS = 7;
    for (let i = -1; i < RUNS; i++) {
      const a = join(tmpDir, `ours-${i}`);
      await mkdir(a);
      const t1 = await timed(() => ingestPhoto({ articleDir: a, filePath: src }));
      const t2 = await timed(() => minimal(src, join(tmpDir, `bare-${i}`)));
      if (i >= 0) {
        ours.push(t1);
        bare.push(t2);
      }
    }
    const oursMs = median(ours);
    log(`ours ${ours.map((x) => x.toFixed(0)).join(' ')} ms; bare sharp ${bare.map((x) => x.toFixed(0)).join(' ')} ms`);

    let imRatio = NaN;
    if (await isImageMagick()) {
      const im: number[] = [];
      for (let i = 0; i < 3; i++) im.push(await timed(() => imagemagick(src, join(tmpDir, `im-${i}`))));
      log(`ImageMagick ${im.map((x) => x.toFixed(0)).join(' ')} ms`);
      imRatio = median(im) / oursMs;
    } else {
      log(`${IMAGEMAGICK} is missing or not ImageMagick (apt-get install -y imagemagick): ratio reported as NaN`);
    }

    const service = createMediaService({ poolSize });
    try {
      // Start the processes first: the figure is the photos, not the process start-up.
      const warm = join(tmpDir, 'warm');
      await mkdir(warm);
      await service.addPhotos(warm, [
        {
          bytes: await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } })
            .jpeg()
            .toBuffer(),
          name: 'w.jpg',
        },
        {
          bytes: await sharp({ create: { width: 64, height: 64, channels: 3, background: '#777' } })
            .jpeg()
            .toBuffer(),
          name: 'w2.jpg',
        },
      ]);

      const single: number[] = [];
      for (let i = 0; i < 3; i++) {
        const a = join(tmpDir, `svc-one-${i}`);
        await mkdir(a);
        single.push(await timed(() => service.addPhotos(a, [src])));
      }

      const files: string[] = [];
      for (let i = 0; i < 20; i++) {
        const f = join(tmpDir, `DSC_${1000 + i}.JPG`);
        await writeFile(f, variant(base, i));
        files.push(f);
      }
      const article = join(tmpDir, 'twenty');
      await mkdir(article);
      let failed = 0;
      const twenty = await timed(async () => {
        failed = (await service.addPhotos(article, files)).filter((o) => !o.ok).length;
      });
      if (failed) throw new Error(`${failed} of 20 photos failed`);
      const peak = Math.max(...service.workers().map((w) => w.peakRssMb));
      log(`service: ${poolSize} processes × ${Math.max(1, Math.floor(cores / poolSize))} threads`);

      return {
        'media.ingest_24mp_ms': { value: round(oursMs, 0) },
        'media.ingest_ratio_minimal': { value: round(oursMs / median(bare)), goal: '<= 1.3' },
        'media.ingest_ratio_imagemagick': { value: round(imRatio, 1), goal: '>= 4' },
        'media.ingest_24mp_service_ms': { value: round(median(single), 0) },
        'media.ingest_20_photos_ms': { value: round(twenty, 0) },
        'media.peak_rss_mb': { value: peak, goal: '<= 500' },
      };
    } finally {
      await service.close();
    }
  },
};

export default bench;

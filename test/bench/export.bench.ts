// Export speed on an article with twenty 24 MP photos (6000×4000 camera-like JPEGs), every part
// of the package (renditions 400/800/1600 × JPEG/WebP, HTML, fragment, text, DOCX, ninjs checked
// against the schema, manifest, one .zip):
//   export.20_photos_ms     the whole package (median of the runs)
//   export.ratio_minimal    that over a bare sharp script making the same renditions (same
//                           photos, same sizes and qualities, same parallelism) in the same run;
//                           goal ≤ 1.3
// The photos are made in tmpDir first (not timed).

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Article, BodyBlock } from '../../main/common/article/model.ts';
import { exportPackage } from '../../main/core/export/package.ts';
import { verifyPackage } from '../../main/core/export/verify.ts';
import { assetInfoPath, mediaDir } from '../../main/core/media/paths.ts';
import { percentile, round, type Benchmark } from './harness.ts';

const PHOTOS = 20;
const RUNS = 3;
const WIDTHS = [400, 800, 1600];

/** A 6000×4000 picture with a photo's structure: gradients, soft shapes, texture, sensor grain. */
async function camera24mp(seed: number): Promise<Buffer> {
  const width = 6000;
  const height = 4000;
  const data = Buffer.alloc(width * height * 3);
  let s = 12345 + seed * 7919;
  for (let y = 0; y < height; y++) {
    const horizon = height * (0.4 + 0.1 * Math.sin(seed + y / 900));
    for (let x = 0; x < width; x++) {
      s = (s * 1103515245 + 12345) >>> 0;
      const grain = ((s >>> 16) & 15) - 8;
      const ground = y > horizon + Math.sin(x / (250 + seed * 10)) * 120;
      const texture = ground ? ((x * 7 + y * 13 + seed) % 23) * 2 + Math.sin((x + y) / 9) * 10 : 0;
      const i = (y * width + x) * 3;
      data[i] = Math.max(0, Math.min(255, (ground ? 70 + texture + (x * 40) / width : 90 + (y * 80) / height) + grain));
      data[i + 1] = Math.max(0, Math.min(255, (ground ? 110 + texture * 0.8 : 140 + (y * 60) / height) + grain));
      data[i + 2] = Math.max(0, Math.min(255, (ground ? 50 + texture * 0.3 : 220 - (y * 40) / height) + grain));
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** What a bare sharp script does for the same renditions: one pipeline per file, no checks. */
async function minimal(paths: string[], concurrency: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const p = paths[next++];
      await Promise.all(
        WIDTHS.flatMap((w) => [
          sharp(p).autoOrient().resize({ width: w }).jpeg({ quality: 82, progressive: true }).toBuffer(),
          sharp(p).autoOrient().resize({ width: w }).webp({ quality: 82 }).toBuffer(),
        ]),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const bench: Benchmark = {
  name: 'export',
  async run({ tmpDir, log }) {
    const articleDir = join(tmpDir, 'article');
    await mkdir(mediaDir(articleDir), { recursive: true });
    const paths: string[] = [];
    const body: BodyBlock[] = [];
    for (let i = 0; i < PHOTOS; i++) {
      const bytes = await camera24mp(i);
      const assetId = createHash('sha256').update(bytes).digest('hex');
      const path = join(mediaDir(articleDir), `${assetId}.jpg`);
      await writeFile(path, bytes);
      await writeFile(
        assetInfoPath(articleDir, assetId),
        JSON.stringify({ format: 'jpeg', original: `media/${assetId}.jpg`, width: 6000, height: 4000 }),
      );
      paths.push(path);
      body.push({ type: 'paragraph', id: `p${i}`, children: [{ text: `Đoạn ${i + 1}: “bốn tốt” ở Quang Bình. `.repeat(12) }] });
      body.push({
        type: 'figure',
        id: `f${i}`,
        assetId,
        caption: `Ảnh số ${i + 1} của bài.`,
        credit: 'TRUNG HẬU',
        alt: `Mô tả ảnh ${i + 1}`,
        layout: 'medium',
        children: [{ text: '' }],
      });
      if (i === 0) log(`photo: 6000×4000, ${(bytes.length / 1e6).toFixed(1)} MB`);
    }
    const article: Article = {
      schemaVersion: 1,
      id: 'a-0m5k2z9a0-bench1',
      version: 1,
      createdAt: '2025-01-05T08:00:00.000Z',
      updatedAt: '2025-01-05T10:00:00.000Z',
      status: 'approved',
      meta: {
        slug: 'bench',
        category: 'Xây dựng Đảng',
        tags: [],
        place: 'Quang Bình',
        publishAt: '2025-01-05T10:43:00.000Z',
        byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' },
        relatedIds: [],
        editorNote: '',
      },
      content: [
        { type: 'headline', id: 'h', children: [{ text: 'Hai mươi ảnh' }] },
        { type: 'sapo', id: 's', children: [{ text: 'BHG - Bài thử tốc độ xuất gói.' }] },
        ...body,
      ],
    };

    const concurrency = Math.min(4, availableParallelism());
    const ours: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      await minimal(paths, concurrency);
      bare.push(performance.now() - t);
      const target = join(tmpDir, `package-${run}.zip`);
      t = performance.now();
      await exportPackage(article, articleDir, { paperPrefix: 'BHG' }, { target, kind: 'zip', concurrency });
      ours.push(performance.now() - t);
      log(`run ${run + 1}: package ${Math.round(ours[run])} ms, bare sharp ${Math.round(bare[run])} ms`);
      if (run === 0 && !(await verifyPackage(target)).ok) throw new Error('the benchmark package does not verify');
    }
    const oursMs = percentile(ours, 50);
    const bareMs = percentile(bare, 50);
    return {
      'export.20_photos_ms': { value: round(oursMs, 0) },
      'export.ratio_minimal': { value: round(oursMs / bareMs, 2), goal: '<= 1.3' },
    };
  },
};

export default bench;

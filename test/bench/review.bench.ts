// Submitting and verifying an article with twenty photos (5-8 MB each, ~130 MB in all):
// review.submit_ms is the reporter's "Submit for review" (hash and copy every original into a
// signed package in the desk); review.verify_ms is the editor's side (copy into quarantine,
// check the zip, the signature and every hash, move into the store). Neither decodes a photo.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Block } from '../../main/common/article/model.ts';
import { DEFAULT_SETTINGS } from '../../main/common/settings.ts';
import { Library } from '../../main/core/library/library.ts';
import { FolderDesk } from '../../main/core/review/folder-desk.ts';
import { libraryPort } from '../../main/core/review/library.ts';
import { ReviewService } from '../../main/core/review/service.ts';
import { round, type Benchmark } from './harness.ts';

const PHOTOS = 20;
const RUNS = 3;

/** A JPEG-looking file: SOI/APP0 header, random body (incompressible, like a real JPEG), EOI. */
function photo(size: number): Buffer {
  const buf = randomBytes(size);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]).copy(buf, 0);
  buf[size - 2] = 0xff;
  buf[size - 1] = 0xd9;
  return buf;
}

async function laptop(
  root: string,
  name: string,
  desk: string,
  roles: ('reporter' | 'editor')[],
): Promise<{ lib: Library; service: ReviewService }> {
  const lib = new Library({ dir: join(root, name, 'library'), settings: () => DEFAULT_SETTINGS, cacheFlushDelayMs: 10 });
  const service = new ReviewService({
    reviewDir: join(root, name, 'library', 'review'),
    profileDir: join(root, name, 'profile'),
    library: libraryPort(lib),
    openDesk: (p) => new FolderDesk(p),
    watch: false,
    rescanMs: 0,
  });
  await service.setProfile(name, roles);
  await service.setDesk(desk);
  return { lib, service };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const bench: Benchmark = {
  name: 'review',
  async run({ tmpDir, log }) {
    const desk = join(tmpDir, 'desk');
    const reporter = await laptop(tmpDir, 'reporter', desk, ['reporter']);
    const editor = await laptop(tmpDir, 'editor', desk, ['editor']);
    const rk = await editor.service.importKey({ content: (await reporter.service.exportKey()).content });
    await editor.service.trustKey(rk.keyId, ['reporter']);

    const submitMs: number[] = [];
    const verifyMs: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const article = await reporter.lib.create({ headline: `Bài có hai mươi ảnh ${run}` });
      const media = join(reporter.lib.articleDir(article.id), 'media');
      await mkdir(media, { recursive: true });
      const content: Block[] = [...article.content];
      bytes = 0;
      for (let i = 0; i < PHOTOS; i++) {
        const data = photo(5_000_000 + Math.floor(Math.random() * 3_000_000));
        bytes += data.length;
        const assetId = createHash('sha256').update(data).digest('hex');
        await writeFile(join(media, `${assetId}.jpg`), data);
        content.push({
          type: 'figure',
          id: `b-fig${i}`,
          assetId,
          caption: `Ảnh ${i + 1}: Đảng viên chia sẻ kinh nghiệm`,
          credit: 'Ảnh: TRUNG HẬU',
          alt: '',
          layout: 'full',
          children: [{ text: '' }],
        });
        content.push({
          type: 'paragraph',
          id: `b-par${i}`,
          children: [{ text: 'Qua quá trình thực hiện, các chi bộ, Đảng bộ cơ sở đã đạt nhiều kết quả đáng khích lệ. '.repeat(3) }],
        });
      }
      await reporter.lib.save({ id: article.id, content: content as never });

      let t = performance.now();
      await reporter.service.submit(article.id);
      submitMs.push(performance.now() - t);

      t = performance.now();
      const report = await editor.service.refresh();
      verifyMs.push(performance.now() - t);
      if (report.accepted !== 1) throw new Error(`the editor took in ${report.accepted} packages, refused ${report.refused}`);
      log(`run ${run + 1}: ${(bytes / 1e6).toFixed(0)} MB, submit ${submitMs[run].toFixed(0)} ms, verify ${verifyMs[run].toFixed(0)} ms`);
      // Keep the disk use of the benchmark bounded: the next run starts from an empty desk.
      for (const f of await readdir(join(desk, 'submissions'))) await rm(join(desk, 'submissions', f), { force: true });
      await rm(join(tmpDir, 'editor', 'library', 'review', 'packages'), { recursive: true, force: true });
    }
    await reporter.service.close();
    await editor.service.close();
    await reporter.lib.close();
    await editor.lib.close();
    return {
      'review.submit_ms': { value: round(median(submitMs), 0) },
      'review.verify_ms': { value: round(median(verifyMs), 0) },
      'review.package_mb': { value: round(bytes / 1e6, 0) },
    };
  },
};

export default bench;

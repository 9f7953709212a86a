// The library's speed: listing 10,000 articles to the first page (with and without the list
// cache) and saving a 5,000-word article, fsyncs included, through the dispatcher.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newArticleId } from '../../main/common/article/ids.ts';
import { emptyMeta, type Article } from '../../main/common/article/model.ts';
import { normalizeContent } from '../../main/common/article/normalize.ts';
import { DEFAULT_SETTINGS } from '../../main/common/settings.ts';
import { createCore } from '../../main/core/app.ts';
import { Library } from '../../main/core/library/library.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import { percentile, round, type Benchmark } from './harness.ts';
import { BON_TOT } from '../fixtures/articles.ts';

const FIXTURE = BON_TOT;
const FIRST_PAGE = { sort: 'changed', trash: false, offset: 0, limit: 50 } as const;

/** Paragraphs of real Vietnamese news prose, repeated up to `words` words. */
async function prose(words: number): Promise<string[]> {
  let source: string[];
  try {
    source = (await readFile(FIXTURE, 'utf8')).split(/\n+/).filter((l) => l.split(' ').length > 30);
  } catch {
    source = [
      'Đảng bộ huyện Quang Bình luôn coi việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức Đảng và chất lượng đảng viên là nhiệm vụ then chốt, liên tục.',
    ];
  }
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = source[i % source.length];
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out;
}

/** Writes a library of `n` articles straight to disk (the library itself would fsync each one). */
async function generate(dir: string, n: number, paragraphs: string[]): Promise<void> {
  const start = Date.parse('2024-01-01T00:00:00Z');
  const batch: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const t = start + i * 60_000;
    const id = newArticleId(t);
    const article: Article = {
      schemaVersion: 1,
      id,
      version: 1 + (i % 7),
      createdAt: new Date(t).toISOString(),
      updatedAt: new Date(t + (i % 13) * 3_600_000).toISOString(),
      status: 'draft',
      meta: { ...emptyMeta(), category: ['Thời sự', 'Kinh tế', 'Xã hội'][i % 3] },
      content: normalizeContent([
        { type: 'headline', children: [{ text: `Bài ${i}: ${paragraphs[i % paragraphs.length].slice(0, 60)}` }] },
        { type: 'sapo', children: [{ text: `BHG - ${paragraphs[(i + 1) % paragraphs.length].slice(0, 300)}` }] },
        ...paragraphs.slice(0, 3 + (i % 4)).map((text) => ({ type: 'paragraph', children: [{ text }] })),
      ]),
    };
    const folder = join(dir, 'articles', id);
    batch.push(
      (async () => {
        await mkdir(join(folder, 'revisions'), { recursive: true });
        await writeFile(join(folder, 'article.json'), JSON.stringify(article, null, 1));
      })(),
    );
    if (batch.length >= 200) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

async function timeFirstPage(dir: string): Promise<{ ms: number; total: number }> {
  const t0 = performance.now();
  const lib = new Library({ dir, settings: () => DEFAULT_SETTINGS });
  const { total } = await lib.list(FIRST_PAGE);
  const ms = performance.now() - t0;
  await lib.close(); // writes the list cache
  return { ms, total };
}

const bench: Benchmark = {
  name: 'library',
  async run({ tmpDir, log }) {
    const paragraphs = await prose(5_000);
    const libDir = join(tmpDir, 'lib10k');
    const g0 = performance.now();
    await generate(libDir, 10_000, paragraphs);
    log(`generated 10,000 articles in ${Math.round(performance.now() - g0)} ms`);

    const cold = await timeFirstPage(libDir);
    if (cold.total !== 10_000) throw new Error(`listed ${cold.total} articles, expected 10,000`);
    log(`cold (no list cache): ${round(cold.ms)} ms`);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await timeFirstPage(libDir)).ms);
    log(`warm: ${warm.map((v) => round(v)).join(', ')} ms`);
    await rm(libDir, { recursive: true, force: true });

    // Save: a 5,000-word article, through the dispatcher (validation + normalisation + fsyncs).
    const core = await createCore({ libraryDir: join(tmpDir, 'lib-save'), settings: createMemorySettings(), transport: 'direct' });
    const created = await core.dispatch('library.create', { headline: 'Bài dài' });
    if (!created.ok) throw new Error(created.error.message);
    const article = created.value as Article;
    let version = article.version;
    const samples: number[] = [];
    for (let i = 0; i < 120; i++) {
      const content = [
        { type: 'headline', children: [{ text: 'Sức mạnh đoàn kết trong phong trào “bốn tốt”' }] },
        { type: 'sapo', children: [{ text: `BHG - Lần lưu ${i}.` }] },
        ...paragraphs.map((text, j) => ({ type: 'paragraph', id: `p-${j}`, children: [{ text: j === 0 ? `${text} ${i}` : text }] })),
      ];
      const t0 = performance.now();
      const r = await core.dispatch('library.save', { id: article.id, content, baseVersion: version });
      samples.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.error.message);
      version = (r.value as { version: number }).version;
    }
    await core.close();
    const words = paragraphs.join(' ').split(/\s+/).length;
    log(`save: ${words} words, p50 ${round(percentile(samples, 50))} ms, max ${round(Math.max(...samples))} ms`);

    return {
      'library.list_10k_ms': { value: round(percentile(warm, 50)), goal: '<= 500' },
      'library.list_10k_cold_ms': { value: round(cold.ms) },
      'library.save_5k_p95_ms': { value: round(percentile(samples, 95)), goal: '<= 20' },
    };
  },
};

export default bench;

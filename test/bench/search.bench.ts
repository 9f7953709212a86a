// Library search over 10,000 generated Vietnamese stories of realistic length (~1,200 words):
// building the index, saving and loading it (search.json), its memory, and the time of a
// search, tone-insensitive, with prefixes, phrases and filters; then the same through the
// SearchService over a real library on disk (first start, next start, one page of results).

import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blockText } from '../../main/common/article/model.ts';
import { DEFAULT_SETTINGS } from '../../main/common/settings.ts';
import { Library } from '../../main/core/library/library.ts';
import { buildSearchIndex, loadSearchIndex, type SearchOptions } from '../../main/core/search/search-index.ts';
import { SearchService, searchFile } from '../../main/core/search/service.ts';
import { generateArticles } from '../unit/search/corpus.ts';
import { percentile, round, type Benchmark } from './harness.ts';

const N = 10_000;

/** What reporters type: places and names with and without tones, phrases, half-typed words, filters. */
const QUERIES: SearchOptions[] = [
  'da nang',
  'Đà Nẵng',
  'hoa binh',
  'Hòa Bình',
  'Hoà Bình',
  'quang binh',
  'Quang Bình',
  'meo vac',
  'Mèo Vạc',
  'dong van',
  'lung cu',
  'hoang su phi',
  'xin man',
  'bac quang',
  'tuyen quang',
  'ha giang',
  'dak lak',
  'ta van',
  'quan ba',
  'yen minh',
  'chi bo bon tot',
  '"bon tot"',
  '"quang binh"',
  'xay dung dang',
  'nang cao chat luong',
  'ban hanh ke hoach',
  'dang vien',
  'phat tri',
  'huyen u',
  'trung ha',
  'nghi quyet',
  'tai dinh cu',
  'trung hau',
  'hoang nghia',
  'vang sinh din',
  "h'mong",
  'sinh hoat chi bo',
  'tu dien bien',
  'lanh dao',
  'BTV Huyện ủy',
].map((query) => ({ query, limit: 20 }));
const FILTERED: SearchOptions[] = [
  { query: 'quang binh', status: 'approved', limit: 20 },
  { query: 'chi bo', category: 'xay dung dang', limit: 20 },
  { query: 'meo vac', from: '2024-06-01', to: '2024-12-31', limit: 20 },
  { query: '', status: 'submitted', limit: 50 },
  { query: '', from: '2025-01-01', limit: 50 },
];

const mb = (bytes: number): number => round(bytes / 1e6, 1);

const bench: Benchmark = {
  name: 'search',
  async run({ tmpDir, log }) {
    const articles = generateArticles(N);
    const words =
      articles.slice(0, 50).reduce(
        (n, a) =>
          n +
          a.content
            .map((b) => blockText(b))
            .join(' ')
            .split(/\s+/).length,
        0,
      ) / 50;
    log(`${N} articles, ~${Math.round(words)} words each`);

    globalThis.gc?.();
    const before = process.memoryUsage();
    const t0 = performance.now();
    const index = buildSearchIndex(articles);
    const buildMs = performance.now() - t0;
    globalThis.gc?.();
    const after = process.memoryUsage();
    const memory = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
    log(`build ${round(buildMs)} ms, ~${mb(memory)} MB${globalThis.gc ? '' : ' (run node with --expose-gc for a steadier figure)'}`);

    const t1 = performance.now();
    const text = index.serialize();
    const serializeMs = performance.now() - t1;
    const file = join(tmpDir, 'search.json');
    await writeFile(file, text);
    const size = (await stat(file)).size;
    const t2 = performance.now();
    const loaded = loadSearchIndex(await readFile(file, 'utf8'));
    const loadMs = performance.now() - t2;
    if (loaded.size !== N) throw new Error(`loaded ${loaded.size} articles`);
    log(`serialize ${round(serializeMs)} ms, ${mb(size)} MB on disk, load ${round(loadMs)} ms`);

    // Warm up (JIT), then time every query several times.
    for (const q of QUERIES) index.search(q);
    const samples: number[] = [];
    const filtered: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      for (const q of QUERIES) {
        const t = performance.now();
        index.search(q);
        samples.push(performance.now() - t);
      }
      for (const q of FILTERED) {
        const t = performance.now();
        index.search(q);
        filtered.push(performance.now() - t);
      }
    }
    const check = index.search({ query: 'da nang' });
    if (!check.items[0]?.headline.includes('Đà Nẵng') && !check.items[0]?.snippet.includes('Đà Nẵng'))
      throw new Error('`da nang` did not find Đà Nẵng first');
    log(
      `search: p50 ${round(percentile(samples, 50))} ms, p95 ${round(percentile(samples, 95))} ms, max ${round(Math.max(...samples))} ms; filtered p95 ${round(percentile(filtered, 95))} ms`,
    );

    // The service over a real library: the first start reads every article, the next loads search.json.
    const libDir = join(tmpDir, 'lib');
    const g0 = performance.now();
    for (let i = 0; i < articles.length; i += 200) {
      await Promise.all(
        articles.slice(i, i + 200).map(async (a) => {
          const dir = join(libDir, 'articles', a.id);
          await mkdir(join(dir, 'revisions'), { recursive: true });
          await writeFile(join(dir, 'article.json'), JSON.stringify(a));
        }),
      );
    }
    log(`wrote the library in ${round(performance.now() - g0)} ms`);
    const startup = async (): Promise<{ ms: number; service: SearchService; library: Library }> => {
      const library = new Library({ dir: libDir, settings: () => DEFAULT_SETTINGS });
      const service = new SearchService({ libraryDir: libDir, source: library });
      const t = performance.now();
      await service.ready();
      return { ms: performance.now() - t, service, library };
    };
    const cold = await startup();
    await cold.service.close();
    await cold.library.close();
    const savedSize = (await stat(searchFile(libDir))).size;
    const warm = await startup();
    log(`service start: first ${round(cold.ms)} ms (reads ${N} articles), next ${round(warm.ms)} ms (search.json, ${mb(savedSize)} MB)`);
    for (const q of QUERIES) await warm.service.search(q);
    const pages: number[] = [];
    for (const q of QUERIES) {
      const t = performance.now();
      await warm.service.search(q);
      pages.push(performance.now() - t);
    }
    await warm.service.close();
    await warm.library.close();
    log(`service search (a page of 20 with snippets): p95 ${round(percentile(pages, 95))} ms`);

    return {
      'library.search_p95_ms': { value: round(percentile(samples, 95)), goal: '<= 50' },
      'library.search_p50_ms': { value: round(percentile(samples, 50)) },
      'library.search_filtered_p95_ms': { value: round(percentile(filtered, 95)) },
      'library.search_page_p95_ms': { value: round(percentile(pages, 95)) },
      'library.search_index_build_ms': { value: round(buildMs) },
      'library.search_index_load_ms': { value: round(loadMs) },
      'library.search_index_mb': { value: mb(memory) },
      'library.search_index_file_mb': { value: mb(size) },
      'library.search_startup_first_ms': { value: round(cold.ms) },
      'library.search_startup_ms': { value: round(warm.ms) },
    };
  },
};

export default bench;

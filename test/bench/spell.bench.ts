// The language engine on a 5,000-word article: the spell check in its worker thread (goal
// ≤ 200 ms, the dictionaries already loaded), the cold load of the dictionaries apart, the
// house-style check, and counting (which the editor runs on every keystroke).

import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { countText } from '../../main/common/vietnamese/counts.ts';
import { createStyleChecker } from '../../main/common/vietnamese/style/checker.ts';
import type { TextBlock } from '../../main/common/vietnamese/style/types.ts';
import { loadLanguageFiles } from '../../main/core/language/resources.ts';
import { createLanguageWorker } from '../../main/core/language/language-service.ts';
import { percentile, round, type Benchmark } from './harness.ts';
import { BON_TOT } from '../fixtures/articles.ts';

const fixture = BON_TOT;
const RUNS = 7;
// Typos a reporter makes: each run gets fresh ones, so suggestions are computed, not cached.
const TYPOS = ['nghành', 'chia sẽ', 'sử lý', 'quyêt', 'thưòng', 'xuât', 'nguời', 'đươc', 'Huyệ', 'truờng'];

let paragraphs: string[] = [];

/** About `words` chữ of the fixture's paragraphs, with a few typos made unique by `run`. */
function article(words: number, run: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    let text = paragraphs[i % paragraphs.length];
    if (i % 4 === 0) text = `${text} ${TYPOS[(i / 4) % TYPOS.length]}${'abcdefghij'[run % 10]}x`;
    out.push(text);
    count += text.split(/\s+/).length;
  }
  return out;
}

const bench: Benchmark = {
  name: 'spell',
  async run({ log }) {
    const text = await readFile(fixture, 'utf8');
    paragraphs = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 80);

    const spell = createLanguageWorker();
    const spellCheck = async (texts: string[], tonePlacement?: 'old') =>
      (
        await spell.check({
          blocks: texts.map((text) => ({ kind: 'paragraph', text })),
          style: null,
          spelling: { userWords: [], ...(tonePlacement ? { tonePlacement } : {}) },
        })
      ).spelling;
    try {
      const started = performance.now();
      const { loadMs } = await spell.ready();
      const readyMs = performance.now() - started;
      log(`dictionaries loaded in the worker in ${round(loadMs)} ms (${round(readyMs)} ms with the thread's start)`);

      const samples: number[] = [];
      let words = 0;
      for (let run = 0; run < RUNS; run++) {
        const blocks = article(5000, run);
        words = blocks.reduce((n, b) => n + b.split(/\s+/).length, 0);
        const t = performance.now();
        const findings = await spellCheck(blocks, 'old');
        samples.push(performance.now() - t);
        if (run === 0) log(`${words} words, ${findings.flat().length} findings`);
      }
      const warm = performance.now();
      await spellCheck(article(5000, 0));
      const warmMs = performance.now() - warm;

      const files = await loadLanguageFiles();
      const style = createStyleChecker({ abbreviations: files.abbreviations, places: files.places });
      const blocks: TextBlock[] = article(5000, 0).map((t) => ({ kind: 'paragraph', text: t }));
      const styleSamples: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const t = performance.now();
        style.check(blocks, { 'merged-place': { asOf: '2025-08-01' } });
        styleSamples.push(performance.now() - t);
      }

      // Counting one long paragraph, as on a keystroke (the editor recounts only the block typed in).
      const joined = blocks.map((b) => b.text).join(' ');
      const countSamples: number[] = [];
      for (let run = 0; run < 50; run++) {
        const t = performance.now();
        countText(joined);
        countSamples.push(performance.now() - t);
      }

      return {
        'spell.load_ms': { value: round(loadMs) },
        'spell.start_ms': { value: round(readyMs) },
        'spell.article_5k_ms': { value: round(percentile(samples, 50)), goal: '<= 200' },
        'spell.article_5k_p95_ms': { value: round(percentile(samples, 95)) },
        'spell.article_5k_cached_ms': { value: round(warmMs) },
        'style.article_5k_ms': { value: round(percentile(styleSamples, 50)) },
        'counts.article_5k_ms': { value: round(percentile(countSamples, 50), 3) },
      };
    } finally {
      await spell.close();
    }
  },
};

export default bench;

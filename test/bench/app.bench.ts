// The app's start in Chromium against the browser host: from starting the host (services
// included) to an article open in an editable, painted Slate editor. Chromium's own launch is
// measured apart and excluded. Typing speed is editor.bench.ts's.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import type { Block } from '../../main/common/article/model.ts';
import { createCore } from '../../main/core/app.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import { ensureRendererBuilt } from '../../main/host/build.ts';
import { startHost } from '../../main/host/server.ts';
import { launchChromium } from './drivers.ts';
import { percentile, round, type Benchmark, type Figure } from './harness.ts';
import { asBlocks, proseParagraphs } from './prose.ts';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 5;

/** Resolves once the article is editable and a frame with it has been painted. */
async function editorReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-slate-editor="true"][contenteditable="true"] .block-headline', { state: 'visible' });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

async function openOnce(browser: Browser, libraryDir: string, rendererDir: string, articleId: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = performance.now();
  const core = await createCore({ libraryDir, settings: createMemorySettings(), transport: 'host' });
  const host = await startHost({ core, port: 0, rendererDir });
  await page.goto(`${host.url}#/article/${articleId}`);
  await editorReady(page);
  const ms = performance.now() - t0;
  await context.close();
  await host.close();
  await core.close();
  return ms;
}

const bench: Benchmark = {
  name: 'app',
  async run({ tmpDir, log }) {
    const rendererDir = await ensureRendererBuilt(repoDir, log);
    const libraryDir = join(tmpDir, 'library');
    await mkdir(libraryDir, { recursive: true });
    const setup = await createCore({ libraryDir, settings: createMemorySettings(), transport: 'direct' });
    const created = await setup.dispatch('library.create', { headline: 'Sức mạnh đoàn kết trong phong trào “bốn tốt”' });
    if (!created.ok) throw new Error(created.error.message);
    const small = created.value as { id: string; content: Block[] };
    const long = await setup.dispatch('library.create', { headline: 'Bài dài 5.000 chữ' });
    if (!long.ok) throw new Error(long.error.message);
    const longArticle = long.value as { id: string; content: Block[] };
    const saved = await setup.dispatch('library.save', {
      id: longArticle.id,
      content: [...longArticle.content.slice(0, 2), ...asBlocks(proseParagraphs(5000))],
    });
    if (!saved.ok) throw new Error(saved.error.message);
    await setup.close();

    const l0 = performance.now();
    const browser = await launchChromium();
    const launchMs = performance.now() - l0;
    try {
      // One unmeasured run warms the OS file cache and the host's module graph.
      await openOnce(browser, libraryDir, rendererDir, small.id);
      const ready: number[] = [];
      for (let i = 0; i < RUNS; i++) ready.push(await openOnce(browser, libraryDir, rendererDir, small.id));
      const readyLong: number[] = [];
      for (let i = 0; i < RUNS; i++) readyLong.push(await openOnce(browser, libraryDir, rendererDir, longArticle.id));
      log(`ready (ms): ${ready.map((v) => round(v, 0)).join(', ')}; 5,000 words: ${readyLong.map((v) => round(v, 0)).join(', ')}`);

      const figures: Record<string, Figure> = {
        'app.browser_launch_ms': { value: round(launchMs, 0) },
        'app.ready_ms': { value: round(percentile(ready, 50), 0), goal: '<= 1000' },
        'app.ready_5k_words_ms': { value: round(percentile(readyLong, 50), 0), goal: '<= 1000' },
      };
      return figures;
    } finally {
      await browser.close();
    }
  },
};

export default bench;

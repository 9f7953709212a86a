// The app's start in Chromium against the browser host: from starting the host (services
// included) to an article open in an editable, painted Slate editor; and the editor's latency
// per keystroke in a 5,000-word article (Event Timing: key press to the next painted frame). Chromium's own launch is measured apart and excluded.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Block } from '../../main/common/article/model.ts';
import { createCore } from '../../main/core/app.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import { ensureRendererBuilt } from '../../main/host/build.ts';
import { startHost } from '../../main/host/server.ts';
import { percentile, round, type Benchmark, type Figure } from './harness.ts';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 5;
const KEYSTROKES = 120;

const SENTENCES = [
  'Đảng bộ huyện Quang Bình luôn coi việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức Đảng và chất lượng đảng viên là nhiệm vụ then chốt, liên tục.',
  'BTV Huyện ủy đã áp dụng linh hoạt các hình thức trực tiếp và trực tuyến để phổ biến kế hoạch xây dựng “Chi bộ bốn tốt” đến hơn 4.000 lượt cán bộ, đảng viên.',
  'Nhờ đó, chất lượng sinh hoạt chi bộ được nâng cao rõ rệt, tinh thần dân chủ trong thảo luận được phát huy mạnh mẽ; tỷ lệ đảng viên phát biểu đạt 96,7%.',
];

/** About `words` words of news prose in paragraphs of ~60 words. */
function body(words: number): Block[] {
  const blocks: Block[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = [0, 1, 2].map((k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
    blocks.push({ type: 'paragraph', id: `b-bench${i.toString(36).padStart(5, '0')}`, children: [{ text }] });
    count += text.split(/\s+/).length;
  }
  return blocks;
}

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

interface Keystroke {
  /** From the key press to the next frame painted after it (Event Timing, as INP counts it). */
  duration: number;
  /** Time spent in event handlers (Slate, React, the autosave hand-off), summed over the key's events. */
  processing: number;
}

/**
 * The Event Timing entries of each keystroke typed into the middle of the article. Entries
 * shorter than 16 ms are not reported by the browser (its floor); such keys count as 16 ms.
 */
async function keystrokes(browser: Browser, url: string): Promise<Keystroke[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await editorReady(page);
  await page.locator('.block-paragraph').nth(40).click();
  await page.evaluate(() => {
    const w = window as unknown as { __keys: Map<number, { duration: number; processing: number }> };
    w.__keys = new Map();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        const id = (e as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0;
        if (!id) continue;
        const k = w.__keys.get(id) ?? { duration: 0, processing: 0 };
        k.duration = Math.max(k.duration, e.duration);
        k.processing += e.processingEnd - e.processingStart;
        w.__keys.set(id, k);
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const text = 'tiếng Việt của người H’Mông ở Lũng Cú, Mèo Vạc, Đồng Văn và Yên Minh; '.repeat(3).slice(0, KEYSTROKES);
  await page.keyboard.type(text);
  // Let the last entries arrive (they are delivered after the frame that ends them).
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => [...(window as unknown as { __keys: Map<number, Keystroke> }).__keys.values()]);
  await context.close();
  const floor = Array.from({ length: Math.max(0, KEYSTROKES - seen.length) }, () => ({ duration: 16, processing: 0 }));
  return [...seen, ...floor];
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
    const small = (created.value as { id: string; content: Block[] });
    const long = await setup.dispatch('library.create', { headline: 'Bài dài 5.000 chữ' });
    if (!long.ok) throw new Error(long.error.message);
    const longArticle = long.value as { id: string; content: Block[] };
    const saved = await setup.dispatch('library.save', { id: longArticle.id, content: [...longArticle.content.slice(0, 2), ...body(5000)] });
    if (!saved.ok) throw new Error(saved.error.message);
    await setup.close();

    const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
    const l0 = performance.now();
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const launchMs = performance.now() - l0;
    try {
      // One unmeasured run warms the OS file cache and the host's module graph.
      await openOnce(browser, libraryDir, rendererDir, small.id);
      const ready: number[] = [];
      for (let i = 0; i < RUNS; i++) ready.push(await openOnce(browser, libraryDir, rendererDir, small.id));
      const readyLong: number[] = [];
      for (let i = 0; i < RUNS; i++) readyLong.push(await openOnce(browser, libraryDir, rendererDir, longArticle.id));
      log(`ready (ms): ${ready.map((v) => round(v, 0)).join(', ')}; 5,000 words: ${readyLong.map((v) => round(v, 0)).join(', ')}`);

      const core = await createCore({ libraryDir, settings: createMemorySettings(), transport: 'host' });
      const host = await startHost({ core, port: 0, rendererDir });
      let keys: Keystroke[];
      try {
        keys = await keystrokes(browser, `${host.url}#/article/${longArticle.id}`);
      } finally {
        await host.close();
        await core.close();
      }
      const figures: Record<string, Figure> = {
        'app.browser_launch_ms': { value: round(launchMs, 0) },
        'app.ready_ms': { value: round(percentile(ready, 50), 0), goal: '<= 1000' },
        'app.ready_5k_words_ms': { value: round(percentile(readyLong, 50), 0), goal: '<= 1000' },
        'editor.keystroke_5k_words_p50_ms': { value: round(percentile(keys.map((k) => k.duration), 50), 1), goal: '<= 50' },
        'editor.keystroke_5k_words_p95_ms': { value: round(percentile(keys.map((k) => k.duration), 95), 1), goal: '<= 50' },
        'editor.keystroke_5k_words_script_p95_ms': { value: round(percentile(keys.map((k) => k.processing), 95), 1), goal: '<= 16' },
      };
      return figures;
    } finally {
      await browser.close();
    }
  },
};

export default bench;

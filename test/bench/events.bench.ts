// The push channel (issue 16):
// - events.save_to_search_ms: from a save sent to the Core until a search finds the word it
//   added (the index hears the Library's change event; the search waits for that re-read);
//   median of 20 saves in a library of 200 articles;
// - events.review_status_ms: an editor's approval arriving on the desk (renamed into place: the
//   file's ctime) until the reporter's open editor (Chromium against the browser host) shows
//   "Đã duyệt": the desk watcher takes the package in, the review service pushes review.status,
//   the page reads the status once.
//   Median of 5 articles. Before the push channel this was bounded below by the 2 s poll.

import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Input } from '../../main/common/contract/index.ts';
import { createCore } from '../../main/core/app.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import { ensureRendererBuilt } from '../../main/host/build.ts';
import { startHost } from '../../main/host/server.ts';
import { caller, launchChromium } from './drivers.ts';
import { percentile, round, type Benchmark } from './harness.ts';
import { asBlocks, proseParagraphs } from './prose.ts';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = 200;
const SAVES = 20;
const DECISIONS = 5;

async function saveToSearch(dir: string): Promise<number> {
  const core = await createCore({ libraryDir: dir, settings: createMemorySettings({ reporterName: 'Trung Hậu' }), transport: 'direct' });
  const call = caller(core);
  try {
    const body = asBlocks(proseParagraphs(600));
    const ids: string[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      const a = await call('library.create', { headline: `Bài số ${i}` });
      await call('library.save', { id: a.id, content: [a.content[0], ...body] as Input<'library.save'>['content'] });
      ids.push(a.id);
    }
    await call('library.search', { query: 'khởi động' });
    const samples: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const id = ids[(i * 7) % ids.length];
      const article = await call('library.get', { id });
      const word = `Lũngcú${i}x`;
      const content = [...article.content, { type: 'paragraph', children: [{ text: `Thêm ${word}.` }] }];
      const t0 = performance.now();
      await call('library.save', { id, content: content as Input<'library.save'>['content'] });
      const found = await call('library.search', { query: word.toLowerCase() });
      samples.push(performance.now() - t0);
      if (!found.items.some((it) => it.id === id)) throw new Error(`the search did not find ${word}`);
    }
    return percentile(samples, 50);
  } finally {
    await core.close();
  }
}

async function reviewStatus(root: string, log: (m: string) => void): Promise<number> {
  const rendererDir = await ensureRendererBuilt(repoDir, log);
  const desk = join(root, 'desk');
  await mkdir(desk, { recursive: true });
  const reporterCore = await createCore({ libraryDir: join(root, 'reporter'), settings: createMemorySettings(), transport: 'host' });
  const editorCore = await createCore({ libraryDir: join(root, 'editor'), settings: createMemorySettings(), transport: 'direct' });
  const reporter = caller(reporterCore);
  const editor = caller(editorCore);
  reporterCore.paths.grantFolder(desk);
  editorCore.paths.grantFolder(desk);
  const host = await startHost({ core: reporterCore, port: 0, rendererDir });
  const browser = await launchChromium();
  try {
    await reporter('review.setProfile', { name: 'Trần Trung Hậu', roles: ['reporter'] });
    await reporter('review.setDesk', { path: desk });
    await editor('review.setProfile', { name: 'Nguyễn Thị Biên', roles: ['editor'] });
    await editor('review.setDesk', { path: desk });
    const key = await editor('keys.import', { content: (await reporter('keys.export', {})).content });
    await editor('keys.trust', { keyId: key.keyId, roles: ['reporter'] });
    const back = await reporter('keys.import', { content: (await editor('keys.export', {})).content });
    await reporter('keys.trust', { keyId: back.keyId, roles: ['editor'] });

    const samples: number[] = [];
    for (let i = 0; i < DECISIONS; i++) {
      const a = await reporter('library.create', { headline: `Bài chờ duyệt ${i}` });
      const submitted = await reporter('review.submit', { id: a.id });
      await editor('review.refresh', {});
      const page = await browser.newPage();
      try {
        await page.goto(`${host.url}#/article/${a.id}`);
        const word = page.getByRole('status', { name: 'Trạng thái duyệt' });
        await word.filter({ hasText: 'Chờ duyệt' }).waitFor();
        // The page notes (wall clock, like the Node side) when the word changes.
        await page.evaluate(`(() => {
          const shown = () => document.querySelector('[role="status"][aria-label="Trạng thái duyệt"]')?.textContent === 'Đã duyệt';
          window.__approvedAt = new Promise((resolve) => {
            new MutationObserver(() => { if (shown()) resolve(Date.now()); }).observe(document.body, { childList: true, subtree: true, characterData: true });
          });
        })()`);
        await editor('review.approve', { id: a.id, submissionId: submitted.submission.packageId });
        // The decision appeared when it was renamed into place (its ctime), before approve answered
        // (approve goes on recording it): since the reporter takes it at once, the editor's answer
        // can come after the reporter's page has shown it.
        const [decision] = (await readdir(join(desk, 'decisions'))).filter((n) => n.startsWith(`${a.id}__`));
        const onDisk = (await stat(join(desk, 'decisions', decision))).ctimeMs;
        const shown = await page.evaluate(() => (window as unknown as { __approvedAt: Promise<number> }).__approvedAt);
        samples.push(shown - onDisk);
      } finally {
        await page.close();
      }
    }
    log(`review status shown after (ms): ${samples.map((s) => round(s, 0)).join(', ')}`);
    return percentile(samples, 50);
  } finally {
    await browser.close();
    await host.close();
    await reporterCore.close();
    await editorCore.close();
  }
}

const bench: Benchmark = {
  name: 'events',
  async run({ tmpDir, log }) {
    const save = await saveToSearch(join(tmpDir, 'search'));
    log(`save → search: ${round(save, 1)} ms`);
    const status = await reviewStatus(join(tmpDir, 'review'), log);
    return {
      'events.save_to_search_ms': { value: round(save, 1) },
      'events.review_status_ms': { value: round(status, 0), goal: '<= 300' },
    };
  },
};

export default bench;

// Builds the renderer into dist/renderer when it is missing or older than its sources, so
// `npm run serve`, the end-to-end tests and the benchmark always serve what the code says.
// Several processes may ask at once (Playwright workers): a lock folder lets one build while the
// others wait, and nobody reads a half-written dist/renderer.

import { mkdir, readdir, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What the renderer bundle is made from (it imports main/common). */
const SOURCES = ['renderer', 'main/common', 'vite.config.ts', 'package.json'];
// A build takes seconds; a lock older than this was left by a process that died mid-build.
const LOCK_STALE_MS = 60_000;

async function newestMtime(path: string): Promise<number> {
  let st;
  try {
    st = await stat(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when dist/renderer/index.html is missing or older than any renderer source. */
export async function rendererIsStale(repoDir: string): Promise<boolean> {
  let built: number;
  try {
    built = (await stat(join(repoDir, 'dist', 'renderer', 'index.html'))).mtimeMs;
  } catch {
    return true;
  }
  for (const src of SOURCES) if ((await newestMtime(join(repoDir, src))) > built) return true;
  return false;
}

async function acquire(lock: string): Promise<void> {
  for (;;) {
    try {
      await mkdir(lock);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age =
        Date.now() -
        (await stat(lock).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if (age > LOCK_STALE_MS) await rmdir(lock).catch(() => undefined);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Builds the renderer with vite if it is stale; returns the folder to serve. */
export async function ensureRendererBuilt(repoDir: string, log: (msg: string) => void = () => undefined): Promise<string> {
  const outDir = join(repoDir, 'dist', 'renderer');
  if (!(await rendererIsStale(repoDir))) return outDir;
  await mkdir(join(repoDir, 'dist'), { recursive: true });
  const lock = join(repoDir, 'dist', '.renderer-build.lock');
  await acquire(lock);
  try {
    // Another process may have built it while we waited.
    if (await rendererIsStale(repoDir)) {
      log('Building the renderer (vite)…');
      const { build } = await import('vite');
      // React, Slate and i18next make one ~650 kB bundle: loaded from disk, never over a network.
      await build({
        configFile: join(repoDir, 'vite.config.ts'),
        root: join(repoDir, 'renderer'),
        logLevel: 'warn',
        build: { chunkSizeWarningLimit: 2048 },
      });
    }
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
  return outDir;
}

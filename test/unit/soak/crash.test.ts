// Crash soak: a child process autosaves one article continuously; we SIGKILL it at random
// moments, 100+ times, each round with a fresh child. After every kill each article.json must
// parse and validate, every revision must be readable, and the counter on disk must be at least
// the last one the child confirmed (the goal allows losing the last second; we lose nothing
// that was confirmed).

import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { blockText } from '../../../main/common/article/model.ts';
import { parseArticle, validateArticle } from '../../../main/core/library/schema.ts';
import { openLibrary, tempDir } from '../library/helpers.ts';

const ROUNDS = 100;

let root: string;
let cleanup: () => Promise<void>;
let childScript: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-soak-'));
  // Bundled once, so each of the 100 children starts in milliseconds rather than through tsx.
  childScript = join(root, 'autosave-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./autosave-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'error',
  });
});
afterAll(() => cleanup());

interface Round {
  confirmed: { n: number; at: number }[];
  killedAt: number;
}

function runRound(libraryDir: string, id: string, rand: () => number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, libraryDir, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    const confirmed: { n: number; at: number }[] = [];
    let buffered = '';
    let stderr = '';
    let killedAt = 0;
    const kill = (): void => {
      if (killedAt) return;
      killedAt = Date.now();
      child.kill('SIGKILL');
    };
    // One round in ten dies while starting up (reading the article); the others while saving.
    const early = rand() < 0.1;
    let timer: NodeJS.Timeout | null = early ? setTimeout(kill, rand() * 150) : null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const m = /^saved (\d+)$/.exec(buffered.slice(0, nl));
        buffered = buffered.slice(nl + 1);
        if (m) confirmed.push({ n: Number(m[1]), at: Date.now() });
        if (m && !timer) timer = setTimeout(kill, rand() * 300);
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // A child that never gets going is a failure, not a hang.
    const guard = setTimeout(kill, 10_000);
    child.on('error', reject);
    // 'close' comes after the pipes are drained: every line the child wrote has been read.
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${stderr}`));
      else resolve({ confirmed, killedAt });
    });
  });
}

let cutWrites = 0;

async function checkLibrary(libraryDir: string): Promise<Map<string, number>> {
  const counters = new Map<string, number>();
  for (const id of await readdir(join(libraryDir, 'articles'))) {
    const folder = join(libraryDir, 'articles', id);
    // A temp file left behind is a write the kill cut short: the evidence the kills hit saves.
    cutWrites += [...(await readdir(folder)), ...(await readdir(join(folder, 'revisions')))].filter((n) => n.endsWith('.tmp')).length;
    const parsed = parseArticle(await readFile(join(folder, 'article.json'), 'utf8'), id);
    expect(parsed.ok, `article.json of ${id} after a kill`).toBe(true);
    if (!parsed.ok) continue;
    counters.set(id, Number(/^counter (\d+)$/.exec(blockText(parsed.article.content[2]))?.[1] ?? 0));
    for (const rev of await readdir(join(folder, 'revisions'))) {
      if (!rev.endsWith('.json.gz')) continue;
      const payload = JSON.parse(gunzipSync(await readFile(join(folder, 'revisions', rev))).toString('utf8')) as { article: unknown };
      expect(validateArticle(payload.article, id).ok, `revision ${rev}`).toBe(true);
    }
  }
  return counters;
}

it(`survives ${ROUNDS} kills at random moments`, { timeout: 180_000 }, async () => {
  const libraryDir = join(root, 'lib');
  const lib = openLibrary(libraryDir);
  const { id } = await lib.create({ headline: 'Bài viết chịu đựng' });
  await lib.close();

  let seed = 20250105;
  const rand = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  let lastOnDisk = 0;
  let kills = 0;
  let savesConfirmed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const { confirmed, killedAt } = await runRound(libraryDir, id, rand);
    kills++;
    savesConfirmed += confirmed.length;
    const onDisk = (await checkLibrary(libraryDir)).get(id) ?? -1;
    const last = confirmed.at(-1)?.n ?? lastOnDisk;
    const secondBefore = confirmed.filter((c) => c.at <= killedAt - 1000).at(-1)?.n ?? lastOnDisk;
    expect(onDisk, `round ${round}`).toBeGreaterThanOrEqual(secondBefore);
    expect(onDisk, `round ${round}: every confirmed save is on disk`).toBeGreaterThanOrEqual(last);
    // At most the one save in flight when the kill came is on disk without its confirmation.
    expect(onDisk, `round ${round}`).toBeLessThanOrEqual(last + 1);
    lastOnDisk = onDisk;
  }
  expect(kills).toBeGreaterThanOrEqual(100);
  // The soak must really have saved: most rounds confirm several saves.
  expect(savesConfirmed).toBeGreaterThan(ROUNDS * 2);

  // Leftover temp files of the killed writers are swept by the next session that saves.
  process.stderr.write(`soak: ${kills} kills, ${savesConfirmed} confirmed saves, ${cutWrites} writes cut mid-way\n`);
  const after = openLibrary(libraryDir);
  await after.save({ id, content: [] });
  await after.close();
  const names = [...(await readdir(join(libraryDir, 'articles', id))), ...(await readdir(join(libraryDir, 'articles', id, 'revisions')))];
  expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
});

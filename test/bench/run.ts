// `npm run bench [-- --json FILE] [-- --only NAME,…]`: runs every test/bench/*.bench.ts, prints a
// table and writes {key: number} as JSON (default .bench/results.json).

import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, Figure } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const jsonPath = resolve(arg('--json') ?? '.bench/results.json');
  const only = arg('--only')?.split(',');
  const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
  const figures: Record<string, Figure> = {};
  let failed = 0;
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Benchmark };
    const bench = mod.default;
    if (only && !only.some((o) => bench.name.includes(o) || file.includes(o))) continue;
    const tmpDir = await mkdtemp(join(tmpdir(), `dateline-bench-${bench.name}-`));
    process.stderr.write(`▶ ${bench.name}\n`);
    try {
      Object.assign(figures, await bench.run({ tmpDir, log: (m) => process.stderr.write(`  ${m}\n`) }));
    } catch (err) {
      failed++;
      process.stderr.write(`✗ ${bench.name}: ${err instanceof Error ? err.stack : String(err)}\n`);
    } finally {
      await rm(tmpDir, { recursive: true, force: true });
    }
  }
  const keys = Object.keys(figures).sort();
  const width = Math.max(10, ...keys.map((k) => k.length));
  console.log(`${'key'.padEnd(width)}  ${'value'.padStart(10)}  goal`);
  for (const k of keys) {
    const f = figures[k];
    console.log(`${k.padEnd(width)}  ${String(f.value).padStart(10)}  ${f.goal ?? ''}`);
  }
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, JSON.stringify(Object.fromEntries(keys.map((k) => [k, figures[k].value])), null, 2) + '\n');
  console.log(`\nwrote ${jsonPath}`);
  if (failed) process.exitCode = 1;
}

await main();

// `npm run serve` as a user runs it: scripts/serve.mjs with --library, --config and --port 0,
// the printed address opened in Chromium, Ctrl+C (SIGTERM here) stopping it cleanly.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, repoDir, test } from './fixtures.ts';

test('npm run serve prints a keyed address that opens the app, and stops on SIGTERM', async ({ page, rendererDir }) => {
  expect(rendererDir).toContain('dist');
  const root = await mkdtemp(join(tmpdir(), 'dateline-serve-'));
  const child = spawn(
    process.execPath,
    [join(repoDir, 'scripts', 'serve.mjs'), '--library', join(root, 'library'), '--config', join(root, 'config'), '--port', '0'],
    {
      cwd: repoDir,
      env: { ...process.env, DATELINE_LIBRARY: '', DATELINE_CONFIG_DIR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}/.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
    });
    expect(out).toContain(join(root, 'library'));
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Thư viện' })).toBeVisible();
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await expect(page.locator('[data-slate-editor="true"]')).toHaveAttribute('contenteditable', 'true');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  }
});

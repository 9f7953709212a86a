// scripts/start.mjs's decisions, without building or downloading anything: where Electron's
// binary is, the one download attempt, what is passed to Electron.

import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

interface StartScript {
  NO_ELECTRON_MESSAGE: string;
  findElectronBinary(electronDir: string, env?: Record<string, string | undefined>): string | null;
  downloadHostReachable(env: Record<string, string | undefined>, timeoutMs?: number): Promise<boolean>;
  ensureElectron(o: { electronDir: string; env: Record<string, string | undefined>; timeoutMs?: number }): Promise<string | null>;
  electronArgs(userArgs: string[], cwd?: string): string[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
let start: StartScript;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  start = (await import(pathToFileURL(join(root, 'scripts/start.mjs')).href)) as StartScript;
});
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('dateline-start-'));
});
afterEach(() => cleanup());

/** A node_modules/electron without its binary, whose install.js runs `installBody`. */
async function electronPackage(installBody: string): Promise<string> {
  const electronDir = join(dir, 'electron');
  await mkdir(electronDir, { recursive: true });
  await writeFile(join(electronDir, 'install.js'), installBody);
  return electronDir;
}

// A mirror on a local port nobody listens on: unreachable at once, no network involved.
const offline = { ELECTRON_MIRROR: 'http://127.0.0.1:9/' };

describe('npm start', () => {
  it('finds the binary named by path.txt, and nothing when it is missing', async () => {
    const electronDir = await electronPackage('');
    expect(start.findElectronBinary(electronDir, {})).toBeNull();
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    expect(start.findElectronBinary(electronDir, {})).toBeNull();
    await mkdir(join(electronDir, 'dist'));
    await writeFile(join(electronDir, 'dist', 'electron'), '');
    expect(start.findElectronBinary(electronDir, {})).toBe(join(electronDir, 'dist', 'electron'));
  });

  it('tries the download once and reports null when it fails', async () => {
    const electronDir = await electronPackage(`require('fs').appendFileSync(${JSON.stringify(join(dir, 'attempts'))}, 'x'); process.exit(1);`);
    expect(await start.ensureElectron({ electronDir, env: offline })).toBeNull();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'attempts'), 'utf8')).toBe('x');
  });

  it('uses the binary a successful download put in place', async () => {
    const electronDir = await electronPackage(
      `const fs = require('fs'), p = require('path'); fs.mkdirSync(p.join(__dirname, 'dist')); fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), ''); fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');`,
    );
    expect(await start.ensureElectron({ electronDir, env: offline })).toBe(join(electronDir, 'dist', 'electron'));
  });

  it('bounds a download that hangs', async () => {
    const electronDir = await electronPackage('setInterval(() => {}, 1000);');
    expect(await start.ensureElectron({ electronDir, env: { ELECTRON_GET_USE_PROXY: '1' }, timeoutMs: 300 })).toBeNull();
  });

  it('checks the download host: a closed port is unreachable, a listening one reachable', async () => {
    expect(await start.downloadHostReachable(offline, 2000)).toBe(false);
    const server = createServer((s) => s.destroy());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      expect(await start.downloadHostReachable({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/` }, 2000)).toBe(true);
    } finally {
      server.close();
    }
  });

  it('says it in one sentence per language, naming npm run serve', () => {
    const lines = start.NO_ELECTRON_MESSAGE.split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain('npm run serve');
    expect(lines[0]).toMatch(/Không tải được Electron/);
    expect(lines[1]).toMatch(/Electron could not be downloaded/);
  });

  it('passes the app folder first and makes --library absolute', () => {
    expect(start.electronArgs(['--library', 'bai-viet'], '/home/pv')).toEqual([root.replace(/\/$/, ''), '--library', '/home/pv/bai-viet']);
    expect(start.electronArgs(['--library=/srv/lib', '--verbose'], '/x')).toEqual([root.replace(/\/$/, ''), '--library=/srv/lib', '--verbose']);
  });
});

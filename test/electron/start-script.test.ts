// scripts/start.mjs's decisions, without building or downloading anything: where Electron's
// binary is, the one download attempt, what is passed to Electron, and, where Electron cannot be
// had, serve mode on the same library with the system's browser opened on its address (spawn is
// stubbed: no server starts and no browser opens here).

import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
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
  NO_OPENER_MESSAGE: string;
  wantsBrowser(userArgs: string[], env: Record<string, string | undefined>, platform: string): boolean;
  browserOpener(platform: string): { command: string; args: (url: string) => string[] };
  serveArgs(userArgs: string[], cwd?: string): string[];
  startWithoutElectron(o: {
    userArgs?: string[];
    env?: Record<string, string | undefined>;
    platform?: string;
    cwd?: string;
    spawn: FakeSpawn;
    stdout: Sink;
    stderr: Sink;
  }): Promise<number>;
}

interface Sink {
  write(chunk: unknown): boolean;
}
type FakeSpawn = (command: string, args: string[], options: Record<string, unknown>) => FakeChild;

/** A child process as spawn returns one, driven by the test. */
class FakeChild extends EventEmitter {
  stdout = new PassThrough();
  killed: string[] = [];
  unref(): void {}
  kill(signal: string): boolean {
    this.killed.push(signal);
    return true;
  }
}

/** A stubbed spawn that records every call; `opener` decides how the browser opener behaves. */
function fakeSpawn(opener: 'ok' | 'missing' = 'ok'): { spawn: FakeSpawn; calls: { command: string; args: string[]; child: FakeChild }[] } {
  const calls: { command: string; args: string[]; child: FakeChild }[] = [];
  const spawn: FakeSpawn = (command, args) => {
    const child = new FakeChild();
    calls.push({ command, args, child });
    if (calls.length > 1 && opener === 'missing')
      queueMicrotask(() => child.emit('error', Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' })));
    return child;
  };
  return { spawn, calls };
}

const sink = (): Sink & { text: () => string } => {
  const parts: string[] = [];
  return { write: (c: unknown) => (parts.push(String(c)), true), text: () => parts.join('') };
};

const URL_LINE =
  'Dateline đang phục vụ thư viện /home/pv/Dateline tại địa chỉ sau (chỉ mở được trên máy này):\n\n  http://127.0.0.1:41234/?token=AbC_dEf-123\n\n';

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
    const electronDir = await electronPackage(
      `require('fs').appendFileSync(${JSON.stringify(join(dir, 'attempts'))}, 'x'); process.exit(1);`,
    );
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
    expect(start.electronArgs(['--library=/srv/lib', '--verbose'], '/x')).toEqual([
      root.replace(/\/$/, ''),
      '--library=/srv/lib',
      '--verbose',
    ]);
  });
});

describe('npm start without Electron', () => {
  const desktop = { DISPLAY: ':0' };

  it('starts serve mode on the same library, prints its address and opens it in the browser once', async () => {
    const { spawn, calls } = fakeSpawn();
    const stdout = sink();
    const running = start.startWithoutElectron({
      userArgs: ['--library', 'bai-viet', '--port', '8080'],
      env: desktop,
      platform: 'linux',
      cwd: '/home/pv',
      spawn,
      stdout,
      stderr: sink(),
    });
    const serve = calls[0];
    expect(serve.args.slice(-4)).toEqual(['--library', '/home/pv/bai-viet', '--port', '8080']);
    expect(serve.args[0]).toMatch(/scripts[\\/]serve\.mjs$/);
    // The address arrives in pieces, as a pipe gives it.
    serve.child.stdout.write(URL_LINE.slice(0, 120));
    serve.child.stdout.write(URL_LINE.slice(120));
    serve.child.stdout.write('  http://127.0.0.1:41234/?token=AbC_dEf-123\n');
    await new Promise((r) => setImmediate(r));
    expect(stdout.text()).toContain('http://127.0.0.1:41234/?token=AbC_dEf-123');
    expect(calls.slice(1).map((c) => [c.command, c.args])).toEqual([['xdg-open', ['http://127.0.0.1:41234/?token=AbC_dEf-123']]]);
    serve.child.emit('exit', 0, null);
    expect(await running).toBe(0);
  });

  it('opens no browser with --no-browser, DATELINE_NO_BROWSER=1, BROWSER=none or without a display', async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [['--no-browser'], desktop, 'linux'],
      [[], { ...desktop, DATELINE_NO_BROWSER: '1' }, 'linux'],
      [[], { ...desktop, BROWSER: 'none' }, 'linux'],
      [[], {}, 'linux'],
    ];
    for (const [userArgs, env, platform] of cases) {
      const { spawn, calls } = fakeSpawn();
      const running = start.startWithoutElectron({ userArgs, env, platform, spawn, stdout: sink(), stderr: sink() });
      calls[0].child.stdout.write(URL_LINE);
      await new Promise((r) => setImmediate(r));
      expect(calls, JSON.stringify([userArgs, env])).toHaveLength(1);
      expect(calls[0].args).not.toContain('--no-browser');
      calls[0].child.emit('exit', 130, null);
      expect(await running).toBe(130);
    }
    expect(start.wantsBrowser([], {}, 'darwin')).toBe(true);
    expect(start.wantsBrowser([], {}, 'win32')).toBe(true);
  });

  it('says so when there is no browser to open, and keeps serving', async () => {
    const { spawn, calls } = fakeSpawn('missing');
    const stderr = sink();
    const running = start.startWithoutElectron({ env: desktop, platform: 'linux', spawn, stdout: sink(), stderr });
    calls[0].child.stdout.write(URL_LINE);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(stderr.text()).toBe(`${start.NO_OPENER_MESSAGE}\n`);
    calls[0].child.emit('exit', 0, null);
    expect(await running).toBe(0);
  });

  it('uses each system’s opener', () => {
    const url = 'http://127.0.0.1:1/?token=a&b';
    expect([start.browserOpener('linux').command, start.browserOpener('linux').args(url)]).toEqual(['xdg-open', [url]]);
    expect([start.browserOpener('darwin').command, start.browserOpener('darwin').args(url)]).toEqual(['open', [url]]);
    expect([start.browserOpener('win32').command, start.browserOpener('win32').args(url)]).toEqual([
      'cmd',
      ['/c', 'start', '""', 'http://127.0.0.1:1/?token=a^&b'],
    ]);
    expect(start.serveArgs(['--library=lib', '--no-browser', '--verbose', '--config', 'cfg'], '/x')).toEqual([
      '--library',
      '/x/lib',
      '--config',
      '/x/cfg',
    ]);
  });
});

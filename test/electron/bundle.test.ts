// The bundles as Electron would load them: scripts/build-electron.mjs builds main.cjs and the
// preload, then main.cjs runs (with the fake electron, the real Core, a temporary library) and
// the preload runs in a context whose `require` knows only what a sandboxed preload gets.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUSH_CHANNELS } from '../../main/common/contract/events.ts';
import { METHOD_NAMES } from '../../main/common/contract/index.ts';
import fakeElectron, { app, BrowserWindow, ipcMain, resetFakeElectron, session } from './fake-electron.ts';
import { tempDir } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);

let dir: string;
let cleanup: () => Promise<void>;
let built: { main: string; preload: string };

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('dateline-bundle-'));
  const { buildElectron } = (await import(join(root, 'scripts/build-electron.mjs'))) as {
    buildElectron: (o: { outDir: string; logLevel: string }) => Promise<{ main: string; preload: string }>;
  };
  built = await buildElectron({ outDir: join(dir, 'dist'), logLevel: 'error' });
});
afterAll(() => cleanup());

/** Runs a CommonJS file's text as Node would, with our own require and __dirname. */
function runCommonJs(
  code: string,
  filename: string,
  dirname: string,
  requireFn: (id: string) => unknown,
  context?: vm.Context,
): Record<string, unknown> {
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
  const fn = (context ? vm.runInContext(wrapper, context, { filename }) : vm.runInThisContext(wrapper, { filename })) as (
    ...args: unknown[]
  ) => void;
  const module = { exports: {} as Record<string, unknown> };
  fn(module.exports, requireFn, module, filename, dirname);
  return module.exports;
}

describe('the preload bundle', () => {
  it('requires nothing but electron', async () => {
    const code = await readFile(built.preload, 'utf8');
    const required = new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
  });

  it('runs where only electron, events, timers and url can be required, and exposes the contract', async () => {
    resetFakeElectron();
    const code = await readFile(built.preload, 'utf8');
    const asked: string[] = [];
    const sandboxRequire = (id: string): unknown => {
      asked.push(id);
      if (!SANDBOX_MODULES.has(id)) throw new Error(`module not found: ${id}`);
      if (id === 'electron') return fakeElectron;
      return createRequire(import.meta.url)(id);
    };
    // A separate context: the preload's own globals, no Node ones (no process, no Buffer).
    const context = vm.createContext({ console });
    runCommonJs(code, 'index.cjs', '/', sandboxRequire, context);
    expect(asked).toEqual(['electron']);
    const api = fakeElectron.contextBridge.exposed.get('dateline') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    // The push channel's subscribe, and the path of a dropped file (webUtils.getPathForFile), nothing else.
    expect([...fakeElectron.contextBridge.exposed.keys()]).toEqual(['dateline', 'datelineEvents', 'datelineFiles']);
    expect(Object.keys(fakeElectron.contextBridge.exposed.get('datelineFiles') as object)).toEqual(['pathForFile']);
  });
});

describe('the main bundle', () => {
  it('keeps electron and sharp out of the bundle', async () => {
    const code = await readFile(built.main, 'utf8');
    expect(code).toContain('require("electron")');
    expect(code).not.toMatch(/require\("[^"]*electron\/index\.js"\)/);
    expect(code).not.toContain('Electron failed to install correctly');
    expect(code).not.toContain('libvips');
  });

  it('starts Dateline against the real Core: one instance, every handler, a working call, a clean quit', async () => {
    resetFakeElectron();
    const appDir = join(dir, 'app');
    await mkdir(join(appDir, 'dist', 'renderer'), { recursive: true });
    await writeFile(join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Dateline</title>');
    app.appPath = appDir;
    const saved = { config: process.env.DATELINE_CONFIG_DIR, library: process.env.DATELINE_LIBRARY };
    process.env.DATELINE_CONFIG_DIR = join(dir, 'config');
    process.env.DATELINE_LIBRARY = join(dir, 'Thư viện');
    try {
      const code = await readFile(built.main, 'utf8');
      // Placed where the real bundle sits, so node_modules and resources resolve as in the app.
      const bundleDir = join(root, 'dist', 'electron');
      const realRequire = createRequire(join(bundleDir, 'main.cjs'));
      runCommonJs(code, join(bundleDir, 'main.cjs'), bundleDir, (id) => (id === 'electron' ? fakeElectron : realRequire(id)));
      for (let i = 0; i < 1000 && BrowserWindow.instances.length === 0; i++) await new Promise((r) => setImmediate(r));

      expect(app.lockRequests).toBe(1);
      expect(BrowserWindow.instances).toHaveLength(1);
      expect(BrowserWindow.instances[0].options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      });
      // One handler per contract method, and the push channel's subscribe and unsubscribe.
      expect([...ipcMain.handlers.keys()].sort()).toEqual(
        [...METHOD_NAMES.map((m) => `dateline:${m}`), PUSH_CHANNELS.subscribe, PUSH_CHANNELS.unsubscribe].sort(),
      );

      const appFrame = { url: 'app://dateline/index.html', parent: null };
      const info = await ipcMain.invoke('dateline:app.info', appFrame, {});
      expect(info).toMatchObject({ ok: true, value: { transport: 'electron', libraryDir: join(dir, 'Thư viện').normalize('NFC') } });
      const created = (await ipcMain.invoke('dateline:library.create', appFrame, { headline: 'Bốn tốt' })) as { ok: boolean };
      expect(created.ok).toBe(true);
      const refused = await ipcMain.invoke('dateline:library.list', { url: 'https://evil.example/', parent: null }, {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });

      const page = await session.defaultSession.protocol.fetch('app://dateline/index.html');
      expect(page.status).toBe(200);

      app.quit();
      for (let i = 0; i < 1000 && !app.quitted; i++) await new Promise((r) => setImmediate(r));
      expect(app.quitted).toBe(true);
    } finally {
      process.env.DATELINE_CONFIG_DIR = saved.config;
      process.env.DATELINE_LIBRARY = saved.library;
      if (saved.config === undefined) delete process.env.DATELINE_CONFIG_DIR;
      if (saved.library === undefined) delete process.env.DATELINE_LIBRARY;
      await rm(join(dir, 'config'), { recursive: true, force: true });
    }
  });
});

// The app as a whole against the fake electron: one instance, the secure window, the handlers,
// the protocol, permissions, menu, remembered window place, and a quit that waits for saves.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PUSH_CHANNELS } from '../../main/common/contract/events.ts';
import { METHOD_NAMES } from '../../main/common/contract/index.ts';
import { DatelineError } from '../../main/common/result.ts';
import { startDateline } from '../../main/electron/app-lifecycle.ts';
import { START_URL } from '../../main/electron/app-origin.ts';
import { app, BrowserWindow, dialog, ipcMain, Menu, resetFakeElectron, screen, session } from './fake-electron.ts';
import { fakeModules, recordingCore, tempDir, type RecordingCore } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
let cores: RecordingCore[];

beforeEach(async () => {
  resetFakeElectron();
  ({ dir, cleanup } = await tempDir());
  cores = [];
  await mkdir(join(dir, 'app', 'dist', 'renderer'), { recursive: true });
  await writeFile(join(dir, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Dateline</title>');
});
afterEach(() => cleanup());

function start(extra: { argv?: string[]; env?: Record<string, string>; createCore?: typeof recordingCore } = {}) {
  return startDateline({
    electron: fakeModules(),
    createCore: async (options) => {
      const core = (extra.createCore ?? recordingCore)(options);
      cores.push(core);
      return core;
    },
    argv: extra.argv ?? ['/usr/bin/electron', '.'],
    env: { DATELINE_CONFIG_DIR: join(dir, 'config'), DATELINE_LIBRARY: join(dir, 'library'), ...extra.env },
    appDir: join(dir, 'app'),
    platform: 'linux',
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
}

describe('starting Dateline', () => {
  it('asks for the single-instance lock, and a second instance leaves without doing anything', async () => {
    app.hasLock = false;
    expect(await start()).toBeNull();
    expect(app.lockRequests).toBe(1);
    expect(app.quitRequests).toBe(1);
    expect(BrowserWindow.instances).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
    expect(cores).toEqual([]);
  });

  it('opens one window with the secure webPreferences on app://dateline', async () => {
    const running = await start();
    expect(running).not.toBeNull();
    expect(app.lockRequests).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0];
    expect(win.options.webPreferences).toEqual({
      preload: join(dir, 'app', 'dist', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: true,
    });
    expect(win.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(win.loaded).toEqual([START_URL]);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('closes DevTools in a packaged app', async () => {
    app.isPackaged = true;
    await start();
    expect(BrowserWindow.instances[0].options.webPreferences).toMatchObject({ devTools: false });
    expect(JSON.stringify(Menu.applicationMenu?.template)).not.toContain('toggleDevTools');
  });

  it('applies the navigation rules to the window it made', async () => {
    await start();
    const contents = BrowserWindow.instances[0].webContents;
    expect(contents.tryNavigate('https://evil.example/').navigate).toBe(true);
    expect(contents.tryOpenWindow('https://evil.example/').action).toBe('deny');
  });

  it('registers every contract method, the push channel, the app protocol, and denies permissions', async () => {
    await start();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [...METHOD_NAMES.map((m) => `dateline:${m}`), PUSH_CHANNELS.subscribe, PUSH_CHANNELS.unsubscribe].sort(),
    );
    const res = await session.defaultSession.protocol.fetch('app://dateline/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await session.defaultSession.requestPermission('media')).toBe(false);
    expect(await session.defaultSession.requestCancelled('https://example.com/')).toBe(true);
  });

  it('a trusted call reaches the Core', async () => {
    await start();
    const result = await ipcMain.invoke('dateline:library.list', { url: 'app://dateline/index.html', parent: null }, {});
    expect(result).toMatchObject({ ok: true });
    expect(cores[0].calls.map((c) => c.method)).toEqual(['library.list']);
  });

  it('leaves no IPC listener but the contract’s and its push channel’s (electron-store’s channel is closed)', async () => {
    // electron-store opens its channel once per process: a fresh module registry shows it.
    vi.resetModules();
    const fresh = await import('./fake-electron.ts');
    const lifecycle = await import('../../main/electron/app-lifecycle.ts');
    const helpers = await import('./helpers.ts');
    await lifecycle.startDateline({
      electron: helpers.fakeModules(),
      createCore: async (options) => helpers.recordingCore(options),
      argv: ['electron', '.'],
      env: { DATELINE_CONFIG_DIR: join(dir, 'config'), DATELINE_LIBRARY: join(dir, 'library') },
      appDir: join(dir, 'app'),
      platform: 'linux',
    });
    expect(fresh.ipcMain.handlers.size).toBe(METHOD_NAMES.length + 2);
    expect(fresh.ipcMain.eventNames()).toEqual([]);
  });

  it('gives the Core the library from --library, then DATELINE_LIBRARY, then the settings', async () => {
    await start({ argv: ['/usr/bin/electron', '.', '--library', join(dir, 'from-flag')] });
    expect(cores[0].options).toMatchObject({ libraryDir: join(dir, 'from-flag'), transport: 'electron' });
    resetFakeElectron();
    await start({ argv: ['/usr/bin/electron', '.', `--library=${join(dir, 'Thư viện')}`] });
    expect(cores[1].options?.libraryDir).toBe(join(dir, 'Thư viện').normalize('NFC'));
    resetFakeElectron();
    await start();
    expect(cores[2].options?.libraryDir).toBe(join(dir, 'library'));
    cores[2].settings.set({ libraryDir: join(dir, 'from-settings') });
    resetFakeElectron();
    await start({ env: { DATELINE_LIBRARY: '' } });
    expect(cores[3].options?.libraryDir).toBe(join(dir, 'from-settings'));
  });

  it('builds the menu in the UI language', async () => {
    await start();
    const labels = JSON.stringify(Menu.applicationMenu?.template);
    expect(labels).toContain('Thoát Dateline');
    expect(labels).toContain('toggleDevTools');
    resetFakeElectron();
    await writeFile(join(dir, 'config', 'config.json'), JSON.stringify({ language: 'en' }));
    await start();
    expect(JSON.stringify(Menu.applicationMenu?.template)).toContain('Quit Dateline');
  });

  it('a second launch focuses the first window, restoring it if minimised', async () => {
    await start();
    const win = BrowserWindow.instances[0];
    win.minimized = true;
    app.emit('second-instance', {}, ['/usr/bin/electron', '.'], dir);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('quits only after in-flight calls are answered and the Core is closed', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await start({
      createCore: (options) => {
        const core = recordingCore(options);
        const dispatch = core.dispatch;
        core.dispatch = async (method, input) => {
          await gate;
          return dispatch(method, input);
        };
        return core;
      },
    });
    const save = ipcMain.invoke('dateline:library.list', { url: 'app://dateline/', parent: null }, {});
    BrowserWindow.instances[0].close();
    app.emit('window-all-closed');
    expect(app.quitted).toBe(false);
    await new Promise((r) => setImmediate(r));
    expect(cores[0].closed).toBe(0);
    release();
    await save;
    await new Promise((r) => setImmediate(r));
    expect(cores[0].calls.map((c) => c.method)).toEqual(['library.list']);
    expect(cores[0].closed).toBe(1);
    expect(app.quitted).toBe(true);
  });

  it('says why in a dialog and exits with 1 when the library cannot be opened', async () => {
    const running = await start({
      createCore: () => {
        throw new DatelineError('READ_ONLY');
      },
    });
    expect(running).toBeNull();
    expect(dialog.errorBoxes).toHaveLength(1);
    expect(dialog.errorBoxes[0].title).toBe('Dateline không khởi động được');
    expect(app.exitCodes).toEqual([1]);
    expect(BrowserWindow.instances).toEqual([]);
  });

  it('opens the window where it was closed, if that place is still on a screen', async () => {
    await start();
    const first = BrowserWindow.instances[0];
    first.bounds = { x: 200, y: 120, width: 1000, height: 700 };
    first.maximized = true;
    first.close();
    const saved = JSON.parse(await readFile(join(dir, 'config', 'window-state.json'), 'utf8'));
    expect(saved.main).toEqual({ x: 200, y: 120, width: 1000, height: 700, maximized: true });

    resetFakeElectron();
    await start();
    expect(BrowserWindow.instances[0].options).toMatchObject({ x: 200, y: 120, width: 1000, height: 700 });
    expect(BrowserWindow.instances[0].maximized).toBe(true);

    // The second monitor is gone: the window comes back on the first.
    resetFakeElectron();
    screen.displays = [{ workArea: { x: 0, y: 0, width: 1366, height: 740 }, bounds: { x: 0, y: 0, width: 1366, height: 768 } }];
    await writeFile(
      join(dir, 'config', 'window-state.json'),
      JSON.stringify({ main: { x: 2500, y: 100, width: 1000, height: 700, maximized: false } }),
    );
    await start();
    expect(BrowserWindow.instances[0].options).not.toHaveProperty('x');
    expect(BrowserWindow.instances[0].options).toMatchObject({ width: 1280, height: 740 });
  });
});

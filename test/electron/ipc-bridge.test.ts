// Checklist item 17: every contract method has exactly one handler, and only the app's own main
// frame reaches the dispatcher. Everyone else gets UNTRUSTED_SENDER and the services never hear
// of the call.

import { beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES, ipcChannel } from '../../main/common/contract/index.ts';
import type { Result } from '../../main/common/result.ts';
import { isTrustedSender, registerIpcBridge } from '../../main/electron/ipc-bridge.ts';
import { ipcMain, resetFakeElectron, type FakeFrame } from './fake-electron.ts';
import { recordingCore } from './helpers.ts';

const appFrame: FakeFrame = { url: 'app://dateline/index.html#/article/a-abc123-x1y2', parent: null };

function bridge(language: 'vi' | 'en' = 'en') {
  const core = recordingCore();
  const b = registerIpcBridge(ipcMain as never, core.dispatch, { language: () => language });
  return { core, b };
}

describe('the IPC bridge', () => {
  beforeEach(() => resetFakeElectron());

  it('registers one handler per contract method, on dateline:<method>, and nothing else', () => {
    bridge();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `dateline:${m}`).sort());
    expect(ipcMain.handlers.has('dateline:library.list')).toBe(true);
    expect(METHOD_NAMES.length).toBeGreaterThan(5);
  });

  it('lets the app main frame reach the dispatcher with the validated input', async () => {
    const { core } = bridge();
    const result = (await ipcMain.invoke(ipcChannel('app.info'), appFrame, {})) as Result<unknown>;
    expect(result).toEqual({ ok: true, value: { method: 'app.info' } });
    expect(core.calls).toEqual([{ method: 'app.info', input: {} }]);
  });

  it('validates arguments from a trusted sender too (the dispatcher, never trust)', async () => {
    const { core } = bridge();
    const result = (await ipcMain.invoke(ipcChannel('settings.set'), appFrame, { patch: { language: 'klingon' } })) as Result<unknown>;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(core.calls).toEqual([]);
  });

  const untrusted: [string, FakeFrame | null][] = [
    ['a subframe of the app', { url: 'app://dateline/index.html', parent: appFrame }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
    ['a look-alike host', { url: 'app://dateline.evil.example/index.html', parent: null }],
    ['credentials before the host', { url: 'app://dateline@evil/index.html', parent: null }],
    ['a port on the host', { url: 'app://dateline:8080/index.html', parent: null }],
    ['file://', { url: 'file:///home/reporter/index.html', parent: null }],
    ['https://evil', { url: 'https://evil.example/', parent: null }],
    ['http://localhost', { url: 'http://127.0.0.1:5173/', parent: null }],
    ['a URL that merely starts with app://dateline', { url: 'app://datelinex/', parent: null }],
    ['an unparsable URL', { url: 'not a url', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['no frame (destroyed)', null],
  ];

  it.each(untrusted)('refuses %s with UNTRUSTED_SENDER without calling the dispatcher', async (_name, frame) => {
    const { core } = bridge();
    const result = (await ipcMain.invoke(ipcChannel('library.list'), frame, {})) as Result<unknown>;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('UNTRUSTED_SENDER');
    expect(!result.ok && result.error.message).toMatch(/Dateline window/);
    expect(core.calls).toEqual([]);
  });

  it('refuses in the UI language', async () => {
    bridge('vi');
    const result = (await ipcMain.invoke(
      ipcChannel('library.list'),
      { url: 'https://evil.example/', parent: null },
      {},
    )) as Result<unknown>;
    expect(!result.ok && result.error.message).toMatch(/cửa sổ của Dateline/);
  });

  it('treats a frame whose properties throw (gone) as untrusted', () => {
    const gone = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    expect(isTrustedSender(gone)).toBe(false);
    expect(isTrustedSender(appFrame)).toBe(true);
  });

  it('drain() waits for calls already received', async () => {
    const core = recordingCore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let answered = false;
    const slow = async (method: string, input: unknown) => {
      await gate;
      answered = true;
      return core.dispatch(method, input);
    };
    const b = registerIpcBridge(ipcMain as never, slow, { language: () => 'en' });
    const call = ipcMain.invoke(ipcChannel('library.list'), appFrame, {});
    let drained = false;
    const draining = b.drain().then(() => (drained = true));
    await Promise.resolve();
    expect(drained).toBe(false);
    release();
    await draining;
    expect(answered).toBe(true);
    await call;
  });

  it('dispose() removes every handler', () => {
    const { b } = bridge();
    b.dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

// The electron-store settings keep the conf store's promises: defaults, validation, NFC, and a
// damaged file copied aside, never wiped.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../main/common/settings.ts';
import { createElectronSettings, ELECTRON_STORE_CHANNEL } from '../../main/electron/settings-store.ts';
import { resetFakeElectron } from './fake-electron.ts';
import { tempDir } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
const clock = () => new Date('2025-01-05T08:00:00Z');

beforeEach(async () => {
  resetFakeElectron();
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

describe('settings in Electron', () => {
  it('starts from the defaults and keeps what is set, NFC, in config.json', () => {
    const settings = createElectronSettings({ cwd: dir, clock });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    const decomposed = 'Quang Bi\u0300nh';
    settings.set({ reporterPlace: decomposed, language: 'en' });
    const again = createElectronSettings({ cwd: dir, clock });
    expect(again.get().reporterPlace).toBe('Quang Bình'.normalize('NFC'));
    expect(again.get().reporterPlace).not.toBe(decomposed);
    expect(again.get().language).toBe('en');
  });

  it('refuses an invalid patch and changes nothing', async () => {
    const settings = createElectronSettings({ cwd: dir, clock });
    settings.set({ paperPrefix: 'BHG' });
    const before = await readFile(join(dir, 'config.json'), 'utf8');
    expect(() => settings.set({ paperPrefix: '<script>' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(await readFile(join(dir, 'config.json'), 'utf8')).toBe(before);
  });

  it('copies a damaged file aside and starts from the defaults', async () => {
    await writeFile(join(dir, 'config.json'), '{"reporterName": "Nguyễn Văn A", trunc');
    const settings = createElectronSettings({ cwd: dir, clock });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    const files = await readdir(dir);
    const backup = files.find((f) => f.startsWith('config.json.corrupt-'));
    expect(backup).toBeDefined();
    expect(await readFile(join(dir, backup!), 'utf8')).toContain('Nguyễn Văn A');
  });

  it('keeps the good fields of a hand-edited file, repairs the bad one and keeps a copy', async () => {
    await writeFile(join(dir, 'config.json'), JSON.stringify({ reporterName: 'Trần Thị B', language: 'fr' }));
    const settings = createElectronSettings({ cwd: dir, clock });
    expect(settings.get()).toMatchObject({ reporterName: 'Trần Thị B', language: 'vi' });
    expect((await readdir(dir)).some((f) => f.startsWith('config.json.corrupt-'))).toBe(true);
  });

  it('electron-store opens an IPC channel, which closeElectronStoreChannel closes', async () => {
    // electron-store opens it once per process: a fresh registry shows the first store.
    vi.resetModules();
    const fresh = await import('./fake-electron.ts');
    const glue = await import('../../main/electron/settings-store.ts');
    glue.createElectronSettings({ cwd: dir, clock });
    expect(fresh.ipcMain.listenerCount(ELECTRON_STORE_CHANNEL)).toBe(1);
    glue.closeElectronStoreChannel(fresh.ipcMain as never);
    expect(fresh.ipcMain.listenerCount(ELECTRON_STORE_CHANNEL)).toBe(0);
  });
});

// Settings in Electron, through electron-store (which wraps conf 15): the same fields, defaults,
// validation and NFC as the conf store the CLI and the browser host use (main/core/settings/),
// and the same promise: a damaged file is copied aside (config.json.corrupt-<stamp>) and the
// defaults used, never wiped silently.

import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMain } from 'electron';
import Store from 'electron-store';
import type { Settings, SettingsPatch } from '../common/settings.ts';
import { mapFsError } from '../core/fs/errors.ts';
import { fileStamp } from '../core/library/layout.ts';
import { silentLogger } from '../core/logger.ts';
import { applyPatch, readSettings } from '../core/settings/normalize.ts';
import type { Logger, SettingsStore } from '../core/types.ts';

export interface ElectronSettingsOptions {
  /** The folder of config.json: DATELINE_CONFIG_DIR, else the app's userData folder. */
  cwd: string;
  logger?: Logger;
  clock?: () => Date;
}

/** electron-store answers this channel for renderer-side stores; Dateline has none. */
export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

/**
 * electron-store registers an `ipcMain.on` listener (the userData path and version) for stores
 * created in a renderer. Our renderer has no ipcRenderer and no stores, so the channel is closed:
 * the only IPC the app answers is the contract's (ipc-bridge.ts).
 */
export function closeElectronStoreChannel(ipcMain: Pick<IpcMain, 'removeAllListeners'>): void {
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
}

/** A SettingsStore over electron-store's config.json; a damaged file is backed up and the defaults used. */
export function createElectronSettings(options: ElectronSettingsOptions): SettingsStore {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const path = join(options.cwd, 'config.json');

  const backUp = (why: string, keepOriginal: boolean): void => {
    const backup = `${path}.corrupt-${fileStamp(clock())}`;
    try {
      if (keepOriginal) copyFileSync(path, backup);
      else renameSync(path, backup);
      logger.warn('settings file damaged; backed up, defaults used', { backup, why });
    } catch (err) {
      logger.error('settings file damaged and could not be backed up', { path, error: String(err) });
    }
  };

  // electron-store throws on a file that is not JSON: look before it opens it.
  if (existsSync(path)) {
    try {
      JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      backUp(String(err), false);
    }
  }
  const store = new Store<Record<string, unknown>>({ cwd: options.cwd, name: 'config' });

  const read = (): Settings => {
    let raw: Record<string, unknown>;
    try {
      raw = store.store;
    } catch (err) {
      backUp(String(err), false);
      return readSettings({}).settings;
    }
    const { settings, invalid } = readSettings(raw);
    if (invalid.length) {
      backUp(`invalid: ${invalid.join(', ')}`, true);
      try {
        store.set({ ...settings });
      } catch (err) {
        logger.warn('settings not repaired', { error: String(err) });
      }
    }
    return settings;
  };

  return {
    get: read,
    set(patch: SettingsPatch): Settings {
      const next = applyPatch(read(), patch);
      try {
        store.set({ ...next });
      } catch (err) {
        throw mapFsError(err);
      }
      return next;
    },
  };
}

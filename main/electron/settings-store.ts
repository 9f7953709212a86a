// Settings in Electron, through electron-store (which wraps conf 15): the same fields, defaults,
// validation and NFC as the conf store the CLI and the browser host use (main/core/settings/),
// and the same promise: a damaged file is copied aside (config.json.corrupt-<stamp>) and the
// defaults used, never wiped silently.

import { join } from 'node:path';
import type { IpcMain } from 'electron';
import Store from 'electron-store';
import { silentLogger } from '../core/logger.ts';
import { setAsideIfNotJson, settingsOverJsonStore } from '../core/settings/json-file.ts';
import type { SettingsStore } from '../core/types.ts';
import type { Logger } from '../core/logger.ts';

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
  const fileOptions = { logger: options.logger ?? silentLogger, clock: options.clock ?? (() => new Date()) };
  const path = join(options.cwd, 'config.json');
  // electron-store throws on a file that is not JSON: look before it opens it.
  setAsideIfNotJson(path, fileOptions);
  const store = new Store<Record<string, unknown>>({ cwd: options.cwd, name: 'config' });
  return settingsOverJsonStore(store, () => path, fileOptions);
}

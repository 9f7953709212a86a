// The services' public face, shared by the transports (Electron glue, browser host, CLI, tests).
// main/core/app.ts builds a Core from CoreOptions.

import type { Settings, SettingsPatch } from '../common/settings.ts';
import type { Dispatch } from './dispatcher.ts';

/** Where settings persist: electron-store in Electron, conf under Node, memory in tests. */
export interface SettingsStore {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
}

export interface Logger {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export interface CoreOptions {
  /** The library folder (one sub-folder per article). */
  libraryDir: string;
  settings: SettingsStore;
  transport: 'electron' | 'host' | 'direct';
  /** Injected so tests control time. */
  clock?: () => Date;
  logger?: Logger;
}

export interface Core {
  /** Validates and runs any contract method; never throws. */
  dispatch: Dispatch;
  libraryDir: string;
  settings: SettingsStore;
  /** Flushes pending writes and stops workers. */
  close(): Promise<void>;
}

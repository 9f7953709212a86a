// What the two settings stores share: conf under plain Node (CLI, browser host) and electron-store
// in Electron keep the same config.json. A damaged file is copied or moved aside
// (config.json.corrupt-<stamp>) and the defaults used: a reporter's settings are never wiped
// silently.

import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import type { Settings, SettingsPatch } from '../../common/settings.ts';
import { mapFsError } from '../fs/errors.ts';
import { fileStamp } from '../library/layout.ts';
import type { SettingsStore } from '../types.ts';
import type { Logger } from '../logger.ts';
import { applyPatch, readSettings } from './normalize.ts';

/** What conf and electron-store both offer. */
export interface JsonStore {
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

export interface SettingsFileOptions {
  logger: Logger;
  clock: () => Date;
}

/** Keeps a damaged settings file beside itself: a copy (`keepOriginal`) or the file moved away. */
export function backUpSettingsFile(path: string, why: string, keepOriginal: boolean, { logger, clock }: SettingsFileOptions): void {
  const backup = `${path}.corrupt-${fileStamp(clock())}`;
  try {
    if (keepOriginal) copyFileSync(path, backup);
    else renameSync(path, backup);
    logger.warn('settings file damaged; backed up, defaults used', { backup, why });
  } catch (err) {
    logger.error('settings file damaged and could not be backed up', { path, error: String(err) });
  }
}

/** Moves a file that is not JSON aside before the store opens it (both libraries throw on one). */
export function setAsideIfNotJson(path: string, options: SettingsFileOptions): void {
  if (!existsSync(path)) return;
  try {
    JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    backUpSettingsFile(path, String(err), false, options);
  }
}

/** A SettingsStore over an open JSON store: values validated and repaired on every read. */
export function settingsOverJsonStore(store: JsonStore, path: () => string, options: SettingsFileOptions): SettingsStore {
  const read = (): Settings => {
    let raw: Record<string, unknown>;
    try {
      raw = store.store;
    } catch (err) {
      // Damaged while we run (another program, a disk error): back it up, carry on with defaults.
      backUpSettingsFile(path(), String(err), false, options);
      return readSettings({}).settings;
    }
    const { settings, invalid } = readSettings(raw);
    if (invalid.length) {
      // Wrong values (hand edits, another version): keep a copy of the file as it was, then repair.
      backUpSettingsFile(path(), `invalid: ${invalid.join(', ')}`, true, options);
      try {
        store.set({ ...settings });
      } catch (err) {
        options.logger.warn('settings not repaired', { error: String(err) });
      }
    }
    return settings;
  };

  return {
    get: read,
    set(patch: SettingsPatch): Settings {
      const next = applyPatch(read(), patch);
      try {
        // set() keeps keys that are not ours (the Electron glue may share this file).
        store.set({ ...next });
      } catch (err) {
        throw mapFsError(err);
      }
      return next;
    },
  };
}

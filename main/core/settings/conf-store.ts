// Settings on disk under plain Node (the CLI, the browser host), through `conf`: the same JSON
// file electron-store keeps in Electron. A damaged file is renamed beside itself
// (config.json.corrupt-<stamp>) and the defaults are used: a reporter's settings are never
// wiped silently.

import Conf from 'conf';
import { existsSync, readFileSync, renameSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings, SettingsPatch } from '../../common/settings.ts';
import { mapFsError } from '../fs/errors.ts';
import { silentLogger } from '../logger.ts';
import type { Logger, SettingsStore } from '../types.ts';
import { fileStamp } from '../library/layout.ts';
import { applyPatch, readSettings } from './normalize.ts';

export interface ConfSettingsOptions {
  /** The folder of config.json; default DATELINE_CONFIG_DIR, else the OS's config folder for `dateline`. */
  dir?: string;
  logger?: Logger;
  clock?: () => Date;
}

/** The config folder used when none is given. */
export function defaultConfigDir(): string | undefined {
  return process.env.DATELINE_CONFIG_DIR || undefined;
}

/** A SettingsStore over conf's config.json; a damaged file is backed up and the defaults used. */
export function createConfSettings(options: ConfSettingsOptions = {}): SettingsStore {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const cwd = options.dir ?? defaultConfigDir();
  const file = (): string => conf.path;

  // The file is checked before conf opens it: conf throws on a damaged file.
  const backUp = (path: string, why: string, keepOriginal: boolean): void => {
    const backup = `${path}.corrupt-${fileStamp(clock())}`;
    try {
      if (keepOriginal) copyFileSync(path, backup);
      else renameSync(path, backup);
      logger.warn('settings file damaged; backed up, defaults used', { backup, why });
    } catch (err) {
      logger.error('settings file damaged and could not be backed up', { path, error: String(err) });
    }
  };
  const checkFile = (path: string): void => {
    if (!existsSync(path)) return;
    try {
      JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      backUp(path, String(err), false);
    }
  };
  if (cwd) checkFile(join(cwd, 'config.json'));

  const conf = new Conf<Record<string, unknown>>({
    projectName: 'dateline',
    projectSuffix: '',
    ...(cwd ? { cwd } : {}),
  });
  if (!cwd) checkFile(conf.path);

  const read = (): Settings => {
    let raw: Record<string, unknown>;
    try {
      raw = conf.store;
    } catch (err) {
      // Damaged while we run (another program, a disk error): back it up, carry on with defaults.
      backUp(file(), String(err), false);
      return readSettings({}).settings;
    }
    const { settings, invalid } = readSettings(raw);
    if (invalid.length) {
      // Wrong values (hand edits, another version): keep a copy of the file as it was, then repair.
      backUp(file(), `invalid: ${invalid.join(', ')}`, true);
      try {
        conf.set({ ...settings });
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
        // set() keeps keys that are not ours (the Electron glue may share this file).
        conf.set({ ...next });
      } catch (err) {
        throw mapFsError(err);
      }
      return next;
    },
  };
}

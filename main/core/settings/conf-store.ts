// Settings on disk under plain Node (the CLI, the browser host), through `conf`: the same JSON
// file electron-store keeps in Electron. A damaged file is renamed beside itself
// (config.json.corrupt-<stamp>) and the defaults are used: a reporter's settings are never
// wiped silently.

import Conf from 'conf';
import { join } from 'node:path';
import { silentLogger } from '../logger.ts';
import type { SettingsStore } from '../types.ts';
import type { Logger } from '../logger.ts';
import { setAsideIfNotJson, settingsOverJsonStore } from './json-file.ts';

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
  const fileOptions = { logger: options.logger ?? silentLogger, clock: options.clock ?? (() => new Date()) };
  const cwd = options.dir ?? defaultConfigDir();
  // The file is checked before conf opens it: conf throws on a damaged file.
  if (cwd) setAsideIfNotJson(join(cwd, 'config.json'), fileOptions);
  const conf = new Conf<Record<string, unknown>>({
    projectName: 'dateline',
    projectSuffix: '',
    ...(cwd ? { cwd } : {}),
  });
  if (!cwd) setAsideIfNotJson(conf.path, fileOptions);
  return settingsOverJsonStore(conf, () => conf.path, fileOptions);
}

// Settings kept in memory: for tests and for one-off runs that must not touch the user's file.

import type { Settings, SettingsPatch } from '../../common/settings.ts';
import type { SettingsStore } from '../types.ts';
import { applyPatch, readSettings } from './normalize.ts';

/** A SettingsStore in memory, starting from the defaults plus `initial`. */
export function createMemorySettings(initial: Partial<Settings> = {}): SettingsStore {
  let current = readSettings(initial).settings;
  return {
    get: () => ({ ...current }),
    set(patch: SettingsPatch): Settings {
      current = applyPatch(current, patch);
      return { ...current };
    },
  };
}

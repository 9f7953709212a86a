// Settings as stored: every field valid (the default where a field is missing or wrong) and
// every string NFC. Shared by each SettingsStore (conf here, electron-store in the Electron glue).

import { DEFAULT_SETTINGS, SettingsSchema, type Settings, type SettingsPatch } from '../../common/settings.ts';
import { DatelineError } from '../../common/result.ts';
import { nfcDeep } from '../../common/text/nfc.ts';

export interface ReadSettings {
  settings: Settings;
  /** Fields that were present but invalid (replaced by their defaults). */
  invalid: string[];
}

/** Reads stored settings field by field, so one bad field does not cost the others. */
export function readSettings(raw: unknown): ReadSettings {
  const source = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const invalid: string[] = [];
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const field = SettingsSchema.shape[key].safeParse(
      typeof source[key] === 'string' ? (source[key] as string).normalize('NFC') : source[key],
    );
    if (field.success) (settings as unknown as Record<string, unknown>)[key] = field.data;
    else invalid.push(key);
  }
  return { settings, invalid };
}

/** The settings after a patch; INVALID_INPUT when the result is not valid (nothing is changed then). */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  const next = SettingsSchema.safeParse(nfcDeep({ ...current, ...patch }));
  if (!next.success) {
    const issue = next.error.issues[0];
    throw new DatelineError('INVALID_INPUT', { detail: `${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'invalid'}` });
  }
  return next.data;
}

import { z } from 'zod';
import { SettingsPatchSchema, type Settings } from '../settings.ts';

export const settingsContract = {
  'settings.get': { input: z.object({}).strict() },
  'settings.set': { input: z.object({ patch: SettingsPatchSchema }).strict() },
} as const;

export interface SettingsOutputs {
  'settings.get': Settings;
  'settings.set': Settings;
}

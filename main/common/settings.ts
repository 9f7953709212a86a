// Settings a reporter sets once: who they are, the paper's prefix, the UI language.

import { z } from 'zod';
import { DEFAULT_EXPORT_SETTINGS, ExportSettingsSchema, type ExportSettings } from './export/settings.ts';
import { BAO_HA_GIANG, PaperProfileSchema, type PaperProfile } from './vietnamese/style/profile.ts';

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** Export's settings (renditions, headline limit, export folder) live in main/common/export/settings.ts. */
export interface Settings extends ExportSettings {
  reporterName: string;
  /** The paper's prefix for the sapo, e.g. `BHG` gives `BHG - `. */
  paperPrefix: string;
  /** How the paper writes dates, tone marks and quotations (the house-style rules follow it). */
  paperProfile: PaperProfile;
  /** The place shown in the byline, e.g. `Quang Bình`. */
  reporterPlace: string;
  language: Language;
  /** Where articles live; empty means the default under the user's documents. */
  libraryDir: string;
  /** Words the reporter added to their own dictionary (the spell checker accepts them). */
  userWords: string[];
  /** Straight quotes typed in the article and its captions become “ ” ‘ ’ (as in Word). */
  smartQuotes: boolean;
  /** A letter typed into the article is painted before the editor re-renders (renderer/editor/slate-compat/frame-first.ts); off is the fallback. */
  frameFirst: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  reporterName: '',
  paperPrefix: 'BHG',
  paperProfile: BAO_HA_GIANG,
  reporterPlace: '',
  language: 'vi',
  libraryDir: '',
  userWords: [],
  smartQuotes: true,
  frameFirst: true,
  ...DEFAULT_EXPORT_SETTINGS,
};

export const SettingsSchema = z.object({
  reporterName: z.string().max(200),
  paperPrefix: z
    .string()
    .max(20)
    .regex(/^[\p{L}\p{N} .]*$/u, 'letters and digits only'),
  paperProfile: PaperProfileSchema,
  reporterPlace: z.string().max(200),
  language: z.enum(['vi', 'en']),
  libraryDir: z.string().max(4096),
  userWords: z.array(z.string().min(1).max(100)).max(20_000),
  smartQuotes: z.boolean(),
  frameFirst: z.boolean(),
  ...ExportSettingsSchema.shape,
});

export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

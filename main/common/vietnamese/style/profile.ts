// The paper's profile: how this paper writes what the house-style rules check. Papers differ, and
// even one paper changes (Báo Hà Giang became part of Báo và Phát thanh, Truyền hình Tuyên Quang
// in 2025), so the profile is a setting (`paperProfile`), with Báo Hà Giang's as the default.
// The sapo's prefix is the setting `paperPrefix`, which import and export use too.

import { z } from 'zod';
import type { StyleSettingsPatch } from './config.ts';

/** The paper's name as the house-style findings cite it; letters, digits, spaces and `.,-&'’()`. */
export const PaperNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[\p{L}\p{M}\p{N} .,&'’()-]+$/u, "letters, digits and . , - & ' ( ) only");

export const PaperProfileSchema = z
  .object({
    /**
     * Whose house style this is (`Báo Hà Giang`). Profiles saved before it existed read as Báo
     * Hà Giang's, the only profile there was.
     */
    name: PaperNameSchema.default('Báo Hà Giang'),
    /** Dates with a year (`05/01/2025` or `05.01.2025`), and a day and month alone (`31.12` or `31/12`). */
    dates: z.object({ full: z.enum(['slash', 'dot']), short: z.enum(['slash', 'dot']) }).strict(),
    /** Where the tone mark sits: `hóa`, `thủy` (old) or `hoá`, `thuỷ` (new). */
    tonePlacement: z.enum(['old', 'new']),
    /** Quotations in `“ ”` (curly) or `"` (straight). */
    quotes: z.enum(['curly', 'straight']),
  })
  .strict();

export type PaperProfile = z.infer<typeof PaperProfileSchema>;

/**
 * Báo Hà Giang: `ngày 01/11/2023` but `Sáng 31.12`, `hóa` and `ủy`, quotations in “ ”
 * (test/fixtures/articles/bhg-2025-01-05-bon-tot.txt).
 */
export const BAO_HA_GIANG: PaperProfile = {
  name: 'Báo Hà Giang',
  dates: { full: 'slash', short: 'dot' },
  tonePlacement: 'old',
  quotes: 'curly',
};

/** The style rules' settings that follow from the paper's prefix and profile. */
export function profileStyle(prefix: string, profile: PaperProfile = BAO_HA_GIANG): StyleSettingsPatch {
  return {
    prefix: { prefix },
    'tone-placement': { style: profile.tonePlacement },
    quotes: { style: profile.quotes },
    'date-format': { style: profile.dates.full, shortStyle: profile.dates.short },
  };
}

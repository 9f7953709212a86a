// The house's choices, one entry per rule: on/off, severity and the rule's own options. Papers
// differ even inside one newsroom (`Tòa`/`Toà`, `23.3.2021`/`23/3/2021`), so none of this is a
// constant. Partial settings are merged over the defaults; the schema validates what the UI or
// the contract sends.

import { z } from 'zod';

const Severity = z.enum(['error', 'warning']);
const base = { enabled: z.boolean(), severity: Severity.optional() };

export const StyleSettingsSchema = z.object({
  prefix: z.object({ ...base, prefix: z.string().max(20) }),
  'tone-placement': z.object({
    ...base,
    style: z.enum(['old', 'new']),
    /** Leave capitalised words alone (names keep the spelling their owners use). */
    skipNames: z.boolean(),
  }),
  quotes: z.object({ ...base, style: z.enum(['curly', 'straight']) }),
  spacing: z.object({ ...base }),
  /** `style`: dates with a year; `shortStyle`: a day and month alone (`31.12`). */
  'date-format': z.object({ ...base, style: z.enum(['slash', 'dot']), shortStyle: z.enum(['slash', 'dot']) }),
  'byline-caps': z.object({ ...base }),
  'abbreviation-first-use': z.object({ ...base, wellKnown: z.array(z.string().max(40)).max(1000) }),
  'unattributed-statistic': z.object({
    ...base,
    cues: z.array(z.string().max(60)).max(200),
    /** Words that name a body as a source, written with their capital (`Sở`, `Trung tâm`). */
    sources: z.array(z.string().max(60)).max(200),
  }),
  'merged-place': z.object({
    ...base,
    /**
     * The date the text speaks from (its publication), `YYYY-MM-DD`; null: today. A change with a
     * date applies only to text that speaks from that date on.
     */
    asOf: z.iso.date().nullable(),
  }),
});

export type StyleSettings = z.infer<typeof StyleSettingsSchema>;

const shape = StyleSettingsSchema.shape;
const patchOf = <T extends z.ZodObject>(rule: T) => rule.partial().strict().optional();

/** What a partial settings object may hold (every rule and every field optional). */
export const StyleSettingsPatchSchema = z
  .object({
    prefix: patchOf(shape.prefix),
    'tone-placement': patchOf(shape['tone-placement']),
    quotes: patchOf(shape.quotes),
    spacing: patchOf(shape.spacing),
    'date-format': patchOf(shape['date-format']),
    'byline-caps': patchOf(shape['byline-caps']),
    'abbreviation-first-use': patchOf(shape['abbreviation-first-use']),
    'unattributed-statistic': patchOf(shape['unattributed-statistic']),
    'merged-place': patchOf(shape['merged-place']),
  })
  .strict();

export type StyleSettingsPatch = z.infer<typeof StyleSettingsPatchSchema>;

/**
 * Words that attribute a figure to a source; matched as whole words, any case. Deliberately not
 * `nguồn`, `dẫn`, `thông tin`, `phát biểu`: they are as often `nguồn vốn`, `hướng dẫn`,
 * `công nghệ thông tin`, `phát biểu ý kiến`, and would hide every figure.
 */
export const DEFAULT_ATTRIBUTION_CUES = [
  'theo',
  'cho biết',
  'cho hay',
  'thống kê',
  'báo cáo',
  'số liệu của',
  'khẳng định',
  'công bố',
  'ước tính',
  'trích dẫn',
  'nhấn mạnh',
  'nêu rõ',
  'cho rằng',
  'bày tỏ',
  'tiết lộ',
  'xác nhận',
  'thông báo',
  'khảo sát',
  'điều tra',
  'nói',
];

/** The rules as Báo Hà Giang writes (style/profile.ts holds the paper's profile). */
/**
 * Bodies that are a figure's source when named (with their capital): `Sở Y tế`, `Phòng Nông
 * nghiệp…`, `Trung tâm Kiểm soát bệnh tật`. Abbreviations of bodies (`UBND`, `HĐND`) count too.
 */
export const DEFAULT_SOURCE_WORDS = [
  'Ủy ban',
  'Uỷ ban',
  'Sở',
  'Phòng',
  'Ban',
  'Cục',
  'Tổng cục',
  'Bộ',
  'Trung tâm',
  'Bệnh viện',
  'Trường',
  'Hội',
  'Đồn',
  'Công an',
  'Huyện ủy',
  'Tỉnh ủy',
  'Đảng ủy',
  'Huyện uỷ',
  'Tỉnh uỷ',
  'Đảng uỷ',
  'Chi bộ',
  'Đảng bộ',
  'Ngân hàng',
  'Trạm',
  'Hạt',
  'Viện',
  'Quỹ',
  'Văn phòng',
  'Chính phủ',
  'Quốc hội',
  'Trung ương',
  'Hợp tác xã',
  'Bộ Chỉ huy',
  'Ban Chỉ huy',
  'Ban Chỉ đạo',
];

export const DEFAULT_STYLE_SETTINGS: StyleSettings = {
  prefix: { enabled: true, prefix: 'BHG' },
  // Báo Hà Giang writes `hóa`, `tỏa`, `ủy`: the old placement.
  'tone-placement': { enabled: true, style: 'old', skipNames: false },
  quotes: { enabled: true, style: 'curly' },
  spacing: { enabled: true },
  // The paper prints `ngày 05/01/2025` but `Sáng 31.12`.
  'date-format': { enabled: true, style: 'slash', shortStyle: 'dot' },
  'byline-caps': { enabled: true },
  'abbreviation-first-use': { enabled: true, wellKnown: [] },
  'unattributed-statistic': { enabled: true, cues: DEFAULT_ATTRIBUTION_CUES, sources: DEFAULT_SOURCE_WORDS },
  'merged-place': { enabled: true, asOf: null },
};

/** The defaults with a partial patch laid over them, rule by rule. */
export function resolveStyleSettings(patch: StyleSettingsPatch = {}): StyleSettings {
  const out = { ...DEFAULT_STYLE_SETTINGS } as Record<keyof StyleSettings, object>;
  for (const key of Object.keys(DEFAULT_STYLE_SETTINGS) as (keyof StyleSettings)[]) {
    const p = patch[key];
    if (p) out[key] = { ...DEFAULT_STYLE_SETTINGS[key], ...p };
  }
  return out as StyleSettings;
}

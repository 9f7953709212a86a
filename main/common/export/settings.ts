// What a package looks like, as the newsroom sets it. These fields are named so they can be
// added flat to Settings (main/common/settings.ts) later: a full Settings object already fits
// ExportSettingsInput, and every field missing falls back to the default below.

import { z } from 'zod';

export interface ExportSettings {
  /** Widths of the photo renditions, in pixels; a photo is never enlarged to reach one. */
  renditionWidths: number[];
  renditionJpegQuality: number;
  renditionWebpQuality: number;
  /** WebP beside each JPEG (the page offers it first through <picture>). */
  renditionWebp: boolean;
  /** AVIF is slow to encode: off unless the web desk asks for it. */
  renditionAvif: boolean;
  renditionAvifQuality: number;
  /** Preflight warns above this many characters. */
  headlineMaxChars: number;
  /**
   * Where the package's files will live once published (`https://baohagiang.vn/media/`). ninjs
   * needs absolute hrefs; without a base they are `urn:dateline:` names ending in the file's path.
   */
  publicBaseUrl: string;
  /** The newsroom as rights holder of its photos and text, e.g. `Báo Hà Giang`. */
  copyrightHolder: string;
  /** The folder the export dialog proposes; empty: the folder above the library. */
  exportFolder: string;
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  renditionWidths: [400, 800, 1600],
  renditionJpegQuality: 82,
  renditionWebpQuality: 82,
  renditionWebp: true,
  renditionAvif: false,
  renditionAvifQuality: 50,
  headlineMaxChars: 120,
  publicBaseUrl: '',
  copyrightHolder: '',
  exportFolder: '',
};

export const ExportSettingsSchema = z.object({
  renditionWidths: z.array(z.number().int().min(16).max(8192)).min(1).max(8),
  renditionJpegQuality: z.number().int().min(1).max(100),
  renditionWebpQuality: z.number().int().min(1).max(100),
  renditionWebp: z.boolean(),
  renditionAvif: z.boolean(),
  renditionAvifQuality: z.number().int().min(1).max(100),
  headlineMaxChars: z.number().int().min(10).max(1000),
  publicBaseUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  copyrightHolder: z.string().max(200),
  exportFolder: z.string().max(4096),
});

/** What export functions accept: the paper's prefix plus any export settings (a Settings fits). */
export type ExportSettingsInput = { paperPrefix: string } & Partial<ExportSettings>;

export type ResolvedExportSettings = ExportSettings & { paperPrefix: string };

/** Defaults for what is missing; a bad value falls back to its default rather than failing an export. */
export function resolveExportSettings(input: ExportSettingsInput): ResolvedExportSettings {
  const out: Record<string, unknown> = { ...DEFAULT_EXPORT_SETTINGS };
  const shape = ExportSettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof ExportSettings)[]) {
    const parsed = shape[key].safeParse(input[key]);
    if (input[key] !== undefined && parsed.success) out[key] = parsed.data;
  }
  const resolved = out as unknown as ExportSettings;
  // Sorted and unique so file names and srcset come out the same whatever order was typed.
  resolved.renditionWidths = [...new Set(resolved.renditionWidths)].sort((a, b) => a - b);
  if (resolved.publicBaseUrl && !resolved.publicBaseUrl.endsWith('/')) resolved.publicBaseUrl += '/';
  resolved.copyrightHolder = resolved.copyrightHolder.normalize('NFC').trim();
  return { ...resolved, paperPrefix: (input.paperPrefix ?? '').normalize('NFC') };
}

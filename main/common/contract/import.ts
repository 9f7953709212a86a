// Importing a reporter's draft (.docx, .txt, .md, .html) as a new article. The services read the
// file from a path the user picked (a file dialog in Electron, an argument on the command line),
// recognise headline, time, sapo, body and byline, and report what they left out of the body so
// the reporter can check nothing was lost.

import { z } from 'zod';
import type { Article, Block, Byline } from '../article/model.ts';

/** The formats an import understands, by file extension. */
export type ImportFormat = 'docx' | 'txt' | 'md' | 'html';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['docx', 'txt', 'md', 'html'];
/** The extensions each format is recognised by (lower case, with the dot). */
export const IMPORT_EXTENSIONS: Record<ImportFormat, readonly string[]> = {
  docx: ['.docx'],
  txt: ['.txt', '.text'],
  md: ['.md', '.markdown'],
  html: ['.html', '.htm'],
};

/** Why an import stopped; each has its sentence in main/common/i18n/import.ts (`error.*`). */
export type ImportErrorReason =
  | 'unsupported-format'
  | 'old-word'
  | 'not-found'
  | 'not-a-file'
  | 'no-access'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'damaged-docx'
  | 'zip-limits';

/** What the reporter should know about an import (sentences: `import:warning.*`). */
export type ImportWarningCode =
  | 'looks-legacy'
  | 'legacy-converted'
  | 'fonts-converted'
  | 'headline-long'
  | 'sapo-not-found'
  | 'sapo-without-prefix'
  | 'byline-not-found'
  | 'furniture-removed'
  | 'caption-repeated'
  | 'images-not-imported'
  | 'caption-without-photo'
  | 'docx-messages';

export interface ImportWarning {
  code: ImportWarningCode;
  params?: Record<string, string | number>;
}

/** A legacy encoding the text seems to be in (TCVN3, VNI, VIQR, or a byte encoding of a .txt). */
export interface LegacyOffer {
  encoding: 'tcvn3' | 'tcvn3-upper' | 'vni' | 'viqr' | 'cp1258' | 'viscii' | 'tcvn';
  /** 0..1 */
  confidence: number;
  /** How the start of the text would read converted. */
  preview: string;
  /** True when the import converted it (the caller passed convertLegacy). */
  converted: boolean;
}

/** A headline found in the web page's “related articles” list: a hint, never a link by itself. */
export interface RelatedHint {
  headline: string;
  sapo: string;
  /** As printed, e.g. `31/12/2024`. */
  date: string;
}

/** What an import did besides filling the article. */
export interface ImportReport {
  format: ImportFormat;
  /** The file's name (NFC), without its folder. */
  fileName: string;
  /** Set when font-less text looks legacy-encoded: offered, or converted on request. */
  legacy: LegacyOffer | null;
  /** Runs drawn in a legacy font (.VnTime, VNI-Times…) converted to Unicode, by their font. */
  fontRuns: { converted: number; encodings: string[] };
  /** Text kept out of the body (web furniture such as `Ý kiến bạn đọc`, `Cùng chuyên mục` and its list). */
  notes: string[];
  related: RelatedHint[];
  /** Lines taken for photo captions; they stay in the body as paragraphs (the photos are not imported). */
  captions: string[];
  /** Photos the draft had; not imported (add them to the article from their files). */
  images: number;
  warnings: ImportWarning[];
}

/** The article an import would create, before it is stored. */
export interface ImportDraft {
  content: Block[];
  publishAt: string | null;
  byline: Byline | null;
}

const ImportInput = z
  .object({
    /** An absolute path on this computer. */
    path: z.string().min(1).max(4096),
    /** Convert font-less text that looks legacy-encoded (the report's `legacy` offer). */
    convertLegacy: z.boolean().optional(),
  })
  .strict();

export const importContract = {
  /** Reads and recognises a draft without storing anything. */
  'library.importPreview': { input: ImportInput },
  /** Creates a new article from a draft. */
  'library.import': { input: ImportInput },
} as const;

export interface ImportOutputs {
  'library.importPreview': { draft: ImportDraft; report: ImportReport };
  'library.import': { article: Article; report: ImportReport };
}

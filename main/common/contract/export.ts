// Export's part of the contract: the preflight check, writing a publish-ready package (folder or
// .zip), cancelling it, and verifying a package someone hands you. Progress is reported by the
// core's exportPackage callback; over the contract a long export is cancelled by its jobId.

import { z } from 'zod';
import { ArticleIdSchema } from './library.ts';

export type FindingSeverity = 'error' | 'warning';

/** What preflight can find; each has a sentence in main/common/i18n/export.ts (`finding.*`). */
export type PreflightCode =
  | 'headline-missing'
  | 'headline-too-long'
  | 'sapo-missing'
  | 'prefix-missing'
  | 'byline-missing'
  | 'body-empty'
  | 'time-missing'
  | 'photo-missing'
  | 'caption-missing'
  | 'credit-missing'
  | 'alt-missing'
  | 'alt-too-long'
  | 'photo-too-small'
  | 'quotes-unbalanced'
  | 'quotes-straight';

export interface PreflightFinding {
  code: PreflightCode;
  /** Errors block the export; warnings are shown and the user decides. */
  severity: FindingSeverity;
  /** The block to jump to (a figure, the headline…); absent for metadata (byline, time). */
  blockId?: string;
  params?: Record<string, string | number>;
}

export interface PreflightReport {
  findings: PreflightFinding[];
  errors: number;
  warnings: number;
}

export type PackageKind = 'folder' | 'zip';

/** The parts a user may leave out; ninjs.json and manifest.json are always written (verify needs them). */
export const PACKAGE_PARTS = ['html', 'fragment', 'text', 'docx', 'images'] as const;
export type PackagePart = (typeof PACKAGE_PARTS)[number];

export type ExportStage = 'preflight' | 'photos' | 'documents' | 'writing' | 'done';

export interface ExportProgress {
  stage: ExportStage;
  done: number;
  total: number;
}

/** Why an export stopped; sentences in `export:error.*` (errors:EXPORT nests into them). */
export type ExportErrorReason =
  | 'blocked'
  | 'needs-confirmation'
  | 'cancelled'
  | 'target-exists'
  | 'target-foreign'
  | 'target-invalid'
  | 'photo-missing'
  | 'photo-unreadable'
  | 'ninjs-invalid'
  | 'busy';

export interface PackageResult {
  path: string;
  kind: PackageKind;
  /** Files listed in the manifest (manifest.json itself not counted). */
  files: number;
  /** Size on disk: the .zip, or the folder's files (manifest included). */
  bytes: number;
  /** SHA-256 of manifest.json: one fingerprint for the whole package. */
  manifestSha256: string;
  /** The warnings the user accepted. */
  warnings: PreflightFinding[];
}

/** What verify can find wrong; sentences in `export:verify.*`. */
export type VerifyProblemCode =
  | 'not-found'
  | 'not-a-package'
  | 'unsafe-entry'
  | 'too-large'
  | 'manifest-invalid'
  | 'unknown-format'
  | 'missing-file'
  | 'extra-file'
  | 'size-mismatch'
  | 'checksum-mismatch'
  | 'ninjs-invalid'
  /** A zip whose end (its directory) is missing or broken: cut short or damaged. */
  | 'zip-damaged'
  /** One entry of the zip cannot be read back (a flipped byte in its compressed data). */
  | 'damaged-entry'
  /** manifest.json says of the article what its files do not (ninjs.json, article.html). */
  | 'manifest-mismatch';

export interface VerifyProblem {
  code: VerifyProblemCode;
  /** The file concerned, package-relative. */
  path?: string;
  params?: Record<string, string | number>;
}

export interface VerifyReport {
  ok: boolean;
  path: string;
  kind: PackageKind | null;
  formatVersion: number | null;
  articleId: string | null;
  articleVersion: number | null;
  /** Files checked against the manifest. */
  checked: number;
  problems: VerifyProblem[];
}

const AbsolutePathSchema = z
  .string()
  .min(2)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'not an absolute path');

export const JobIdSchema = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, 'not a job id');

export const exportContract = {
  'export.preflight': { input: z.object({ id: ArticleIdSchema }).strict() },
  'export.package': {
    input: z
      .object({
        id: ArticleIdSchema,
        /** The folder or .zip to create (from the user's save dialog). */
        target: AbsolutePathSchema,
        kind: z.enum(['folder', 'zip']).default('zip'),
        /** Replace an existing package at `target` (the user confirmed). */
        replace: z.boolean().default(false),
        /** The user saw the warnings and wants the package anyway. */
        acceptWarnings: z.boolean().default(false),
        /** The parts to write (default: all). */
        parts: z.array(z.enum(PACKAGE_PARTS)).max(PACKAGE_PARTS.length).optional(),
        /** Lets `export.cancel` stop this export. */
        jobId: JobIdSchema.optional(),
      })
      .strict(),
  },
  'export.cancel': { input: z.object({ jobId: JobIdSchema }).strict() },
  'export.verify': { input: z.object({ path: AbsolutePathSchema }).strict() },
  /** Where a running export is (the window polls it: the contract is request/answer only). */
  'export.progress': { input: z.object({ jobId: JobIdSchema }).strict() },
  /** The native folder picker (Electron); UNSUPPORTED elsewhere, where the dialog offers a text field. */
  'export.chooseFolder': { input: z.object({ defaultPath: z.string().max(4096).optional() }).strict() },
} as const;

export interface ExportOutputs {
  'export.preflight': PreflightReport;
  'export.package': PackageResult;
  'export.cancel': { cancelled: boolean };
  'export.verify': VerifyReport;
  /** Null once the job is over, or for an unknown job. */
  'export.progress': ExportProgress | null;
  /** Null when the user closed the picker. */
  'export.chooseFolder': { path: string | null };
}

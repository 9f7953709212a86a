// The package format (docs/review.md): a zip holding manifest.json (what the package is and the
// SHA-256 of every other file), manifest.sig (the signer's Ed25519 signature of the manifest's
// exact bytes), article.json, review.json and, in a submission, media/<sha256>.<ext>. A
// withdrawal (kind `withdrawal`) voids one decision; it carries the decided article and notes.

import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from '../../common/article/ids.ts';
import { CONTENT_HASH_VERSION } from '../../common/review/canonical.ts';
import { PACKAGE_ID_PATTERN, REVIEW_ITEM_ID_PATTERN } from '../../common/review/ids.ts';

export const PACKAGE_FORMAT = 'dateline.review-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const REVIEW_FORMAT = 'dateline.review';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';
export const ARTICLE = 'article.json';
export const REVIEW = 'review.json';
/** media/<sha256 of the bytes>.<ext>: the asset id is the hash, so the name is checked too. */
export const MEDIA_ENTRY = /^media\/([0-9a-f]{64})\.([a-z0-9]{1,5})$/;

export type PackageKind = 'submission' | 'decision' | 'withdrawal';

/** The id prefix of each kind of package. */
export const PACKAGE_PREFIX: Record<PackageKind, string> = { submission: 's-', decision: 'd-', withdrawal: 'w-' };

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const Iso = z.iso.datetime({ offset: true });
const PersonSchema = z.object({ keyId: Hex64, name: z.string().max(200) }).strict();

export const FileEntrySchema = z
  .object({
    path: z.string().max(200),
    size: z.number().int().min(0),
    sha256: Hex64,
  })
  .strict();
export type FileEntry = z.infer<typeof FileEntrySchema>;

export const ManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    kind: z.enum(['submission', 'decision', 'withdrawal']),
    packageId: z.string().regex(PACKAGE_ID_PATTERN),
    createdAt: Iso,
    signer: z.object({ keyId: Hex64, name: z.string().max(200), publicKey: z.string().max(100) }).strict(),
    article: z
      .object({
        id: z.string().regex(ARTICLE_ID_PATTERN),
        version: z.number().int().min(0),
        headline: z.string().max(2000),
        contentHash: Hex64,
        contentHashVersion: z.literal(CONTENT_HASH_VERSION),
      })
      .strict(),
    decision: z
      .object({
        verdict: z.enum(['approved', 'returned']),
        note: z.string().max(20_000),
        submissionId: z.string().regex(PACKAGE_ID_PATTERN),
        submissionHash: Hex64,
        submitterKeyId: Hex64,
      })
      .strict()
      .optional(),
    /** A withdrawal: the decision it voids (the article it carries is that decision's). */
    withdrawal: z
      .object({
        decisionId: z
          .string()
          .regex(PACKAGE_ID_PATTERN)
          .refine((id) => id.startsWith('d-'), 'not a decision id'),
        submissionId: z.string().regex(PACKAGE_ID_PATTERN),
        /** Required when the signer is not the decision's own signer (checked on intake). */
        reason: z.string().max(20_000),
      })
      .strict()
      .optional(),
    files: z.array(FileEntrySchema).max(10_000),
  })
  .strict()
  .refine((m) => (m.kind === 'decision') === (m.decision !== undefined), 'a decision, and only a decision, carries a verdict')
  .refine(
    (m) => (m.kind === 'withdrawal') === (m.withdrawal !== undefined),
    'a withdrawal, and only a withdrawal, names the decision it voids',
  )
  .refine((m) => m.packageId.startsWith(PACKAGE_PREFIX[m.kind]), 'package id does not match its kind');
export type Manifest = z.infer<typeof ManifestSchema>;

export const SignatureSchema = z.object({ algorithm: z.literal('Ed25519'), keyId: Hex64, signature: z.string().max(200) }).strict();
export type SignatureFile = z.infer<typeof SignatureSchema>;

const AnchorSchema = z
  .object({
    blockId: z.string().max(100),
    field: z.enum(['text', 'caption', 'credit', 'alt']),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    quote: z.string().max(100_000),
    prefix: z.string().max(1000),
    suffix: z.string().max(1000),
  })
  .strict();
const ItemId = z.string().regex(REVIEW_ITEM_ID_PATTERN);
const FigureTargetSchema = z.object({ blockId: z.string().max(100), assetId: z.string().max(100) }).strict();

/**
 * review.json is version 2 when a thread is on a photo (`figure`), version 1 otherwise, so a
 * package without photo comments still opens on a laptop that knows only version 1.
 */
export const REVIEW_FORMAT_VERSIONS = [1, 2] as const;
export const reviewFormatVersion = (threads: readonly { figure?: unknown }[]): 1 | 2 => (threads.some((t) => t.figure) ? 2 : 1);

export const ReviewFileSchema = z
  .object({
    format: z.literal(REVIEW_FORMAT),
    formatVersion: z.union(REVIEW_FORMAT_VERSIONS.map((v) => z.literal(v))),
    threads: z
      .array(
        z
          .object({
            id: ItemId,
            anchor: AnchorSchema.nullable(),
            figure: FigureTargetSchema.optional(),
            comments: z
              .array(z.object({ id: ItemId, author: PersonSchema, text: z.string().max(20_000), createdAt: Iso }).strict())
              .max(1000),
            resolved: z.boolean(),
            resolvedBy: PersonSchema.optional(),
            stateAt: Iso,
          })
          .strict()
          .refine((t) => !(t.figure && t.anchor), 'a thread is on a photo or on a text range, not both'),
      )
      .max(10_000),
    suggestions: z
      .array(
        z
          .object({
            id: ItemId,
            author: PersonSchema,
            createdAt: Iso,
            anchor: AnchorSchema,
            insert: z.string().max(100_000),
            status: z.enum(['open', 'accepted', 'rejected']),
            decidedBy: PersonSchema.optional(),
            decidedAt: Iso.optional(),
          })
          .strict(),
      )
      .max(10_000),
  })
  .strict()
  .refine((r) => r.formatVersion >= reviewFormatVersion(r.threads), 'a photo comment needs review.json version 2');

// The review service's part of the contract: the user's profile and keys, the desk, submitting,
// reviewing (comments, suggestions, diff) and deciding. docs/review.md describes the flow.

import { z } from 'zod';
import type { Suggestion, Thread } from '../review/notes.ts';
import { PACKAGE_ID_PATTERN, REVIEW_ITEM_ID_PATTERN } from '../review/ids.ts';
import type {
  ApprovalStatus,
  ArticleDiff,
  DecisionRecord,
  DeskInfo,
  ExportedKey,
  Inbox,
  KeyEntry,
  PlacedSuggestion,
  ProfileInfo,
  ReviewView,
  SubmitReceipt,
  SyncReport,
} from '../review/types.ts';
import { ArticleIdSchema } from './library.ts';

const RoleSchema = z.enum(['reporter', 'editor']);
const PackageIdSchema = z.string().regex(PACKAGE_ID_PATTERN, 'not a package id');
const ItemIdSchema = z.string().regex(REVIEW_ITEM_ID_PATTERN, 'not a comment or suggestion id');
const KeyIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'not a key id');
const PathSchema = z.string().min(1).max(4096);

/** A text range as the editor's selection gives it: block id, field (figures), UTF-16 offsets. */
export const RangeSchema = z
  .object({
    blockId: z.string().min(1).max(100),
    field: z.enum(['text', 'caption', 'credit', 'alt']).default('text'),
    start: z.number().int().min(0).max(10_000_000),
    end: z.number().int().min(0).max(10_000_000),
  })
  .strict()
  .refine((r) => r.end >= r.start, 'end before start');

export const DiffRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('current'), id: ArticleIdSchema }).strict(),
  z.object({ kind: z.literal('draft'), id: ArticleIdSchema }).strict(),
  z.object({ kind: z.literal('submission'), packageId: PackageIdSchema }).strict(),
  z.object({ kind: z.literal('decision'), packageId: PackageIdSchema }).strict(),
  z.object({ kind: z.literal('revision'), id: ArticleIdSchema, revisionId: z.string().regex(/^[0-9a-zA-Z._-]{1,80}$/) }).strict(),
]);
export type DiffRef = z.output<typeof DiffRefSchema>;

const ById = z.object({ id: ArticleIdSchema }).strict();
const Empty = z.object({}).strict();
const Pick = z.object({ id: ArticleIdSchema, suggestionIds: z.array(ItemIdSchema).max(10_000).optional() }).strict();

export const reviewContract = {
  'review.profile': { input: Empty },
  'review.setProfile': {
    input: z.object({ name: z.string().trim().min(1).max(200), roles: z.array(RoleSchema).min(1).max(2) }).strict(),
  },
  'review.desk': { input: Empty },
  /** A folder the user chose with the desk picker (review.chooseDesk), or one inside the library. */
  'review.setDesk': { input: z.object({ path: PathSchema }).strict() },
  /** The desktop's folder picker, then review.setDesk on its answer; null when cancelled. UNSUPPORTED without a picker. */
  'review.chooseDesk': { input: Empty },
  'review.submit': { input: ById },
  'review.inbox': { input: Empty },
  'review.refresh': { input: Empty },
  'review.open': { input: ById },
  'review.comment': {
    input: z
      .object({
        id: ArticleIdSchema,
        text: z.string().trim().min(1).max(20_000),
        /** Omit both range and figure for a comment on the whole article. */
        range: RangeSchema.optional(),
        /** A comment on a photo itself: the figure's block id. */
        figure: z
          .object({ blockId: z.string().min(1).max(100) })
          .strict()
          .optional(),
        /** Reply in this thread instead of starting one. */
        threadId: ItemIdSchema.optional(),
      })
      .strict()
      .refine((i) => !(i.range && i.figure), 'a comment is on a range or on a photo, not both'),
  },
  'review.resolve': { input: z.object({ id: ArticleIdSchema, threadId: ItemIdSchema, resolved: z.boolean() }).strict() },
  'review.suggest': {
    input: z.object({ id: ArticleIdSchema, range: RangeSchema, text: z.string().max(100_000) }).strict(),
  },
  /**
   * Suggesting mode: the editor's own text of some units (a block's text, a figure's caption,
   * credit or alt); the editor's suggestions there become the changes to that text.
   */
  'review.propose': {
    input: z
      .object({
        id: ArticleIdSchema,
        units: z
          .array(
            z
              .object({
                blockId: z.string().min(1).max(100),
                field: z.enum(['text', 'caption', 'credit', 'alt']),
                text: z.string().max(100_000),
              })
              .strict(),
          )
          .min(1)
          .max(2000),
      })
      .strict(),
  },
  /** Without suggestionIds: all open suggestions. */
  'review.accept': { input: Pick },
  'review.reject': { input: Pick },
  'review.approve': {
    input: z.object({ id: ArticleIdSchema, submissionId: PackageIdSchema, note: z.string().trim().max(20_000).optional() }).strict(),
  },
  'review.return': {
    input: z.object({ id: ArticleIdSchema, submissionId: PackageIdSchema, note: z.string().trim().min(1).max(20_000) }).strict(),
  },
  /** Voids a decision (a signed withdrawal in the desk); a reason is required for another editor's. */
  'review.withdraw': {
    input: z
      .object({
        id: ArticleIdSchema,
        decisionId: PackageIdSchema.refine((v) => v.startsWith('d-'), 'not a decision id'),
        reason: z.string().trim().max(20_000).optional(),
      })
      .strict(),
  },
  'review.decisions': { input: ById },
  'review.status': { input: ById },
  'review.diff': { input: z.object({ from: DiffRefSchema, to: DiffRefSchema }).strict() },
  'keys.list': { input: Empty },
  /**
   * The public key file's content, for the page to download. saveAs: the desktop saves it where its
   * save dialog says (ignored where there is none). The page never names where a file is written.
   */
  'keys.export': { input: z.object({ saveAs: z.boolean().optional() }).strict() },
  'keys.import': {
    input: z
      .object({ content: z.string().max(100_000).optional(), path: PathSchema.optional() })
      .strict()
      .refine((v) => (v.content === undefined) !== (v.path === undefined), 'give the key file’s content or its path'),
  },
  /** Empty roles: the key stays known but is no longer trusted. */
  'keys.trust': { input: z.object({ keyId: KeyIdSchema, roles: z.array(RoleSchema).max(2) }).strict() },
  /** Forgets an imported key (packages already taken in stay). */
  'keys.remove': { input: z.object({ keyId: KeyIdSchema }).strict() },
} as const;

export interface ReviewOutputs {
  'review.profile': ProfileInfo | null;
  'review.setProfile': ProfileInfo;
  'review.desk': DeskInfo;
  'review.setDesk': DeskInfo;
  'review.chooseDesk': DeskInfo | null;
  'review.submit': SubmitReceipt;
  'review.inbox': Inbox;
  'review.refresh': SyncReport;
  'review.open': ReviewView;
  'review.comment': Thread;
  'review.resolve': Thread;
  'review.suggest': Suggestion;
  'review.propose': PlacedSuggestion[];
  'review.withdraw': DecisionRecord;
  'review.accept': ReviewView;
  'review.reject': ReviewView;
  'review.approve': DecisionRecord;
  'review.return': DecisionRecord;
  'review.decisions': DecisionRecord[];
  'review.status': ApprovalStatus;
  'review.diff': ArticleDiff;
  'keys.list': KeyEntry[];
  'keys.export': ExportedKey;
  'keys.import': KeyEntry;
  'keys.trust': KeyEntry;
  'keys.remove': KeyEntry;
}

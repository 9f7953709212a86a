// The library's part of the contract: articles on disk, their revisions and the trash.

import { z } from 'zod';
import type { Article, ArticleSummary, RevisionSummary } from '../article/model.ts';
import { ARTICLE_ID_PATTERN } from '../article/ids.ts';

export const ArticleIdSchema = z.string().regex(ARTICLE_ID_PATTERN, 'not an article id');

// The body is validated for shape and size here; the model's own rules (order headline, sapo,
// body; known block types) are enforced by the library when it normalises what it stores.
const MAX_TEXT = 1_000_000;
const TextRunSchema = z.looseObject({
  text: z.string().max(MAX_TEXT),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
type NodeShape = { type?: string; children?: NodeShape[]; text?: string };

/**
 * How deep elements nest below a block: a list's item, a link in it, then text is the deepest the
 * model goes; one level spare. Bounded in the schema itself (not a recursive one), so content
 * nested 2,000 levels is refused as INVALID_INPUT instead of overflowing the stack on the way.
 */
export const MAX_NESTING = 3;

/** An element (or text) with at most `depth` element levels below it. */
function nodeAt(depth: number): z.ZodType<NodeShape> {
  if (depth === 0) return TextRunSchema;
  return z.union(
    [
      TextRunSchema,
      z.looseObject({
        type: z.string().max(40),
        id: z.string().max(100).optional(),
        children: z.array(nodeAt(depth - 1)).max(100_000),
      }),
    ],
    { error: `not a text run or an element (an article nests at most ${MAX_NESTING} levels below a block)` },
  );
}
const NodeSchema = nodeAt(MAX_NESTING);
export const ContentSchema = z
  .array(
    z.looseObject({
      type: z.string().max(40),
      id: z.string().max(100).optional(),
      children: z.array(NodeSchema).max(100_000),
    }),
  )
  .max(100_000);

const BylineSchema = z.object({
  role: z.enum(['bai-anh', 'tin-anh', 'bai', 'tin', 'nhom-pv', 'theo']),
  people: z.array(z.object({ name: z.string().max(200), role: z.enum(['text', 'photo']).optional() })).max(50),
  place: z.string().max(200).optional(),
  source: z.string().max(200).optional(),
});

export const MetaPatchSchema = z
  .object({
    slug: z.string().max(200),
    category: z.string().max(200),
    tags: z.array(z.string().max(100)).max(100),
    place: z.string().max(200),
    publishAt: z.iso.datetime({ offset: true }).nullable(),
    byline: BylineSchema,
    relatedIds: z.array(ArticleIdSchema).max(50),
    editorNote: z.string().max(20_000),
  })
  .partial();

const ById = z.object({ id: ArticleIdSchema }).strict();

export const libraryContract = {
  'library.list': {
    input: z
      .object({
        sort: z.enum(['changed', 'headline']).default('changed'),
        trash: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(100_000).default(100_000),
      })
      .strict(),
  },
  'library.create': { input: z.object({ headline: z.string().max(2000).optional() }).strict() },
  'library.get': { input: ById },
  'library.save': {
    input: z
      .object({
        id: ArticleIdSchema,
        content: ContentSchema,
        meta: MetaPatchSchema.optional(),
        /** The version the editor started from; a newer one on disk is a conflict. */
        baseVersion: z.number().int().min(0).optional(),
      })
      .strict(),
  },
  'library.duplicate': { input: ById },
  'library.trash': { input: ById },
  'library.restore': { input: ById },
  'library.revisions': { input: ById },
  'library.getRevision': { input: z.object({ id: ArticleIdSchema, revisionId: z.string().regex(/^[0-9a-zA-Z._-]{1,80}$/) }).strict() },
  'library.restoreRevision': { input: z.object({ id: ArticleIdSchema, revisionId: z.string().regex(/^[0-9a-zA-Z._-]{1,80}$/) }).strict() },
} as const;

export interface SaveReceipt {
  id: string;
  version: number;
  savedAt: string;
}

export interface LibraryOutputs {
  'library.list': { items: ArticleSummary[]; total: number };
  'library.create': Article;
  'library.get': Article;
  'library.save': SaveReceipt;
  'library.duplicate': Article;
  'library.trash': ArticleSummary;
  'library.restore': ArticleSummary;
  'library.revisions': RevisionSummary[];
  'library.getRevision': Article;
  'library.restoreRevision': Article;
}

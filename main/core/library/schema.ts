// What an article.json must look like to be trusted. A file that fails is reported as CORRUPT
// (and never overwritten silently); a missing metadata field is filled from the defaults, since
// that is how older files and hand edits look, not damage.

import { z } from 'zod';
import { ARTICLE_SCHEMA_VERSION, ARTICLE_STATUSES, emptyMeta, type Article } from '../../common/article/model.ts';
import { normalizeContent } from '../../common/article/normalize.ts';
import { ContentSchema, MetaPatchSchema } from '../../common/contract/library.ts';
import { DatelineError } from '../../common/result.ts';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const MetaSchema = z.preprocess((v) => (isPlainObject(v) ? { ...emptyMeta(), ...v } : v), MetaPatchSchema.required());

export const StoredArticleSchema = z.object({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: z.string(),
  version: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  status: z.enum(ARTICLE_STATUSES as [Article['status'], ...Article['status'][]]),
  meta: MetaSchema,
  content: ContentSchema,
});

/** Why a file could not be trusted: damaged (bad JSON, wrong shape) or written by a newer Dateline. */
export type Unreadable = { kind: 'corrupt'; reason: string } | { kind: 'newer'; schemaVersion: number };

export type ParsedArticle = { ok: true; article: Article } | { ok: false; problem: Unreadable };

/** Parses and validates article.json text for the article in folder `id`; never throws. */
export function parseArticle(text: string, id: string): ParsedArticle {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: { kind: 'corrupt', reason: err instanceof Error ? err.message : 'bad JSON' } };
  }
  return validateArticle(raw, id);
}

/** Validates an already parsed article (e.g. from a revision); never throws. */
export function validateArticle(raw: unknown, id: string): ParsedArticle {
  if (isPlainObject(raw) && typeof raw.schemaVersion === 'number' && raw.schemaVersion > ARTICLE_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newer', schemaVersion: raw.schemaVersion } };
  }
  const parsed = StoredArticleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { kind: 'corrupt', reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` } };
  }
  // The folder name is the id: a copied folder must not claim another article's id.
  const data = parsed.data;
  const article: Article = { ...data, id, content: normalizeContent(data.content) };
  return { ok: true, article };
}

/** The error for an unreadable article, with its revisions so the UI can offer the last good one. */
export function unreadableError(id: string, problem: Unreadable, revisions: unknown[]): DatelineError {
  if (problem.kind === 'newer') {
    return new DatelineError('UNSUPPORTED', { detail: `article ${id} was saved by a newer Dateline (format ${problem.schemaVersion})` });
  }
  return new DatelineError('CORRUPT', { id }, { revisions });
}

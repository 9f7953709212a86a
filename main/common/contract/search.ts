// Searching the library (docs/search.md): tone-insensitive (`da nang` finds `Đà Nẵng`), the last
// word matched as a prefix while the reporter types, filtered by status, category and date.

import { z } from 'zod';
import { ARTICLE_STATUSES, type ArticleStatus } from '../article/model.ts';

const StatusSchema = z.enum(ARTICLE_STATUSES as [ArticleStatus, ...ArticleStatus[]]);

/** A newsroom day (`2025-01-05`, Asia/Ho_Chi_Minh, whole day included) or an ISO instant. */
const DateBoundSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const SearchInputSchema = z
  .object({
    /** Words to find; empty lists everything that passes the filters, newest first. */
    query: z.string().max(500).default(''),
    status: z.union([StatusSchema, z.array(StatusSchema).max(4)]).optional(),
    /** Matched without tones or case: `thoi su` is `Thời sự`. */
    category: z.string().max(200).optional(),
    /** Publish time, or last change for an article not yet scheduled. */
    from: DateBoundSchema.optional(),
    to: DateBoundSchema.optional(),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export type SearchInput = z.output<typeof SearchInputSchema>;

export const searchContract = {
  'library.search': { input: SearchInputSchema },
} as const;

/** One article found. */
export interface SearchHit {
  id: string;
  headline: string;
  /** [start, end) ranges of `headline` that matched, for the UI to emphasise. */
  headlineMarks: Array<[number, number]>;
  /** A short passage of the sapo or body around the first match (or the sapo's start). */
  snippet: string;
  /** [start, end) ranges of `snippet` that matched, for the UI to emphasise. */
  marks: Array<[number, number]>;
  status: ArticleStatus;
  category: string;
  /** Publish time, or last change when unscheduled (ISO). */
  date: string;
  score: number;
}

export interface SearchResults {
  items: SearchHit[];
  /** How many articles matched in all (items is one page of them). */
  total: number;
}

export interface SearchOutputs {
  'library.search': SearchResults;
}

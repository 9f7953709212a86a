// The list's view of an article: headline, status, times, section, byline, without the body.

import { formatByline } from '../../common/article/byline.ts';
import { articleHeadline, type Article, type ArticleSummary } from '../../common/article/model.ts';
import type { Shelf } from './layout.ts';

/** The summary of a readable article. */
export function summaryOf(article: Article, shelf: Shelf): ArticleSummary {
  return {
    id: article.id,
    headline: articleHeadline(article.content),
    status: article.status,
    updatedAt: article.updatedAt,
    createdAt: article.createdAt,
    version: article.version,
    category: article.meta.category,
    byline: formatByline(article.meta.byline),
    publishAt: article.meta.publishAt,
    trashed: shelf === 'trash',
  };
}

/** The summary of an article whose file cannot be read: listed, flagged, never hidden. */
export function corruptSummary(id: string, shelf: Shelf, mtimeMs: number): ArticleSummary {
  const when = new Date(Number.isFinite(mtimeMs) ? mtimeMs : 0).toISOString();
  return {
    id,
    headline: '',
    status: 'draft',
    updatedAt: when,
    createdAt: when,
    version: 0,
    category: '',
    byline: '',
    publishAt: null,
    trashed: shelf === 'trash',
    corrupt: true,
  };
}

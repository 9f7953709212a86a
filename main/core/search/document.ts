// What the search index reads of an article: five fields of text (the paper's prefix taken off
// the sapo), what a result shows, and a stamp that changes whenever the article does.

import { formatByline } from '../../common/article/byline.ts';
import { articleHeadline, blockText, textBlocks, type Article, type ArticleStatus } from '../../common/article/model.ts';
import { stripPrefix } from '../../common/article/sapo.ts';
import { bodyBlocks, leadOf } from '../../common/article/text.ts';
import { nfc } from '../../common/text/nfc.ts';

export const FIELDS = ['headline', 'sapo', 'body', 'byline', 'tags'] as const;
export type FieldName = (typeof FIELDS)[number];

/** What is indexed of one article. */
export interface SearchDocument {
  id: string;
  fields: Record<FieldName, string>;
  status: ArticleStatus;
  category: string;
  /** Publish time, or the last change while unscheduled (ISO). */
  date: string;
  /** version|updatedAt|status: tells the service whether the library holds something newer. */
  stamp: string;
}

/** The stamp of an article or a library summary: it changes whenever the index must. */
export const stampOf = (a: { version: number; updatedAt: string; status: ArticleStatus }): string =>
  `${a.version}|${a.updatedAt}|${a.status}`;

/** The fields of an article as the index reads them. */
export function documentOf(article: Article): SearchDocument {
  const { sapo } = leadOf(article.content);
  const body: string[] = [];
  for (const b of textBlocks(bodyBlocks(article.content))) {
    if (b.type === 'figure') body.push(b.caption, b.credit);
    else body.push(blockText(b));
  }
  const { byline } = article.meta;
  return {
    id: article.id,
    fields: {
      headline: nfc(articleHeadline(article.content)),
      // The paper's prefix opens every sapo: it would match every `BHG` query and fill snippets.
      sapo: nfc(stripPrefix(sapo ? blockText(sapo) : '')).trim(),
      body: nfc(body.filter((t) => t.trim()).join('\n')),
      byline: nfc([formatByline(byline), byline.place ?? '', byline.source ?? ''].join('\n')),
      tags: nfc([...article.meta.tags, article.meta.category, article.meta.place].join('\n')),
    },
    status: article.status,
    category: nfc(article.meta.category),
    date: article.meta.publishAt ?? article.updatedAt,
    stamp: stampOf(article),
  };
}

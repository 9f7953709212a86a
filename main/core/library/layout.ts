// Where things live inside a library folder (docs/article-format.md):
//   articles/<id>/article.json      the article (schemaVersion, metadata, Slate content)
//   articles/<id>/media/            photos (main/core/media/paths.ts)
//   articles/<id>/revisions/        append-only gzip snapshots
//   trash/<id>/                     a trashed article folder, moved whole, restorable
//   .dateline/index.json            the list cache, always re-creatable

import { join } from 'node:path';
import { ARTICLE_ID_PATTERN } from '../../common/article/ids.ts';
import { DatelineError } from '../../common/result.ts';

export const ARTICLE_FILE = 'article.json';
export const REVISIONS_DIR = 'revisions';
export const MEDIA_DIR = 'media';

export type Shelf = 'articles' | 'trash';

export const shelfDir = (libraryDir: string, shelf: Shelf): string => join(libraryDir, shelf);
export const indexFile = (libraryDir: string): string => join(libraryDir, '.dateline', 'index.json');

/** Refuses anything that is not an article id before it becomes part of a path. */
export function checkArticleId(id: string): string {
  if (!ARTICLE_ID_PATTERN.test(id)) throw new DatelineError('INVALID_INPUT', { detail: `“${id.slice(0, 40)}” is not an article id` });
  return id;
}

export const folderOf = (libraryDir: string, shelf: Shelf, id: string): string => join(shelfDir(libraryDir, shelf), checkArticleId(id));

/** A sortable UTC stamp safe in file names on every OS: 20250105T104300123Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

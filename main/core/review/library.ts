// What the review service needs from the library, as a few functions the app wires to the
// library service (and tests to a small folder-backed fake): the review logic never reaches
// into the library's files.

import type { Article, ArticleStatus, Block } from '../../common/article/model.ts';
import type { Library } from '../library/library.ts';

/** What the review service needs from the library (wired by the app; a fake in tests). */
export interface ReviewLibrary {
  /** The stored article; throws NOT_FOUND when the library does not hold it. */
  get(id: string): Promise<Article>;
  /** Whether the library holds the article: then this machine is the reporter's side for it. */
  has(id: string): Promise<boolean>;
  /** The article's folder (`article.json` + `media/`). */
  articleDir(id: string): string;
  /** Saves new content (accepted suggestions, an approved version) over `baseVersion`. */
  saveContent(id: string, content: Block[], baseVersion: number): Promise<Article>;
  /** Records the review status in the article, for the library list. */
  setStatus(id: string, status: ArticleStatus): Promise<void>;
  /** A saved revision, for diffs; optional. */
  getRevision?(id: string, revisionId: string): Promise<Article>;
}

/** The port over the app's Library service (its public methods only). */
export function libraryPort(library: Library): ReviewLibrary {
  return {
    get: (id) => library.get(id),
    has: (id) => library.has(id),
    articleDir: (id) => library.articleDir(id),
    saveContent: async (id, content, baseVersion) => {
      await library.save({ id, content: content as Parameters<Library['save']>[0]['content'], baseVersion });
      return library.get(id);
    },
    setStatus: async (id, status) => {
      await library.setStatus(id, status);
    },
    getRevision: (id, revisionId) => library.getRevision(id, revisionId),
  };
}

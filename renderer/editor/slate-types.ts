// Slate's nodes are the article model's nodes (main/common/article/model.ts): what the editor
// holds is what the library stores, with no translation layer to lose things in.

import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Block, LinkInline, TextRun } from '../../main/common/article/model.ts';
import type { PastedImage } from '../../main/common/paste/index.ts';
import type { UpdateListenersEditor } from './editor-changes.ts';

export type ArticleElement = Block | LinkInline;

/** What decorators (renderer/editor/decorations.ts) put on ranges for the leaves to draw; never
 * stored. Each feature adds its own optional key. */
export interface DecorationMarks {
  findMatch?: boolean;
  findCurrent?: boolean;
  /** A spelling finding's kind (`spelling` | `confused`), drawn underlined (renderer/language). */
  misspelled?: string;
  /** Review (renderer/review/decorations.ts): a commented range, a suggested deletion, text a suggestion inserts after/before this leaf. */
  reviewThread?: string;
  reviewActive?: boolean;
  reviewDelete?: string;
  reviewInsertAfter?: string;
  reviewInsertBefore?: string;
  /** Review, suggesting mode: the editor's own inserted text (its suggestion id), deleted text shown before/after this leaf. */
  suggestInsert?: string;
  suggestDeleted?: string;
  suggestDeletedAfter?: string;
  /** Review: what changed since the previous submission (inserted here; deleted text shown before/after). */
  sinceInsert?: boolean;
  sinceDeleted?: string;
  sinceDeletedAfter?: string;
}

/** Optional hooks other parts of the window set on the editor. */
export interface ArticleEditorHooks {
  /** Pictures in a paste (files, and <img> references from pasted HTML): the photo tools take them. */
  onPastedImages?: (files: File[], images: PastedImage[]) => void;
}

declare module 'slate' {
  interface CustomTypes {
    // registerUpdateListener: made by createArticleEditor (editor-changes.ts).
    Editor: BaseEditor & ReactEditor & HistoryEditor & ArticleEditorHooks & UpdateListenersEditor;
    Element: ArticleElement;
    Text: TextRun & DecorationMarks;
  }
}

// Slate's nodes are the article model's nodes (main/common/article/model.ts): what the editor
// holds is what the library stores, with no translation layer to lose things in.

import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Block, LinkInline, TextRun } from '../../main/common/article/model.ts';

export type ArticleElement = Block | LinkInline;

/** What decorators (renderer/editor/decorations.ts) put on ranges for the leaves to draw; never
 * stored. Each feature adds its own optional key. */
export interface DecorationMarks {
  findMatch?: boolean;
  findCurrent?: boolean;
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: ArticleElement;
    Text: TextRun & DecorationMarks;
  }
}

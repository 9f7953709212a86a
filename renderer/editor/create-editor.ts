// The article editor, made one way for the window and for the tests: Slate, React and typing
// history under the article's rules, with the review lock's guard and the change subscription
// installed here, once, rather than patched on later from React effects.

import { createEditor, type Editor } from 'slate';
import { withReact } from 'slate-react';
import { withArticleRules } from './article-rules.ts';
import { legacyPasteOptions } from '../language/legacy-paste.ts';
import { withReviewLock } from '../review/lock.ts';
import { withUpdateListeners } from './editor-changes.ts';
import { withFrameFirst } from './slate-compat/frame-first.ts';
import { withImmediateRender } from './slate-compat/immediate-render.ts';
import { withPaste, type PasteOptions } from './with-paste.ts';
import { withTypingHistory, type TypingHistoryOptions } from './slate-compat/with-typing-history.ts';

export interface ArticleEditorOptions {
  /** Render a letter the browser typed after the frame that shows it (default true; see frame-first.ts). */
  frameFirst?: boolean;
  /** Undo history: quiet time, steps kept, the clock (tests pass their own). */
  history?: TypingHistoryOptions;
  /** Paste: the window HTML is read in, legacy-font conversion (default: the window's, legacyPasteOptions()). */
  paste?: PasteOptions;
}

/** Makes the article editor (production and tests alike). */
export function createArticleEditor(options: ArticleEditorOptions = {}): Editor {
  // Every change rendered before the task that made it ends (a Shift+Arrow must find no render
  // waiting), in both modes; frame-first, right after, so every plugin above sees each change at
  // once, holds back only a letter the browser typed itself.
  const react = withImmediateRender(withReact(createEditor()));
  const rendered = (options.frameFirst ?? true) ? withFrameFirst(react) : react;
  const editor = withArticleRules(withPaste(withTypingHistory(rendered, options.history), { ...legacyPasteOptions(), ...options.paste }));
  // The lock's guard outermost on apply (a locked change reaches nothing, not even the history);
  // the subscription outermost on onChange (listeners see every change, not React's render of it).
  return withUpdateListeners(withReviewLock(editor));
}

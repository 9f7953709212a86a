// The article editor as the window uses it: Slate, React and history under the article's rules.

import { createEditor, type Editor } from 'slate';
import { withReact } from 'slate-react';
import { withArticleRules } from './article-rules.ts';
import { legacyPasteOptions } from '../language/legacy-paste.ts';
import { withFrameFirst } from './frame-first.ts';
import { withPaste } from './with-paste.ts';
import { withTypingHistory } from './with-typing-history.ts';

export function createArticleEditor(): Editor {
  return withArticleRules(withPaste(withTypingHistory(withFrameFirst(withReact(createEditor()))), legacyPasteOptions()));
}

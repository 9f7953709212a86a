// The article editor as the window uses it: Slate, React and history under the article's rules.

import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withArticleRules } from './article-rules.ts';

export function createArticleEditor(): Editor {
  return withArticleRules(withHistory(withReact(createEditor())));
}

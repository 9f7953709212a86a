// A bare Slate editor over article blocks, shaped like the article editor where Find cares:
// links are inline, figures are voids, and history records what Replace does.

import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import type { Block } from '../../../main/common/article/model.ts';

export function editorOf(content: Block[]): Editor {
  const editor = withHistory(createEditor());
  editor.isInline = (el) => el.type === 'link';
  editor.isVoid = (el) => el.type === 'figure';
  editor.children = structuredClone(content);
  return editor;
}

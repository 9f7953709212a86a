// The article editor over article blocks, made as the window makes it (createArticleEditor), so
// Find runs over the editor's real rules (links inline, figures void, the typing history that
// records what Replace does) rather than a bare Slate editor shaped to look like it. The blocks
// go in as `<Slate initialValue>` puts them, without a forced normalize: an article as loaded.

import type { Editor } from 'slate';
import type { Block } from '../../../main/common/article/model.ts';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';

export function editorOf(content: Block[]): Editor {
  const editor = createArticleEditor();
  editor.children = structuredClone(content);
  return editor;
}

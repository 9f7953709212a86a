// Jump from a preflight finding to its block: select it, focus the editor and bring it into view.
// Block ids are stable (with-block-ids.ts), so a finding made from the saved article still finds
// its block after more typing.

import { Editor, Element, Transforms, type Path } from 'slate';
import { ReactEditor } from 'slate-react';

/** The path of the block (top level, or an item inside a list) with this id; null if it is gone. */
export function findBlockPath(editor: Editor, blockId: string): Path | null {
  for (const [node, path] of Editor.nodes(editor, { at: [], match: (n) => Element.isElement(n) && 'id' in n && n.id === blockId })) {
    if (node) return path;
  }
  return null;
}

/** Selects the block and scrolls it to the middle of the screen; false if it no longer exists. */
export function jumpToBlock(editor: Editor, blockId: string): boolean {
  const path = findBlockPath(editor, blockId);
  if (!path) return false;
  const [node] = Editor.node(editor, path);
  // A photo is a void block: a selection at its start selects the whole figure.
  Transforms.select(editor, Editor.isVoid(editor, node as Element) ? Editor.start(editor, path) : Editor.range(editor, path));
  ReactEditor.focus(editor);
  try {
    ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
  } catch {
    // Not rendered (yet): the selection is enough.
  }
  return true;
}

/** Findings without a block (byline, time) live in the article details under the page. */
export function jumpToDetails(): void {
  document.querySelector('.meta-panel')?.scrollIntoView({ block: 'start' });
}

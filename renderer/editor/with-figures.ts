// A figure is a void block: the photo and its caption are fields, not running text, so typing
// never lands inside it. (Editing captions and credits comes with the figure tools.)

import type { Editor } from 'slate';

export function withFigures<T extends Editor>(editor: T): T {
  const { isVoid } = editor;
  editor.isVoid = (element) => element.type === 'figure' || isVoid(element);
  return editor;
}

// A figure is a void block: the photo and its caption are fields (renderer/media/FigureElement.tsx
// edits them in an island Slate leaves alone), not running text, so typing never lands inside
// it. Enter on a selected figure opens a paragraph below it, so writing can go on past a photo.

import { Editor, Element, Transforms } from 'slate';
import { newBlockId } from '../../main/common/article/ids.ts';

export function withFigures<T extends Editor>(editor: T): T {
  const { isVoid, insertBreak } = editor;
  editor.isVoid = (element) => element.type === 'figure' || isVoid(element);
  editor.insertBreak = () => {
    const entry = editor.selection ? Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'figure', mode: 'highest' }) : undefined;
    if (!entry) return insertBreak();
    const at = [entry[1][0] + 1];
    Transforms.insertNodes(editor, { type: 'paragraph', id: newBlockId(), children: [{ text: '' }] }, { at, select: true });
  };
  return editor;
}

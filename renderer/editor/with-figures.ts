// A figure is a void block: the photo and its caption are fields (renderer/media/FigureElement.tsx
// edits them in an island Slate leaves alone), not running text, so typing never lands inside
// it. Around it, the text behaves as in Word or Google Docs around a picture on its own line:
// - Enter on a selected figure opens a paragraph below it, so writing can go on past a photo;
// - Backspace at the start of the block after a figure, or Delete at the end of the block before
//   it, selects the figure instead of removing it: a photo (with its caption) goes only when it
//   is itself selected, and then as one undo step (a stray Backspace of a keyboard's burst never
//   takes a photo with it);
// - a figure is never the last block: a paragraph follows it to write in.

import { Editor, Element, Range, Transforms, type Path } from 'slate';
import { newBlockId } from '../../main/common/article/ids.ts';

const isFigureAt = (editor: Editor, index: number): boolean => {
  const node = editor.children[index];
  return !!node && Element.isElement(node) && node.type === 'figure';
};

/** The top-level figure the selection is in, if any. */
export function selectedFigure(editor: Editor): Path | null {
  const entry = editor.selection
    ? Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'figure', mode: 'highest' })
    : undefined;
  return entry ? entry[1] : null;
}

const emptyParagraph = () => ({ type: 'paragraph' as const, id: newBlockId(), children: [{ text: '' }] });

export function withFigures<T extends Editor>(editor: T): T {
  const { isVoid, insertBreak, deleteBackward, deleteForward, normalizeNode } = editor;
  editor.isVoid = (element) => element.type === 'figure' || isVoid(element);

  editor.insertBreak = () => {
    const figure = selectedFigure(editor);
    if (!figure) return insertBreak();
    Transforms.insertNodes(editor, emptyParagraph(), { at: [figure[0] + 1], select: true });
  };

  /** The figure next to a collapsed caret at the edge of its block, on the given side. */
  const figureBeside = (side: 'before' | 'after'): number | null => {
    const sel = editor.selection;
    if (!sel || !Range.isCollapsed(sel) || selectedFigure(editor)) return null;
    const top = sel.anchor.path[0];
    if (top === undefined) return null;
    const atEdge = side === 'before' ? Editor.isStart(editor, sel.anchor, [top]) : Editor.isEnd(editor, sel.anchor, [top]);
    const index = side === 'before' ? top - 1 : top + 1;
    return atEdge && isFigureAt(editor, index) ? index : null;
  };

  editor.deleteBackward = (unit) => {
    const figure = figureBeside('before');
    if (figure === null) return deleteBackward(unit);
    Transforms.select(editor, Editor.start(editor, [figure]));
  };
  editor.deleteForward = (unit) => {
    const figure = figureBeside('after');
    if (figure === null) return deleteForward(unit);
    Transforms.select(editor, Editor.start(editor, [figure]));
  };

  editor.normalizeNode = (entry, options) => {
    const last = editor.children.length - 1;
    if (entry[1].length === 0 && last >= 0 && isFigureAt(editor, last)) {
      Transforms.insertNodes(editor, emptyParagraph(), { at: [last + 1] });
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}

// Arrow keys in the text step over a photo, as the caret steps over a picture on its own line in
// Google Docs: from the paragraph before a figure, → at its end or ↓ on its last line goes to the
// paragraph after (↓ keeps the caret's column), and ← / ↑ come back; a selected figure (a click
// on the photo) is left the same way. The caret never lands in the figure's fields nor selects
// the figure on the way, so the next keys cannot type into or delete it. Left to the browser:
// Shift+arrows (a selection may span a photo), arrows with Ctrl/Alt, and arrows mid-composition.

import { Editor, Element, Point, Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { newBlockId } from '../../main/common/article/ids.ts';
import { syncSelectionFromDom } from './dom-selection.ts';
import { isComposingKey, type KeyEventLike } from './shortcuts.ts';
import { selectedFigure } from './with-figures.ts';

const STEPS: Record<string, { dir: 1 | -1; vertical: boolean }> = {
  ArrowDown: { dir: 1, vertical: true },
  ArrowRight: { dir: 1, vertical: false },
  ArrowUp: { dir: -1, vertical: true },
  ArrowLeft: { dir: -1, vertical: false },
};

const isFigure = (editor: Editor, index: number): boolean => {
  const node = editor.children[index];
  return !!node && Element.isElement(node) && node.type === 'figure';
};

/** The first block past the figures starting at `index`, going `dir` (a paragraph is made after a last figure). */
function pastFigures(editor: Editor, index: number, dir: 1 | -1): number {
  let i = index;
  while (isFigure(editor, i)) i += dir;
  if (i >= editor.children.length)
    Transforms.insertNodes(editor, { type: 'paragraph', id: newBlockId(), children: [{ text: '' }] }, { at: [i] });
  return i;
}

/** The caret's rectangle on screen (the page's own selection), or null when the browser gives none. */
function caretBox(): DOMRect | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return rect.height > 0 ? rect : null;
}

/** A line's height in the block (its CSS line height, or 1.4 × its font size for `normal`). */
function lineHeight(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4 || 20;
}

/** Whether the caret is on the block's last line (dir 1) or first line (dir -1). */
function onEdgeLine(block: HTMLElement, caret: DOMRect | null, dir: 1 | -1): boolean {
  const box = block.getBoundingClientRect();
  const line = caret?.height ?? lineHeight(block);
  // No caret rectangle (a caret at a line's very start): a one-line block is on its edge line.
  if (!caret) return box.height < line * 1.5;
  return dir === 1 ? caret.bottom + line / 2 > box.bottom : caret.top - line / 2 < box.top;
}

/** The point of block `index` on its first (dir 1) or last line nearest to column `x`, else its start or end. */
function pointInLine(editor: Editor, index: number, dir: 1 | -1, x: number, line: number | null): Point {
  const edge = dir === 1 ? Editor.start(editor, [index]) : Editor.end(editor, [index]);
  try {
    const el = ReactEditor.toDOMNode(editor, editor.children[index]!);
    const hit = (): Point | null => {
      const box = el.getBoundingClientRect();
      const h = line ?? lineHeight(el);
      const at = document.caretPositionFromPoint(x, dir === 1 ? box.top + h / 2 : box.bottom - h / 2);
      // Only a hit in the block itself counts (not the sticky toolbar or status bar over it).
      if (!at || !el.contains(at.offsetNode)) return null;
      const point = ReactEditor.toSlatePoint(editor, [at.offsetNode, at.offset], { exactMatch: false, suppressThrow: true });
      return point && point.path[0] === index ? point : null;
    };
    el.scrollIntoView({ block: 'nearest' });
    const found = hit();
    if (found) return found;
    el.scrollIntoView({ block: 'center' });
    return hit() ?? edge;
  } catch {
    return edge;
  }
}

/** The editor's arrow keys around figures; does nothing (and lets the browser move) elsewhere. */
export function stepOverFigures(editor: Editor, event: KeyEventLike): void {
  const step = STEPS[event.key];
  if (!step || event.defaultPrevented || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || isComposingKey(event)) return;
  // An article without photos: the browser moves the caret, and the editor's selection is left to
  // slate-react's own sync (reading it here on every arrow would add a selection change of ours).
  if (!editor.children.some((_, i) => isFigure(editor, i))) return;
  syncSelectionFromDom(editor);
  const sel = editor.selection;
  if (!sel) return;
  const figure = selectedFigure(editor);
  if (figure) {
    event.preventDefault();
    const to = pastFigures(editor, figure[0], step.dir);
    Transforms.select(editor, step.dir === 1 ? Editor.start(editor, [to]) : Editor.end(editor, [to]));
    return;
  }
  if (!Range.isCollapsed(sel)) return;
  const top = sel.anchor.path[0];
  if (top === undefined || !isFigure(editor, top + step.dir)) return;
  const edge = step.dir === 1 ? Editor.end(editor, [top]) : Editor.start(editor, [top]);
  const caret = step.vertical ? caretBox() : null;
  let block: HTMLElement;
  try {
    block = ReactEditor.toDOMNode(editor, editor.children[top]!);
  } catch {
    return;
  }
  const atEdge = step.vertical ? onEdgeLine(block, caret, step.dir) : Point.equals(sel.anchor, edge);
  if (!atEdge) return;
  event.preventDefault();
  const to = pastFigures(editor, top + step.dir, step.dir);
  const x = caret?.left ?? block.getBoundingClientRect().left;
  Transforms.select(
    editor,
    step.vertical
      ? pointInLine(editor, to, step.dir, x, caret?.height ?? null)
      : step.dir === 1
        ? Editor.start(editor, [to])
        : Editor.end(editor, [to]),
  );
}

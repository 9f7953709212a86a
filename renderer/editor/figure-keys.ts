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
  if (i >= editor.children.length) Transforms.insertNodes(editor, { type: 'paragraph', id: newBlockId(), children: [{ text: '' }] }, { at: [i] });
  return i;
}

/** The screen rectangle of the caret at `point` (its line), or null off the page. */
function caretRect(editor: Editor, point: Point): DOMRect | null {
  try {
    const range = ReactEditor.toDOMRange(editor, { anchor: point, focus: point });
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return rect.height > 0 ? rect : null;
  } catch {
    return null;
  }
}

/** Whether `point` is on the same line of its block as `edge` (its start or end). */
function sameLine(editor: Editor, point: Point, edge: Point): boolean {
  const a = caretRect(editor, point);
  const b = caretRect(editor, edge);
  // Unmeasurable (between renders): a one-line block, the common case next to a photo.
  if (!a || !b) return true;
  return Math.abs(a.top - b.top) < Math.min(a.height, b.height) / 2;
}

/** The point of block `index` on its first (dir 1) or last line nearest to column `x`, else its start or end. */
function pointInLine(editor: Editor, index: number, dir: 1 | -1, x: number | null): Point {
  const edge = dir === 1 ? Editor.start(editor, [index]) : Editor.end(editor, [index]);
  if (x === null) return edge;
  try {
    ReactEditor.toDOMNode(editor, editor.children[index]!).scrollIntoView({ block: 'nearest' });
    const line = caretRect(editor, edge);
    if (!line) return edge;
    const at = document.caretPositionFromPoint(x, line.top + line.height / 2);
    if (!at) return edge;
    const point = ReactEditor.toSlatePoint(editor, [at.offsetNode, at.offset], { exactMatch: false, suppressThrow: true });
    return point && point.path[0] === index ? point : edge;
  } catch {
    return edge;
  }
}

/** The editor's arrow keys around figures; does nothing (and lets the browser move) elsewhere. */
export function stepOverFigures(editor: Editor, event: KeyEventLike): void {
  const step = STEPS[event.key];
  if (!step || event.defaultPrevented || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || isComposingKey(event)) return;
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
  const atEdge = step.vertical ? sameLine(editor, sel.anchor, edge) : Point.equals(sel.anchor, edge);
  if (!atEdge) return;
  event.preventDefault();
  const x = step.vertical ? (caretRect(editor, sel.anchor)?.left ?? null) : null;
  const to = pastFigures(editor, top + step.dir, step.dir);
  Transforms.select(editor, step.vertical ? pointInLine(editor, to, step.dir, x) : step.dir === 1 ? Editor.start(editor, [to]) : Editor.end(editor, [to]));
}

// Curly quotes as you type, as in Word and Google Docs: a straight " or ' typed in the article
// becomes “ ” ‘ ’ by what stands before it (main/common/text/smart-quotes.ts). The straight quote
// is typed first and turned as a step of its own, so one Ctrl+Z brings the straight quote back.
// Only a quote typed alone is turned: a paste or an input method's committed word stays as it
// came. Settings → smart quotes turns it off (setSmartQuotes).

import { Editor, Element, Point, Range, Text, Transforms, Node } from 'slate';
import { HistoryEditor } from 'slate-history';
import { curlyQuote, isStraightQuote } from '../../main/common/text/smart-quotes.ts';

const turnedOff = new WeakSet<Editor>();

/** Follows the reporter's setting (on unless turned off). */
export function setSmartQuotes(editor: Editor, on: boolean): void {
  if (on) turnedOff.delete(editor);
  else turnedOff.add(editor);
}

/** The character just before `point` in its block, or '' at the block's start. */
function charBefore(editor: Editor, point: Point): string {
  const block = Editor.above(editor, { at: point, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });
  if (!block || Point.equals(point, Editor.start(editor, block[1]))) return '';
  const before = Editor.before(editor, point, { unit: 'character' });
  return before ? Editor.string(editor, { anchor: before, focus: point }) : '';
}

export function withSmartQuotes<T extends Editor>(editor: T): T {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    insertText(text, options);
    if (!isStraightQuote(text) || turnedOff.has(editor) || !HistoryEditor.isHistoryEditor(editor)) return;
    const sel = editor.selection;
    if (!sel || !Range.isCollapsed(sel) || sel.anchor.offset === 0) return;
    const { path, offset } = sel.anchor;
    const node = Node.get(editor, path);
    if (!Text.isText(node) || node.text[offset - 1] !== text) return;
    const quote = { path, offset: offset - 1 };
    const curly = curlyQuote(text, charBefore(editor, quote));
    HistoryEditor.withNewBatch(editor, () => {
      Transforms.insertText(editor, curly, { at: { anchor: quote, focus: sel.anchor } });
    });
  };
  return editor;
}

// Every stored string is NFC. Text reaches the editor NFD from some IMEs (one code point per
// keystroke: `e` then U+0301), from macOS and from old documents; two spellings of one word must
// be one. Typed and pasted text is composed as it enters, and a text node that still holds a
// decomposed sequence (a mark typed after its letter) is composed by normalisation, caret kept.

import { Editor, Element, Path, Text, Transforms } from 'slate';
import { nfc } from '../../main/common/text/nfc.ts';

/** Replaces only the part of the node that composition changed, so the caret stays put. */
function composeText(editor: Editor, path: Path, before: string, after: string): void {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  // A delete then an insert at a point: Transforms.insertText over an expanded range would also
  // move the caret there, even when the caret is in another run (a tone joined to the letter
  // before a mark boundary, a pasted block normalised elsewhere).
  Editor.withoutNormalizing(editor, () => {
    if (endB > start) Transforms.delete(editor, { at: { anchor: { path, offset: start }, focus: { path, offset: endB } } });
    Transforms.insertText(editor, after.slice(start, endA), { at: { path, offset: start } });
  });
}

const LEADING_MARKS = /^\p{M}+/u;

/**
 * A run that starts with combining marks (an NFD tone typed just after toggling bold, or after
 * a link) gives them to the letter at the end of the previous run in the same block, where NFC
 * can compose them: `tie` + bold `\u0302\u0301ng` is `tiếng`, not an e with two loose marks.
 * Returns true when it moved something.
 */
function joinStrayMarks(editor: Editor, node: Text, path: Path): boolean {
  const marks = LEADING_MARKS.exec(node.text)?.[0];
  if (!marks) return false;
  const block = Editor.above(editor, { at: path, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });
  const prev = Editor.previous(editor, { at: path, match: Text.isText });
  if (!block || !prev || !Path.isAncestor(block[1], prev[1])) return false;
  const [prevNode, prevPath] = prev;
  if (!/\p{L}$/u.test(prevNode.text)) return false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.delete(editor, { at: { anchor: { path, offset: 0 }, focus: { path, offset: marks.length } } });
    Transforms.insertText(editor, marks, { at: { path: prevPath, offset: prevNode.text.length } });
  });
  return true;
}

export function withNfc<T extends Editor>(editor: T): T {
  const { insertText, normalizeNode } = editor;

  editor.insertText = (text, options) => insertText(nfc(text), options);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Text.isText(node)) {
      if (joinStrayMarks(editor, node, path)) return;
      const composed = nfc(node.text);
      if (composed !== node.text) {
        composeText(editor, path, node.text, composed);
        return;
      }
    }
    normalizeNode(entry, options);
  };

  // Pasted or dropped text: compose every text flavour before Slate reads it.
  const { insertData } = editor;
  if (typeof insertData === 'function' && typeof DataTransfer !== 'undefined') {
    editor.insertData = (data) => {
      const copy = new DataTransfer();
      for (const type of data.types) {
        if (type === 'Files') continue;
        const value = data.getData(type);
        copy.setData(type, type.startsWith('text/') ? nfc(value) : value);
      }
      for (const file of Array.from(data.files)) copy.items.add(file);
      insertData(copy);
    };
  }
  return editor;
}

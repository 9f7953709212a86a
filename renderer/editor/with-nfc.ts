// Every stored string is NFC. Text reaches the editor NFD from some IMEs (one code point per
// keystroke: `e` then U+0301), from macOS and from old documents; two spellings of one word must
// be one. Typed and pasted text is composed as it enters, and a text node that still holds a
// decomposed sequence (a mark typed after its letter) is composed by normalisation, caret kept.

import { Editor, Text, Transforms, type Path } from 'slate';
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
  Transforms.insertText(editor, after.slice(start, endA), {
    at: { anchor: { path, offset: start }, focus: { path, offset: endB } },
  });
}

export function withNfc<T extends Editor>(editor: T): T {
  const { insertText, normalizeNode } = editor;

  editor.insertText = (text, options) => insertText(nfc(text), options);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Text.isText(node)) {
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

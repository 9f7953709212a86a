// The sapo keeps the paper's prefix once in the editor (renderer/editor/with-structure.ts): a
// whole sapo pasted after `BHG - `, or the prefix typed again by habit, never doubles it; the
// prefix itself stays editable.

import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms, type Descendant } from 'slate';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';

const block = (type: string, text: string, id: string): Descendant => ({ type, id, children: [{ text }] }) as Descendant;

function article(sapo: string): Editor {
  const editor = createArticleEditor();
  editor.children = [block('headline', 'Tiêu đề', 'h'), block('sapo', sapo, 's'), block('paragraph', '', 'p')];
  Editor.normalize(editor, { force: true });
  Transforms.select(editor, Editor.end(editor, [1]));
  return editor;
}

const sapo = (e: Editor): string => Node.string(e.children[1]);

describe('the sapo prefix in the editor', () => {
  it('a pasted sapo with its own prefix does not double it', () => {
    const e = article('BHG - ');
    e.insertText('BHG - Nhận thức sâu sắc về vai trò quan trọng.');
    expect(sapo(e)).toBe('BHG - Nhận thức sâu sắc về vai trò quan trọng.');
    // The caret is still after the pasted words.
    e.insertText(' Thêm');
    expect(sapo(e)).toBe('BHG - Nhận thức sâu sắc về vai trò quan trọng. Thêm');
  });

  it('the prefix typed again by habit goes once the first word starts', () => {
    const e = article('BHG - ');
    for (const ch of 'BHG - Nhận') e.insertText(ch);
    expect(sapo(e)).toBe('BHG - Nhận');
  });

  it('the prefix stays editable: deleted, retyped or changed, it is the reporter’s', () => {
    const e = article('BHG - Nhận thức');
    Transforms.delete(e, { at: { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 6 } } });
    expect(sapo(e)).toBe('Nhận thức');
    Transforms.insertText(e, 'HG - ', { at: { path: [1, 0], offset: 0 } });
    expect(sapo(e)).toBe('HG - Nhận thức');
  });
});

// The review lock's model half (renderer/review/lock.ts): the apply guard createArticleEditor
// installs drops every change to a locked article, whoever makes it, and records nothing to undo.

import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { isLocked, setLocked } from '../../../renderer/review/lock.ts';
import { article, articleEditor, block, endOfChange, texts } from '../editor/helpers.ts';

describe('the review lock', () => {
  it('drops typing, paste and tools while locked, lets the caret move, and records no undo step', async () => {
    const { editor } = articleEditor(article(block('paragraph', 'Đoạn văn')));
    Transforms.select(editor, Editor.end(editor, [2]));
    await endOfChange();
    const before = texts(editor);
    const undos = editor.history.undos.length;
    setLocked(editor, true);
    expect(isLocked(editor)).toBe(true);
    editor.insertText(' thêm');
    editor.deleteBackward('character');
    editor.insertBreak();
    Transforms.setNodes(editor, { type: 'blockquote' }, { at: [2] });
    editor.insertData({ types: ['text/plain'], getData: () => 'dán vào' } as unknown as DataTransfer);
    Transforms.select(editor, Editor.start(editor, [2]));
    await endOfChange();
    expect(texts(editor)).toEqual(before);
    expect(editor.selection?.anchor).toEqual({ path: [2, 0], offset: 0 });
    expect(editor.history.undos.length).toBe(undos);

    setLocked(editor, false);
    editor.insertText('Mở: ');
    await endOfChange();
    expect(Node.string(editor.children[2])).toBe('Mở: Đoạn văn');
  });

  it('refuses to lock an editor that has no guard (it would only look locked)', () => {
    // A bare Slate editor on purpose: the one kind of editor that lacks the guard createArticleEditor installs.
    expect(() => setLocked(createEditor(), true)).toThrow(/createArticleEditor/);
  });
});

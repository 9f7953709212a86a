// The article editor's rules (renderer/editor/with-*.ts) on a plain Slate editor under Node.

import { describe, expect, it } from 'vitest';
import { Editor, Element, Node, Transforms, type Descendant } from 'slate';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';

const block = (type: string, text: string, id?: string): Descendant =>
  ({ type, ...(id ? { id } : {}), children: [{ text }] }) as Descendant;

function editorWith(children: Descendant[]): Editor {
  const editor = createArticleEditor();
  editor.children = children;
  Editor.normalize(editor, { force: true });
  return editor;
}

const types = (e: Editor): string[] => e.children.map((n) => (Element.isElement(n) ? n.type : 'text'));
const texts = (e: Editor): string[] => e.children.map((n) => Node.string(n));
const ids = (e: Editor): string[] => e.children.map((n) => (n as { id: string }).id);

describe('structure', () => {
  it('puts a headline, a sapo and a body paragraph in an empty article', () => {
    const e = editorWith([]);
    expect(types(e)).toEqual(['headline', 'sapo', 'paragraph']);
    expect(new Set(ids(e)).size).toBe(3);
  });

  it('keeps the words of a second headline or sapo as paragraphs, in place', () => {
    const e = editorWith([
      block('headline', 'Tiêu đề', 'h'),
      block('sapo', 'BHG - Sapo', 's'),
      block('headline', 'Lạc chỗ', 'x'),
      block('sapo', 'Cũng lạc', 'y'),
    ]);
    expect(types(e)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph']);
    expect(texts(e)).toEqual(['Tiêu đề', 'BHG - Sapo', 'Lạc chỗ', 'Cũng lạc']);
  });

  it('adds the missing sapo between the headline and the body', () => {
    const e = editorWith([block('headline', 'Tiêu đề', 'h'), block('paragraph', 'Thân bài', 'p')]);
    expect(types(e)).toEqual(['headline', 'sapo', 'paragraph']);
    expect(texts(e)).toEqual(['Tiêu đề', '', 'Thân bài']);
  });

  it('moves from the headline to the sapo and from the sapo to the body on Enter, splitting nothing', () => {
    const e = editorWith([block('headline', 'Tiêu đề', 'h'), block('sapo', 'BHG - ', 's'), block('paragraph', 'Thân', 'p')]);
    Transforms.select(e, { path: [0, 0], offset: 3 });
    e.insertBreak();
    expect(texts(e)).toEqual(['Tiêu đề', 'BHG - ', 'Thân']);
    // After the paper's prefix the sapo comes with, so the words typed next follow it.
    expect(e.selection?.anchor).toEqual({ path: [1, 0], offset: 6 });
    e.insertBreak();
    expect(e.selection?.anchor).toEqual({ path: [2, 0], offset: 0 });
    expect(e.children).toHaveLength(3);
  });

  it("puts the caret after the sapo's prefix, before its words, and at the start of a sapo without one", () => {
    const e = editorWith([block('headline', 'Tiêu đề', 'h'), block('sapo', 'BHG – Nhận thức', 's'), block('paragraph', 'Thân', 'p')]);
    Transforms.select(e, Editor.end(e, [0]));
    e.insertBreak();
    expect(e.selection?.anchor).toEqual({ path: [1, 0], offset: 6 });
    const bare = editorWith([block('headline', 'Tiêu đề', 'h'), block('sapo', 'Nhận thức', 's'), block('paragraph', 'Thân', 'p')]);
    Transforms.select(bare, Editor.end(bare, [0]));
    bare.insertBreak();
    expect(bare.selection?.anchor).toEqual({ path: [1, 0], offset: 0 });
  });

  it('splits a body paragraph on Enter and gives the new one its own id', () => {
    const e = editorWith([block('headline', 'T', 'h'), block('sapo', 'S', 's'), block('paragraph', 'Một hai', 'p')]);
    Transforms.select(e, { path: [2, 0], offset: 3 });
    e.insertBreak();
    expect(texts(e)).toEqual(['T', 'S', 'Một', ' hai']);
    expect(ids(e)[2]).toBe('p');
    expect(ids(e)[3]).not.toBe('p');
    expect(new Set(ids(e)).size).toBe(4);
  });

  it('does not pour the sapo into the headline on Backspace at its start', () => {
    const e = editorWith([block('headline', 'Tiêu đề', 'h'), block('sapo', 'BHG - Sapo', 's'), block('paragraph', 'Thân', 'p')]);
    Transforms.select(e, { path: [1, 0], offset: 0 });
    e.deleteBackward('character');
    expect(texts(e)).toEqual(['Tiêu đề', 'BHG - Sapo', 'Thân']);
    expect(e.selection?.anchor).toEqual({ path: [0, 0], offset: 'Tiêu đề'.length });
    Transforms.select(e, { path: [0, 0], offset: 'Tiêu đề'.length });
    e.deleteForward('character');
    expect(texts(e)).toEqual(['Tiêu đề', 'BHG - Sapo', 'Thân']);
  });

  it('still deletes characters normally inside a block (Backspace-style IMEs)', () => {
    const e = editorWith([block('headline', '', 'h'), block('sapo', '', 's'), block('paragraph', 'tao', 'p')]);
    Transforms.select(e, { path: [2, 0], offset: 3 });
    e.deleteBackward('character');
    e.deleteBackward('character');
    e.insertText('ạo');
    expect(texts(e)[2]).toBe('tạo');
  });

  it('removes an empty first body paragraph on Backspace when more follow', () => {
    const e = editorWith([
      block('headline', 'T', 'h'),
      block('sapo', 'S', 's'),
      block('paragraph', '', 'p'),
      block('paragraph', 'Sau', 'q'),
    ]);
    Transforms.select(e, { path: [2, 0], offset: 0 });
    e.deleteBackward('character');
    expect(texts(e)).toEqual(['T', 'S', 'Sau']);
  });
});

describe('block ids', () => {
  it('renames a pasted block whose id is already in the article', () => {
    const e = editorWith([block('headline', 'T', 'h'), block('sapo', 'S', 's'), block('paragraph', 'A', 'p')]);
    Transforms.insertNodes(e, block('paragraph', 'B', 'p'), { at: [3] });
    expect(texts(e)).toEqual(['T', 'S', 'A', 'B']);
    expect(ids(e)[2]).toBe('p');
    expect(new Set(ids(e)).size).toBe(4);
  });

  it('gives a block without an id one', () => {
    const e = editorWith([block('headline', 'T'), block('sapo', 'S'), block('paragraph', 'A')]);
    for (const id of ids(e)) expect(id).toMatch(/^b-[0-9a-z]{10}$/);
  });

  it('keeps ids unique through undo and redo of a split', () => {
    const e = editorWith([block('headline', 'T', 'h'), block('sapo', 'S', 's'), block('paragraph', 'Một hai', 'p')]);
    Transforms.select(e, { path: [2, 0], offset: 3 });
    e.insertBreak();
    e.undo();
    expect(texts(e)).toEqual(['T', 'S', 'Một hai']);
    e.redo();
    expect(texts(e)).toEqual(['T', 'S', 'Một', ' hai']);
    expect(new Set(ids(e)).size).toBe(4);
  });
});

describe('NFC', () => {
  it('composes decomposed text as it is typed', () => {
    const e = editorWith([block('headline', '', 'h'), block('sapo', '', 's'), block('paragraph', '', 'p')]);
    Transforms.select(e, { path: [2, 0], offset: 0 });
    e.insertText('Vie\u0302\u0323t Nam');
    expect(texts(e)[2]).toBe('Việt Nam');
    expect(e.selection?.anchor.offset).toBe('Việt Nam'.length);
  });

  it('composes a tone mark typed on its own after its letter, caret after the letter', () => {
    const e = editorWith([block('headline', '', 'h'), block('sapo', '', 's'), block('paragraph', 'tieng', 'p')]);
    Transforms.select(e, { path: [2, 0], offset: 3 });
    e.insertText('\u0302');
    e.insertText('\u0301');
    expect(texts(e)[2]).toBe('tiếng');
    expect(texts(e)[2]).toBe(texts(e)[2].normalize('NFC'));
    expect(e.selection?.anchor).toEqual({ path: [2, 0], offset: 3 });
  });

  it('composes text that arrives decomposed in a pasted fragment', () => {
    const e = editorWith([block('headline', '', 'h'), block('sapo', '', 's'), block('paragraph', 'x', 'p')]);
    Transforms.insertNodes(e, block('paragraph', 'Đa\u0300 Na\u0306\u0303ng', 'q'), { at: [3] });
    expect(texts(e)[3]).toBe('Đà Nẵng');
  });
});

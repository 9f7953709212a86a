// Around a photo in the text (renderer/editor/with-figures.ts) and curly quotes as you type
// (with-smart-quotes.ts, main/common/text/smart-quotes.ts), on the article's editor under Node.

import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import { curlyQuote } from '../../../main/common/text/smart-quotes.ts';
import { setSmartQuotes } from '../../../renderer/editor/with-smart-quotes.ts';
import { article, articleEditor, block, endOfChange, texts, types } from './helpers.ts';

const figure = (id = 'f') =>
  ({
    type: 'figure',
    id,
    assetId: 'a'.repeat(64),
    caption: 'Chú thích',
    credit: 'Ảnh: TH',
    alt: '',
    layout: 'medium',
    children: [{ text: '' }],
  }) as never;

describe('a figure in the text', () => {
  it('is never the last block: a paragraph follows it to write in', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Trước'), figure()));
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'figure', 'paragraph']);
  });

  it('Backspace at the start of the block after it selects it; the next Backspace removes it, one undo brings it back', async () => {
    const { editor } = articleEditor(article(block('paragraph', 'Trước'), figure(), block('paragraph', 'Sau')));
    Transforms.select(editor, Editor.start(editor, [4]));
    editor.deleteBackward('character');
    await endOfChange();
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'figure', 'paragraph']);
    expect(editor.selection?.anchor.path[0]).toBe(3);
    editor.deleteBackward('character');
    await endOfChange();
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph']);
    editor.undo();
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'figure', 'paragraph']);
    expect((editor.children[3] as unknown as { caption: string }).caption).toBe('Chú thích');
    expect(texts(editor)).toEqual(['Tiêu đề', 'BHG - Sapo', 'Trước', '', 'Sau']);
  });

  it('Delete at the end of the block before it selects it, and an empty paragraph after it stays', async () => {
    const { editor } = articleEditor(article(block('paragraph', 'Trước'), figure(), block('paragraph', '')));
    Transforms.select(editor, Editor.end(editor, [2]));
    editor.deleteForward('character');
    await endOfChange();
    expect(editor.selection?.anchor.path[0]).toBe(3);
    Transforms.select(editor, Editor.start(editor, [4]));
    editor.deleteBackward('character');
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'figure', 'paragraph']);
  });

  it('Backspace inside a paragraph after a figure deletes letters as usual', () => {
    const { editor } = articleEditor(article(figure(), block('paragraph', 'Sau')));
    Transforms.select(editor, Editor.end(editor, [3]));
    editor.deleteBackward('character');
    expect(texts(editor)[3]).toBe('Sa');
    expect(types(editor)).toContain('figure');
  });
});

describe('curly quotes', () => {
  it('open after a space, a bracket or at the start, close otherwise; an apostrophe in a word is ’', () => {
    expect(curlyQuote('"', '')).toBe('“');
    expect(curlyQuote('"', 'nói: ')).toBe('“');
    expect(curlyQuote('"', '(')).toBe('“');
    expect(curlyQuote('"', 'tốt')).toBe('”');
    expect(curlyQuote('"', 'tốt.')).toBe('”');
    expect(curlyQuote("'", 'H')).toBe('’');
    expect(curlyQuote("'", ' ')).toBe('‘');
    expect(curlyQuote("'", '“')).toBe('‘');
  });

  async function typeText(editor: Editor, text: string): Promise<void> {
    for (const ch of text) {
      editor.insertText(ch);
      await endOfChange();
    }
  }

  it('turns quotes as they are typed, and one undo brings the straight quote back', async () => {
    const { editor, wait } = articleEditor(article(block('paragraph', '')));
    Transforms.select(editor, Editor.start(editor, [2]));
    await typeText(editor, 'Anh nói: "Người H\'Mông"');
    expect(Node.string(editor.children[2])).toBe('Anh nói: “Người H’Mông”');
    wait(50);
    editor.undo();
    expect(Node.string(editor.children[2])).toBe('Anh nói: “Người H’Mông"');
    // The words before stay (undo takes back the quote only, then typing a word at a time).
    editor.undo();
    expect(Node.string(editor.children[2])).toBe('Anh nói: “Người H’');
  });

  it('leaves quotes straight when the setting is off, and a pasted quote as it came', async () => {
    const { editor } = articleEditor(article(block('paragraph', '')));
    setSmartQuotes(editor, false);
    Transforms.select(editor, Editor.start(editor, [2]));
    await typeText(editor, '"a"');
    expect(Node.string(editor.children[2])).toBe('"a"');
    setSmartQuotes(editor, true);
    editor.insertText(' "x" ');
    expect(Node.string(editor.children[2])).toBe('"a" "x" ');
  });
});

// Formatting commands (renderer/editor/formatting.ts) on the article editor under Node.

import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms, type Descendant } from 'slate';
import {
  activeLink,
  blockFormatAt,
  isBlockActive,
  isMarkActive,
  normalizeLinkUrl,
  removeLink,
  setLink,
  toggleBlock,
  toggleMark,
} from '../../../renderer/editor/formatting.ts';
import { article, articleEditor, block, endOfChange, texts, types } from './helpers.ts';

const selectText = (e: Editor, path: number[], from: number, to: number): void =>
  Transforms.select(e, { anchor: { path, offset: from }, focus: { path, offset: to } });

describe('marks', () => {
  it('makes the selected words bold, and plain again', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Huyện Quang Bình ra quân')));
    selectText(editor, [2, 0], 6, 16);
    expect(toggleMark(editor, 'bold')).toBe(true);
    expect(editor.children[2]).toMatchObject({ children: [{ text: 'Huyện ' }, { text: 'Quang Bình', bold: true }, { text: ' ra quân' }] });
    expect(isMarkActive(editor, 'bold')).toBe(true);
    toggleMark(editor, 'bold');
    expect(editor.children[2]).toMatchObject({ children: [{ text: 'Huyện Quang Bình ra quân' }] });
    expect(isMarkActive(editor, 'bold')).toBe(false);
  });

  it('is active over a selection only when all of it has the mark', () => {
    const { editor } = articleEditor(
      article({ type: 'paragraph', id: 'p', children: [{ text: 'một ', italic: true }, { text: 'hai' }] } as Descendant),
    );
    selectText(editor, [2, 0], 0, 4);
    expect(isMarkActive(editor, 'italic')).toBe(true);
    Transforms.select(editor, { anchor: { path: [2, 0], offset: 0 }, focus: { path: [2, 1], offset: 3 } });
    expect(isMarkActive(editor, 'italic')).toBe(false);
    toggleMark(editor, 'italic');
    expect(editor.children[2]).toMatchObject({ children: [{ text: 'một hai', italic: true }] });
  });

  it('gives the next typed words the mark at a bare caret', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Chữ ')));
    Transforms.select(editor, Editor.end(editor, [2]));
    toggleMark(editor, 'underline');
    expect(isMarkActive(editor, 'underline')).toBe(true);
    editor.insertText('gạch');
    expect(editor.children[2]).toMatchObject({ children: [{ text: 'Chữ ' }, { text: 'gạch', underline: true }] });
  });

  it('puts no marks in the headline, but does in the sapo', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Thân')));
    selectText(editor, [0, 0], 0, 3);
    expect(toggleMark(editor, 'bold')).toBe(false);
    expect(editor.children[0]).toMatchObject({ children: [{ text: 'Tiêu đề' }] });
    Transforms.select(editor, Editor.end(editor, [0]));
    expect(toggleMark(editor, 'bold')).toBe(false);
    selectText(editor, [1, 0], 0, 3);
    expect(toggleMark(editor, 'bold')).toBe(true);
    expect(editor.children[1]).toMatchObject({ children: [{ text: 'BHG', bold: true }, { text: ' - Sapo' }] });
  });

  it('skips the headline in a selection that runs into the body', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Thân bài')));
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [2, 0], offset: 4 } });
    toggleMark(editor, 'italic');
    expect(editor.children[0]).toMatchObject({ children: [{ text: 'Tiêu đề' }] });
    expect((editor.children[0] as { children: object[] }).children[0]).not.toHaveProperty('italic');
    expect(editor.children[2]).toMatchObject({ children: [{ text: 'Thân', italic: true }, { text: ' bài' }] });
  });

  it('strips marks and links a paste or a split brought into the headline', () => {
    const { editor } = articleEditor([
      {
        type: 'headline',
        id: 'h',
        children: [{ text: 'Đậm', bold: true }, { type: 'link', url: 'https://a.vn', children: [{ text: ' nối' }] }, { text: '' }],
      },
      block('sapo', 'S'),
      block('paragraph', 'P'),
    ] as Descendant[]);
    expect(editor.children[0]).toEqual({ type: 'headline', id: 'h', children: [{ text: 'Đậm nối' }] });
  });
});

describe('block formats', () => {
  it('turns a paragraph into a subheading (2 or 3) and back', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Mục một'), block('paragraph', 'Thân')));
    Transforms.select(editor, { path: [2, 0], offset: 2 });
    toggleBlock(editor, 'heading-2');
    expect(editor.children[2]).toMatchObject({ type: 'heading', level: 2, children: [{ text: 'Mục một' }] });
    expect(isBlockActive(editor, 'heading-2')).toBe(true);
    toggleBlock(editor, 'heading-3');
    expect(editor.children[2]).toMatchObject({ type: 'heading', level: 3 });
    toggleBlock(editor, 'heading-3');
    expect(editor.children[2]).toEqual(expect.objectContaining({ type: 'paragraph' }));
    expect(editor.children[2]).not.toHaveProperty('level');
  });

  it('never changes the headline or the sapo', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Thân')));
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [1, 0], offset: 2 } });
    expect(toggleBlock(editor, 'blockquote')).toBe(false);
    expect(blockFormatAt(editor)).toBeNull();
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [2, 0], offset: 2 } });
    toggleBlock(editor, 'bulleted-list');
    expect(types(editor)).toEqual(['headline', 'sapo', 'bulleted-list(1)']);
  });

  it('makes a quote', () => {
    const { editor } = articleEditor(article(block('paragraph', '“Phải làm ngay”, ông nói.')));
    Transforms.select(editor, { path: [2, 0], offset: 0 });
    toggleBlock(editor, 'blockquote');
    expect(types(editor)).toEqual(['headline', 'sapo', 'blockquote']);
    expect(texts(editor)[2]).toBe('“Phải làm ngay”, ông nói.');
  });

  it('makes a list of the selected paragraphs, switches its type, and undoes it', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Một'), block('paragraph', 'Hai'), block('paragraph', 'Ba')));
    Transforms.select(editor, { anchor: { path: [2, 0], offset: 0 }, focus: { path: [3, 0], offset: 1 } });
    toggleBlock(editor, 'bulleted-list');
    expect(types(editor)).toEqual(['headline', 'sapo', 'bulleted-list(2)', 'paragraph']);
    expect(Node.string(editor.children[2])).toBe('MộtHai');
    toggleBlock(editor, 'numbered-list');
    expect(types(editor)).toEqual(['headline', 'sapo', 'numbered-list(2)', 'paragraph']);
    // The next paragraph joins the list above rather than starting another.
    Transforms.select(editor, { path: [3, 0], offset: 0 });
    toggleBlock(editor, 'numbered-list');
    expect(types(editor)).toEqual(['headline', 'sapo', 'numbered-list(3)']);
    Transforms.select(editor, { path: [2, 1, 0], offset: 0 });
    toggleBlock(editor, 'numbered-list');
    expect(types(editor)).toEqual(['headline', 'sapo', 'numbered-list(1)', 'paragraph', 'numbered-list(1)']);
    expect(texts(editor).slice(2)).toEqual(['Một', 'Hai', 'Ba']);
    editor.undo();
    expect(types(editor)).toEqual(['headline', 'sapo', 'numbered-list(3)']);
    expect(new Set(JSON.stringify(editor.children).match(/"id":"[^"]+"/g)).size).toBe(6);
  });

  it('never wraps a figure into a list', () => {
    const figure = {
      type: 'figure',
      id: 'f',
      assetId: 'x'.repeat(64),
      caption: '',
      credit: '',
      alt: '',
      layout: 'full',
      children: [{ text: '' }],
    } as Descendant;
    const { editor } = articleEditor(article(block('paragraph', 'Trước'), figure, block('paragraph', 'Sau')));
    Transforms.select(editor, { anchor: { path: [2, 0], offset: 0 }, focus: { path: [4, 0], offset: 3 } });
    toggleBlock(editor, 'bulleted-list');
    expect(types(editor)).toEqual(['headline', 'sapo', 'bulleted-list(1)', 'figure', 'bulleted-list(1)']);
  });

  it('leaves a list on Enter in an empty item, and ends a subheading on Enter', () => {
    const { editor } = articleEditor(article(block('heading', 'Mục', { level: 2 })));
    Transforms.select(editor, Editor.end(editor, [2]));
    editor.insertBreak();
    expect(types(editor)).toEqual(['headline', 'sapo', 'h2', 'paragraph']);
    editor.insertText('Một');
    toggleBlock(editor, 'bulleted-list');
    editor.insertBreak();
    editor.insertText('Hai');
    editor.insertBreak();
    expect(types(editor)).toEqual(['headline', 'sapo', 'h2', 'bulleted-list(3)']);
    editor.insertBreak();
    expect(types(editor)).toEqual(['headline', 'sapo', 'h2', 'bulleted-list(2)', 'paragraph']);
    expect(editor.selection?.anchor.path).toEqual([4, 0]);
  });

  it('turns a subheading, quote or list item into a paragraph on Backspace at its start', () => {
    const list = {
      type: 'bulleted-list',
      id: 'l',
      children: [
        { type: 'list-item', id: 'i1', children: [{ text: 'Một' }] },
        { type: 'list-item', id: 'i2', children: [{ text: 'Hai' }] },
      ],
    } as Descendant;
    const { editor } = articleEditor(article(block('heading', 'Mục', { level: 2 }), block('blockquote', 'Lời'), list));
    for (const path of [[2], [3], [4, 1]]) {
      Transforms.select(editor, Editor.start(editor, path));
      editor.deleteBackward('character');
    }
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph', 'bulleted-list(1)', 'paragraph']);
    expect(texts(editor).slice(2)).toEqual(['Mục', 'Lời', 'Một', 'Hai']);
    // Inside the text, Backspace deletes as always (Backspace-style IMEs rely on it).
    Transforms.select(editor, Editor.end(editor, [3]));
    editor.deleteBackward('character');
    expect(texts(editor)[3]).toBe('Lờ');
  });
});

describe('links', () => {
  it('accepts http, https and mailto only', () => {
    expect(normalizeLinkUrl(' https://baohagiang.vn/a?b=1 ')).toBe('https://baohagiang.vn/a?b=1');
    expect(normalizeLinkUrl('http://x.vn')).toBe('http://x.vn');
    expect(normalizeLinkUrl('baohagiang.vn/thoi-su')).toBe('https://baohagiang.vn/thoi-su');
    expect(normalizeLinkUrl('toasoan@baohagiang.vn')).toBe('mailto:toasoan@baohagiang.vn');
    expect(normalizeLinkUrl('mailto:toasoan@baohagiang.vn')).toBe('mailto:toasoan@baohagiang.vn');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'ftp://x.vn',
      'vbscript:x',
      'không phải',
      '',
      'https://',
      'localhost:3000',
      'mailto:nobody',
    ]) {
      expect(normalizeLinkUrl(bad), bad).toBeNull();
    }
  });

  it('links the selected words, edits the address, and removes the link keeping the words', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Xem báo Hà Giang hôm nay')));
    selectText(editor, [2, 0], 4, 16);
    expect(setLink(editor, 'https://baohagiang.vn')).toBe(true);
    expect(editor.children[2]).toMatchObject({
      children: [
        { text: 'Xem ' },
        { type: 'link', url: 'https://baohagiang.vn', children: [{ text: 'báo Hà Giang' }] },
        { text: ' hôm nay' },
      ],
    });
    Transforms.select(editor, { path: [2, 1, 0], offset: 2 });
    expect(activeLink(editor)?.[0].url).toBe('https://baohagiang.vn');
    setLink(editor, 'https://baohagiang.vn/moi');
    expect(activeLink(editor)?.[0].url).toBe('https://baohagiang.vn/moi');
    removeLink(editor);
    expect(editor.children[2]).toMatchObject({ children: [{ text: 'Xem báo Hà Giang hôm nay' }] });
  });

  it('inserts a link with its words at a bare caret, and typing after it stays outside', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Liên hệ ')));
    Transforms.select(editor, Editor.end(editor, [2]));
    setLink(editor, 'mailto:toasoan@baohagiang.vn');
    editor.insertText(' ngay');
    expect(editor.children[2]).toMatchObject({
      children: [
        { text: 'Liên hệ ' },
        { type: 'link', url: 'mailto:toasoan@baohagiang.vn', children: [{ text: 'toasoan@baohagiang.vn' }] },
        { text: ' ngay' },
      ],
    });
  });

  it('makes no link in the headline', () => {
    const { editor } = articleEditor(article(block('paragraph', 'P')));
    selectText(editor, [0, 0], 0, 3);
    expect(setLink(editor, 'https://a.vn')).toBe(false);
    expect(editor.children[0]).toMatchObject({ children: [{ text: 'Tiêu đề' }] });
  });
});

describe('undo of commands', () => {
  it('undoes a command as one step, apart from the typing before it', async () => {
    const { editor } = articleEditor(article(block('paragraph', '')));
    Transforms.select(editor, Editor.start(editor, [2]));
    for (const ch of 'Mục') {
      editor.insertText(ch);
      await endOfChange();
    }
    toggleBlock(editor, 'heading-2');
    await endOfChange();
    expect(types(editor)[2]).toBe('h2');
    editor.undo();
    expect(types(editor)[2]).toBe('paragraph');
    expect(texts(editor)[2]).toBe('Mục');
    editor.undo();
    expect(texts(editor)[2]).toBe('');
  });
});

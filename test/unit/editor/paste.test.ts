// Paste into the article (renderer/editor/with-paste.ts): Word / Docs / web HTML sanitised into
// the article's blocks, plain text into paragraphs, one line in the headline and sapo, pictures
// handed to the photo tools.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import type { PastedImage } from '../../../main/common/paste/index.ts';
import { convertRun } from '../../../main/common/vietnamese/legacy/convert.ts';
import { insertPastedBlocks } from '../../../renderer/editor/with-paste.ts';
import { wordPasteHtml, wordPasteLeaks, wordPasteRuns, wordPasteShape, wordPasteTexts } from './fixtures/word-paste.ts';
import { article, articleEditor, block, texts, types } from './helpers.ts';

function clipboard(data: Record<string, string>, files: File[] = []): DataTransfer {
  return {
    types: [...Object.keys(data), ...(files.length ? ['Files'] : [])],
    getData: (t: string) => data[t] ?? '',
    files,
  } as unknown as DataTransfer;
}

describe('HTML paste', () => {
  it('lands Word’s HTML as the article’s blocks, marks and safe links only', () => {
    const { editor } = articleEditor(article(block('paragraph', '')));
    Transforms.select(editor, Editor.start(editor, [2]));
    editor.insertData(clipboard({ 'text/html': wordPasteHtml, 'text/plain': 'ignored' }));
    expect(
      types(editor)
        .slice(2)
        .map((t) => t.replace(/\(\d+\)$/, '')),
    ).toEqual(wordPasteShape);
    expect(texts(editor).slice(2)).toEqual(wordPasteTexts);
    expect(editor.children[3]).toMatchObject({ children: wordPasteRuns });
    const json = JSON.stringify(editor.children);
    for (const leak of [...wordPasteLeaks, 'ignored']) expect(json).not.toContain(leak);
    expect(json).toBe(json.normalize('NFC'));
    expect(new Set(json.match(/"id":"[^"]+"/g)).size).toBe(json.match(/"id":"[^"]+"/g)?.length);
  });

  it('joins the first and last pasted paragraphs to the text around the caret, as Word does', () => {
    const { editor } = articleEditor(article(block('paragraph', 'ĐầuCuối')));
    Transforms.select(editor, { path: [2, 0], offset: 3 });
    editor.insertData(clipboard({ 'text/html': '<p>một</p><p><b>hai</b></p>' }));
    expect(texts(editor).slice(2)).toEqual(['Đầumột', 'haiCuối']);
    expect(editor.children[3]).toMatchObject({ children: [{ text: 'hai', bold: true }, { text: 'Cuối' }] });
    editor.undo();
    expect(texts(editor).slice(2)).toEqual(['ĐầuCuối']);
  });

  it('puts a pasted list between the halves of a paragraph', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Trước sau')));
    Transforms.select(editor, { path: [2, 0], offset: 6 });
    editor.insertData(clipboard({ 'text/html': '<ul><li>một</li><li>hai</li></ul>' }));
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'bulleted-list(2)', 'paragraph']);
    expect(texts(editor).slice(2)).toEqual(['Trước ', 'mộthai', 'sau']);
  });

  it('makes list items of what is pasted into a list', () => {
    const list = { type: 'numbered-list', id: 'l', children: [{ type: 'list-item', id: 'i', children: [{ text: 'Một' }] }] };
    const { editor } = articleEditor(article(list as never));
    Transforms.select(editor, Editor.end(editor, [2]));
    editor.insertData(clipboard({ 'text/html': '<p>hai</p><h2>ba</h2><ul><li>bốn</li></ul>' }));
    expect(types(editor)).toEqual(['headline', 'sapo', 'numbered-list(3)']);
    expect((editor.children[2] as { children: Node[] }).children.map((n) => Node.string(n))).toEqual(['Mộthai', 'ba', 'bốn']);
  });

  it('converts legacy-font runs through the convertRun hook', () => {
    const fixture = readFileSync(new URL('../paste/fixtures/word-clipboard.html', import.meta.url), 'utf8');
    // The window's editor converts (legacyPasteOptions()); this one is made without the hook.
    const plain = articleEditor(article(block('paragraph', '')), { convertRun: undefined });
    const converted = articleEditor(article(block('paragraph', '')), { convertRun: (text, font) => convertRun(text, font).text });
    for (const { editor } of [plain, converted]) {
      Transforms.select(editor, Editor.start(editor, [2]));
      editor.insertData(clipboard({ 'text/html': fixture }));
    }
    expect(Node.string(converted.editor)).toContain('Đồng bào các dân tộc huyện Quang Bình vui đón Tết năm nay.');
    expect(Node.string(plain.editor)).not.toContain('Đồng bào các dân tộc');
  });
});

describe('plain text paste', () => {
  it('takes the plain text when the HTML holds no words', () => {
    const { editor } = articleEditor(article(block('paragraph', '')));
    Transforms.select(editor, Editor.start(editor, [2]));
    editor.insertData(clipboard({ 'text/html': '<meta charset="utf-8"><div> </div>', 'text/plain': 'Chữ thật' }));
    expect(texts(editor)[2]).toBe('Chữ thật');
  });

  it('makes a paragraph of each line, NFC', () => {
    const { editor } = articleEditor(article(block('paragraph', '')));
    Transforms.select(editor, Editor.start(editor, [2]));
    editor.insertData(clipboard({ 'text/plain': 'Dòng một\r\n\r\nDo\u0300ng hai\n• a\n• b\n' }));
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph', 'bulleted-list(2)']);
    expect(texts(editor).slice(2)).toEqual(['Dòng một', 'Dòng hai', 'ab']);
  });

  it('joins the lines in the headline and the sapo, dropping marks and links', () => {
    const { editor } = articleEditor(article(block('paragraph', 'Thân')));
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertData(clipboard({ 'text/plain': ' thêm\nhai dòng ' }));
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertData(clipboard({ 'text/html': '<p><b>đậm</b> <a href="https://a.vn">nối</a></p><ul><li>mục</li></ul>' }));
    expect(texts(editor)).toEqual(['Tiêu đềthêm hai dòng', 'BHG - Sapođậm nối mục', 'Thân']);
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph']);
    expect(editor.children[0]).toMatchObject({ children: [{ text: 'Tiêu đềthêm hai dòng' }] });
  });
});

describe('pictures', () => {
  it('hands pasted picture files and <img> references to onPastedImages, inserting none', () => {
    const { editor } = articleEditor(article(block('paragraph', '')));
    const calls: Array<{ files: File[]; images: PastedImage[] }> = [];
    editor.onPastedImages = (files, images) => calls.push({ files, images });
    Transforms.select(editor, Editor.start(editor, [2]));
    const png = new File([new Uint8Array([137, 80, 78, 71])], 'anh.png', { type: 'image/png' });
    const txt = new File(['x'], 'a.txt', { type: 'text/plain' });
    // A file manager's copy: the files, and their names as plain text (not words for the article).
    editor.insertData(clipboard({ 'text/plain': 'anh.png\na.txt' }, [png, txt]));
    editor.insertData(clipboard({ 'text/html': '<p>Chữ</p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Ảnh">' }));
    expect(calls).toHaveLength(2);
    expect(calls[0].files).toEqual([png]);
    expect(calls[1].images).toMatchObject([{ origin: 'data', alt: 'Ảnh' }]);
    expect(JSON.stringify(editor.children)).not.toContain('data:image');
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph']);
    expect(texts(editor)[2]).toBe('Chữ');
  });

  it('inserts nothing and fails nothing when no one listens', () => {
    const { editor } = articleEditor(article(block('paragraph', 'x')));
    Transforms.select(editor, Editor.end(editor, [2]));
    editor.insertData(clipboard({ 'text/html': '<img src="https://a.vn/a.jpg">' }));
    expect(texts(editor)[2]).toBe('x');
  });
});

describe('insertPastedBlocks', () => {
  it('puts the blocks after a selected figure', () => {
    const figure = {
      type: 'figure',
      id: 'f',
      assetId: 'a'.repeat(64),
      caption: '',
      credit: '',
      alt: '',
      layout: 'full',
      children: [{ text: '' }],
    };
    const { editor } = articleEditor(article(figure as never));
    Transforms.select(editor, Editor.start(editor, [2]));
    insertPastedBlocks(editor, [{ type: 'paragraph', id: 'n', children: [{ text: 'Sau ảnh' }] }]);
    // A figure is never last: the empty paragraph that follows it stays after what was pasted.
    expect(types(editor)).toEqual(['headline', 'sapo', 'figure', 'paragraph', 'paragraph']);
    expect(texts(editor).slice(3)).toEqual(['Sau ảnh', '']);
  });
});

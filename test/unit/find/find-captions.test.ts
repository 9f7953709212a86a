import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Block, FigureBlock } from '../../../main/common/article/model.ts';
import {
  findDecoratorOf,
  findInArticle,
  markFound,
  matchAfter,
  matchAfterReplaced,
  replaceAll,
  replaceMatch,
  type BlockMatch,
} from '../../../renderer/editor/find.ts';
import { editorOf } from './editor-of.ts';

const NFD = (s: string): string => s.normalize('NFD');

function article(): Block[] {
  return [
    { id: 'h', type: 'headline', children: [{ text: 'Lễ hội ở Đà Nẵng' }] },
    { id: 's', type: 'sapo', children: [{ text: 'BHG - Người dân đến xem.' }] },
    { id: 'p1', type: 'paragraph', children: [{ text: 'Trước ảnh: người chèo.' }] },
    // Caption stored decomposed (an old document): offsets are in its NFD code units.
    {
      id: 'f',
      type: 'figure',
      assetId: 'x',
      caption: NFD('Người dân Đà Nẵng, người chèo thuyền'),
      credit: 'Ảnh: Nguyễn Người',
      alt: 'Hai người',
      layout: 'full',
      children: [{ text: '' }],
    },
    { id: 'p2', type: 'paragraph', children: [{ text: 'Sau ảnh: người xem.' }] },
  ];
}

const figure = (editor: Editor): FigureBlock => editor.children[3] as FigureBlock;
const where = (ms: BlockMatch[]): string[] => ms.map((m) => `${m.path.join('.')}${m.field ? `:${m.field}` : ''}@${m.start}`);
const NGUOI = { query: 'nguoi', options: { ignoreTones: true } };

describe('find in photo captions, credits and alt text', () => {
  it('finds in reading order: the figure among the blocks, caption before credit before alt', () => {
    const editor = editorOf(article());
    const found = findInArticle(editor, NGUOI);
    // The decomposed caption: `Người` is 8 code units and `Đà Nẵng` 10, so the second is at 26.
    expect(where(found)).toEqual(['1@6', '2@11', '3:caption@0', '3:caption@26', '3:credit@12', '3:alt@4', '4@9']);
    expect(found[2]).toMatchObject({ end: 8, range: { anchor: { path: [3, 0], offset: 0 } } });
  });

  it('applies match case, whole word and tones to the fields', () => {
    const editor = editorOf(article());
    expect(where(findInArticle(editor, { query: 'Người', options: { matchCase: true } }))).toEqual(['1@6', '3:caption@0', '3:credit@12']);
    expect(where(findInArticle(editor, { query: 'người', options: {} }))).toHaveLength(7);
    expect(where(findInArticle(editor, { query: 'da nang', options: { ignoreTones: true } }))).toEqual(['0@9', '3:caption@14']);
    expect(where(findInArticle(editor, { query: 'da nang', options: {} }))).toEqual([]);
    expect(where(findInArticle(editor, { query: 'Ngu', options: { wholeWord: true, ignoreTones: true } }))).toEqual([]);
    expect(where(findInArticle(editor, { query: 'Ảnh', options: { wholeWord: true } }))).toEqual(['2@6', '3:credit@0', '4@4']);
  });

  it('replace all changes text and every field as ONE undo step, several matches per field, in NFC', () => {
    const editor = editorOf(article());
    const before = structuredClone(editor.children);
    expect(replaceAll(editor, findInArticle(editor, NGUOI), NFD('cụ'))).toBe(7);
    // Each match keeps its case pattern (replace-case.ts).
    expect(figure(editor)).toMatchObject({ caption: 'Cụ dân Đà Nẵng, cụ chèo thuyền', credit: 'Ảnh: Nguyễn Cụ', alt: 'Hai cụ' });
    expect(figure(editor).caption).toBe(figure(editor).caption.normalize('NFC'));
    expect(Editor.string(editor, [1])).toBe('BHG - Cụ dân đến xem.');
    expect(Editor.string(editor, [4])).toBe('Sau ảnh: cụ xem.');
    expect(findInArticle(editor, NGUOI)).toEqual([]);
    expect(editor.history.undos).toHaveLength(1);
    editor.undo();
    expect(editor.children).toEqual(before);
    editor.redo();
    expect(figure(editor).credit).toBe('Ảnh: Nguyễn Cụ');
  });

  it('replace one changes only the current field match, as its own undo step', () => {
    const editor = editorOf(article());
    const found = findInArticle(editor, NGUOI);
    const second = found[3];
    replaceMatch(editor, second, 'ngư dân');
    expect(figure(editor).caption).toBe('Người dân Đà Nẵng, ngư dân chèo thuyền');
    expect(figure(editor).credit).toBe('Ảnh: Nguyễn Người');
    expect(editor.history.undos).toHaveLength(1);
    // Next: after the new words (which do not match), the credit.
    const after = findInArticle(editor, NGUOI);
    expect(where([after[matchAfterReplaced(after, second, 'ngư dân')]])).toEqual(['3:credit@12']);
    editor.undo();
    expect(figure(editor).caption).toBe(NFD('Người dân Đà Nẵng, người chèo thuyền'));
  });

  it('goes on after a replacement that matches again, and from a caret past the figure', () => {
    const editor = editorOf(article());
    const [, , first] = findInArticle(editor, NGUOI);
    replaceMatch(editor, first, 'Người ấy');
    const after = findInArticle(editor, NGUOI);
    // The field is stored NFC now: the next `người` moved to 22.
    expect(where([after[matchAfterReplaced(after, first, 'Người ấy')]])).toEqual(['3:caption@22']);
    expect(where([after[matchAfter(after, { anchor: { path: [3, 0], offset: 0 }, focus: { path: [3, 0], offset: 0 } })]])).toEqual([
      '3:caption@0',
    ]);
    expect(where([after[matchAfter(after, { anchor: { path: [4, 0], offset: 2 }, focus: { path: [4, 0], offset: 2 } })]])).toEqual(['4@9']);
  });

  it('keeps the answer for an unchanged figure and redoes it for a changed one', () => {
    const editor = editorOf(article());
    const q = findInArticle(editor, NGUOI);
    const again = findInArticle(editor, NGUOI);
    expect(again[2]).toBe(q[2]);
    Transforms.setNodes<FigureBlock>(editor, { credit: 'Ảnh: TTXVN' }, { at: [3] });
    expect(where(findInArticle(editor, NGUOI))).toEqual(['1@6', '2@11', '3:caption@0', '3:caption@26', '3:alt@4', '4@9']);
  });

  it('marks nothing for a field match (a figure is not decorated) and unmarks the text match before it', () => {
    const editor = editorOf(article());
    const found = findInArticle(editor, NGUOI);
    markFound(editor, NGUOI, found[2]);
    const decorate = findDecoratorOf(editor);
    expect(decorate([editor.children[3], [3]])).toEqual([]);
    expect(decorate([editor.children[2], [2]]).filter((r) => 'findCurrent' in r)).toEqual([]);
    expect(decorate([editor.children[2], [2]])).toHaveLength(1);
    markFound(editor, null, null);
  });
});

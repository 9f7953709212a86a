// Replace keeps the case pattern of each match, as Word and Google Docs do (replace-case.ts), and
// the editor's replace all applies it match by match, in text and captions, unless match case is on.

import { describe, expect, it } from 'vitest';
import { Node } from 'slate';
import type { Block, FigureBlock } from '../../../main/common/article/model.ts';
import { casePattern, keepCase } from '../../../main/common/text/replace-case.ts';
import { findInArticle, replaceAll, replaceMatch } from '../../../renderer/editor/find.ts';
import { editorOf } from './editor-of.ts';

describe('keepCase', () => {
  it('reads the pattern: all capitals, a first capital, or none', () => {
    expect(casePattern('ĐẢNG VIÊN')).toBe('upper');
    expect(casePattern('Đảng viên')).toBe('capital');
    expect(casePattern('Đảng Viên')).toBe('capital');
    expect(casePattern('đảng viên')).toBe('none');
    expect(casePattern('D')).toBe('capital');
    expect(casePattern('“dang')).toBe('none');
    expect(casePattern('2025')).toBe('none');
  });

  it('writes the replacement in that pattern', () => {
    expect(keepCase('Dang vien', 'đảng viên')).toBe('Đảng viên');
    expect(keepCase('DANG VIEN', 'đảng viên')).toBe('ĐẢNG VIÊN');
    expect(keepCase('dang vien', 'đảng viên')).toBe('đảng viên');
    // Typed capitals are kept where the match is lower case.
    expect(keepCase('ubnd', 'UBND')).toBe('UBND');
    expect(keepCase('Dang', '“đảng”')).toBe('“Đảng”');
    expect(keepCase('Dang', '…')).toBe('…');
  });
});

describe('replace in the article keeps each match’s case', () => {
  const article = (): Block[] => [
    { id: 'h', type: 'headline', children: [{ text: 'ĐANG VIEN GUONG MAU' }] },
    { id: 's', type: 'sapo', children: [{ text: 'BHG - Dang vien thôn Nà Ké đi đầu.' }] },
    { id: 'p', type: 'paragraph', children: [{ text: 'Mỗi dang vien nhận một việc. Dang vien trẻ làm trước.' }] },
    {
      id: 'f',
      type: 'figure',
      assetId: 'x',
      caption: 'Dang vien họp chi bộ',
      credit: '',
      alt: 'Các dang vien',
      layout: 'full',
      children: [{ text: '' }],
    },
    // The article editor never ends on a figure (with-figures.ts): a paragraph follows it.
    { id: 'end', type: 'paragraph', children: [{ text: '' }] },
  ];
  const query = { query: 'dang vien', options: { ignoreTones: true } };
  const texts = (e: ReturnType<typeof editorOf>): string[] => e.children.map((n) => Node.string(n));

  it('replace all: capitals stay capitals, sentence starts stay capitalised, in text and captions', () => {
    const editor = editorOf(article());
    expect(replaceAll(editor, findInArticle(editor, query), 'đảng viên', query.options)).toBe(6);
    expect(texts(editor)).toEqual([
      'ĐẢNG VIÊN GUONG MAU',
      'BHG - Đảng viên thôn Nà Ké đi đầu.',
      'Mỗi đảng viên nhận một việc. Đảng viên trẻ làm trước.',
      '',
      '',
    ]);
    expect(editor.children[3] as FigureBlock).toMatchObject({ caption: 'Đảng viên họp chi bộ', alt: 'Các đảng viên' });
  });

  it('with match case on, the replacement is written as typed', () => {
    const editor = editorOf(article());
    const exact = { query: 'Dang vien', options: { matchCase: true } };
    replaceAll(editor, findInArticle(editor, exact), 'đảng viên', exact.options);
    expect(texts(editor)[1]).toBe('BHG - đảng viên thôn Nà Ké đi đầu.');
    const one = editorOf(article());
    replaceMatch(one, findInArticle(one, query)[0], 'đảng viên', query.options);
    expect(texts(one)[0]).toBe('ĐẢNG VIÊN GUONG MAU');
  });
});

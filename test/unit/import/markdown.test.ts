// The Markdown subset a draft is written in, read into draft blocks; what is not Markdown we
// know stays as the literal text it is.

import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../main/core/import/markdown.ts';

describe('parseMarkdown', () => {
  it('reads headings (ATX and setext), paragraphs, quotes and lists', () => {
    const md = [
      '# Tít bài',
      '',
      'Dòng một của đoạn',
      'vẫn là đoạn ấy.',
      '',
      'Tiêu đề phụ',
      '-----------',
      '',
      '### Mục nhỏ ###',
      '',
      '> “Câu trích dẫn',
      '> dài hai dòng.”',
      '>',
      '> Đoạn trích thứ hai.',
      '',
      '- Một',
      '- Hai',
      '  tiếp dòng',
      '',
      '1. Thứ nhất',
      '2) Thứ hai',
      '',
      '---',
      '',
      'Tựa khác',
      '===',
    ].join('\n');
    expect(parseMarkdown(md)).toEqual([
      { type: 'headline', children: [{ text: 'Tít bài' }] },
      { type: 'paragraph', children: [{ text: 'Dòng một của đoạn vẫn là đoạn ấy.' }] },
      { type: 'heading', level: 2, children: [{ text: 'Tiêu đề phụ' }] },
      { type: 'heading', level: 3, children: [{ text: 'Mục nhỏ' }] },
      { type: 'blockquote', children: [{ text: '“Câu trích dẫn dài hai dòng.”' }] },
      { type: 'blockquote', children: [{ text: 'Đoạn trích thứ hai.' }] },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Một' }] },
          { type: 'list-item', children: [{ text: 'Hai tiếp dòng' }] },
        ],
      },
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'Thứ nhất' }] },
          { type: 'list-item', children: [{ text: 'Thứ hai' }] },
        ],
      },
      { type: 'headline', children: [{ text: 'Tựa khác' }] },
    ]);
  });

  it('marks a photo line and keeps code as text', () => {
    expect(parseMarkdown('![Ảnh: cầu Mè Vạc](anh.jpg)\n\n```\nĐiều 1. Phạm vi\n```\n')).toEqual([
      { type: 'image', alt: 'Ảnh: cầu Mè Vạc' },
      { type: 'paragraph', children: [{ text: 'Điều 1. Phạm vi' }] },
    ]);
  });

  it('keeps what it does not know as literal text', () => {
    expect(parseMarkdown('| a | b |\n|---|---|\n<div>x</div>')).toEqual([
      { type: 'paragraph', children: [{ text: '| a | b | |---|---| <div>x</div>' }] },
    ]);
  });
});

describe('parseInline', () => {
  it('reads bold, italic, both, and links', () => {
    expect(parseInline('**BHG -** sapo *nghiêng* ***cả hai*** [báo](https://baohagiang.vn) <https://vov.vn>')).toEqual([
      { text: 'BHG -', bold: true },
      { text: ' sapo ' },
      { text: 'nghiêng', italic: true },
      { text: ' ' },
      { text: 'cả hai', bold: true, italic: true },
      { text: ' ' },
      { type: 'link', url: 'https://baohagiang.vn', children: [{ text: 'báo' }] },
      { text: ' ' },
      { type: 'link', url: 'https://vov.vn', children: [{ text: 'https://vov.vn' }] },
    ]);
  });

  it('leaves snake_case, lone stars, escapes and unsafe links as words', () => {
    expect(parseInline('ma_so_thue 5 * 3 \\*không\\* `**code**` [bấm](javascript:alert(1))')).toEqual([
      { text: 'ma_so_thue 5 * 3 *không* **code** ' },
      { text: 'bấm' },
    ]);
  });
});

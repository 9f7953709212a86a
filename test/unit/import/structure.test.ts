// Recognising an article in draft blocks: the house's byline forms, sloppy prefixes, a sapo
// marked only by bold, captions, the furniture, and the cases where the recogniser must not
// guess (a lone paragraph, a last line that is no byline): nothing is ever dropped.

import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../main/common/article/model.ts';
import type { DraftBlock } from '../../../main/core/import/draft.ts';
import { recognizeArticle } from '../../../main/core/import/structure.ts';

const p = (text: string, bold = false): DraftBlock => ({ type: 'paragraph', children: [bold ? { text, bold } : { text }] });
const lines = (...texts: string[]): DraftBlock[] => texts.map((t) => p(t));
const run = (blocks: DraftBlock[], prefix = 'BHG') => recognizeArticle(blocks, { prefix });
const text = (children: unknown): string =>
  (children as Inline[]).map((c) => ('text' in c ? c.text : c.children.map((r) => r.text).join(''))).join('');
const texts = (content: Array<Record<string, unknown>>): string[] => content.map((b) => text(b.children));
const codes = (r: ReturnType<typeof run>): string[] => r.warnings.map((w) => w.code);

describe('bylines at the end', () => {
  it.each([
    ['Tin, ảnh: MINH ANH', { role: 'tin-anh', people: [{ name: 'Minh Anh' }] }],
    [
      'Bài: TRUNG HẬU; Ảnh: MINH ANH (Quang Bình)',
      {
        role: 'bai',
        people: [
          { name: 'Trung Hậu', role: 'text' },
          { name: 'Minh Anh', role: 'photo' },
        ],
        place: 'Quang Bình',
      },
    ],
    ['Nhóm PV', { role: 'nhom-pv', people: [] }],
    ['Theo VOV', { role: 'theo', source: 'VOV' }],
    ['Bài, ảnh:\u00a0 TRUNG HẬU (Quang Bình)', { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' }],
  ])('%s', (line, byline) => {
    const r = run(lines('Tít', 'BHG - Sapo.', 'Thân bài.', line));
    expect(r.byline).toMatchObject(byline);
    expect(texts(r.content)).toEqual(['Tít', 'BHG - Sapo.', 'Thân bài.']);
  });

  it('keeps a last line that is no byline in the body', () => {
    const r = run(lines('Tít', 'BHG - Sapo.', 'Thân bài.', 'Người dân rất phấn khởi: Họ nói vậy.'));
    expect(r.byline).toBeNull();
    expect(texts(r.content)).toEqual(['Tít', 'BHG - Sapo.', 'Thân bài.', 'Người dân rất phấn khởi: Họ nói vậy.']);
    expect(codes(r)).toContain('byline-not-found');
  });
});

describe('the sapo', () => {
  it.each(['BHG- Sapo lộn xộn.', 'bhg – Sapo lộn xộn.', 'BHG\u00a0-\u00a0Sapo lộn xộn.', 'BHG - BHG - Sapo lộn xộn.'])(
    'writes the prefix the house way: %s',
    (typed) => {
      const r = run(lines('Tít', typed, 'Thân bài.'));
      expect(r.content[1]).toMatchObject({ type: 'sapo' });
      expect(text(r.content[1].children)).toBe('BHG - Sapo lộn xộn.');
    },
  );

  it('keeps the marks of the sapo text after a corrected prefix', () => {
    const r = run([
      p('Tít'),
      { type: 'paragraph', children: [{ text: 'BHG-' }, { text: 'Sáng 31.12', italic: true }, { text: ', khu tái định cư.' }] },
      p('Thân.'),
    ]);
    expect(r.content[1].children).toEqual([{ text: 'BHG - ' }, { text: 'Sáng 31.12', italic: true }, { text: ', khu tái định cư.' }]);
  });

  it('takes a bold first paragraph without prefix, drops its bold, and says the prefix is missing', () => {
    const r = run([p('Tít'), p('Sapo in đậm.', true), p('Thân bài.')]);
    expect(r.content[1]).toEqual({ type: 'sapo', children: [{ text: 'Sapo in đậm.' }] });
    expect(r.warnings).toContainEqual({ code: 'sapo-without-prefix', params: { prefix: 'BHG' } });
  });

  it('takes the first of several paragraphs, but never a lone one, a label or a byline', () => {
    const first = 'Đoạn đầu của bài, đủ dài để làm một sapo thật sự.';
    expect(run(lines('Tít', first, 'Đoạn hai.')).content[1]).toMatchObject({ type: 'sapo', children: [{ text: first }] });
    for (const top of ['Ghi chép', 'Bài, ảnh: MINH ANH']) {
      const r = run(lines('Tít', top, first, 'Đoạn hai.', 'Đoạn ba.'));
      expect(r.content.map((b) => b.type)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
      expect(codes(r)).toContain('sapo-not-found');
    }
    const lone = run(lines('Tít', 'Đoạn duy nhất.'));
    expect(lone.content.map((b) => b.type)).toEqual(['headline', 'paragraph']);
    expect(codes(lone)).toContain('sapo-not-found');
  });

  it('finds the prefixed paragraph a little below the top, leaving what is above in the body', () => {
    const r = run(lines('Tít', '17:43, 05/01/2025', 'Ghi chép', 'BHG - Sapo.', 'Thân.'));
    expect(r.publishAt).toBe('2025-01-05T10:43:00.000Z');
    expect(r.content.map((b) => [b.type, text(b.children)])).toEqual([
      ['headline', 'Tít'],
      ['sapo', 'BHG - Sapo.'],
      ['paragraph', 'Ghi chép'],
      ['paragraph', 'Thân.'],
    ]);
  });
});

describe('headline, captions and furniture', () => {
  it('takes a title mark near the top; what stood above goes to the notes', () => {
    const r = run([p('Trang chủ › Xã hội'), { type: 'headline', children: [{ text: 'Tít thật' }] }, p('BHG - Sapo.'), p('Thân.')]);
    expect(texts(r.content)[0]).toBe('Tít thật');
    expect(r.notes).toEqual(['Trang chủ › Xã hội']);
  });

  it('a later title inside the story becomes a section heading', () => {
    const r = run([
      p('Tít'),
      p('BHG - Sapo.'),
      p('Thân.'),
      p('Thân.'),
      p('Thân.'),
      p('Thân.'),
      { type: 'headline', children: [{ text: 'Phần hai' }] },
      p('Thân.'),
    ]);
    expect(r.content[0]).toMatchObject({ type: 'headline', children: [{ text: 'Tít' }] });
    expect(r.content).toContainEqual({ type: 'heading', level: 2, children: [{ text: 'Phần hai' }] });
  });

  it('merges a caption the page repeats, and names the line under a photo as caption', () => {
    const r = run([
      p('Tít'),
      p('BHG - Sapo.'),
      p('Chú thích ảnh một.'),
      p('Chú thích ảnh một.'),
      { type: 'image', alt: '' },
      p('Chú thích ảnh hai.'),
      p('Thân.'),
    ]);
    expect(texts(r.content)).toEqual(['Tít', 'BHG - Sapo.', 'Chú thích ảnh một.', 'Chú thích ảnh hai.', 'Thân.']);
    expect(r.captions).toEqual(['Chú thích ảnh một.', 'Chú thích ảnh hai.']);
    expect(r.warnings).toContainEqual({ code: 'caption-repeated', params: { text: 'Chú thích ảnh một.' } });
  });

  it('cuts the body at the furniture, in any of its forms, and keeps it all in the notes', () => {
    for (const marker of ['Ý kiến bạn đọc', 'Tin liên quan:', 'BÌNH LUẬN', 'Xem thêm']) {
      const r = run(lines('Tít', 'BHG - Sapo.', 'Thân.', 'Tin, ảnh: MINH ANH', marker, 'Tin khác một', '02/01/2025'));
      expect(texts(r.content)).toEqual(['Tít', 'BHG - Sapo.', 'Thân.']);
      expect(r.byline).toMatchObject({ role: 'tin-anh' });
      expect(r.notes).toEqual([marker, 'Tin khác một', '02/01/2025']);
    }
  });

  it('does not take a quotation for furniture', () => {
    const r = run([p('Tít'), p('BHG - Sapo.'), { type: 'blockquote', children: [{ text: 'Bình luận' }] }, p('Thân.')]);
    expect(texts(r.content)).toEqual(['Tít', 'BHG - Sapo.', 'Bình luận', 'Thân.']);
  });

  it('warns about a first line too long to be a headline, and keeps it', () => {
    const long = 'Một đoạn văn rất dài '.repeat(20).trim();
    const r = run(lines(long, 'Đoạn hai.'));
    expect(texts(r.content)[0]).toBe(long);
    expect(codes(r)).toContain('headline-long');
  });
});

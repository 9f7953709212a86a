import { describe, expect, it } from 'vitest';
import { normalizeContent } from '../../../main/common/article/normalize.ts';
import { blockText, type Block } from '../../../main/common/article/model.ts';

const p = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'paragraph', children: [{ text }], ...extra });
const allText = (blocks: Block[]): string[] => blocks.map((b) => blockText(b));

describe('normalizeContent', () => {
  it('creates a missing headline, sapo and body', () => {
    const out = normalizeContent([]);
    expect(out.map((b) => b.type)).toEqual(['headline', 'sapo', 'paragraph']);
    expect(allText(out)).toEqual(['', '', '']);
  });

  it('moves headline and sapo to the top and keeps the body order', () => {
    const out = normalizeContent([
      p('một'),
      { type: 'sapo', children: [{ text: 'BHG - sapo' }] },
      p('hai'),
      { type: 'headline', children: [{ text: 'Tít' }] },
    ]);
    expect(out.map((b) => b.type)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph']);
    expect(allText(out)).toEqual(['Tít', 'BHG - sapo', 'một', 'hai']);
  });

  it('turns extra headlines and sapos into paragraphs without losing their words', () => {
    const out = normalizeContent([
      { type: 'headline', children: [{ text: 'Tít một' }] },
      { type: 'headline', children: [{ text: 'Tít hai' }] },
      { type: 'sapo', children: [{ text: 'Sapo' }] },
      { type: 'sapo', children: [{ text: 'Sapo hai', bold: true }] },
    ]);
    expect(out.map((b) => b.type)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph']);
    expect(allText(out)).toEqual(['Tít một', 'Sapo', 'Tít hai', 'Sapo hai']);
    expect(out[3].children[0]).toEqual({ text: 'Sapo hai', bold: true });
  });

  it('keeps unique ids, replaces duplicates and missing ones', () => {
    const out = normalizeContent([
      { type: 'headline', id: 'h1', children: [{ text: 'T' }] },
      { type: 'sapo', id: 's1', children: [{ text: 'S' }] },
      p('a', { id: 'x' }),
      p('b', { id: 'x' }),
      p('c', { id: 'h1' }),
      p('d'),
      p('e', { id: 'bad id with spaces' }),
    ]);
    expect(out[0].id).toBe('h1');
    expect(out[1].id).toBe('s1');
    expect(out[2].id).toBe('x');
    const ids = out.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z_-]+$/);
  });

  it('drops unknown mark keys and false marks', () => {
    const out = normalizeContent([
      p('x'),
      { type: 'paragraph', children: [{ text: 'đậm', bold: true, color: 'red', fontSize: 40, italic: false }] },
    ]);
    expect(out[3].children).toEqual([{ text: 'đậm', bold: true }]);
  });

  it('NFCs every string', () => {
    const decomposed = 'Tie\u0302\u0301ng Vie\u0323\u0302t';
    const out = normalizeContent([{ type: 'headline', children: [{ text: decomposed }] }, p(decomposed)]);
    expect(blockText(out[0])).toBe('Tiếng Việt');
    expect(blockText(out[2])).toBe('Tiếng Việt');
    expect(JSON.stringify(out)).toBe(JSON.stringify(out).normalize('NFC'));
  });

  it('keeps words of unknown blocks, nested blocks and unsafe links', () => {
    const out = normalizeContent([
      {
        type: 'table',
        children: [
          { type: 'row', children: [{ text: 'ô một' }] },
          { type: 'row', children: [{ text: 'ô hai' }] },
        ],
      },
      { type: 'paragraph', children: [{ text: 'xem ' }, { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'đây' }] }] },
    ]);
    expect(out[2].type).toBe('paragraph');
    expect(blockText(out[2])).toBe('ô một ô hai');
    expect(blockText(out[3])).toBe('xem đây');
    expect(JSON.stringify(out[3])).not.toContain('javascript');
  });

  it('keeps safe links with a text run on each side', () => {
    const out = normalizeContent([
      p(''),
      p(''),
      { type: 'paragraph', children: [{ type: 'link', url: 'https://baohagiang.vn', children: [{ text: 'Báo' }] }] },
    ]);
    expect(out[4].children).toEqual([
      { text: '' },
      { type: 'link', url: 'https://baohagiang.vn', children: [{ text: 'Báo' }] },
      { text: '' },
    ]);
  });

  it('flattens links in the headline to text', () => {
    const out = normalizeContent([
      { type: 'headline', children: [{ text: 'A ' }, { type: 'link', url: 'https://x.vn', children: [{ text: 'B' }] }] },
    ]);
    expect(out[0].children).toEqual([{ text: 'A B' }]);
  });

  it('gathers stray list items into a list and flattens nested lists', () => {
    const out = normalizeContent([
      { type: 'list-item', children: [{ text: 'một' }] },
      { type: 'list-item', children: [{ text: 'hai' }] },
      p('giữa'),
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'a' }] },
          { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'b' }] }] },
        ],
      },
    ]);
    expect(out.map((b) => b.type)).toEqual(['headline', 'sapo', 'bulleted-list', 'paragraph', 'numbered-list']);
    expect(out[2].children.map((c) => blockText(c))).toEqual(['một', 'hai']);
    expect(out[4].children.map((c) => blockText(c))).toEqual(['a', 'b']);
    expect(out[4].children.every((c) => 'type' in c && c.type === 'list-item')).toBe(true);
  });

  it('keeps a figure’s fields and turns a figure without a photo into its caption', () => {
    const assetId = 'a'.repeat(64);
    const out = normalizeContent([
      {
        type: 'figure',
        assetId,
        caption: 'Chú thích',
        credit: 'Ảnh: T.H',
        alt: 'x',
        layout: 'full',
        crop: { x: 0.1, y: 0, width: 0.5, height: 2 },
        rotate: 90,
        focus: { x: 0.5, y: 0.5 },
        children: [{ text: 'junk' }],
      },
      { type: 'figure', caption: 'Mồ côi', children: [] },
    ]);
    expect(out[2]).toMatchObject({
      type: 'figure',
      assetId,
      caption: 'Chú thích',
      credit: 'Ảnh: T.H',
      layout: 'full',
      rotate: 90,
      focus: { x: 0.5, y: 0.5 },
      children: [{ text: '' }],
    });
    expect(out[2]).not.toHaveProperty('crop'); // height 2 is outside 0..1
    expect(out[3].type).toBe('paragraph');
    expect(blockText(out[3])).toBe('Mồ côi');
  });

  it('is idempotent and gives every element at least one text', () => {
    const messy = [
      { type: 'paragraph', children: [] },
      {
        type: 'paragraph',
        children: [
          { text: 'a', bold: true },
          { text: 'b', bold: true },
          { text: '' },
          { type: 'link', url: 'mailto:x@y.vn', children: [] },
          { type: 'link', url: 'https://a.vn', children: [{ text: 'c' }] },
        ],
      },
      { type: 'heading', level: 7, children: [{ text: 'H' }] },
      'not a block',
      42,
    ];
    const once = normalizeContent(messy);
    expect(normalizeContent(once)).toEqual(once);
    expect(once.find((b) => b.type === 'heading')).toMatchObject({ level: 2 });
    const walk = (nodes: unknown[]): void => {
      for (const n of nodes as { children?: unknown[] }[]) {
        if (n.children) {
          expect(n.children.length).toBeGreaterThan(0);
          walk(n.children);
        }
      }
    };
    walk(once);
  });

  it('accepts anything without throwing', () => {
    for (const junk of [
      null,
      undefined,
      'x',
      1,
      {},
      [null],
      [{ children: 'x' }],
      [{ type: 'paragraph', children: [null, 1, { text: 5 }] }],
    ]) {
      const out = normalizeContent(junk);
      expect(out[0].type).toBe('headline');
    }
  });
});

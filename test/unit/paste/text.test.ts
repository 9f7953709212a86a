import { describe, expect, it } from 'vitest';
import { blockText, type BodyBlock } from '../../../main/common/article/model.ts';
import { looksHardWrapped, textToBlocks } from '../../../main/common/paste/text.ts';
import { fixtureParts } from '../article/fixture.ts';

const outline = (blocks: BodyBlock[]): Array<[string, string]> =>
  blocks.map((b) => [
    b.type,
    b.type === 'bulleted-list' || b.type === 'numbered-list' ? b.children.map((li) => blockText(li)).join(' | ') : blockText(b),
  ]);

describe('textToBlocks', () => {
  it('makes one paragraph per line, as wire stories come', () => {
    const wire = 'Dòng một của tin.\nDòng hai của tin.\r\nDòng ba.\n\n\nDòng bốn.';
    expect(outline(textToBlocks(wire))).toEqual([
      ['paragraph', 'Dòng một của tin.'],
      ['paragraph', 'Dòng hai của tin.'],
      ['paragraph', 'Dòng ba.'],
      ['paragraph', 'Dòng bốn.'],
    ]);
  });

  it('reads the fixture page’s body as its paragraphs', () => {
    const parts = fixtureParts();
    const text = parts.groups.map((g) => g.join('\n')).join('\n\n');
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => blockText(b))).toEqual(parts.groups.flat());
  });

  it('joins the lines of text broken at a fixed width', () => {
    const wrapped = [
      'Sáng 31.12, khu tái định cư Đồng Tâm, thôn Yên Lập, xã Yên Thành',
      '(Quang Bình) đã chính thức được khánh thành, bàn giao nhà ở trong',
      'không khí hân hoan của người dân địa phương.',
      '',
      'Tổng kinh phí xây dựng khu tái định cư là hơn 12 tỷ đồng, gồm 46',
      'căn nhà kiên cố cùng hệ thống điện, nước sạch và đường giao thông.',
    ].join('\n');
    expect(looksHardWrapped(wrapped.split('\n'))).toBe(true);
    expect(outline(textToBlocks(wrapped))).toEqual([
      [
        'paragraph',
        'Sáng 31.12, khu tái định cư Đồng Tâm, thôn Yên Lập, xã Yên Thành (Quang Bình) đã chính thức được khánh thành, bàn giao nhà ở trong không khí hân hoan của người dân địa phương.',
      ],
      [
        'paragraph',
        'Tổng kinh phí xây dựng khu tái định cư là hơn 12 tỷ đồng, gồm 46 căn nhà kiên cố cùng hệ thống điện, nước sạch và đường giao thông.',
      ],
    ]);
  });

  it('does not join short lines such as a list of names', () => {
    const names = 'Thành phần:\nHoàng Thị Sinh\nTrần Trung Thành\n\nVắng mặt:\nLò Văn Sử\nVàng Sính Dìn';
    expect(textToBlocks(names).map((b) => blockText(b))).toEqual(names.split('\n').filter(Boolean));
  });

  it('makes lists from bullet and numbered lines, but keeps dialogue dashes as text', () => {
    const text = '• Có điện\n• Có nước sạch\n1. Khảo sát\n2. Thi công\n3) Bàn giao\n- Chào bác!\n- Chào cháu.\n5. Một mình';
    expect(outline(textToBlocks(text))).toEqual([
      ['bulleted-list', 'Có điện | Có nước sạch'],
      ['numbered-list', 'Khảo sát | Thi công | Bàn giao'],
      ['paragraph', '- Chào bác!'],
      ['paragraph', '- Chào cháu.'],
      ['paragraph', '5. Một mình'],
    ]);
  });

  it('gives NFC, collapses NBSP and tabs, and skips empty input', () => {
    const [b] = textToBlocks('  Hòa\u00a0\u00a0Bình\tQuang  Bình '.normalize('NFD'));
    expect(blockText(b)).toBe('Hòa Bình Quang Bình'.normalize('NFC'));
    expect(textToBlocks('')).toEqual([]);
    expect(textToBlocks('\n \n\u00a0\n')).toEqual([]);
    const ids = textToBlocks('a\nb\nc').map((x) => x.id);
    expect(new Set(ids).size).toBe(3);
  });
});

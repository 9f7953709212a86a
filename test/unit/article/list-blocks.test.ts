// isListBlock / textBlocks: the one place lists are flattened into the blocks that hold text.
import { describe, expect, it } from 'vitest';
import { isListBlock, isListType, textBlocks, type Block } from '../../../main/common/article/model.ts';

const p = (id: string, text: string): Block => ({ type: 'paragraph', id, children: [{ text }] });
const li = (id: string, text: string) => ({ type: 'list-item' as const, id, children: [{ text }] });

describe('list blocks', () => {
  it('textBlocks keeps reading order and puts each list item in place of its list', () => {
    const content: Block[] = [
      p('p1', 'Mở đầu'),
      { type: 'bulleted-list', id: 'l1', children: [li('i1', 'một'), li('i2', 'hai')] },
      { type: 'figure', id: 'f1', assetId: 'a', caption: 'Ảnh', credit: '', alt: '' } as Block,
      { type: 'numbered-list', id: 'l2', children: [li('i3', 'ba')] },
      p('p2', 'Kết'),
    ];
    expect(textBlocks(content).map((b) => b.id)).toEqual(['p1', 'i1', 'i2', 'f1', 'i3', 'p2']);
  });

  it('isListBlock and isListType answer for both kinds of list and nothing else', () => {
    expect(isListBlock({ type: 'bulleted-list', id: 'l', children: [] } as Block)).toBe(true);
    expect(isListBlock({ type: 'numbered-list', id: 'l', children: [] } as Block)).toBe(true);
    expect(isListBlock(li('i', 'x'))).toBe(false);
    expect(['bulleted-list', 'numbered-list', 'list-item', 'paragraph', undefined].map(isListType)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

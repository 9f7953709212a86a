// House-style fixes applied through Slate: the right text, one undo step each, refused when the
// passage changed since the check.

import { describe, expect, it } from 'vitest';
import { Node, Transforms, type Descendant } from 'slate';
import type { Block } from '../../../main/common/article/model.ts';
import { createStyleChecker } from '../../../main/common/vietnamese/style/checker.ts';
import { applyStyleFix, styleBlocks } from '../../../renderer/language/style-fixes.ts';
import { articleEditor, block } from '../editor/helpers.ts';

const checker = createStyleChecker();

function setup(children: Descendant[]) {
  const t = articleEditor(children);
  t.wait(10_000);
  return t;
}

describe('styleBlocks', () => {
  it('reads headline, sapo, paragraphs, list items and captions with their paths', () => {
    const children = [
      block('headline', 'Tiêu đề'),
      block('sapo', 'BHG - Sapo'),
      { type: 'bulleted-list', id: 'l1', children: [block('list-item', 'Một'), block('list-item', 'Hai')] },
      { type: 'figure', id: 'f1', assetId: 'x', caption: 'Ảnh minh hoạ', credit: '', children: [{ text: '' }] },
    ] as unknown as Block[];
    const { blocks, targets } = styleBlocks(children);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['headline', 'Tiêu đề'],
      ['sapo', 'BHG - Sapo'],
      ['paragraph', 'Một'],
      ['paragraph', 'Hai'],
      ['caption', 'Ảnh minh hoạ'],
    ]);
    expect(targets.map((t) => [t.path, t.field])).toEqual([
      [[0], 'text'],
      [[1], 'text'],
      [[2, 0], 'text'],
      [[2, 1], 'text'],
      [[3], 'caption'],
    ]);
  });
});

describe('applyStyleFix', () => {
  it('fixes the sapo prefix and a straight quote across formatting, one undo step each', () => {
    const para = {
      type: 'paragraph',
      id: 'p1',
      children: [{ text: 'Ông nói: "Tốt ' }, { text: 'lắm', bold: true }, { text: '".' }],
    } as Descendant;
    const { editor, wait } = setup([block('headline', 'Tin'), block('sapo', 'BHG-Tin vắn'), para]);
    let { blocks, targets } = styleBlocks(editor.children as Block[]);
    const prefix = checker.check(blocks).find((f) => f.ruleId === 'prefix');
    expect(prefix).toBeDefined();
    expect(applyStyleFix(editor, targets[prefix!.block], prefix!)).toBe(true);
    expect(Node.string(editor.children[1])).toBe('BHG - Tin vắn');
    wait(10_000);

    ({ blocks, targets } = styleBlocks(editor.children as Block[]));
    const quotes = checker.check(blocks).filter((f) => f.ruleId === 'quotes');
    expect(quotes.length).toBeGreaterThan(0);
    expect(applyStyleFix(editor, targets[quotes[0].block], quotes[0])).toBe(true);
    expect(Node.string(editor.children[2])).toBe('Ông nói: “Tốt lắm".');

    editor.undo();
    expect(Node.string(editor.children[2])).toBe('Ông nói: "Tốt lắm".');
    expect(Node.string(editor.children[1])).toBe('BHG - Tin vắn');
    editor.undo();
    expect(Node.string(editor.children[1])).toBe('BHG-Tin vắn');
  });

  it('refuses a fix when the passage changed since the check', () => {
    const { editor } = setup([block('headline', 'Tin'), block('sapo', 'BHG-Tin vắn')]);
    const { blocks, targets } = styleBlocks(editor.children as Block[]);
    const prefix = checker.check(blocks).find((f) => f.ruleId === 'prefix')!;
    Transforms.insertText(editor, 'X', { at: { path: [1, 0], offset: 11 } });
    expect(applyStyleFix(editor, targets[prefix.block], prefix)).toBe(false);
    expect(Node.string(editor.children[1])).toBe('BHG-Tin vắnX');
  });

  it('fixes a caption', () => {
    const figure = {
      type: 'figure',
      id: 'f1',
      assetId: 'x',
      caption: 'Ảnh chụp ngày 23.3.2021',
      credit: '',
      children: [{ text: '' }],
    } as unknown as Descendant;
    const { editor } = setup([block('headline', 'Tin'), block('sapo', 'BHG - Tin'), figure]);
    const { blocks, targets } = styleBlocks(editor.children as Block[]);
    const date = checker.check(blocks).find((f) => f.ruleId === 'date-format')!;
    expect(applyStyleFix(editor, targets[date.block], date)).toBe(true);
    expect((editor.children[2] as unknown as { caption: string }).caption).toBe('Ảnh chụp ngày 23/3/2021');
  });
});

// Which changes may wait for the frame before React renders them: only a letter the browser has
// already put on the page (renderer/editor/slate-compat/frame-first.ts).

import { describe, expect, it } from 'vitest';
import type { BaseOperation } from 'slate';
import { frameFirstEnabled, typedByBrowser, type TypedInput } from '../../../renderer/editor/slate-compat/frame-first.ts';

const letter = (data: string, extra: Partial<TypedInput> = {}): TypedInput => ({
  inputType: 'insertText',
  data,
  isComposing: false,
  defaultPrevented: false,
  ...extra,
});
const insert = (text: string, offset = 4, path = [3, 0]): BaseOperation => ({ type: 'insert_text', path, offset, text });
const select = (offset: number): BaseOperation => ({
  type: 'set_selection',
  properties: { anchor: { path: [3, 0], offset: offset - 1 } },
  newProperties: { anchor: { path: [3, 0], offset } },
});
const shown = (text: string) => [{ pageText: text, modelText: text }];

describe('typedByBrowser', () => {
  it('lets a letter the page already shows wait for the frame', () => {
    expect(typedByBrowser([insert('a'), select(5)], letter('a'), shown('Đoạna văn'))).toBe(true);
    expect(typedByBrowser([insert('a')], letter('a'), [{ pageText: 'Đoạna\uFEFF', modelText: 'Đoạna' }])).toBe(true);
  });

  it('renders at once when the page does not show what the model holds', () => {
    // slate-react inserted it itself (the page is only updated by React's render).
    expect(typedByBrowser([insert('a')], letter('a'), [{ pageText: 'Đoạn văn', modelText: 'Đoạna văn' }])).toBe(false);
    // A text the changed node's element could not be found for.
    expect(typedByBrowser([insert('a')], letter('a'), [])).toBe(false);
    // The first letter of an empty block: its placeholder hint must go at once.
    expect(typedByBrowser([insert('a', 0)], letter('a'), [{ pageText: '\uFEFF', modelText: '' }])).toBe(false);
  });

  it('renders at once for anything but the browser typing that same letter itself', () => {
    expect(typedByBrowser([insert('a')], null, shown('a'))).toBe(false);
    expect(typedByBrowser([insert('a')], letter('a', { defaultPrevented: true }), shown('a'))).toBe(false);
    expect(typedByBrowser([insert('a')], letter('a', { isComposing: true }), shown('a'))).toBe(false);
    expect(typedByBrowser([insert('a')], letter('a', { inputType: 'insertReplacementText' }), shown('a'))).toBe(false);
    expect(typedByBrowser([insert('ê')], letter('e'), shown('ê'))).toBe(false);
    expect(typedByBrowser([insert('a')], letter('', { data: null }), shown('a'))).toBe(false);
  });

  it('renders at once when the batch does more than insert text', () => {
    const split: BaseOperation = { type: 'split_node', path: [3, 0], position: 4, properties: {} };
    expect(typedByBrowser([insert('a'), split], letter('a'), shown('a'))).toBe(false);
    const remove: BaseOperation = { type: 'remove_text', path: [3, 0], offset: 4, text: 'e' };
    expect(typedByBrowser([remove, insert('ê')], letter('ê'), shown('ê'))).toBe(false);
    expect(typedByBrowser([select(5)], letter('a'), [])).toBe(false);
  });
});

describe('frameFirstEnabled', () => {
  it('follows the setting unless the address says frameFirst=0', () => {
    const at = 'http://127.0.0.1:5000/?token=x';
    expect(frameFirstEnabled(true, `${at}#/article/a-1`)).toBe(true);
    expect(frameFirstEnabled(false, `${at}#/article/a-1`)).toBe(false);
    expect(frameFirstEnabled(true, `${at}&frameFirst=0#/article/a-1`)).toBe(false);
    expect(frameFirstEnabled(true, `${at}#/article/a-1?frameFirst=0`)).toBe(false);
    expect(frameFirstEnabled(true, `${at}&frameFirst=01`)).toBe(true);
    expect(frameFirstEnabled(true, `${at}&frameFirst=1`)).toBe(true);
  });
});

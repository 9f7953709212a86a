// A preflight finding names a block by id; the dialog's link finds it wherever it now is
// (after more typing), inside lists too, and says when it is gone.

import { describe, expect, it } from 'vitest';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';
import { findBlockPath } from '../../../renderer/export/jump.ts';

// The link jumps in the article editor, made as the window makes it.
function editorWith(children: unknown[]) {
  const editor = createArticleEditor();
  editor.children = children as never;
  return editor;
}

describe('findBlockPath', () => {
  const editor = editorWith([
    { type: 'headline', id: 'b-h', children: [{ text: 'Tít' }] },
    { type: 'sapo', id: 'b-s', children: [{ text: 'BHG - ' }] },
    {
      type: 'bulleted-list',
      id: 'b-l',
      children: [
        { type: 'list-item', id: 'b-i1', children: [{ text: 'một' }] },
        { type: 'list-item', id: 'b-i2', children: [{ text: 'hai “' }] },
      ],
    },
    { type: 'figure', id: 'b-f', assetId: 'x', caption: '', credit: '', alt: '', layout: 'medium', children: [{ text: '' }] },
  ]);

  it('finds top-level blocks, list items and photos', () => {
    expect(findBlockPath(editor, 'b-h')).toEqual([0]);
    expect(findBlockPath(editor, 'b-i2')).toEqual([2, 1]);
    expect(findBlockPath(editor, 'b-f')).toEqual([3]);
  });

  it('answers null for a block that was deleted since the check', () => {
    expect(findBlockPath(editor, 'b-gone')).toBeNull();
  });
});

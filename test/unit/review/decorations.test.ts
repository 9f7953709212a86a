// The review screen's mapping between Slate and the review's anchors: a selection across a link
// becomes block id + UTF-16 offsets in the block's text, and each open note's range comes back as
// decorations on exactly the right characters (split across text nodes, inserted text beside it).

import { createEditor, type Descendant, type Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import type { PlacedSuggestion, PlacedThread } from '../../../main/common/review/types.ts';
import { reviewDecorator, selectionToRange } from '../../../renderer/review/decorations.ts';

const person = { keyId: 'k'.repeat(64), name: 'Nguyễn Thị Biên' };

function editorOver(content: Descendant[]): Editor {
  const editor = createEditor() as Editor;
  const { isInline } = editor;
  editor.isInline = (el) => el.type === 'link' || isInline(el);
  editor.children = content;
  return editor;
}

// "Đồng chí " + link("Hoàng Thị Sinh") + " bày tỏ: tiếng nói chung."
const content = [
  { type: 'headline', id: 'b-h', children: [{ text: 'Bốn tốt' }] },
  {
    type: 'paragraph',
    id: 'b-p',
    children: [{ text: 'Đồng chí ' }, { type: 'link', url: 'https://baohagiang.vn', children: [{ text: 'Hoàng Thị Sinh' }] }, { text: ' bày tỏ: tiếng nói chung.' }],
  },
] as Descendant[];

const anchor = (start: number, end: number, quote: string) => ({ blockId: 'b-p', field: 'text' as const, start, end, quote, prefix: '', suffix: '' });

describe('review decorations', () => {
  it('turns a selection that crosses a link into offsets in the block text', () => {
    const editor = editorOver(content);
    // From "chí" (first text) to "Sinh" inside the link.
    const range = selectionToRange(editor, { anchor: { path: [1, 0], offset: 5 }, focus: { path: [1, 1, 0], offset: 14 } });
    expect(range).toEqual({ blockId: 'b-p', field: 'text', start: 5, end: 23, quote: 'chí Hoàng Thị Sinh' });
    // Backwards works the same; across two blocks is refused.
    expect(selectionToRange(editor, { anchor: { path: [1, 1, 0], offset: 14 }, focus: { path: [1, 0], offset: 5 } })?.start).toBe(5);
    expect(selectionToRange(editor, { anchor: { path: [0, 0], offset: 1 }, focus: { path: [1, 0], offset: 2 } })).toBeNull();
  });

  it('marks a comment and a suggestion on the right characters of each text node', () => {
    const editor = editorOver(content);
    const thread: PlacedThread = { id: 't-aaaaaa-bbbbbb', anchor: anchor(5, 23, 'chí Hoàng Thị Sinh'), comments: [], resolved: false, stateAt: '', anchorState: 'exact' };
    const text = 'Đồng chí Hoàng Thị Sinh bày tỏ: tiếng nói chung.';
    const at = text.indexOf('tiếng nói');
    const suggestion: PlacedSuggestion = { id: 'g-aaaaaa-bbbbbb', author: person, createdAt: '', anchor: anchor(at, at + 'tiếng nói'.length, 'tiếng nói'), insert: 'ý kiến', status: 'open', anchorState: 'moved' };
    const lost: PlacedSuggestion = { ...suggestion, id: 'g-cccccc-dddddd', anchorState: 'lost' };
    const decorate = reviewDecorator(editor, [thread], [suggestion, lost], thread.id);

    const first = decorate([{ text: 'Đồng chí ' }, [1, 0]]);
    expect(first).toEqual([{ anchor: { path: [1, 0], offset: 5 }, focus: { path: [1, 0], offset: 9 }, reviewThread: 'open', reviewActive: true }]);
    const inLink = decorate([{ text: 'Hoàng Thị Sinh' }, [1, 1, 0]]);
    expect(inLink).toEqual([{ anchor: { path: [1, 1, 0], offset: 0 }, focus: { path: [1, 1, 0], offset: 14 }, reviewThread: 'open', reviewActive: true }]);
    const last = decorate([{ text: ' bày tỏ: tiếng nói chung.' }, [1, 2]]);
    const local = ' bày tỏ: tiếng nói chung.'.indexOf('tiếng nói');
    // The lost suggestion draws nothing; the open one strikes its range and shows its text after it.
    expect(last).toEqual([
      { anchor: { path: [1, 2], offset: local }, focus: { path: [1, 2], offset: local + 9 }, reviewDelete: suggestion.id },
      { anchor: { path: [1, 2], offset: local + 8 }, focus: { path: [1, 2], offset: local + 9 }, reviewInsertAfter: 'ý kiến' },
    ]);
    expect(decorate([{ text: 'Bốn tốt' }, [0, 0]])).toEqual([]);
  });

  it('draws an insertion at the very start before the first character', () => {
    const editor = editorOver(content);
    const insert: PlacedSuggestion = { id: 'g-eeeeee-ffffff', author: person, createdAt: '', anchor: anchor(0, 0, ''), insert: 'Hôm qua, ', status: 'open', anchorState: 'exact' };
    expect(reviewDecorator(editor, [], [insert], null)([{ text: 'Đồng chí ' }, [1, 0]])).toEqual([
      { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 1 }, reviewInsertBefore: 'Hôm qua, ' },
    ]);
  });
});

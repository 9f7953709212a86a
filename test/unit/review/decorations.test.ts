// The review screen's marks over the article (renderer/review/decorations.ts): a selection across
// a link becomes a range of the text under review, also when the editor's own changes stand in
// the text; the editor's insertions and deletions, others' suggestions, comments and what changed
// since the previous submission land on exactly the right characters of each text node.

import type { Descendant, Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import type { SinceChanges } from '../../../main/common/review/changes.ts';
import type { PlacedSuggestion, PlacedThread } from '../../../main/common/review/types.ts';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';
import { blockMarks, selectionToRange, trackDecorator, type TrackLayers } from '../../../renderer/review/decorations.ts';

const person = { keyId: 'k'.repeat(64), name: 'Lê Văn Tập' };

// The screen's editor is the article editor (ReviewDocument.tsx), links inline by its rules.
function editorOver(content: Descendant[]): Editor {
  const editor = createArticleEditor();
  editor.children = content;
  return editor;
}

const TEXT = 'Đồng chí Hoàng Thị Sinh bày tỏ: tiếng nói chung.';
// "Đồng chí " + link("Hoàng Thị Sinh") + " bày tỏ: tiếng nói chung."
const content = (tail = ' bày tỏ: tiếng nói chung.'): Descendant[] =>
  [
    { type: 'headline', id: 'b-h', children: [{ text: 'Bốn tốt' }] },
    {
      type: 'paragraph',
      id: 'b-p',
      children: [
        { text: 'Đồng chí ' },
        { type: 'link', url: 'https://baohagiang.vn', children: [{ text: 'Hoàng Thị Sinh' }] },
        { text: tail },
      ],
    },
  ] as Descendant[];

const anchor = (start: number, end: number, quote: string) => ({
  blockId: 'b-p',
  field: 'text' as const,
  start,
  end,
  quote,
  prefix: '',
  suffix: '',
});
const base = new Map([
  ['b-h#text', 'Bốn tốt'],
  ['b-p#text', TEXT],
]);
const layers = (over: Partial<TrackLayers> = {}): TrackLayers => ({
  base,
  threads: [],
  suggestions: [],
  mine: [],
  since: null,
  activeId: null,
  ...over,
});

describe('review marks', () => {
  it('turns a selection that crosses a link into offsets in the text under review', () => {
    const editor = editorOver(content());
    const range = selectionToRange(editor, { anchor: { path: [1, 0], offset: 5 }, focus: { path: [1, 1, 0], offset: 14 } }, base);
    expect(range).toEqual({ blockId: 'b-p', field: 'text', start: 5, end: 23, quote: 'chí Hoàng Thị Sinh' });
    expect(selectionToRange(editor, { anchor: { path: [1, 1, 0], offset: 14 }, focus: { path: [1, 0], offset: 5 } }, base)?.start).toBe(5);
    expect(selectionToRange(editor, { anchor: { path: [0, 0], offset: 1 }, focus: { path: [1, 0], offset: 2 } }, base)).toBeNull();
  });

  it('measures a selection in the text under review when the editor’s change stands before it', () => {
    // The editor suggested `ý kiến` for `tiếng nói`: the screen shows their text.
    const editor = editorOver(content(' bày tỏ: ý kiến chung.'));
    const shown = 'Đồng chí Hoàng Thị Sinh bày tỏ: ý kiến chung.';
    const at = shown.indexOf('chung');
    const range = selectionToRange(
      editor,
      { anchor: { path: [1, 2], offset: ' bày tỏ: ý kiến '.length }, focus: { path: [1, 2], offset: ' bày tỏ: ý kiến chung'.length } },
      base,
    );
    expect(at).toBeGreaterThan(0);
    expect(range).toEqual({ blockId: 'b-p', field: 'text', start: TEXT.indexOf('chung'), end: TEXT.indexOf('chung') + 5, quote: 'chung' });
  });

  it('underlines the editor’s inserted words and shows the deleted ones struck before them', () => {
    const shown = 'Đồng chí Hoàng Thị Sinh bày tỏ: ý kiến chung.';
    const marks = blockMarks('b-p', shown, layers());
    const at = shown.indexOf('ý kiến');
    expect(marks).toEqual([
      { start: at, end: at + 'ý kiến'.length, props: { suggestInsert: 'own' } },
      { start: at, end: at + 1, props: { suggestDeleted: 'tiếng nói' } },
    ]);
    // A pure deletion at the end of the block: shown after the last letter.
    const cut = blockMarks('b-p', TEXT.slice(0, -' chung.'.length) + '.', layers());
    expect(cut).toEqual([
      { start: TEXT.length - ' chung.'.length, end: TEXT.length - ' chung.'.length + 1, props: { suggestDeleted: ' chung' } },
    ]);
  });

  it('places comments and others’ suggestions over the editor’s changes, on each text node', () => {
    const editor = editorOver(content(' bày tỏ: ý kiến chung.'));
    const thread: PlacedThread = {
      id: 't-aaaaaa-bbbbbb',
      anchor: anchor(5, 23, 'chí Hoàng Thị Sinh'),
      comments: [],
      resolved: false,
      stateAt: '',
      anchorState: 'exact',
    };
    const c = TEXT.indexOf('chung');
    const theirs: PlacedSuggestion = {
      id: 'g-aaaaaa-bbbbbb',
      author: person,
      createdAt: '',
      anchor: anchor(c, c + 5, 'chung'),
      insert: 'của cả chi bộ',
      status: 'open',
      anchorState: 'exact',
    };
    const lost: PlacedSuggestion = { ...theirs, id: 'g-cccccc-dddddd', anchorState: 'lost' };
    const decorate = trackDecorator(editor, layers({ threads: [thread], suggestions: [theirs, lost], activeId: thread.id }));

    expect(decorate([{ text: 'Đồng chí ' }, [1, 0]])).toEqual([
      { anchor: { path: [1, 0], offset: 5 }, focus: { path: [1, 0], offset: 9 }, reviewThread: 'open', reviewActive: true },
    ]);
    expect(decorate([{ text: 'Hoàng Thị Sinh' }, [1, 1, 0]])).toEqual([
      { anchor: { path: [1, 1, 0], offset: 0 }, focus: { path: [1, 1, 0], offset: 14 }, reviewThread: 'open', reviewActive: true },
    ]);
    const tail = ' bày tỏ: ý kiến chung.';
    const local = tail.indexOf('chung');
    const ý = tail.indexOf('ý kiến');
    expect(decorate([{ text: tail }, [1, 2]])).toEqual([
      { anchor: { path: [1, 2], offset: ý }, focus: { path: [1, 2], offset: ý + 6 }, suggestInsert: 'own' },
      { anchor: { path: [1, 2], offset: ý }, focus: { path: [1, 2], offset: ý + 1 }, suggestDeleted: 'tiếng nói' },
      { anchor: { path: [1, 2], offset: local }, focus: { path: [1, 2], offset: local + 5 }, reviewDelete: theirs.id },
      { anchor: { path: [1, 2], offset: local + 4 }, focus: { path: [1, 2], offset: local + 5 }, reviewInsertAfter: 'của cả chi bộ' },
    ]);
    expect(decorate([{ text: 'Bốn tốt' }, [0, 0]])).toEqual([]);
  });

  it('marks what the reporter changed since the previous submission', () => {
    const since: SinceChanges = {
      fromId: 's-a',
      fromVersion: 3,
      toId: 's-b',
      toVersion: 5,
      meta: [],
      figures: [],
      units: [
        {
          blockId: 'b-p',
          field: 'text',
          type: 'paragraph',
          change: 'changed',
          ops: [
            { op: 'equal', text: 'Đồng chí Hoàng Thị Sinh bày tỏ: ' },
            { op: 'delete', text: 'ý kiến' },
            { op: 'insert', text: 'tiếng nói' },
            { op: 'equal', text: ' chung.' },
          ],
        },
      ],
    };
    const at = TEXT.indexOf('tiếng nói');
    expect(blockMarks('b-p', TEXT, layers({ since }))).toEqual([
      { start: at, end: at + 1, props: { sinceDeleted: 'ý kiến' } },
      { start: at, end: at + 'tiếng nói'.length, props: { sinceInsert: true } },
    ]);
  });
});

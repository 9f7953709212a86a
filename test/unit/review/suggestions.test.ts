// The suggestion model of suggesting mode: the changes from the text under review to the
// editor's own text, word by word (main/common/review/suggestions.ts), kept as suggestions with
// stable ids while the editor keeps editing; and the same through the article editor's rules
// with suggesting mode on (renderer/review/suggesting.ts), fed what Vietnamese keyboards send.

import { Editor, Node, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../main/common/article/model.ts';
import { acceptSuggestions, rejectSuggestions, type Person, type ReviewNotes } from '../../../main/common/review/notes.ts';
import {
  applyHunks,
  baseToProposed,
  hunksOf,
  placeHunks,
  proposedToBase,
  proposeSuggestions,
} from '../../../main/common/review/suggestions.ts';
import { textUnits } from '../../../main/common/review/units.ts';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';
import { changedUnits, suggestingContent, unitTexts, withSuggesting } from '../../../renderer/review/suggesting.ts';
import { asTypedInArticle, backspaceBursts, randomWords, seeded, sentenceBursts, type Burst } from '../../e2e/ime.ts';

const P0 = 'Năm 2024, xã đã tiếp nhận hơn 4.000 lượt khách du lịch đến tham quan ruộng bậc thang.';
const P1 = 'Các chi bộ đều tổ chức sinh hoạt chuyên đề mỗi tháng một lần.';
const BIÊN: Person = { keyId: 'e'.repeat(64), name: 'Nguyễn Thị Biên' };
const TẬP: Person = { keyId: 'f'.repeat(64), name: 'Lê Văn Tập' };

const base = (): Block[] => [
  { type: 'headline', id: 'b-h', children: [{ text: 'Bốn tốt ở Hoàng Su Phì' }] },
  { type: 'sapo', id: 'b-s', children: [{ text: 'BHG - Xã Bản Luốc xây dựng chi bộ bốn tốt.' }] },
  { type: 'paragraph', id: 'b-p0', children: [{ text: P0 }] },
  {
    type: 'paragraph',
    id: 'b-p1',
    children: [{ text: 'Các chi bộ đều tổ chức ' }, { text: 'sinh hoạt chuyên đề', bold: true }, { text: ' mỗi tháng một lần.' }],
  },
  {
    type: 'figure',
    id: 'b-f0',
    assetId: 'a'.repeat(64),
    caption: 'Đảng viên chia sẻ kinh nghiệm',
    credit: 'Ảnh: TRUNG HẬU',
    alt: '',
    layout: 'full',
    children: [{ text: '' }],
  },
];

let ids = 0;
const newId = (): string => `g-000000${(++ids).toString(36).padStart(4, '0')}-abcdef`;

describe('hunks: the changes from the text under review to the editor’s text', () => {
  it('replaces whole syllables, inserts and deletes', () => {
    expect(hunksOf('tao lao', 'tạo lao')).toEqual([{ start: 0, end: 3, insert: 'tạo' }]);
    expect(hunksOf(P0, P0.replace('tham quan', 'ngắm'))).toEqual([
      { start: P0.indexOf('tham'), end: P0.indexOf('tham') + 'tham quan'.length, insert: 'ngắm' },
    ]);
    expect(hunksOf('xin chào', 'xin chào các bạn')).toEqual([{ start: 8, end: 8, insert: ' các bạn' }]);
    expect(hunksOf('hơn 4.000 lượt', 'hơn lượt')).toEqual([{ start: 4, end: 10, insert: '' }]);
    expect(hunksOf('4.000', '4.500')).toEqual([{ start: 0, end: 5, insert: '4.500' }]);
  });

  it('joins changes that touch or are apart by white space or one word only', () => {
    // `mỗi tháng một lần` → `hằng tháng`: typed over as one edit, kept as one.
    const at = P1.indexOf('mỗi');
    expect(hunksOf(P1, P1.replace('mỗi tháng một lần', 'hằng tháng'))).toEqual([
      { start: at, end: at + 'mỗi tháng một lần'.length, insert: 'hằng tháng' },
    ]);
    // Two words apart: two edits.
    expect(hunksOf('xin chào các bạn nhé', 'XIN chào các BẠN nhé')).toHaveLength(2);
    // Two words changed side by side are one suggestion.
    expect(hunksOf('chi bộ bốn tốt', 'chi bộ năm đẹp')).toEqual([{ start: 7, end: 14, insert: 'năm đẹp' }]);
  });

  it('gives back exactly the editor’s text, for any edit', () => {
    const random = seeded(7);
    for (let i = 0; i < 300; i++) {
      const words = P0.split(' ');
      const edited = [...words];
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
        const at = Math.floor(random() * edited.length);
        const what = random();
        if (what < 0.33) edited.splice(at, 1);
        else if (what < 0.66) edited.splice(at, 0, randomWords(1, random)[0]);
        else edited[at] = randomWords(1, random)[0];
      }
      const proposed = edited.join(random() < 0.2 ? '  ' : ' ');
      expect(applyHunks(P0, hunksOf(P0, proposed))).toBe(proposed);
    }
  });

  it('maps offsets between the text under review and the editor’s text', () => {
    const proposed = P0.replace('tham quan', 'ngắm');
    const placed = placeHunks(P0, hunksOf(P0, proposed));
    const ruộng = P0.indexOf('ruộng');
    expect(baseToProposed(placed, ruộng)).toBe(proposed.indexOf('ruộng'));
    expect(proposedToBase(placed, proposed.indexOf('ruộng'))).toBe(ruộng);
    expect(baseToProposed(placed, 4)).toBe(4);
    // Inside the inserted word: the end of what it replaces.
    expect(proposedToBase(placed, proposed.indexOf('ngắm') + 2)).toBe(P0.indexOf('tham quan') + 'tham quan'.length);
  });
});

describe('suggestions from the editor’s text', () => {
  const notes = (): ReviewNotes => ({ threads: [], suggestions: [] });

  it('keeps one suggestion, same id and time, while the editor keeps typing it', () => {
    const first = proposeSuggestions(
      notes(),
      base(),
      [{ blockId: 'b-p0', field: 'text', text: P0.replace('tham quan', 'ng') }],
      BIÊN,
      '2025-01-05T10:00:00.000Z',
      newId,
    );
    expect(first.suggestions).toHaveLength(1);
    const [s] = first.suggestions;
    const next = proposeSuggestions(
      first,
      base(),
      [{ blockId: 'b-p0', field: 'text', text: P0.replace('tham quan', 'ngắm') }],
      BIÊN,
      '2025-01-05T10:00:05.000Z',
      newId,
    );
    expect(next.suggestions).toEqual([{ ...s, insert: 'ngắm' }]);
    expect(next.suggestions[0]).toMatchObject({
      id: s.id,
      createdAt: '2025-01-05T10:00:00.000Z',
      anchor: { quote: 'tham quan' },
      status: 'open',
      author: BIÊN,
    });
  });

  it('drops the suggestion when the editor takes the edit back (undo)', () => {
    const one = proposeSuggestions(notes(), base(), [{ blockId: 'b-p0', field: 'text', text: `${P0} Thêm.` }], BIÊN, 'now', newId);
    expect(one.suggestions).toHaveLength(1);
    expect(proposeSuggestions(one, base(), [{ blockId: 'b-p0', field: 'text', text: P0 }], BIÊN, 'now', newId).suggestions).toEqual([]);
  });

  it('leaves another editor’s suggestions and decided ones alone', () => {
    const theirs = proposeSuggestions(
      notes(),
      base(),
      [{ blockId: 'b-p0', field: 'text', text: P0.replace('hơn 4.000', 'gần 4.000') }],
      TẬP,
      't1',
      newId,
    );
    const mine = proposeSuggestions(
      theirs,
      base(),
      [{ blockId: 'b-p0', field: 'text', text: P0.replace('ruộng bậc thang', 'ruộng lúa') }],
      BIÊN,
      't2',
      newId,
    );
    expect(mine.suggestions.map((s) => [s.author.name, s.insert])).toEqual([
      ['Lê Văn Tập', 'gần'],
      ['Nguyễn Thị Biên', 'lúa'],
    ]);
    const rejected = rejectSuggestions(mine, [mine.suggestions[1].id], TẬP, 't3').notes;
    expect(
      proposeSuggestions(rejected, base(), [{ blockId: 'b-p0', field: 'text', text: P0 }], BIÊN, 't4', newId).suggestions.map(
        (s) => s.status,
      ),
    ).toEqual(['open', 'rejected']);
  });

  it('accepting every suggestion gives the editor’s text, marks kept; rejecting leaves the text', () => {
    const text = 'Các chi bộ đều tổ chức sinh hoạt chuyên đề hằng tháng.';
    const caption = 'Đảng viên xã Bản Luốc chia sẻ kinh nghiệm';
    const proposed = proposeSuggestions(
      notes(),
      base(),
      [
        { blockId: 'b-p1', field: 'text', text },
        { blockId: 'b-f0', field: 'caption', text: caption },
      ],
      BIÊN,
      'now',
      newId,
    );
    const accepted = acceptSuggestions(base(), proposed, 'all', { keyId: 'r'.repeat(64), name: 'Trần Trung Hậu' }, 'later');
    expect(accepted.failed).toEqual([]);
    const units = textUnits(accepted.content);
    expect(units.find((u) => u.blockId === 'b-p1')?.text).toBe(text);
    expect(units.find((u) => u.blockId === 'b-f0' && u.field === 'caption')?.text).toBe(caption);
    expect((accepted.content[3] as { children: { text: string; bold?: boolean }[] }).children.find((c) => c.bold)?.text).toBe(
      'sinh hoạt chuyên đề',
    );
    const rejected = rejectSuggestions(proposed, 'all', BIÊN, 'later');
    expect(rejected.notes.suggestions.every((s) => s.status === 'rejected')).toBe(true);
  });

  it('refuses a unit that is not in the text', () => {
    expect(() => proposeSuggestions(notes(), base(), [{ blockId: 'b-nope', field: 'text', text: 'x' }], BIÊN, 'now', newId)).toThrow();
  });
});

// ---- Suggesting mode on the article editor, fed what the keyboards send -----------------------

function suggestingEditor(content: Block[], now = { t: 0 }): Editor {
  const editor = withSuggesting(createArticleEditor({ history: { now: () => now.t } }));
  editor.isVoid = (
    (isVoid) => (el) =>
      el.type === 'figure' || isVoid(el)
  )(editor.isVoid);
  editor.children = structuredClone(content) as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

function send(editor: Editor, bursts: Burst[]): void {
  for (const burst of bursts) {
    for (const a of burst) {
      if (a.kind === 'backspace') editor.deleteBackward('character');
      else editor.insertText(a.kind === 'key' ? a.char : a.text);
    }
  }
}

/** What the editor's screen sends, turned into suggestions as the service does. */
function suggestionsOf(editor: Editor, content: Block[]): ReviewNotes {
  return proposeSuggestions(
    { threads: [], suggestions: [] },
    content,
    changedUnits(editor.children, unitTexts(content)),
    BIÊN,
    'now',
    newId,
  );
}

const at = (editor: Editor, blockIndex: number, offset: number): void => {
  const [, path] = Editor.node(editor, [blockIndex, 0]);
  Transforms.select(editor, { path, offset });
};

describe('suggesting mode on the article editor', () => {
  it('UniKey bursts inside the editor’s own insertion edit it: one insertion, no deletions of its own letters', () => {
    const content = base();
    const random = seeded(11);
    const words = randomWords(40, random);
    const editor = suggestingEditor(content);
    const caret = P0.indexOf('ruộng');
    at(editor, 2, caret);
    send(editor, sentenceBursts(words, random));
    editor.insertText(' ');
    // H'Mông shows as H’Mông: curly quotes as you type are on, as the editor has them.
    const typed = asTypedInArticle(words.join(' '));
    const expected = `${P0.slice(0, caret)}${typed} ${P0.slice(caret)}`;
    expect(Node.string(editor.children[2])).toBe(expected);
    const { suggestions } = suggestionsOf(editor, content);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ anchor: { quote: '', start: caret }, insert: `${typed} ` });
  });

  it('a tone typed on a word of the text replaces that word: tao → tạo', () => {
    const content: Block[] = [
      ...base().slice(0, 2),
      { type: 'paragraph', id: 'b-x', children: [{ text: 'Chi bộ tao điều kiện cho đảng viên.' }] },
    ];
    const editor = suggestingEditor(content);
    at(editor, 2, 'Chi bộ tao'.length);
    // UniKey on the `j` after `tao`: two Backspaces and `ạo`.
    send(editor, [[{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'insert', text: 'ạo' }]]);
    expect(suggestionsOf(editor, content).suggestions.map((s) => [s.anchor.quote, s.insert])).toEqual([['tao', 'tạo']]);
  });

  it('a composed word (the IME’s commit) is one insertion', () => {
    const content = base();
    const editor = suggestingEditor(content);
    at(editor, 2, P0.length);
    for (const w of [' tiếng', ' Việt']) editor.insertText(w);
    expect(suggestionsOf(editor, content).suggestions.map((s) => [s.anchor.quote, s.insert])).toEqual([['', ' tiếng Việt']]);
  });

  it('a word deleted and another typed in its place is one replacement', () => {
    const content = base();
    const editor = suggestingEditor(content);
    const start = P0.indexOf('tham quan');
    Transforms.select(editor, { anchor: { path: [2, 0], offset: start }, focus: { path: [2, 0], offset: start + 'tham quan'.length } });
    editor.deleteFragment();
    send(editor, backspaceBursts('ngắm', 'telex'));
    expect(Node.string(editor.children[2])).toBe(P0.replace('tham quan', 'ngắm'));
    expect(suggestionsOf(editor, content).suggestions.map((s) => [s.anchor.quote, s.insert])).toEqual([['tham quan', 'ngắm']]);
  });

  it('undo takes suggestions back a word at a time, never showing half-typed forms', () => {
    const content = base();
    const clock = { t: 0 };
    const editor = suggestingEditor(content, clock);
    at(editor, 2, P0.length);
    const seen: string[] = [];
    for (const w of ['tiếng', 'Việt']) {
      send(editor, [[{ kind: 'key', char: ' ' }], ...backspaceBursts(w, 'telex')]);
      clock.t += 100;
    }
    expect(Node.string(editor.children[2])).toBe(`${P0} tiếng Việt`);
    while (Node.string(editor.children[2]) !== P0) {
      editor.undo();
      seen.push(Node.string(editor.children[2]).slice(P0.length));
    }
    expect(seen.every((s) => !/tieeng|tiêng|Vieet|Viêt\b/.test(s))).toBe(true);
    expect(suggestionsOf(editor, content).suggestions).toEqual([]);
    editor.redo();
    expect(suggestionsOf(editor, content).suggestions).toHaveLength(1);
  });

  it('keeps the blocks: Enter, Backspace at a block’s start and a deletion across blocks change no block', () => {
    const content = base();
    const editor = suggestingEditor(content);
    // The blocks as the editor opens them: the article's, and the paragraph after its last photo.
    const blocks = editor.children.length;
    at(editor, 2, 4);
    editor.insertBreak();
    at(editor, 3, 0);
    editor.deleteBackward('character');
    expect(editor.children).toHaveLength(blocks);
    Transforms.select(editor, { anchor: { path: [2, 0], offset: P0.length - 6 }, focus: { path: [3, 0], offset: 4 } });
    editor.deleteFragment();
    expect(editor.children.map((b) => Node.string(b))).toEqual([
      'Bốn tốt ở Hoàng Su Phì',
      'BHG - Xã Bản Luốc xây dựng chi bộ bốn tốt.',
      P0.slice(0, -6),
      'chi bộ đều tổ chức sinh hoạt chuyên đề mỗi tháng một lần.',
      '',
      '',
    ]);
    expect(suggestionsOf(editor, content).suggestions.map((s) => [s.anchor.blockId, s.anchor.quote, s.insert])).toEqual([
      ['b-p0', 'thang.', ''],
      ['b-p1', 'Các ', ''],
    ]);
    // A paste of two paragraphs comes in as one line of text.
    const data = {
      getData: (t: string) => (t === 'text/plain' ? 'Hai dòng\nthành một' : ''),
      types: ['text/plain'],
    } as unknown as DataTransfer;
    at(editor, 2, 0);
    editor.insertData(data);
    expect(Node.string(editor.children[2]).startsWith('Hai dòng thành một')).toBe(true);
    expect(editor.children).toHaveLength(blocks);
  });

  it('shows the editor’s open suggestions in their text, and only theirs', () => {
    const content = base();
    const mine = proposeSuggestions(
      { threads: [], suggestions: [] },
      content,
      [{ blockId: 'b-p0', field: 'text', text: P0.replace('tham quan', 'ngắm') }],
      BIÊN,
      't',
      newId,
    );
    const both = proposeSuggestions(
      mine,
      content,
      [{ blockId: 'b-p0', field: 'text', text: P0.replace('hơn 4.000', 'gần 4.000') }],
      TẬP,
      't',
      newId,
    );
    const text = textUnits(suggestingContent(content, both.suggestions, BIÊN)).find((u) => u.blockId === 'b-p0')?.text;
    expect(text).toBe(P0.replace('tham quan', 'ngắm'));
    expect(textUnits(suggestingContent(content, both.suggestions, null)).find((u) => u.blockId === 'b-p0')?.text).toBe(P0);
  });
});

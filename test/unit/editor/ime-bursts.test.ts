// What Vietnamese keyboards send, replayed on the article's editing rules under Node: the burst
// generator of the end-to-end tests (test/e2e/ime.ts) checked against a plain string, then the
// same bursts applied through Slate (deleteBackward + insertText) in every kind of block.

import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms, type Descendant, type Path } from 'slate';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';
import {
  asTypedInArticle,
  backspaceBursts,
  compositionSteps,
  keystrokes,
  randomWords,
  seeded,
  sentenceBursts,
  textBursts,
  tokens,
  WORDS,
  type Burst,
} from '../../e2e/ime.ts';

/** Applies bursts to a string the way a text field would (one Backspace = one character). */
function replay(bursts: Burst[], start = ''): string {
  let text = Array.from(start);
  for (const burst of bursts) {
    for (const a of burst) {
      if (a.kind === 'backspace') text = text.slice(0, -1);
      else text.push(...Array.from(a.kind === 'key' ? a.char : a.text));
    }
  }
  return text.join('');
}

describe('the Telex/VNI burst generator', () => {
  it('builds tiếng as the composition states a Telex IME shows', () => {
    expect(compositionSteps('tiếng')).toEqual(['t', 'ti', 'tie', 'tiê', 'tiên', 'tiêng', 'tiếng']);
    expect(
      keystrokes('tiếng', 'telex')
        .map((k) => k.key)
        .join(''),
    ).toBe('tieengs');
    expect(
      keystrokes('người', 'telex')
        .map((k) => k.key)
        .join(''),
    ).toBe('nguowif');
    expect(
      keystrokes('được', 'vni', { late: true })
        .map((k) => k.key)
        .join(''),
    ).toBe('duoc975');
    expect(
      keystrokes('ĐẮK', 'telex')
        .map((k) => k.key)
        .join(''),
    ).toBe('DDAWKs');
  });

  it('sends UniKey’s [BS, BS, ạo] for the tone of tạo', () => {
    expect(backspaceBursts('tạo', 'telex')).toEqual([
      [{ kind: 'key', char: 't' }],
      [{ kind: 'key', char: 'a' }],
      [{ kind: 'key', char: 'o' }],
      [{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'insert', text: 'ạo' }],
    ]);
  });

  it('ends every word on its target, in both styles and every key order', () => {
    for (const word of WORDS) {
      for (const style of ['telex', 'vni'] as const) {
        for (const opts of [{}, { late: true }, { earlyTone: true }, { late: true, earlyTone: true }]) {
          expect(replay(backspaceBursts(word, style, opts)), `${word} ${style} ${JSON.stringify(opts)}`).toBe(word);
        }
      }
    }
  });

  it('types running text with punctuation and numbers exactly', () => {
    const text = 'Đồng chí Trần Trung Thành, chia sẻ: “Để lan tỏa phong trào “bốn tốt”, 229-KH/HU ngày 01/11/2023 đạt 96,7%.';
    expect(tokens(text).join('')).toBe(text);
    expect(replay(textBursts(text, seeded(1)))).toBe(text);
  });
});

// ---- The same bursts through the editor's rules -----------------------------------------------

const block = (type: string, text: string, extra: Record<string, unknown> = {}): Descendant =>
  ({ type, id: `b-${type.slice(0, 4)}${Math.random().toString(36).slice(2, 8)}`, ...extra, children: [{ text }] }) as Descendant;

function article(): Editor {
  const editor = createArticleEditor();
  editor.children = [
    block('headline', ''),
    block('sapo', 'BHG - '),
    block('paragraph', ''),
    block('heading', '', { level: 2 }),
    block('blockquote', ''),
    { type: 'bulleted-list', id: 'b-list', children: [block('list-item', '')] } as Descendant,
  ];
  Editor.normalize(editor, { force: true });
  return editor;
}

/** The article with the caret at the end of the block at `path`. */
function typingAt(path: Path): Editor {
  const editor = article();
  Transforms.select(editor, Editor.end(editor, path));
  return editor;
}

const textAt = (editor: Editor, path: Path): string => Node.string(Node.get(editor, path));

/** Sends bursts to the editor as slate-react turns them into calls. */
function send(editor: Editor, bursts: Burst[]): void {
  for (const burst of bursts) {
    for (const a of burst) {
      if (a.kind === 'backspace') editor.deleteBackward('character');
      else editor.insertText(a.kind === 'key' ? a.char : a.text);
    }
  }
}

const FIELDS: Array<[string, Path, string]> = [
  ['headline', [0], ''],
  ['sapo', [1], 'BHG - '],
  ['body', [2], ''],
  ['heading', [3], ''],
  ['quotation', [4], ''],
  ['list item', [5, 0], ''],
];

describe('bursts through the article rules', () => {
  for (const [name, path, prefix] of FIELDS) {
    it(`gives exactly the target words in the ${name}`, () => {
      const editor = typingAt(path);
      const random = seeded(path.length * 31 + name.length);
      const words = randomWords(300, random);
      send(editor, sentenceBursts(words, random));
      // H'Mông shows as H’Mông: curly quotes as you type are on, as a reporter has them.
      expect(textAt(editor, path)).toBe(prefix + asTypedInArticle(words.join(' ')));
    });
  }

  it('OpenKey’s placeholder, BS, BS, đ leaves đ', () => {
    const editor = typingAt([2]);
    send(editor, [
      [{ kind: 'key', char: 'd' }],
      [{ kind: 'insert', text: '\u202F' }, { kind: 'backspace' }, { kind: 'backspace' }, { kind: 'insert', text: 'đ' }],
    ]);
    expect(textAt(editor, [2])).toBe('đ');
  });
});

describe('decomposed input at a mark boundary', () => {
  // An IME that sends NFD puts the tone in a separate insert; when bold is toggled between the
  // letter and its tone (Ctrl+B mid-word), the mark lands at the start of a new, plain run and
  // the letter and its tone sit in two runs: the stored text would not be NFC.
  it('moves a combining mark that starts a run onto the letter it belongs to', () => {
    const editor = typingAt([2]);
    editor.insertText('tie');
    editor.addMark('bold', true);
    editor.insertText('\u0302\u0301ng');
    const text = textAt(editor, [2]);
    expect(text).toBe('tiếng');
    expect(text).toBe(text.normalize('NFC'));
    // The caret stays after what was typed.
    editor.insertText('!');
    expect(textAt(editor, [2])).toBe('tiếng!');
  });
});

describe('composing to NFC keeps the caret', () => {
  // composeText used Transforms.insertText over a range, which also selects that range's start:
  // a decomposed block normalised anywhere pulled the caret out of the block being typed in.
  it('leaves the caret in its block when a decomposed block elsewhere is composed', () => {
    const editor = typingAt([4]);
    editor.insertText('trích');
    Transforms.insertNodes(editor, block('paragraph', 'Đa\u0300 Na\u0306\u0303ng'), { at: [3], select: false });
    expect(textAt(editor, [3])).toBe('Đà Nẵng');
    expect(editor.selection?.anchor).toEqual({ path: [5, 0], offset: 5 });
    editor.insertText(' dẫn');
    expect(textAt(editor, [5])).toBe('trích dẫn');
  });
});

// Undo grouping (renderer/editor/slate-compat/with-typing-history.ts): one step per word or per pause, whole
// words back after Backspace-style Vietnamese keyboards, at least 1,000 steps kept.

import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import { toggleMark } from '../../../renderer/editor/formatting.ts';
import { article, articleEditor, block, endOfChange, type TestEditor } from './helpers.ts';

/** What the screen shows after each keystroke of Telex for the word. */
const TELEX: Record<string, string[]> = {
  tiếng: ['t', 'ti', 'tie', 'tiê', 'tiên', 'tiêng', 'tiếng'],
  Việt: ['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt'],
  người: ['n', 'ng', 'ngu', 'ngươ', 'người', 'người'],
};

/** Diacritics off: what a Telex typist's letters are before the tone key. */
const bare = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/**
 * Types one word as UniKey does: each keystroke either adds its letter or, to change a letter
 * already typed, sends Backspaces then the new ending (the burst), keystrokes 80 ms apart.
 */
async function typeLikeUniKey({ editor, wait }: TestEditor, screens: string[]): Promise<void> {
  let shown = '';
  for (const next of screens) {
    let common = 0;
    while (common < shown.length && common < next.length && shown[common] === next[common]) common++;
    for (let i = shown.length; i > common; i--) {
      editor.deleteBackward('character');
      await endOfChange();
    }
    if (next.length > common) {
      editor.insertText(next.slice(common));
      await endOfChange();
    }
    shown = next;
    wait(80);
  }
}

const screensOf = (word: string): string[] => TELEX[word] ?? [...[...bare(word)].map((_, i) => bare(word).slice(0, i + 1)), word];

async function typeSpace(t: TestEditor): Promise<void> {
  t.editor.insertText(' ');
  await endOfChange();
  t.wait(80);
}

const body = (e: Editor): string => Node.string(e.children[2]);

function startTyping(): TestEditor {
  const t = articleEditor(article(block('paragraph', '')));
  Transforms.select(t.editor, Editor.start(t.editor, [2]));
  return t;
}

/** Undoes step by step, returning what the body shows after each. */
function undoAll(e: Editor): string[] {
  const seen: string[] = [];
  while (e.history.undos.length) {
    e.undo();
    seen.push(body(e));
  }
  return seen;
}

describe('typing history', () => {
  it('gives back whole words after Telex typed by Backspace bursts, never `tieeng`', async () => {
    const t = startTyping();
    await typeLikeUniKey(t, TELEX['tiếng']);
    await typeSpace(t);
    await typeLikeUniKey(t, TELEX['Việt']);
    expect(body(t.editor)).toBe('tiếng Việt');
    expect(t.editor.history.undos).toHaveLength(2);
    const seen = undoAll(t.editor);
    expect(seen).toEqual(['tiếng ', '']);
    t.editor.redo();
    expect(body(t.editor)).toBe('tiếng ');
    t.editor.redo();
    expect(body(t.editor)).toBe('tiếng Việt');
  });

  it('keeps an IME commit with its word, and the pause rule never splits a burst', async () => {
    const t = startTyping();
    // Composition: the IME commits the finished word in one insert.
    t.editor.insertText('tiếng');
    await endOfChange();
    await typeSpace(t);
    await typeLikeUniKey(t, ['n', 'ng', 'ngu', 'ngươ']);
    t.wait(5_000);
    // After a long pause the accent key's burst: Backspace, then the new ending.
    t.editor.deleteBackward('character');
    await endOfChange();
    t.editor.insertText('ời');
    await endOfChange();
    expect(body(t.editor)).toBe('tiếng người');
    const seen = undoAll(t.editor);
    expect(seen).toEqual(['tiếng ngươ', 'tiếng ', '']);
    for (const s of seen) expect(s).not.toMatch(/tieeng|nguw/);
  });

  it('starts a new step after a pause of about a second, even mid-word', async () => {
    const t = startTyping();
    await typeLikeUniKey(t, ['N', 'Ng', 'Ngu']);
    t.wait(1_500);
    await typeLikeUniKey(t, ['Nguy', 'Nguyê', 'Nguyên', 'Nguyễn'.normalize('NFC')]);
    expect(undoAll(t.editor)).toEqual(['Ngu', '']);
  });

  it('makes typing elsewhere (a click, then more words) its own step', async () => {
    const t = articleEditor(article(block('paragraph', 'Đầu cuối')));
    Transforms.select(t.editor, { path: [2, 0], offset: 3 });
    t.editor.insertText(' giữa');
    await endOfChange();
    Transforms.select(t.editor, Editor.end(t.editor, [2]));
    t.editor.insertText('.');
    await endOfChange();
    expect(undoAll(t.editor)).toEqual(['Đầu giữa cuối', 'Đầu cuối']);
  });

  it('keeps a formatting command out of the words’ steps', async () => {
    const t = startTyping();
    await typeLikeUniKey(t, ['B', 'BH', 'BHG']);
    Transforms.select(t.editor, { anchor: Editor.start(t.editor, [2]), focus: Editor.end(t.editor, [2]) });
    toggleMark(t.editor, 'bold');
    await endOfChange();
    Transforms.collapse(t.editor, { edge: 'end' });
    toggleMark(t.editor, 'bold');
    await typeSpace(t);
    await typeLikeUniKey(t, ['x']);
    expect(t.editor.children[2]).toMatchObject({ children: [{ text: 'BHG', bold: true }, { text: ' x' }] });
    expect(undoAll(t.editor)).toEqual(['BHG ', 'BHG', 'BHG', '']);
  });

  it('keeps the marks of a run UniKey deletes and retypes, and its word one step', async () => {
    const t = startTyping();
    await typeLikeUniKey(t, ['B', 'BH', 'BHG']);
    await typeSpace(t);
    toggleMark(t.editor, 'bold');
    // `dâ` to `đâ`: both letters deleted, the whole bold run with them, then typed again.
    await typeLikeUniKey(t, ['d', 'da', 'daa', 'dâ', 'đâ', 'đậ', 'đậm']);
    expect(t.editor.children[2]).toMatchObject({ children: [{ text: 'BHG ' }, { text: 'đậm', bold: true }] });
    expect(undoAll(t.editor)).toEqual(['BHG ', '']);
  });

  it('keeps at least 1,000 steps: 1,200 words typed with pauses', async () => {
    const t = startTyping();
    const words = ['người', 'được', 'khuya', 'thuyền', 'Nguyễn', 'ĐẮK', 'LẮK', 'tiếng', 'Việt', 'Hà', 'Giang'];
    const typed: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const w = words[i % words.length];
      await typeLikeUniKey(t, screensOf(w));
      await typeSpace(t);
      typed.push(w);
      if (i % 7 === 6) t.wait(2_000);
    }
    expect(body(t.editor)).toBe(typed.map((w) => `${w} `).join(''));
    const steps = t.editor.history.undos.length;
    expect(steps).toBeGreaterThanOrEqual(1000);
    expect(steps).toBe(1200);
    for (let i = 0; i < 1000; i++) t.editor.undo();
    // Every undo took exactly one word back.
    expect(body(t.editor)).toBe(
      typed
        .slice(0, 200)
        .map((w) => `${w} `)
        .join(''),
    );
  }, 120_000);
});

describe('commands and typing', () => {
  it('keeps typing after a paste in the headline out of the paste’s step', async () => {
    const t = articleEditor(article(block('paragraph', '')));
    Transforms.select(t.editor, Editor.end(t.editor, [0]));
    t.editor.insertData({ types: ['text/plain'], getData: () => 'dán', files: [] } as unknown as DataTransfer);
    await endOfChange();
    t.editor.insertText('x');
    await endOfChange();
    expect(Node.string(t.editor.children[0])).toBe('Tiêu đềdánx');
    t.editor.undo();
    expect(Node.string(t.editor.children[0])).toBe('Tiêu đềdán');
    t.editor.undo();
    expect(Node.string(t.editor.children[0])).toBe('Tiêu đề');
  });
});

// The editor's spelling state: findings moved over an edit while the new check is pending, the
// word being typed held back, the reporter's own words dropping their findings at once.

import { describe, expect, it, vi } from 'vitest';
import { Transforms, type Descendant } from 'slate';
import type { SpellFinding } from '../../../main/common/vietnamese/spell/checker.ts';
import { shiftFindings, SpellingState } from '../../../renderer/language/spelling.ts';
import { spellingEnabled } from '../../../renderer/language/useSpelling.ts';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';

const finding = (text: string, word: string, kind: SpellFinding['kind'] = 'spelling'): SpellFinding => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, word, suggestions: [], kind };
};

describe('shiftFindings', () => {
  const before = 'Anh đươc khen, chia sẽ niềm vui';
  const findings = [finding(before, 'đươc'), finding(before, 'chia sẽ', 'confused')];

  it('keeps findings before the edit and moves those after it', () => {
    const after = 'Anh đươc khen ngợi, chia sẽ niềm vui';
    expect(shiftFindings(before, findings, after).map((f) => after.slice(f.start, f.end))).toEqual(['đươc', 'chia sẽ']);
  });

  it('drops a finding the edit touches', () => {
    const after = 'Anh được khen, chia sẽ niềm vui';
    expect(shiftFindings(before, findings, after).map((f) => f.word)).toEqual(['chia sẽ']);
    const extended = 'Anh đươcc khen, chia sẽ niềm vui';
    expect(shiftFindings(before, findings, extended).map((f) => f.word)).toEqual(['chia sẽ']);
  });
});

describe('spellingEnabled', () => {
  it('is off only with spell=off in the address', () => {
    expect(spellingEnabled('http://127.0.0.1:5000/?token=x#/article/a-1')).toBe(true);
    expect(spellingEnabled('http://127.0.0.1:5000/?token=x&spell=off#/article/a-1')).toBe(false);
    expect(spellingEnabled('http://127.0.0.1:5000/?spell=off')).toBe(false);
  });
});

describe('SpellingState', () => {
  const text = 'Cán bộ sử lý hồ sơ Pàxìnhx';
  const setup = () => {
    const editor = createArticleEditor();
    editor.children = [{ type: 'paragraph', id: 'p', children: [{ text }] }] as Descendant[];
    const check = vi.fn(async (texts: string[]) =>
      texts.map((t) =>
        [finding(t, 'sử lý', 'confused'), ...(t.includes('Pàxìnhx') ? [finding(t, 'Pàxìnhx')] : [])].filter((f) => f.start >= 0),
      ),
    );
    const onUpdate = vi.fn();
    const state = new SpellingState(editor, { check, onUpdate, delayMs: 1 });
    return { editor, state, check, onUpdate };
  };
  const node = (editor: ReturnType<typeof setup>['editor']) =>
    (editor.children[0] as { children: { text: string }[] }).children[0] as never;
  const marks = (ranges: ReturnType<SpellingState['decorate']>) =>
    ranges.map((r) => [r.anchor.offset, r.focus.offset, (r as { misspelled?: string }).misspelled]);

  it('checks a text once, then decorates it', async () => {
    const { editor, state, check, onUpdate } = setup();
    expect(state.decorate([node(editor), [0, 0]])).toEqual([]);
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalled());
    expect(marks(state.decorate([node(editor), [0, 0]]))).toEqual([
      [7, 12, 'confused'],
      [19, 26, 'spelling'],
    ]);
    state.decorate([node(editor), [0, 0]]);
    expect(check).toHaveBeenCalledTimes(1);
    expect(state.findingAt(node(editor), 9)?.suggestions).toEqual([]);
  });

  it('holds the word being typed until the caret leaves it', async () => {
    const { editor, state, onUpdate } = setup();
    state.decorate([node(editor), [0, 0]]);
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalled());
    Transforms.select(editor, { path: [0, 0], offset: 26 });
    state.observe([{ type: 'insert_text' }]);
    expect(marks(state.decorate([node(editor), [0, 0]]))).toEqual([[7, 12, 'confused']]);
    Transforms.select(editor, { path: [0, 0], offset: 0 });
    state.observe([{ type: 'set_selection' }]);
    expect(onUpdate).toHaveBeenCalledTimes(2);
    expect(marks(state.decorate([node(editor), [0, 0]]))).toHaveLength(2);
  });

  it("drops the findings of the reporter's new words at once", async () => {
    const { editor, state, onUpdate } = setup();
    state.decorate([node(editor), [0, 0]]);
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalled());
    state.setUserWords(['Pàxìnhx']);
    expect(marks(state.decorate([node(editor), [0, 0]]))).toEqual([[7, 12, 'confused']]);
  });
});

describe('replaceWord (the menu’s choice)', () => {
  it('replaces the word as one undo step, and refuses when the word is no longer there', async () => {
    const { replaceWord } = await import('../../../renderer/language/SpellMenu.tsx');
    const { articleEditor, article, block } = await import('../editor/helpers.ts');
    const { Node } = await import('slate');
    const { editor, wait } = articleEditor(article(block('paragraph', 'Cán bộ sử lý hồ sơ')));
    wait(10_000);
    const f = { start: 7, end: 12, word: 'sử lý' };
    expect(replaceWord(editor, [2, 0], f, 'xử lý')).toBe(true);
    expect(Node.string(editor.children[2])).toBe('Cán bộ xử lý hồ sơ');
    expect(replaceWord(editor, [2, 0], f, 'xử lý')).toBe(false);
    editor.undo();
    expect(Node.string(editor.children[2])).toBe('Cán bộ sử lý hồ sơ');
  });
});

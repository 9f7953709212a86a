// The plain fields' undo (renderer/fields/field-history.ts): a word or a pause at a time, never a
// half-typed form of a Vietnamese keyboard, whatever the keyboard (UniKey bursts, composition).

import { describe, expect, it } from 'vitest';
import { changeOf, FieldHistory, type FieldState } from '../../../renderer/fields/field-history.ts';
import { backspaceBursts, type Burst } from '../../e2e/ime.ts';

const at = (value: string, caret = value.length): FieldState => ({ value, selectionStart: caret, selectionEnd: caret });

/** A field and its history, driven as the browser reports edits (one record per input event). */
function field(initial = '') {
  let now = 0;
  let shown = at(initial);
  const history = new FieldHistory(shown, { now: () => now });
  const edit = (next: FieldState): void => {
    history.record(next, { start: shown.selectionStart, end: shown.selectionEnd });
    shown = next;
  };
  return {
    history,
    wait: (ms: number) => void (now += ms),
    type(text: string) {
      for (const ch of text)
        edit(at(shown.value.slice(0, shown.selectionStart) + ch + shown.value.slice(shown.selectionEnd), shown.selectionStart + 1));
    },
    /** UniKey: each Backspace and the inserted text are input events of their own. */
    bursts(bursts: Burst[]) {
      for (const burst of bursts) {
        for (const action of burst) {
          const c = shown.selectionStart;
          if (action.kind === 'backspace') edit(at(shown.value.slice(0, c - 1) + shown.value.slice(c), c - 1));
          else {
            const text = action.kind === 'key' ? action.char : action.text;
            edit(at(shown.value.slice(0, c) + text + shown.value.slice(c), c + text.length));
          }
        }
        now += 40;
      }
    },
    /** A composition: only its committed word is reported (compositionend). */
    compose(word: string) {
      edit(
        at(shown.value.slice(0, shown.selectionStart) + word + shown.value.slice(shown.selectionEnd), shown.selectionStart + word.length),
      );
    },
    undo: () => {
      const s = history.undo();
      if (s) shown = s;
      return s?.value ?? null;
    },
    redo: () => {
      const s = history.redo();
      if (s) shown = s;
      return s?.value ?? null;
    },
    get value() {
      return shown.value;
    },
  };
}

/** Every value undo walks back through, to the empty field. */
function undoAll(f: ReturnType<typeof field>): string[] {
  const out: string[] = [];
  for (let v = f.undo(); v !== null; v = f.undo()) out.push(v);
  return out;
}

const unikey = (text: string): Burst[] =>
  text.split(/( )/).flatMap((w): Burst[] => (w === ' ' ? [[{ kind: 'key', char: ' ' }]] : w ? backspaceBursts(w, 'telex') : []));

describe('the change an input event made', () => {
  it('is read at the caret where the text alone is ambiguous', () => {
    expect(changeOf('aa', at('aaa', 1))).toEqual([{ kind: 'insert', text: 'a', path: [], offset: 0, exact: true }]);
    expect(changeOf('aa', at('a', 0))).toEqual([{ kind: 'remove', text: 'a', path: [], offset: 0, exact: true }]);
    expect(changeOf('abc', at('axc', 2))).toEqual([
      { kind: 'remove', text: 'b', path: [], offset: 1, exact: true },
      { kind: 'insert', text: 'x', path: [], offset: 1, exact: true },
    ]);
  });
});

describe('undo in a plain field', () => {
  it('takes back a UniKey-typed name a word at a time, never an intermediate form', () => {
    const f = field();
    f.bursts(unikey('Nguyễn Thị Phương'));
    expect(f.value).toBe('Nguyễn Thị Phương');
    expect(undoAll(f)).toEqual(['Nguyễn Thị ', 'Nguyễn ', '']);
    expect(f.redo()).toBe('Nguyễn ');
    expect(f.redo()).toBe('Nguyễn Thị ');
    expect(f.redo()).toBe('Nguyễn Thị Phương');
    expect(f.redo()).toBeNull();
  });

  it('keeps a burst with its word across a pause, and splits at a pause between keystrokes', () => {
    const f = field();
    f.type('Pà');
    f.wait(1500);
    f.type(' Thẻn');
    expect(undoAll(f)).toEqual(['Pà ', 'Pà', '']);
    const g = field();
    g.bursts(backspaceBursts('đường', 'vni').slice(0, 3));
    g.wait(2000);
    g.bursts(backspaceBursts('đường', 'vni').slice(3));
    expect(g.value).toBe('đường');
    const steps = undoAll(g);
    expect(steps.at(-1)).toBe('');
    // Whatever the pause split, no step shows a form the screen never held after a whole keystroke.
    for (const s of steps) expect(['', 'd', 'đ', 'đu', 'đư', 'đươ', 'đươn', 'đương', 'đường']).toContain(s);
  });

  it('counts a composition once, when it is committed', () => {
    const f = field('Ảnh: ');
    f.compose('Trần');
    f.type(' ');
    f.compose('Văn');
    expect(f.value).toBe('Ảnh: Trần Văn');
    expect(undoAll(f)).toEqual(['Ảnh: Trần ', 'Ảnh: ']);
  });

  it('makes a separate step of a change asked for (a quote turned curly), and a reset forgets the past', () => {
    const f = field();
    f.type('"');
    f.history.record(at('“'), undefined, true);
    expect(f.undo()).toBe('"');
    expect(f.undo()).toBe('');
    f.type('abc');
    f.history.reset(at('xyz'));
    expect(f.history.canUndo()).toBe(false);
  });
});

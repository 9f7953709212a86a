// When a keystroke continues the undo step of the one before it: the rules every text the
// reporter types into shares (the article's text, renderer/editor/slate-compat/with-typing-history.ts, and
// the plain fields, renderer/fields/field-history.ts), so undo takes back the same things in
// both: a word, or what was typed before a pause, never half of a Vietnamese keyboard's burst.

/**
 * A keystroke's effect on the text: letters inserted or removed at a place (`path` names the
 * text node; a plain field has one, `[]`). `exact` is false when the place is unknown (a letter
 * the article's editor typed as a new text node after Ctrl+B).
 */
export interface Typing {
  kind: 'insert' | 'remove';
  text: string;
  path: readonly number[];
  offset: number;
  exact: boolean;
}

const samePath = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/** Where the caret stands after a keystroke. */
const caretAfter = (t: Typing): number => (t.kind === 'insert' ? t.offset + t.text.length : t.offset);

/** Whether `op` continues typing at the caret `prev` left: insert there, or delete just before or after it. */
export function atCaret(op: Typing, prev: Typing): boolean {
  if (!op.exact || !prev.exact) return true;
  if (!samePath(op.path, prev.path)) return false;
  const caret = caretAfter(prev);
  if (op.kind === 'insert') return op.offset === caret;
  return op.offset + op.text.length === caret || op.offset === caret;
}

/** A new word starts: something other than white space typed right after white space. */
export const startsWord = (op: Typing, prev: Typing): boolean =>
  op.kind === 'insert' && /^\S/u.test(op.text) && prev.kind === 'insert' && /\s$/u.test(prev.text);

/** The second half of a Backspace burst (UniKey, EVKey, OpenKey): the insert where the deletes ended. */
export const completesBurst = (op: Typing, prev: Typing): boolean =>
  op.kind === 'insert' && prev.kind === 'remove' && (!op.exact || (samePath(op.path, prev.path) && op.offset === prev.offset));

/**
 * Whether `op`, `elapsedMs` after `prev`, belongs to prev's undo step: a burst's insert always
 * does; otherwise typing at the caret, within the pause, not starting a new word.
 */
export function continuesRun(op: Typing, prev: Typing, elapsedMs: number, pauseMs: number): boolean {
  if (completesBurst(op, prev)) return true;
  return elapsedMs <= pauseMs && atCaret(op, prev) && !startsWord(op, prev);
}

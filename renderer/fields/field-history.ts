// Undo for a plain text field (caption, credit, alt text, byline, details): the browser's own
// undo steps back one input event at a time, so after a Vietnamese keyboard it showed forms the
// reporter never wrote (`Nguye`, `Nguyên` on the way from `Nguyễn`). This history groups changes
// with the article's rules (renderer/editor/typing-runs.ts): a word, or what was typed before a
// pause, is one step; a keyboard's Backspace burst stays inside its word; a composition counts
// only when committed. Free of the DOM, so the rules are tested under Node.

import { continuesRun, type Typing } from '../editor/typing-runs.ts';

/** What a field shows: its text and its selection. */
export interface FieldState {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

export interface FieldHistoryOptions {
  /** Quiet time that ends a typing run (default 1000 ms, as in the article). */
  pauseMs?: number;
  /** Undo steps kept (default 500). */
  limit?: number;
  now?: () => number;
}

const FIELD: readonly number[] = [];

/**
 * The change from `before` to `after` as the keystroke made it: what was removed and inserted,
 * where. Of the places a change could have been made (`aa` → `aaa`), the one that ends at the
 * caret is chosen.
 */
export function changeOf(before: string, after: FieldState): Typing[] {
  const a = before;
  const b = after.value;
  if (a === b) return [];
  let start = 0;
  const shortest = Math.min(a.length, b.length);
  while (start < shortest && a[start] === b[start]) start++;
  // The caret ends right after an insert, or where a delete was: start no later than that.
  const grown = b.length - a.length;
  const caretStart = grown > 0 ? after.selectionEnd - grown : after.selectionEnd;
  if (caretStart >= 0 && caretStart < start && a.slice(caretStart + Math.max(0, -grown)) === b.slice(caretStart + Math.max(0, grown)))
    start = caretStart;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const removed = a.slice(start, a.length - end);
  const inserted = b.slice(start, b.length - end);
  const ops: Typing[] = [];
  if (removed) ops.push({ kind: 'remove', text: removed, path: FIELD, offset: start, exact: true });
  if (inserted) ops.push({ kind: 'insert', text: inserted, path: FIELD, offset: start, exact: true });
  return ops;
}

export class FieldHistory {
  private undos: FieldState[] = [];
  private redos: FieldState[] = [];
  /** The last keystroke of the newest step while it may still grow; null after undo, redo or a command. */
  private last: Typing | null = null;
  private lastAt = -Infinity;
  private readonly pauseMs: number;
  private readonly limit: number;
  private readonly now: () => number;

  constructor(
    private state: FieldState,
    options: FieldHistoryOptions = {},
  ) {
    this.pauseMs = options.pauseMs ?? 1000;
    this.limit = options.limit ?? 500;
    this.now = options.now ?? (() => Date.now());
  }

  /** What the field shows, as far as the history knows. */
  get current(): FieldState {
    return this.state;
  }

  canUndo(): boolean {
    return this.undos.length > 0;
  }

  canRedo(): boolean {
    return this.redos.length > 0;
  }

  /**
   * The field now shows `next` after an edit of the reporter's (`selectionBefore`: the selection
   * just before it). `separate` makes it a step of its own that typing does not join (a quote
   * turned curly, so that one undo brings the straight one back).
   */
  record(next: FieldState, selectionBefore?: { start: number; end: number }, separate = false): void {
    const ops = changeOf(this.state.value, next);
    if (ops.length === 0) {
      this.state = next;
      return;
    }
    const at = this.now();
    const first = ops[0] as Typing;
    const joins = !separate && this.last !== null && continuesRun(first, this.last, at - this.lastAt, this.pauseMs);
    if (!joins) {
      const before = selectionBefore
        ? { ...this.state, selectionStart: selectionBefore.start, selectionEnd: selectionBefore.end }
        : this.state;
      this.undos.push(before);
      if (this.undos.length > this.limit) this.undos.splice(0, this.undos.length - this.limit);
    }
    this.redos = [];
    this.state = next;
    this.last = separate ? null : (ops[ops.length - 1] as Typing);
    this.lastAt = at;
  }

  /** The state one step back, or null when there is none. */
  undo(): FieldState | null {
    const back = this.undos.pop();
    if (!back) return null;
    this.redos.push(this.state);
    return this.settle(back);
  }

  /** The state one step forward again, or null. */
  redo(): FieldState | null {
    const forward = this.redos.pop();
    if (!forward) return null;
    this.undos.push(this.state);
    return this.settle(forward);
  }

  /** The value was changed by something other than typing (a button, the article's undo): start over from it. */
  reset(state: FieldState): void {
    this.undos = [];
    this.redos = [];
    this.state = state;
    this.last = null;
  }

  private settle(state: FieldState): FieldState {
    this.state = state;
    this.last = null;
    return state;
  }
}

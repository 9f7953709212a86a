// Undo in the words of the person typing. slate-history merges only consecutive inserts or
// consecutive deletes and keeps 100 steps; Vietnamese keyboards that work by Backspace and
// re-insert (UniKey, EVKey, OpenKey) send a delete and an insert for every accent, so undo
// walked back through `tiếng`, `tiêng`, `tieeng`… This keeps slate-history's stacks, undo and
// redo and its withNewBatch / withoutSaving / withoutMerging flags, and decides itself which
// batch an operation joins (the typing-run rules are shared with the plain fields, typing-runs.ts):
//   - a typing run is one step: text inserted and removed at the caret, in one text node,
//     until the next word starts (typing after a space) or the typist pauses (~1 s);
//   - the insert that completes a Backspace burst always joins its delete, pause or not;
//   - everything else in one change (a command, its normalisation) is one step, as before;
//   - at least 1,000 steps are kept (default 2,000).
//
// What this leans on inside slate-history (canaries in test/unit/editor/slate-compat.test.ts):
//   H1 withHistory returns the same editor and replaces its `apply`; the `apply` saved before it
//      applies an operation without recording it (so this apply is slate-history's, replaced).
//   H2 a batch is `{ operations, selectionBefore }`; `writeHistory('undos', batch)` pushes it onto
//      `history.undos`; `history.redos` is a plain array.
//   H3 undo/redo apply their operations through `editor.apply` with isSaving false, then move
//      the batch with `writeHistory` and restore `selectionBefore`.
//   H4 the flags: isSaving/isMerging are undefined by default; withoutSaving, withMerging,
//      withoutMerging set them for their callback; withNewBatch sets isSplittingOnce, which the
//      apply clears.

import type { BaseOperation, Editor } from 'slate';
import { Text } from 'slate';
import { HistoryEditor, withHistory, type History } from 'slate-history';
import { continuesRun, type Typing } from '../typing-runs.ts';

/** The version H1-H4 were checked against (slate-compat.test.ts fails when the installed one differs). */
export const TYPING_HISTORY_CHECKED_AGAINST = { 'slate-history': '0.115.0' } as const;

export interface TypingHistoryOptions {
  /** Quiet time that ends a typing run (default 1000 ms). */
  pauseMs?: number;
  /** Undo steps kept (default 2000). */
  limit?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
}

function typingOf(op: BaseOperation): Typing | null {
  if (op.type === 'insert_text') return { kind: 'insert', text: op.text, path: op.path, offset: op.offset, exact: true };
  if (op.type === 'remove_text') return { kind: 'remove', text: op.text, path: op.path, offset: op.offset, exact: true };
  // A letter typed with new marks (after Ctrl+B, or retyped where a bold run was just deleted)
  // arrives as a new text node instead of an insert_text: typing too, its place unknown.
  if (op.type === 'insert_node' && Text.isText(op.node) && op.node.text)
    return { kind: 'insert', text: op.node.text, path: op.path, offset: 0, exact: false };
  return null;
}

/** What normalisation does after a keystroke (an emptied run removed, runs merged): not typing, not a command. */
const isTidying = (op: BaseOperation): boolean =>
  op.type === 'merge_node' || op.type === 'split_node' || (op.type === 'remove_node' && Text.isText(op.node) && op.node.text === '');

/** The last keystroke of a step, looking past the tidying after it; null when the step ends otherwise. */
function lastTyping(operations: readonly BaseOperation[]): Typing | null {
  for (let i = operations.length - 1; i >= 0; i--) {
    const typing = typingOf(operations[i]);
    if (typing) return typing;
    if (!isTidying(operations[i])) return null;
  }
  return null;
}

export function withTypingHistory<T extends Editor>(editor: T, options: TypingHistoryOptions = {}): T & HistoryEditor {
  const pauseMs = options.pauseMs ?? 1000;
  const limit = Math.max(1000, options.limit ?? 2000);
  const now = options.now ?? (() => Date.now());
  // The operation actually applied, under slate-history's own bookkeeping which this replaces.
  const { apply } = editor;
  const e = withHistory(editor);
  let lastAt = -Infinity;
  // Steps opened by a command (withNewBatch: a paste, a format): typing after one is its own step.
  const commandBatches = new WeakSet<object>();

  const joinsLastBatch = (op: BaseOperation, lastBatch: { operations: BaseOperation[] } | undefined, at: number): boolean => {
    if (!lastBatch || commandBatches.has(lastBatch)) return false;
    const typing = typingOf(op);
    const prev = lastTyping(lastBatch.operations);
    // After a command's or Enter's step (a later change), typing starts a step of its own.
    if (!typing || !prev) return false;
    return continuesRun(typing, prev, at - lastAt, pauseMs);
  };

  e.apply = (op) => {
    const history: History = e.history;
    const save = HistoryEditor.isSaving(e) ?? op.type !== 'set_selection';
    if (save) {
      const at = now();
      const lastBatch = history.undos[history.undos.length - 1];
      const lastOp = lastBatch?.operations[lastBatch.operations.length - 1];
      let merge = HistoryEditor.isMerging(e);
      // Everything in one change (a keystroke, a command, what normalisation does after either)
      // is one step, as in slate-history; across changes, the typing rules above decide.
      merge ??= (lastOp !== undefined && e.operations.includes(lastOp)) || joinsLastBatch(op, lastBatch, at);
      let command = false;
      if (HistoryEditor.isSplittingOnce(e)) {
        merge = false;
        command = true;
        HistoryEditor.setSplittingOnce(e, undefined);
      }
      if (lastBatch && merge) lastBatch.operations.push(op);
      else {
        const batch = { operations: [op], selectionBefore: e.selection };
        if (command) commandBatches.add(batch);
        e.writeHistory('undos', batch);
      }
      if (history.undos.length > limit) history.undos.splice(0, history.undos.length - limit);
      history.redos = [];
      if (typingOf(op)) lastAt = at;
    }
    apply(op);
  };
  return e;
}

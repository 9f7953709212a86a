// What the editor knows about spelling: findings per text node, asked of the language worker a
// moment after typing pauses, kept by text so an unchanged paragraph is never checked twice.
// While a paragraph waits for its new check, its old findings are moved with the edit (those
// before and after the changed span keep their words), so underlines do not flicker.
// The word being typed is never underlined: the one at the caret while the reporter is typing or
// composing, until the caret leaves it (a space, a click elsewhere).

import { Path, Range, Text, type BaseRange, type Editor, type NodeEntry } from 'slate';
import { ReactEditor } from 'slate-react';
import type { SpellFinding } from '../../main/common/vietnamese/spell/checker.ts';
import '../editor/slate-types.ts';

export type CheckTexts = (texts: string[], userWords: string[]) => Promise<SpellFinding[][]>;

export interface SpellingOptions {
  check: CheckTexts;
  /** Called when findings changed: the editor must decorate again. */
  onUpdate: () => void;
  /** How long typing must pause before a check (ms). */
  delayMs?: number;
}

const RESULTS_LIMIT = 20_000;
const TEXT_EDITS = new Set(['insert_text', 'remove_text', 'split_node', 'merge_node', 'insert_node', 'remove_node']);

/** Old findings moved over an edit: those wholly before or after the changed span survive. */
export function shiftFindings(before: string, findings: readonly SpellFinding[], after: string): SpellFinding[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  const changedEnd = before.length - tail;
  const delta = after.length - before.length;
  const out: SpellFinding[] = [];
  for (const f of findings) {
    if (f.end < head) out.push(f);
    else if (f.start > changedEnd) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}

const nfc = (s: string): string => s.normalize('NFC');

export class SpellingState {
  private readonly results = new Map<string, SpellFinding[]>();
  /** The last findings shown for a text node (by its React key), with the text they were for. */
  private readonly shown = new Map<string, { text: string; findings: SpellFinding[] }>();
  private readonly pending = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private userWords: string[] = [];
  private typing = false;
  private closed = false;

  constructor(
    private readonly editor: Editor,
    private readonly options: SpellingOptions,
  ) {}

  /** The reporter's own words: findings of newly added ones vanish at once. */
  setUserWords(words: readonly string[]): void {
    const known = new Set(words.map(nfc));
    const added = [...known].filter((w) => !this.userWords.includes(w));
    this.userWords = [...known];
    if (!added.length) return;
    const keep = (fs: SpellFinding[]) => fs.filter((f) => f.kind !== 'spelling' || !known.has(nfc(f.word)));
    for (const [text, fs] of this.results) this.results.set(text, keep(fs));
    for (const entry of this.shown.values()) entry.findings = keep(entry.findings);
    this.options.onUpdate();
  }

  /** Follows the editor's changes: typing holds the word at the caret, moving away releases it. */
  observe(operations: readonly { type: string }[]): void {
    if (operations.some((op) => TEXT_EDITS.has(op.type))) this.typing = true;
    else if (this.typing && operations.length && operations.every((op) => op.type === 'set_selection')) {
      this.typing = false;
      this.options.onUpdate();
    }
  }

  /** The findings of a text node now: exact if checked, else moved from its last ones. */
  findingsOf(node: Text): SpellFinding[] {
    const key = ReactEditor.findKey(this.editor, node).id;
    const exact = this.results.get(node.text);
    if (exact) {
      this.shown.set(key, { text: node.text, findings: exact });
      return exact;
    }
    this.pending.set(key, node.text);
    this.schedule();
    const last = this.shown.get(key);
    if (!last) return [];
    if (last.text === node.text) return last.findings;
    const moved = shiftFindings(last.text, last.findings, node.text);
    this.shown.set(key, { text: node.text, findings: moved });
    return moved;
  }

  /** The finding under an offset of a text node (for the context menu). */
  findingAt(node: Text, offset: number): SpellFinding | undefined {
    return this.findingsOf(node).find((f) => f.start <= offset && offset <= f.end);
  }

  /** Slate decorations for one node: ranges marked `misspelled` with the finding's kind. */
  decorate([node, path]: NodeEntry): BaseRange[] {
    if (!Text.isText(node) || !node.text) return [];
    const findings = this.findingsOf(node);
    if (!findings.length) return [];
    const caret = this.heldOffset(path);
    const out: BaseRange[] = [];
    for (const f of findings) {
      if (caret !== null && f.start <= caret && caret <= f.end) continue;
      out.push({ anchor: { path, offset: f.start }, focus: { path, offset: f.end }, misspelled: f.kind } as BaseRange);
    }
    return out;
  }

  /** Stops checking (the editor is gone); `open()` starts again (React's StrictMode remounts). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  open(): void {
    this.closed = false;
    if (this.pending.size) this.schedule();
  }

  private heldOffset(path: Path): number | null {
    const sel = this.editor.selection;
    if (!sel || !Range.isCollapsed(sel) || !Path.equals(sel.anchor.path, path)) return null;
    if (!this.typing && !ReactEditor.isComposing(this.editor)) return null;
    return sel.anchor.offset;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 300);
  }

  private async flush(): Promise<void> {
    if (this.closed || !this.pending.size) return;
    const texts = [...new Set(this.pending.values())].filter((t) => !this.results.has(t));
    this.pending.clear();
    if (!texts.length) return;
    let findings: SpellFinding[][];
    try {
      findings = await this.options.check(texts, this.userWords);
    } catch (err) {
      // No checker (dictionaries missing, worker stopped): no underlines, the text is untouched.
      console.error(err);
      return;
    }
    if (this.closed) return;
    if (this.results.size + texts.length > RESULTS_LIMIT) this.results.clear();
    texts.forEach((t, i) => this.results.set(t, findings[i] ?? []));
    this.options.onUpdate();
  }
}

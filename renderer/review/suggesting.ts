// Suggesting mode ("Đề xuất", docs/review.md): the editor types, deletes and pastes straight into
// the article on the review screen, with the reporter's editor itself (the same Slate plugins:
// NFC, typing history, paste, the frame-first render), so every Vietnamese keyboard works as it
// does there. The editor's screen holds the text as the editor would have it; what differs from
// the text under review is sent as the editor's own text of each changed unit, and the service
// keeps the difference as suggestions (main/common/review/suggestions.ts), never applying them.
//
// A suggestion replaces text inside one unit, so this plugin keeps the blocks as they are: no
// new paragraph (Enter), no joining two (Backspace at a block's start), no change of a block's
// kind; a deletion across blocks deletes the text of each; a paste comes in as one line of text.

import { oneLine } from '../../main/common/text/one-line.ts';
import { Editor, Element, Node, Path, Point, Range, Transforms, type Descendant } from 'slate';
import type { Block } from '../../main/common/article/model.ts';
import { acceptSuggestions, type Person, type Suggestion } from '../../main/common/review/notes.ts';
import type { Proposal } from '../../main/common/review/suggestions.ts';
import { textUnits, unitKey } from '../../main/common/review/units.ts';
import '../editor/slate-types.ts';

/** The text block holding a point (a paragraph, heading, list item…), or null in a figure. */
function textBlockAt(editor: Editor, at: Point): [Element, Path] | null {
  const entry = Editor.above(editor, {
    at,
    match: (n) =>
      Element.isElement(n) &&
      Editor.isBlock(editor, n) &&
      !Editor.isVoid(editor, n) &&
      !n.children.some((c) => Element.isElement(c) && Editor.isBlock(editor, c)),
  });
  return (entry as [Element, Path] | undefined) ?? null;
}

/** Deletes the text of every block the range covers, each on its own: blocks are never joined. */
function deleteWithinBlocks(editor: Editor, range: Range): void {
  const [start, end] = Range.edges(range);
  const blocks = [
    ...Editor.nodes(editor, {
      at: range,
      match: (n) =>
        Element.isElement(n) &&
        Editor.isBlock(editor, n) &&
        !Editor.isVoid(editor, n) &&
        !n.children.some((c) => Element.isElement(c) && Editor.isBlock(editor, c)),
    }),
  ];
  Editor.withoutNormalizing(editor, () => {
    // Last first: offsets in earlier blocks stay put.
    for (const [, path] of blocks.reverse()) {
      const from = Path.isAncestor(path, start.path) ? start : Editor.start(editor, path);
      const to = Path.isAncestor(path, end.path) ? end : Editor.end(editor, path);
      if (Point.isBefore(from, to)) Transforms.delete(editor, { at: { anchor: from, focus: to } });
    }
  });
  Transforms.select(editor, start);
}

const MARKS = new Set(['bold', 'italic', 'underline']);

/** The rules of suggesting mode on the article editor (apply last, over createArticleEditor). */
export function withSuggesting<T extends Editor>(editor: T): T {
  const { deleteBackward, deleteForward, deleteFragment, insertText, insertData } = editor;
  const crossesBlocks = (range: Range): boolean => {
    const a = textBlockAt(editor, range.anchor);
    const b = textBlockAt(editor, range.focus);
    return !a || !b || !Path.equals(a[1], b[1]);
  };

  // A new paragraph cannot be suggested: Enter does nothing (the screen says so).
  editor.insertBreak = () => undefined;
  editor.insertSoftBreak = () => undefined;

  editor.deleteBackward = (unit) => {
    const sel = editor.selection;
    if (sel && Range.isCollapsed(sel)) {
      const block = textBlockAt(editor, sel.anchor);
      if (!block || Point.equals(sel.anchor, Editor.start(editor, block[1]))) return;
    }
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const sel = editor.selection;
    if (sel && Range.isCollapsed(sel)) {
      const block = textBlockAt(editor, sel.anchor);
      if (!block || Point.equals(sel.anchor, Editor.end(editor, block[1]))) return;
    }
    deleteForward(unit);
  };

  editor.deleteFragment = (options) => {
    const sel = editor.selection;
    if (sel && Range.isExpanded(sel) && crossesBlocks(sel)) return deleteWithinBlocks(editor, sel);
    deleteFragment(options);
  };

  editor.insertText = (text, options) => {
    const sel = editor.selection;
    if (!options?.at && sel && Range.isExpanded(sel) && crossesBlocks(sel)) deleteWithinBlocks(editor, sel);
    insertText(oneLine(text), options);
  };

  editor.insertFragment = (fragment) => {
    editor.insertText(
      fragment
        .map((n) => Node.string(n))
        .filter(Boolean)
        .join(' '),
    );
  };

  // Plain text only: a suggestion carries words, not paragraphs, formatting or pictures.
  editor.insertData = (data) => {
    const text = data.getData('text/plain');
    if (text) editor.insertText(text);
    else if (!data.types.includes('Files')) insertData(data);
  };

  // No change of a block's kind, no marks: nothing a suggestion could carry.
  const { addMark, removeMark } = editor;
  editor.addMark = (key, value) => (MARKS.has(key) ? undefined : addMark(key, value));
  editor.removeMark = (key) => (MARKS.has(key) ? undefined : removeMark(key));
  return editor;
}

/** The text as the editor would have it: the text under review with their own open suggestions applied. */
export function suggestingContent(base: readonly Block[], suggestions: readonly Suggestion[], me: Person | null): Block[] {
  if (!me) return structuredClone(base) as Block[];
  const mine = suggestions.filter((s) => s.status === 'open' && s.author.keyId === me.keyId);
  if (mine.length === 0) return structuredClone(base) as Block[];
  return acceptSuggestions(base, { threads: [], suggestions: mine }, 'all', me, '').content;
}

/** The text of every unit (block text, figure caption/credit/alt), by unit key. */
export function unitTexts(content: readonly Descendant[] | readonly Block[]): Map<string, string> {
  return new Map(textUnits(content as Block[]).map((u) => [unitKey(u.blockId, u.field), u.text]));
}

/**
 * The units whose text is not what the service last had, as proposals. A unit the service never
 * had is left out: a block the editor's own rules added (the paragraph that always follows a last
 * photo), which suggestions cannot anchor to (they live inside the text under review).
 */
export function changedUnits(content: readonly Descendant[], sent: ReadonlyMap<string, string>): Proposal[] {
  const out: Proposal[] = [];
  for (const u of textUnits(content as Block[])) {
    const had = sent.get(unitKey(u.blockId, u.field));
    if (had !== undefined && had !== u.text) out.push({ blockId: u.blockId, field: u.field, text: u.text });
  }
  return out;
}

// Formatting of the article: marks (bold, italic, underline), body block formats (subheadings
// level 2 and 3, quote, bulleted and numbered lists) and links. Pure Slate, no React or DOM, so
// every command is tested under Node (test/unit/editor/formatting.test.ts). The toolbar, the
// shortcuts and Enter/Backspace all go through these functions.
//
// The headline and the sapo keep their shape: no block format ever applies to them; the
// headline takes no marks and no links (the paper sets its type), the sapo takes both.

import { Editor, Element, Node, Path, Range, Text, Transforms, type NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import { newBlockId } from '../../main/common/article/ids.ts';
import { isListType, type LinkInline, type ListType, type TextRun } from '../../main/common/article/model.ts';
import './slate-types.ts';

export type Mark = 'bold' | 'italic' | 'underline';
export const MARKS: readonly Mark[] = ['bold', 'italic', 'underline'];

export type BlockFormat = 'paragraph' | 'heading-2' | 'heading-3' | 'blockquote' | ListType;

/** Blocks that hold running text in the body; each takes any block format. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'blockquote', 'list-item']);
const isLink = (n: unknown): n is LinkInline => Element.isElement(n) && n.type === 'link';

/** Type of the top-level block at `path` (headline, sapo, paragraph, list…). */
function topType(editor: Editor, path: Path): string | undefined {
  const node = editor.children[path[0]];
  return node && Element.isElement(node) ? node.type : undefined;
}

/** Whether text at `path` may carry marks and links: not in the headline, not in a figure. */
export function inlineFormatAllowed(editor: Editor, path: Path): boolean {
  const type = topType(editor, path);
  return type !== undefined && type !== 'headline' && type !== 'figure';
}

/**
 * Runs a command as one undo step of its own (typing just before it stays a separate step),
 * normalised once at the end. `after` runs once the document is normalised (caret placement).
 */
export function asCommand(editor: Editor, fn: () => void, after?: () => void): void {
  const run = (): void => {
    Editor.withoutNormalizing(editor, fn);
    after?.();
  };
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, run);
  else run();
}

// ---------------------------------------------------------------- marks

/** Text nodes the selection really covers (a node it only touches at an edge does not count). */
function coveredTexts(editor: Editor, range: Range): NodeEntry<Text>[] {
  const out: NodeEntry<Text>[] = [];
  for (const entry of Editor.nodes(editor, { at: range, match: Text.isText })) {
    const part = Range.intersection(range, Editor.range(editor, entry[1]));
    if (part && !Range.isCollapsed(part)) out.push(entry as NodeEntry<Text>);
  }
  return out;
}

/** Whether the mark is on: at the caret, the marks typing would get; over a selection, all of it has the mark. */
export function isMarkActive(editor: Editor, mark: Mark): boolean {
  const sel = editor.selection;
  if (!sel) return false;
  if (Range.isCollapsed(sel)) return inlineFormatAllowed(editor, sel.anchor.path) && Editor.marks(editor)?.[mark] === true;
  const texts = coveredTexts(editor, sel).filter(([, p]) => inlineFormatAllowed(editor, p));
  return texts.length > 0 && texts.every(([n]) => n[mark] === true);
}

/** Turns a mark on or off (Ctrl+B/I/U). Returns false where marks are not allowed. */
export function toggleMark(editor: Editor, mark: Mark): boolean {
  const sel = editor.selection;
  if (!sel) return false;
  const active = isMarkActive(editor, mark);
  if (Range.isCollapsed(sel)) {
    // Only the marks of the next typed text change: no operation, nothing to undo.
    if (!inlineFormatAllowed(editor, sel.anchor.path)) return false;
    if (active) Editor.removeMark(editor, mark);
    else Editor.addMark(editor, mark, true);
    return true;
  }
  const match = (n: Node, p: Path): boolean => Text.isText(n) && inlineFormatAllowed(editor, p);
  if (!coveredTexts(editor, sel).some(([, p]) => inlineFormatAllowed(editor, p))) return false;
  asCommand(editor, () => {
    if (active) Transforms.unsetNodes(editor, mark, { match, split: true });
    else Transforms.setNodes(editor, { [mark]: true } as Partial<Text>, { match, split: true });
  });
  return true;
}

// ---------------------------------------------------------------- blocks

/** Body text blocks (paragraphs, subheadings, quotes, list items) the selection touches, in order. */
export function selectedTextBlocks(editor: Editor): NodeEntry<Element>[] {
  const sel = editor.selection;
  if (!sel) return [];
  const range = Range.isExpanded(sel) ? Editor.unhangRange(editor, sel) : sel;
  return Array.from(
    Editor.nodes<Element>(editor, {
      at: range,
      match: (n, p) => Element.isElement(n) && TEXT_BLOCKS.has(n.type) && p.length <= 2,
    }),
  );
}

/** The format of a text block (a list item's is its list's). */
function formatOf(editor: Editor, [node, path]: NodeEntry<Element>): BlockFormat {
  switch (node.type) {
    case 'heading':
      return node.level === 3 ? 'heading-3' : 'heading-2';
    case 'blockquote':
      return 'blockquote';
    case 'list-item': {
      const parent = path.length > 1 ? Node.parent(editor, path) : null;
      return parent && Element.isElement(parent) && isListType(parent.type) ? parent.type : 'bulleted-list';
    }
    default:
      return 'paragraph';
  }
}

/** The block format at the caret (of the first selected block), or null in headline, sapo, figure. */
export function blockFormatAt(editor: Editor): BlockFormat | null {
  const [first] = selectedTextBlocks(editor);
  return first ? formatOf(editor, first) : null;
}

/** Whether every selected body block has this format. */
export function isBlockActive(editor: Editor, format: BlockFormat): boolean {
  const blocks = selectedTextBlocks(editor);
  return blocks.length > 0 && blocks.every((b) => formatOf(editor, b) === format);
}

/** Wraps each run of list items standing at the top level in one list, joined to a neighbour of its type. */
function wrapLooseItems(editor: Editor, type: ListType): void {
  for (let i = editor.children.length - 1; i >= 0; i--) {
    if (topType(editor, [i]) !== 'list-item') continue;
    let first = i;
    while (first > 0 && topType(editor, [first - 1]) === 'list-item') first--;
    Transforms.wrapNodes(editor, { type, id: newBlockId(), children: [] } as Element, {
      at: Editor.range(editor, [first], [i]),
      match: (n, p) => p.length === 1 && Element.isElement(n) && n.type === 'list-item',
    });
    // Word and Google Docs continue the list just above (or below) instead of starting another.
    if (first + 1 < editor.children.length && topType(editor, [first + 1]) === type) Transforms.mergeNodes(editor, { at: [first + 1] });
    if (first > 0 && topType(editor, [first - 1]) === type) Transforms.mergeNodes(editor, { at: [first] });
    i = first;
  }
}

/** Gives the selected body blocks one format (the headline and sapo are never touched). */
export function setBlockFormat(editor: Editor, format: BlockFormat, blocks = selectedTextBlocks(editor)): boolean {
  if (blocks.length === 0) return false;
  asCommand(editor, () => {
    // Items of one list switching list type: the whole list changes, as in Google Docs.
    const parents = new Set(blocks.map(([n, p]) => (n.type === 'list-item' ? p[0] : -1)));
    if (isListType(format) && parents.size === 1 && !parents.has(-1)) {
      Transforms.setNodes<Element>(editor, { type: format } as Partial<Element>, { at: [[...parents][0]] });
      return;
    }
    const refs = blocks.map(([, p]) => Editor.pathRef(editor, p));
    for (const ref of refs) {
      const path = ref.current;
      if (!path || path.length < 2) continue;
      const list = Node.parent(editor, path);
      if (Element.isElement(list) && list.type !== format) Transforms.liftNodes(editor, { at: path });
    }
    for (const ref of refs) {
      const path = ref.unref();
      if (!path) continue;
      if (path.length > 1) continue; // stays an item of its list
      if (format === 'heading-2' || format === 'heading-3') {
        Transforms.setNodes<Element>(editor, { type: 'heading', level: format === 'heading-3' ? 3 : 2 } as Partial<Element>, { at: path });
      } else {
        Transforms.setNodes<Element>(editor, { type: isListType(format) ? 'list-item' : format } as Partial<Element>, { at: path });
        Transforms.unsetNodes(editor, 'level', { at: path });
      }
    }
    if (isListType(format)) wrapLooseItems(editor, format);
  });
  return true;
}

/** Applies a block format, or back to paragraphs when the selection already has it (toolbar, shortcuts). */
export function toggleBlock(editor: Editor, format: BlockFormat): boolean {
  return setBlockFormat(editor, isBlockActive(editor, format) && format !== 'paragraph' ? 'paragraph' : format);
}

// ---------------------------------------------------------------- links

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The link address to store for what the user typed, or null when it is not one we accept.
 * Only http, https and mailto; `vnexpress.net/…` gets https://, `ten@bao.vn` gets mailto:.
 */
export function normalizeLinkUrl(input: string): string | null {
  const s = input.trim();
  if (!s || /\s/.test(s)) return null;
  let url: string;
  if (/^(https?:\/\/|mailto:)/i.test(s)) url = s;
  else if (/^\/\//.test(s)) url = `https:${s}`;
  else if (/^[^@/:]+@[^@/:.]+\.[^@/:]+$/.test(s)) url = `mailto:${s}`;
  else if (!SCHEME.test(s) || /^[^/:]+\.[a-z]{2,}:\d+/i.test(s)) {
    if (!/^[^/?#]+\.[a-z]{2,}([/:?#]|$)/i.test(s)) return null;
    url = `https://${s}`;
  } else return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@') ? url : null;
    return parsed.hostname ? url : null;
  } catch {
    return null;
  }
}

/** The link at the caret (or the first one in the selection). */
export function activeLink(editor: Editor): NodeEntry<LinkInline> | null {
  if (!editor.selection) return null;
  const [entry] = Editor.nodes<LinkInline>(editor, { match: isLink });
  return entry ?? null;
}

/** Whether a link can be made here (there is a selection, and it is not in the headline or a figure). */
export function canLink(editor: Editor): boolean {
  const sel = editor.selection;
  return !!sel && inlineFormatAllowed(editor, Range.start(sel).path);
}

/**
 * Makes the selection a link to `url` (already normalised), edits the link at the caret, or
 * inserts `text` (default: the address) as a link at a bare caret. The link stays in one block.
 */
export function setLink(editor: Editor, url: string, text?: string): boolean {
  const sel = editor.selection;
  if (!sel || !canLink(editor)) return false;
  const [start, end] = Range.edges(sel);
  const link = activeLink(editor);
  if (link && Path.isAncestor(link[1], start.path) && Path.isAncestor(link[1], end.path)) {
    asCommand(editor, () => Transforms.setNodes<Element>(editor, { url } as Partial<Element>, { at: link[1] }));
    return true;
  }
  if (Range.isCollapsed(sel)) {
    const shown = text?.trim() || url.replace(/^mailto:/i, '');
    let at: Path | null = null;
    asCommand(
      editor,
      () => {
        const node: LinkInline = { type: 'link', url, children: [{ text: shown }] };
        Transforms.insertNodes(editor, node as Element);
        at = activeLink(editor)?.[1] ?? null;
      },
      () => {
        // Typing after the new link must not lengthen it: the caret goes just past it.
        if (at && Node.has(editor, Path.next(at))) Transforms.select(editor, Editor.start(editor, Path.next(at)));
      },
    );
    return true;
  }
  const blockEnd = Editor.end(editor, [start.path[0]]);
  const range = { anchor: start, focus: Path.isAfter(end.path, blockEnd.path) || end.path[0] > start.path[0] ? blockEnd : end };
  asCommand(editor, () => {
    Transforms.unwrapNodes(editor, { at: range, match: isLink, split: true });
    Transforms.wrapNodes(editor, { type: 'link', url, children: [] } as Element, { at: range, split: true });
    Transforms.collapse(editor, { edge: 'end' });
  });
  return true;
}

/** Removes the link at the caret, or every link in the selection, keeping the words. */
export function removeLink(editor: Editor): boolean {
  const sel = editor.selection;
  const link = activeLink(editor);
  if (!sel || !link) return false;
  asCommand(editor, () => {
    if (Range.isCollapsed(sel)) Transforms.unwrapNodes(editor, { at: link[1] });
    else Transforms.unwrapNodes(editor, { match: isLink, split: true });
  });
  return true;
}

// The toolbar owns the link dialog; Ctrl+K (shortcuts.ts) asks for it through this registry.
const linkPrompts = new WeakMap<Editor, () => void>();

/** The link dialog of this editor opens through `open`; returns the unregister function. */
export function onLinkPrompt(editor: Editor, open: () => void): () => void {
  linkPrompts.set(editor, open);
  return () => {
    if (linkPrompts.get(editor) === open) linkPrompts.delete(editor);
  };
}

/** Opens the link dialog (Ctrl+K); false when there is none or no link can go here. */
export function requestLinkPrompt(editor: Editor): boolean {
  const open = linkPrompts.get(editor);
  if (!open || !canLink(editor)) return false;
  open();
  return true;
}

// ---------------------------------------------------------------- Enter, Backspace, normalisation

/** The body text block holding a collapsed caret, if any. */
function caretBlock(editor: Editor): NodeEntry<Element> | null {
  const sel = editor.selection;
  if (!sel || !Range.isCollapsed(sel)) return null;
  const [entry] = selectedTextBlocks(editor).slice(-1);
  return entry ?? null;
}

/** Enter in an empty list item or quote leaves it (a paragraph, after the list). */
export function leaveEmptyBlock(editor: Editor): boolean {
  const entry = caretBlock(editor);
  if (!entry || Node.string(entry[0]) !== '' || (entry[0].type !== 'list-item' && entry[0].type !== 'blockquote')) return false;
  if (entry[0].children.some((c) => !Text.isText(c))) return false;
  return setBlockFormat(editor, 'paragraph', [entry]);
}

/** Backspace at the very start of a subheading, quote or list item makes it a paragraph first. */
export function resetBlockAtStart(editor: Editor): boolean {
  const entry = caretBlock(editor);
  if (!entry || entry[0].type === 'paragraph' || !editor.selection) return false;
  if (!Editor.isStart(editor, editor.selection.anchor, entry[1])) return false;
  return setBlockFormat(editor, 'paragraph', [entry]);
}

const markKeys = (t: TextRun): Mark[] => MARKS.filter((m) => t[m] !== undefined);

/**
 * Enter and Backspace rules, plus the shape the commands rely on: the headline holds plain text
 * (a paste may bring bold or a link into it), a list holds only list items and is never empty.
 * Apply outside withStructure so a subheading at the top of the body is reset before the caret
 * would jump to the sapo.
 */
export function withFormatting<T extends Editor>(editor: T): T {
  const { insertBreak, deleteBackward, normalizeNode } = editor;

  editor.insertBreak = () => {
    if (leaveEmptyBlock(editor)) return;
    const entry = caretBlock(editor);
    const atHeadingEnd = entry?.[0].type === 'heading' && editor.selection && Editor.isEnd(editor, editor.selection.anchor, entry[1]);
    insertBreak();
    // After a subheading comes body text, as in Word's and Docs' heading styles.
    if (atHeadingEnd) {
      const next = caretBlock(editor);
      if (next?.[0].type === 'heading' && Node.string(next[0]) === '') {
        Transforms.setNodes<Element>(editor, { type: 'paragraph' } as Partial<Element>, { at: next[1] });
        Transforms.unsetNodes(editor, 'level', { at: next[1] });
      }
    }
  };

  editor.deleteBackward = (unit) => {
    if (unit !== 'character') return deleteBackward(unit);
    if (resetBlockAtStart(editor)) return;
    const sel = editor.selection;
    const marks = sel && Range.isCollapsed(sel) && inlineFormatAllowed(editor, sel.anchor.path) ? { ...Editor.marks(editor) } : null;
    deleteBackward(unit);
    // UniKey turns `dâ` into `đâ` by deleting both letters and typing them again: if they were a
    // bold run of their own, the run is gone and the retyped word would come back plain. As in
    // Word, what is typed next keeps the marks of what was just deleted.
    const after = editor.selection;
    if (marks && after && Range.isCollapsed(after)) {
      const now = Editor.marks(editor) ?? {};
      if (MARKS.some((m) => !!marks[m] !== !!now[m])) editor.marks = marks;
    }
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && path.length === 1) {
      if (node.type === 'headline') {
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i] as Node;
          if (isLink(child)) return Transforms.unwrapNodes(editor, { at: [...path, i] });
          if (Text.isText(child) && markKeys(child).length) return Transforms.unsetNodes(editor, markKeys(child), { at: [...path, i] });
        }
      }
      if (isListType(node.type)) {
        const items = node.children as Node[];
        if (!items.some((c) => Element.isElement(c))) return Transforms.removeNodes(editor, { at: path });
        for (let i = 0; i < items.length; i++) {
          const child = items[i];
          if (Element.isElement(child) && child.type !== 'list-item' && TEXT_BLOCKS.has(child.type)) {
            Transforms.setNodes<Element>(editor, { type: 'list-item' } as Partial<Element>, { at: [...path, i] });
            return Transforms.unsetNodes(editor, 'level', { at: [...path, i] });
          }
        }
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}

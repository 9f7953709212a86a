// Comments and suggestions drawn over the article without changing it: a Decorator (see
// renderer/editor/decorations.ts) that marks each open note's anchored range, and the mapping
// between Slate points and the review's anchors (block id + UTF-16 offset in the block's text).

import { Editor, Element, Node, Path, Range, Text, type BaseRange, type Point } from 'slate';
import type { PlacedSuggestion, PlacedThread } from '../../main/common/review/types.ts';
import type { Decorator } from '../editor/decorations.ts';
import '../editor/slate-types.ts';

/** The text block holding a path (links are inside it), and the block's own path. */
function blockAbove(editor: Editor, path: Path): { id: string; path: Path; node: Element } | null {
  const entry = Editor.above(editor, { at: path, match: (n) => Element.isElement(n) && n.type !== 'link' });
  if (!entry) return null;
  const [node, at] = entry;
  return 'id' in node && typeof node.id === 'string' ? { id: node.id, path: at, node } : null;
}

/** Offset of a text node's start within its block's plain text. */
function textStart(block: Element, blockPath: Path, textPath: Path): number {
  let offset = 0;
  for (const [text, rel] of Node.texts(block)) {
    if (Path.equals([...blockPath, ...rel], textPath)) return offset;
    offset += text.text.length;
  }
  return -1;
}

/** A Slate point as the review addresses it, or null outside a text block. */
export function pointToOffset(editor: Editor, point: Point): { blockId: string; offset: number } | null {
  const block = blockAbove(editor, point.path);
  if (!block) return null;
  const start = textStart(block.node, block.path, point.path);
  return start < 0 ? null : { blockId: block.id, offset: start + point.offset };
}

/** The selection as a review range (one block only), or null. */
export function selectionToRange(editor: Editor, range: BaseRange): { blockId: string; field: 'text'; start: number; end: number; quote: string } | null {
  const [from, to] = Range.edges(range);
  const a = pointToOffset(editor, from);
  const b = pointToOffset(editor, to);
  if (!a || !b || a.blockId !== b.blockId) return null;
  return { blockId: a.blockId, field: 'text', start: a.offset, end: b.offset, quote: Editor.string(editor, range) };
}

interface Mark {
  start: number;
  end: number;
  props: Partial<Text>;
}

/** Each block's marks: comment highlights, suggested deletions, and where inserted text shows. */
function marksByBlock(threads: readonly PlacedThread[], suggestions: readonly PlacedSuggestion[], activeId: string | null): Map<string, Mark[]> {
  const by = new Map<string, Mark[]>();
  const add = (blockId: string, m: Mark): void => {
    const list = by.get(blockId) ?? [];
    list.push(m);
    by.set(blockId, list);
  };
  for (const th of threads) {
    const a = th.anchor;
    if (!a || th.anchorState === 'lost' || a.field !== 'text' || a.end <= a.start) continue;
    add(a.blockId, { start: a.start, end: a.end, props: { reviewThread: th.resolved ? 'resolved' : 'open', ...(th.id === activeId ? { reviewActive: true } : {}) } });
  }
  for (const s of suggestions) {
    const a = s.anchor;
    if (s.status !== 'open' || s.anchorState === 'lost' || a.field !== 'text') continue;
    const active = s.id === activeId ? { reviewActive: true } : {};
    if (a.end > a.start) add(a.blockId, { start: a.start, end: a.end, props: { reviewDelete: s.id, ...active } });
    if (!s.insert) continue;
    // Inserted text is not in the article: it is drawn beside the last character of the range
    // (or the one before an insertion point; at the very start, before the first).
    if (a.end > 0) add(a.blockId, { start: a.end - 1, end: a.end, props: { reviewInsertAfter: s.insert, ...active } });
    else add(a.blockId, { start: 0, end: 1, props: { reviewInsertBefore: s.insert, ...active } });
  }
  return by;
}

/** The review's decorator over an editor showing this content. */
export function reviewDecorator(editor: Editor, threads: readonly PlacedThread[], suggestions: readonly PlacedSuggestion[], activeId: string | null): Decorator {
  const marks = marksByBlock(threads, suggestions, activeId);
  return ([node, path]) => {
    if (!Text.isText(node) || marks.size === 0) return [];
    const block = blockAbove(editor, path);
    const list = block && marks.get(block.id);
    if (!block || !list) return [];
    const start = textStart(block.node, block.path, path);
    const end = start + node.text.length;
    const ranges: BaseRange[] = [];
    for (const m of list) {
      const from = Math.max(m.start, start);
      const to = Math.min(m.end, end);
      if (to <= from) continue;
      ranges.push({ anchor: { path, offset: from - start }, focus: { path, offset: to - start }, ...m.props });
    }
    return ranges;
  };
}

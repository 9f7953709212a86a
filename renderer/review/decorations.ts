// What the review screen draws over the article without changing it: a Decorator (see
// renderer/editor/decorations.ts) and the mapping between Slate points and the review's anchors.
//
// The screen holds the text as its reader would have it (for the editor: the text under review
// with their own suggestions applied, renderer/review/suggesting.ts); anchors point into the
// text under review. So each block's marks are worked out in three steps: the editor's own
// changes are the word diff between the two texts (inserted words underlined, deleted words
// shown struck where they were); everyone else's suggestions, comments and what changed since
// the previous submission are placed by their offsets in the text under review, carried over the
// editor's changes. Deleted words are drawn by CSS (`::before` / `::after` content of the
// neighbouring letter), never as elements in the editable text, so the caret and the input
// method only ever meet the article's own letters.

import { Editor, Element, Node, Path, Range, Text, type BaseRange, type Point } from 'slate';
import type { SinceChanges } from '../../main/common/review/changes.ts';
import { baseToProposed, hunksOf, placeHunks, proposedToBase, type PlacedHunk } from '../../main/common/review/suggestions.ts';
import type { PlacedSuggestion, PlacedThread } from '../../main/common/review/types.ts';
import { unitKey } from '../../main/common/review/units.ts';
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

/** Per block text: the editor's changes to the text under review, placed (cached per pair of texts). */
const hunkCache = new Map<string, PlacedHunk[]>();
function changesOf(base: string | undefined, shown: string): PlacedHunk[] {
  if (base === undefined || base === shown) return [];
  const key = `${base}\u0000${shown}`;
  let hit = hunkCache.get(key);
  if (!hit) {
    hit = placeHunks(base, hunksOf(base, shown));
    if (hunkCache.size > 500) hunkCache.clear();
    hunkCache.set(key, hit);
  }
  return hit;
}

/**
 * The selection as a range of the text under review (one block only), or null. `base` holds the
 * text under review of each unit; without it the shown text is taken as that text.
 */
export function selectionToRange(
  editor: Editor,
  range: BaseRange,
  base?: ReadonlyMap<string, string>,
): { blockId: string; field: 'text'; start: number; end: number; quote: string } | null {
  const [from, to] = Range.edges(range);
  const a = pointToOffset(editor, from);
  const b = pointToOffset(editor, to);
  if (!a || !b || a.blockId !== b.blockId) return null;
  const baseText = base?.get(unitKey(a.blockId, 'text'));
  const block = blockAbove(editor, from.path);
  if (baseText === undefined || !block)
    return { blockId: a.blockId, field: 'text', start: a.offset, end: b.offset, quote: Editor.string(editor, range) };
  const hunks = changesOf(baseText, Node.string(block.node));
  const start = proposedToBase(hunks, a.offset);
  const end = Math.max(start, proposedToBase(hunks, b.offset));
  return { blockId: a.blockId, field: 'text', start, end, quote: baseText.slice(start, end) };
}

/**
 * Whether a letter typed at `point` lengthens an insertion the editor's own text already has
 * there (the point is inside it or at its end), so the browser may type it itself: it lands in
 * that insertion's leaf. A letter that starts a new insertion splits the leaf it lands in, and
 * the page's caret would be left in the old one (ReviewDocument types those through the model).
 */
export function lengthensInsertion(editor: Editor, point: Point, base: ReadonlyMap<string, string>): boolean {
  const at = pointToOffset(editor, point);
  const block = blockAbove(editor, point.path);
  if (!at || !block) return false;
  return changesOf(base.get(unitKey(at.blockId, 'text')), Node.string(block.node)).some(
    (h) => h.insert !== '' && h.at < at.offset && at.offset <= h.at + h.insert.length,
  );
}

interface Mark {
  start: number;
  end: number;
  props: Partial<Text>;
}

/** What the decorator draws, besides the editor's own changes (found in the text itself). */
export interface TrackLayers {
  /** The text under review of each unit (`blockId#field`). */
  base: ReadonlyMap<string, string>;
  threads: readonly PlacedThread[];
  /** Open suggestions drawn over the text: everyone's but those already in it (the editor's own). */
  suggestions: readonly PlacedSuggestion[];
  /**
   * The editor's own suggestion chosen in the list, if any, to highlight it (only that one: the
   * marks of the editor's own changes must not change when the service answers while they type).
   */
  mine: readonly PlacedSuggestion[];
  since: SinceChanges | null;
  activeId: string | null;
}

/** Text shown beside a letter: before the mark's first letter, or after its last at a block's end. */
function beside(marks: Mark[], at: number, length: number, before: Partial<Text>, after: Partial<Text>): void {
  if (at < length) marks.push({ start: at, end: at + 1, props: before });
  else if (length > 0) marks.push({ start: length - 1, end: length, props: after });
}

/** Every mark of one block, in offsets of the text shown. */
export function blockMarks(blockId: string, shown: string, layers: TrackLayers): Mark[] {
  const base = layers.base.get(unitKey(blockId, 'text'));
  const hunks = changesOf(base, shown);
  const toShown = (offset: number): number => baseToProposed(hunks, offset);
  const marks: Mark[] = [];
  const active = (id: string): Partial<Text> => (id === layers.activeId ? { reviewActive: true } : {});

  // The editor's own changes: inserted words underlined, deleted ones struck where they were.
  for (const h of hunks) {
    const own = layers.mine.find(
      (s) => s.anchor.blockId === blockId && s.anchor.field === 'text' && s.anchor.start <= h.end && h.start <= s.anchor.end,
    );
    const flag = own ? active(own.id) : {};
    if (h.insert) marks.push({ start: h.at, end: h.at + h.insert.length, props: { suggestInsert: 'own', ...flag } });
    if (h.deleted) beside(marks, h.at, shown.length, { suggestDeleted: h.deleted, ...flag }, { suggestDeletedAfter: h.deleted, ...flag });
  }
  for (const th of layers.threads) {
    const a = th.anchor;
    if (!a || th.anchorState === 'lost' || a.blockId !== blockId || a.field !== 'text' || a.end <= a.start) continue;
    marks.push({
      start: toShown(a.start),
      end: toShown(a.end),
      props: { reviewThread: th.resolved ? 'resolved' : 'open', ...active(th.id) },
    });
  }
  for (const s of layers.suggestions) {
    const a = s.anchor;
    if (s.status !== 'open' || s.anchorState === 'lost' || a.blockId !== blockId || a.field !== 'text') continue;
    const start = toShown(a.start);
    const end = toShown(a.end);
    if (end > start) marks.push({ start, end, props: { reviewDelete: s.id, ...active(s.id) } });
    if (!s.insert) continue;
    // Another's inserted text is not in the article: drawn after the range's last letter (at the
    // very start, before the first).
    if (end > 0) marks.push({ start: end - 1, end, props: { reviewInsertAfter: s.insert, ...active(s.id) } });
    else if (shown.length > 0) marks.push({ start: 0, end: 1, props: { reviewInsertBefore: s.insert, ...active(s.id) } });
  }
  // What the reporter changed since the previous submission, where the text is still theirs.
  const unit = layers.since?.units.find((u) => u.blockId === blockId && u.field === 'text');
  if (unit && base !== undefined) {
    const newer = unit.ops
      .filter((o) => o.op !== 'delete')
      .map((o) => o.text)
      .join('');
    if (newer === base) {
      let pos = 0;
      for (const op of unit.ops) {
        if (op.op === 'equal') pos += op.text.length;
        else if (op.op === 'insert') {
          if (op.text.trim()) marks.push({ start: toShown(pos), end: toShown(pos + op.text.length), props: { sinceInsert: true } });
          pos += op.text.length;
        } else if (op.text.trim()) beside(marks, toShown(pos), shown.length, { sinceDeleted: op.text }, { sinceDeletedAfter: op.text });
      }
    }
  }
  return marks;
}

/** The review's decorator over an editor showing the article. */
export function trackDecorator(editor: Editor, layers: TrackLayers): Decorator {
  // Per block object: Slate keeps an unchanged block the same object, so a keystroke works out
  // the marks of one block again, not of the article.
  const cache = new WeakMap<object, Mark[]>();
  return ([node, path]) => {
    if (!Text.isText(node)) return [];
    const block = blockAbove(editor, path);
    if (!block) return [];
    let list = cache.get(block.node);
    if (!list) cache.set(block.node, (list = blockMarks(block.id, Node.string(block.node), layers)));
    if (list.length === 0) return [];
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

// The article as a list of text units, the places a comment, a suggestion or a diff can point
// at: one per text block (headline, sapo, paragraph, heading, quote, list item) and three per
// figure (caption, credit, alt). Offsets are UTF-16 positions in a unit's plain text, links and
// marks flattened, the way the editor's selection reports them.

import { blockText, type Block, type TextRun } from '../article/model.ts';

export type TextField = 'text' | 'caption' | 'credit' | 'alt';
export const TEXT_FIELDS: readonly TextField[] = ['text', 'caption', 'credit', 'alt'];
export const FIGURE_FIELDS = ['caption', 'credit', 'alt'] as const;

export interface TextUnit {
  blockId: string;
  field: TextField;
  /** The block type, e.g. `paragraph`, `list-item`, `figure`. */
  type: string;
  text: string;
}

export const unitKey = (blockId: string, field: TextField): string => `${blockId}#${field}`;

type Node = Record<string, unknown> & { children?: unknown[] };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasBlockChildren = (node: Node): boolean =>
  Array.isArray(node.children) && node.children.some((c) => isNode(c) && typeof c.type === 'string' && c.type !== 'link');

/** Ids come from the model; a block without one (hand-edited file) gets its position instead. */
const idOf = (node: Node, path: string): string => (typeof node.id === 'string' && node.id ? node.id : `@${path}`);

function walk(nodes: unknown[], path: string, visit: (node: Node, id: string) => void): void {
  nodes.forEach((node, i) => {
    if (!isNode(node)) return;
    const p = path ? `${path}.${i}` : String(i);
    if (node.type === 'figure') visit(node, idOf(node, p));
    else if (hasBlockChildren(node)) walk(node.children ?? [], p, visit);
    else visit(node, idOf(node, p));
  });
}

/** Every text unit of the content, in reading order. */
export function textUnits(content: readonly Block[]): TextUnit[] {
  const units: TextUnit[] = [];
  walk(content as unknown[], '', (node, id) => {
    const type = typeof node.type === 'string' ? node.type : 'paragraph';
    if (type === 'figure') {
      for (const field of FIGURE_FIELDS)
        units.push({ blockId: id, field, type, text: typeof node[field] === 'string' ? (node[field] as string) : '' });
    } else {
      units.push({ blockId: id, field: 'text', type, text: blockText(node as { children?: unknown[] }) });
    }
  });
  return units;
}

export function findUnit(units: readonly TextUnit[], blockId: string, field: TextField): TextUnit | undefined {
  return units.find((u) => u.blockId === blockId && u.field === field);
}

interface Leaf {
  run: TextRun;
  /** The array holding the run (a block's or a link's children). */
  siblings: unknown[];
  inLink: boolean;
  start: number;
  end: number;
}

function leavesOf(block: Node): Leaf[] {
  const leaves: Leaf[] = [];
  let pos = 0;
  const visit = (children: unknown[], inLink: boolean): void => {
    for (const child of children) {
      if (!isNode(child)) continue;
      if (typeof child.text === 'string' && !Array.isArray(child.children)) {
        const run = child as unknown as TextRun;
        leaves.push({ run, siblings: children, inLink, start: pos, end: pos + run.text.length });
        pos += run.text.length;
      } else if (Array.isArray(child.children)) {
        visit(child.children, inLink || child.type === 'link');
      }
    }
  };
  visit(block.children ?? [], false);
  return leaves;
}

/** Drops the empty runs and empty links an edit leaves, keeping one run so the block stays valid. */
function tidy(children: unknown[]): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i];
    if (!isNode(c)) continue;
    if (Array.isArray(c.children)) {
      tidy(c.children);
      if (c.type === 'link' && blockText(c as { children?: unknown[] }) === '' && children.length > 1) children.splice(i, 1);
    } else if (c.text === '' && children.length > 1) {
      children.splice(i, 1);
    }
  }
  if (children.length === 0) children.push({ text: '' });
}

/**
 * Replaces [start, end) of a unit's text with `insert` and returns new content (the input is
 * not touched). Inserted text takes the marks of the first replaced character, or, for a pure
 * insertion, of the text just before it (as typing does), never extending a link from its end.
 * Returns null when the unit is missing or the range falls outside its text.
 */
export function replaceInUnit(
  content: readonly Block[],
  blockId: string,
  field: TextField,
  start: number,
  end: number,
  insert: string,
): Block[] | null {
  const copy = structuredClone(content) as Block[];
  let target: Node | null = null;
  walk(copy as unknown[], '', (node, id) => {
    if (id === blockId && !target) target = node;
  });
  const block = target as Node | null;
  if (!block) return null;
  if (field !== 'text') {
    if (block.type !== 'figure') return null;
    const text = typeof block[field] === 'string' ? (block[field] as string) : '';
    if (start < 0 || end < start || end > text.length) return null;
    block[field] = text.slice(0, start) + insert + text.slice(end);
    return copy;
  }
  if (block.type === 'figure') return null;
  if (!Array.isArray(block.children)) block.children = [{ text: '' }];
  const leaves = leavesOf(block);
  const total = leaves.length ? leaves[leaves.length - 1].end : 0;
  if (start < 0 || end < start || end > total) return null;
  if (leaves.length === 0) {
    block.children.push({ text: '' });
    return replaceInUnit(copy, blockId, field, start, end, insert);
  }

  // Where the new text goes, chosen before anything is removed.
  let host: Leaf;
  if (end > start) host = leaves.find((l) => l.start <= start && start < l.end) ?? leaves[leaves.length - 1];
  else {
    const inside = leaves.find((l) => l.start < start && start < l.end);
    const before = leaves.filter((l) => l.end === start && l.start < l.end).pop();
    const after = leaves.find((l) => l.start === start && l.end > l.start);
    host = inside ?? (before && !(before.inLink && after) ? before : (after ?? before ?? leaves[0]));
  }
  for (const leaf of leaves) {
    const from = Math.max(start, leaf.start) - leaf.start;
    const to = Math.min(end, leaf.end) - leaf.start;
    if (leaf === host) {
      const at = Math.min(Math.max(start - leaf.start, 0), leaf.run.text.length);
      const cutTo = Math.max(to, at);
      leaf.run.text = leaf.run.text.slice(0, at) + insert + leaf.run.text.slice(cutTo);
    } else if (to > from) {
      leaf.run.text = leaf.run.text.slice(0, from) + leaf.run.text.slice(to);
    }
  }
  tidy(block.children);
  return copy;
}

/** A figure as the review labels it: its block, its photo and its caption. */
export interface FigureRef {
  blockId: string;
  assetId: string;
  caption: string;
}

/** Every figure of the content, in reading order ("Ảnh 1" is the first). */
export function figureBlocks(content: readonly Block[]): FigureRef[] {
  const out: FigureRef[] = [];
  walk(content as unknown[], '', (node, id) => {
    if (node.type === 'figure' && typeof node.assetId === 'string')
      out.push({ blockId: id, assetId: node.assetId, caption: typeof node.caption === 'string' ? node.caption : '' });
  });
  return out;
}

/** Asset ids of every figure in the content, in order, once each. */
export function figureAssets(content: readonly Block[]): string[] {
  return [...new Set(figureBlocks(content).map((f) => f.assetId))];
}

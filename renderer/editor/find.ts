// Find and replace over the article in Slate: which blocks are searched, where matches stand
// as Slate ranges, the decorator that marks them, and the replacements (main/common/text/
// find-text.ts does the matching itself). A figure's caption, credit and alt text are searched
// too: they are fields of the figure node, so their matches are offsets in a field, replaced by
// setNodes and never decorated (the fields are inputs, not Slate text). The state lives in a
// small store per editor so the panel (FindReplace.tsx) and the editor's `decorate`
// (ArticleEditor.tsx) share it without re-rendering the editor on every keystroke in the find box.

import { useSyncExternalStore } from 'react';
import { Editor, Element, Node, Path, Range, Text, Transforms, type BaseRange, type NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import { findKey, keyQuery, keyText, type FindOptions, type KeyedText } from '../../main/common/text/find-text.ts';
import { nfc } from '../../main/common/text/nfc.ts';
import { keepCase } from '../../main/common/text/replace-case.ts';
import type { FigureBlock } from '../../main/common/article/model.ts';
import type { Decorator } from './decorations.ts';
import './slate-types.ts';

/** The figure's fields Find searches, in the order they show under the photo. */
export const FIGURE_FIELDS = ['caption', 'credit', 'alt'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** One match: a block, offsets in its text, and the Slate range they cover. */
export interface BlockMatch {
  path: Path;
  start: number;
  end: number;
  /** Set for a figure: the offsets are in this field. */
  field?: FigureField;
  /** For a field, the figure's empty text: enough to place the match among the blocks. */
  range: Range;
}

export interface FindQuery {
  query: string;
  options: FindOptions;
}

/**
 * Blocks holding running text: headline, sapo, paragraphs, headings, quotes and list items.
 * Figures are not: their words are in fields (fieldsOf).
 */
function isTextBlock(editor: Editor, node: Node): node is Element {
  return Element.isElement(node) && !editor.isInline(node) && node.type !== 'figure' && node.children.some((c) => Text.isText(c));
}

const isFigure = (node: Node): node is FigureBlock => Element.isElement(node) && node.type === 'figure';

/** What Find reads in a block: its text (no field), or a figure's fields in order. */
const fieldsOf = (block: Element): readonly (FigureField | undefined)[] => (block.type === 'figure' ? FIGURE_FIELDS : [undefined]);
const textOf = (block: Element, field: FigureField | undefined): string =>
  field && block.type === 'figure' ? block[field] : Node.string(block);

/** The Slate range of [start, end) in a text block's plain text (Node.string). */
export function rangeInBlock(block: Element, path: Path, start: number, end: number): Range {
  let anchor: { path: Path; offset: number } | null = null;
  let focus: { path: Path; offset: number } | null = null;
  let at = 0;
  let last: { path: Path; offset: number } = { path: [...path, 0], offset: 0 };
  for (const [text, rel] of Node.texts(block)) {
    const to = at + text.text.length;
    const leaf = [...path, ...rel];
    // A start at a leaf boundary belongs to the next leaf, an end to the previous one.
    if (!anchor && start < to) anchor = { path: leaf, offset: start - at };
    if (!focus && end <= to) focus = { path: leaf, offset: end - at };
    last = { path: leaf, offset: text.text.length };
    at = to;
  }
  return { anchor: anchor ?? last, focus: focus ?? last };
}

// A block's compared form, kept per block object: Slate keeps an unchanged block identical, so
// while the panel is open a keystroke re-folds one paragraph, not the article.
// (A figure is replaced by a new object when any field changes, so it caches the same way.)
const keyed = new WeakMap<Element, { form: string; keys: KeyedText[] }>();

function keyedBlock(block: Element, options: FindOptions): KeyedText[] {
  const form = `${!!options.matchCase}|${!!options.ignoreTones}`;
  const hit = keyed.get(block);
  if (hit && hit.form === form) return hit.keys;
  const keys = fieldsOf(block).map((field) => keyText(textOf(block, field), options));
  keyed.set(block, { form, keys });
  return keys;
}

// The last answer for each block, reused while neither the block, its place nor the query changed
// (the panel and the decorator both ask after every edit).
const answered = new WeakMap<Element, { ask: string; path: Path; matches: BlockMatch[] }>();

/** Matches in one text block or figure (caption, then credit, then alt), in order. */
export function matchesInBlock(block: Element, path: Path, q: string, options: FindOptions): BlockMatch[] {
  const ask = `${!!options.matchCase}|${!!options.ignoreTones}|${!!options.wholeWord}|${q}`;
  const hit = answered.get(block);
  if (hit && hit.ask === ask && Path.equals(hit.path, path)) return hit.matches;
  const fields = fieldsOf(block);
  const matches = keyedBlock(block, options).flatMap((key, i) => {
    if (!key.key) return [];
    const found = findKey(key, q, options.wholeWord ?? false);
    const field = fields[i];
    if (!field) return found.map(([start, end]) => ({ path, start, end, range: rangeInBlock(block, path, start, end) }));
    const at = { path: [...path, 0], offset: 0 };
    return found.map(([start, end]) => ({ path, start, end, field, range: { anchor: at, focus: at } }));
  });
  answered.set(block, { ask, path, matches });
  return matches;
}

/** Every match in the article, in reading order. */
export function findInArticle(editor: Editor, { query, options }: FindQuery): BlockMatch[] {
  const q = keyQuery(query, options);
  if (!q) return [];
  const out: BlockMatch[] = [];
  for (const [node, path] of Editor.nodes(editor, { at: [], match: (n) => isTextBlock(editor, n) || isFigure(n) })) {
    out.push(...matchesInBlock(node as Element, path, q, options));
  }
  return out;
}

/** The first match at or after a point (the caret), else the first of all. */
export function matchAfter(matches: BlockMatch[], at: Range | null): number {
  if (!matches.length) return -1;
  if (!at) return 0;
  const start = Range.start(at);
  const i = matches.findIndex(
    (m) =>
      !Path.isBefore(m.range.anchor.path, start.path) &&
      (Path.compare(m.range.anchor.path, start.path) > 0 || m.range.anchor.offset >= start.offset),
  );
  return i < 0 ? 0 : i;
}

/** The first match after a replaced one's new text (the replacement may itself match), else 0. */
export function matchAfterReplaced(matches: BlockMatch[], replaced: BlockMatch, replacement: string): number {
  const end = replaced.start + nfc(replacement).length;
  const rank = (m: BlockMatch): number => (m.field ? FIGURE_FIELDS.indexOf(m.field) : -1);
  const i = matches.findIndex((m) => {
    const byPath = Path.compare(m.path, replaced.path);
    return byPath > 0 || (byPath === 0 && (rank(m) > rank(replaced) || (rank(m) === rank(replaced) && m.start >= end)));
  });
  return i < 0 ? 0 : i;
}

/** The text a match covers now. */
function foundText(editor: Editor, match: BlockMatch): string {
  if (!match.field) return Editor.string(editor, match.range);
  const figure = Node.get(editor, match.path);
  return isFigure(figure) ? figure[match.field].slice(match.start, match.end) : '';
}

/**
 * What replaces a match: the replacement as typed with "match case" on, else in the match's own
 * case pattern (`Đảng viên` at a sentence start, `ĐẢNG VIÊN` in capitals), in NFC.
 */
export function replacementFor(editor: Editor, match: BlockMatch, replacement: string, options: FindOptions): string {
  return nfc(options.matchCase ? replacement : keepCase(foundText(editor, match), replacement));
}

/**
 * Replaces the matches of one figure field (in order, as found) with one setNodes. The string is
 * rebuilt from the last match back so the earlier offsets stay true, and stored NFC as typed.
 */
function replaceInField(editor: Editor, spans: BlockMatch[], texts: string[]): void {
  const { path, field } = spans[0];
  const figure = Node.get(editor, path);
  if (!field || !isFigure(figure)) return;
  let value = figure[field];
  for (let i = spans.length - 1; i >= 0; i--) value = value.slice(0, spans[i].start) + texts[i] + value.slice(spans[i].end);
  Transforms.setNodes<FigureBlock>(editor, { [field]: nfc(value) }, { at: path });
}

/** Replaces one match (in its case pattern unless match case is on, see replacementFor). */
export function replaceMatch(editor: Editor, match: BlockMatch, replacement: string, options: FindOptions = {}): void {
  const text = replacementFor(editor, match, replacement, options);
  HistoryEditor.withNewBatch(editor, () => {
    if (match.field) replaceInField(editor, [match], [text]);
    else Transforms.insertText(editor, text, { at: match.range });
  });
}

/**
 * Replaces every match as ONE undo step, each in its own case pattern. Text from the last match
 * to the first, so the offsets of the matches not yet replaced stay true; each figure field
 * once, with all its matches (replacing inside a block never moves a figure's path).
 */
export function replaceAll(editor: Editor, matches: BlockMatch[], replacement: string, options: FindOptions = {}): number {
  if (!matches.length) return 0;
  const texts = matches.map((m) => replacementFor(editor, m, replacement, options));
  const fields = new Map<string, { spans: BlockMatch[]; texts: string[] }>();
  matches.forEach((m, i) => {
    if (!m.field) return;
    const at = `${m.path.join('.')}:${m.field}`;
    const entry = fields.get(at) ?? { spans: [], texts: [] };
    entry.spans.push(m);
    entry.texts.push(texts[i]);
    fields.set(at, entry);
  });
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (let i = matches.length - 1; i >= 0; i--)
        if (!matches[i].field) Transforms.insertText(editor, texts[i], { at: matches[i].range });
      for (const { spans, texts: own } of fields.values()) replaceInField(editor, spans, own);
    });
  });
  return matches.length;
}

// ——— the shared state: what the decorator marks ———

interface Marked {
  find: FindQuery | null;
  /** The current match: its block, field (a figure's) and start offset. */
  current: { path: Path; start: number; field?: FigureField } | null;
}

interface Store {
  state: Marked;
  decorate: Decorator;
  listeners: Set<() => void>;
}

const stores = new WeakMap<Editor, Store>();

function makeDecorator(editor: Editor, { find, current }: Marked): Decorator {
  if (!find) return () => [];
  const q = keyQuery(find.query, find.options);
  if (!q) return () => [];
  return ([node, path]: NodeEntry): BaseRange[] => {
    if (!isTextBlock(editor, node)) return [];
    return matchesInBlock(node, path, q, find.options).map((m) => ({
      ...m.range,
      findMatch: true,
      ...(current && current.start === m.start && Path.equals(current.path, path) ? { findCurrent: true } : {}),
    }));
  };
}

function storeOf(editor: Editor): Store {
  let store = stores.get(editor);
  if (!store) {
    const state: Marked = { find: null, current: null };
    stores.set(editor, (store = { state, decorate: makeDecorator(editor, state), listeners: new Set() }));
  }
  return store;
}

/** Sets what is marked (null: nothing); the editor re-decorates once. */
export function markFound(editor: Editor, find: FindQuery | null, current: BlockMatch | null): void {
  const store = storeOf(editor);
  const next: Marked = { find, current: current ? { path: current.path, start: current.start, field: current.field } : null };
  const prev = store.state;
  const same =
    prev.find?.query === next.find?.query &&
    JSON.stringify(prev.find?.options) === JSON.stringify(next.find?.options) &&
    prev.current?.start === next.current?.start &&
    prev.current?.field === next.current?.field &&
    (prev.current === next.current || (!!prev.current && !!next.current && Path.equals(prev.current.path, next.current.path)));
  if (same) return;
  store.state = next;
  store.decorate = makeDecorator(editor, next);
  for (const l of store.listeners) l();
}

/** The decorator for what is marked now (useFindDecorator follows its changes). */
export const findDecoratorOf = (editor: Editor): Decorator => storeOf(editor).decorate;

/** The find decorator of an editor, for combineDecorators in ArticleEditor.tsx. */
export function useFindDecorator(editor: Editor): Decorator {
  const store = storeOf(editor);
  return useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.decorate,
  );
}

// What the desk says about an article, besides the verdict: comment threads and suggestions
// (track changes). They travel in every package as review.json, so both sides hold the same
// notes; mergeNotes() folds in what arrives without losing anything either side wrote.

import type { Block } from '../article/model.ts';
import { resolveAnchor, shiftAnchor, type Anchor, type AnchorState } from './anchor.ts';
import { photoOfUnit, resolveFigureTarget, type FigureTarget, type PhotoLabel } from './figure-target.ts';
import { figureBlocks, replaceInUnit, textUnits, type TextUnit } from './units.ts';

export interface Person {
  keyId: string;
  name: string;
}

export interface ReviewComment {
  id: string;
  author: Person;
  text: string;
  createdAt: string;
}

export interface Thread {
  id: string;
  /** null for a comment on the whole article or on a photo. */
  anchor: Anchor | null;
  /** A comment on a photo itself (its anchor is then null). */
  figure?: FigureTarget;
  comments: ReviewComment[];
  resolved: boolean;
  resolvedBy?: Person;
  /** When `resolved` last changed (the later change wins when notes merge). */
  stateAt: string;
}

export type SuggestionStatus = 'open' | 'accepted' | 'rejected';

/** Replace the anchored range (possibly empty: an insertion) with `insert` (possibly empty: a deletion). */
export interface Suggestion {
  id: string;
  author: Person;
  createdAt: string;
  anchor: Anchor;
  insert: string;
  status: SuggestionStatus;
  decidedBy?: Person;
  decidedAt?: string;
}

export interface ReviewNotes {
  threads: Thread[];
  suggestions: Suggestion[];
}

export const emptyNotes = (): ReviewNotes => ({ threads: [], suggestions: [] });

export interface Placed<T> {
  item: T;
  state: AnchorState;
  /** The photo a thread is about (a photo comment, or one on a caption, credit or alt text). */
  photo?: PhotoLabel;
}

/** Each note with its anchor re-found in `content` (for display; nothing is changed). */
export function placeNotes(
  notes: ReviewNotes,
  content: readonly Block[],
): { threads: Placed<Thread>[]; suggestions: Placed<Suggestion>[] } {
  const units = textUnits(content);
  const figures = figureBlocks(content);
  return {
    threads: notes.threads.map((t): Placed<Thread> => {
      if (t.figure) {
        const r = resolveFigureTarget(t.figure, figures);
        return { item: { ...t, figure: r.target }, state: r.state, ...(r.photo ? { photo: r.photo } : {}) };
      }
      if (!t.anchor) return { item: t, state: 'exact' };
      const r = resolveAnchor(t.anchor, units);
      const photo = r.state !== 'lost' && r.anchor.field !== 'text' ? photoOfUnit(r.anchor.blockId, figures) : null;
      return { item: { ...t, anchor: r.anchor }, state: r.state, ...(photo ? { photo } : {}) };
    }),
    suggestions: notes.suggestions.map((s) => {
      if (s.status !== 'open') return { item: s, state: 'exact' as AnchorState };
      const r = resolveAnchor(s.anchor, units);
      return { item: { ...s, anchor: r.anchor }, state: r.state };
    }),
  };
}

/** Stores the re-found anchors of open notes, so offsets follow the text between versions. */
export function reanchorNotes(notes: ReviewNotes, content: readonly Block[]): ReviewNotes {
  const placed = placeNotes(notes, content);
  return {
    threads: placed.threads.map((p) => (p.state === 'moved' ? p.item : (notes.threads.find((t) => t.id === p.item.id) ?? p.item))),
    suggestions: placed.suggestions.map((p) =>
      p.state === 'moved' ? p.item : (notes.suggestions.find((s) => s.id === p.item.id) ?? p.item),
    ),
  };
}

export type Selector = 'all' | readonly string[];
const selected = (sel: Selector, id: string): boolean => sel === 'all' || sel.includes(id);

export interface AcceptResult {
  content: Block[];
  notes: ReviewNotes;
  accepted: string[];
  /** Suggestions whose text is no longer there (left open). */
  failed: string[];
}

/**
 * Applies open suggestions to the content, last in the text first so earlier offsets hold, and
 * moves every other anchor in the same unit along with each edit.
 */
export function acceptSuggestions(content: readonly Block[], notes: ReviewNotes, sel: Selector, by: Person, at: string): AcceptResult {
  let current = structuredClone(content) as Block[];
  let threads = notes.threads.map((t) => ({ ...t }));
  let suggestions = notes.suggestions.map((s) => ({ ...s }));
  const accepted: string[] = [];
  const failed: string[] = [];

  const order = (units: TextUnit[], a: Anchor): number => units.findIndex((u) => u.blockId === a.blockId && u.field === a.field);
  const units0 = textUnits(current);
  const targets = suggestions
    .filter((s) => s.status === 'open' && selected(sel, s.id))
    .map((s) => ({ s, placed: resolveAnchor(s.anchor, units0) }))
    .sort((a, b) => order(units0, b.placed.anchor) - order(units0, a.placed.anchor) || b.placed.anchor.start - a.placed.anchor.start);

  for (const { s } of targets) {
    const live = suggestions.find((x) => x.id === s.id) ?? s;
    const r = resolveAnchor(live.anchor, textUnits(current));
    const next =
      r.state === 'lost' ? null : replaceInUnit(current, r.anchor.blockId, r.anchor.field, r.anchor.start, r.anchor.end, live.insert);
    if (!next) {
      failed.push(s.id);
      continue;
    }
    current = next;
    const { blockId, field, start, end } = r.anchor;
    const shift = (a: Anchor): Anchor => shiftAnchor(a, blockId, field, start, end, live.insert.length);
    threads = threads.map((t) => (t.anchor ? { ...t, anchor: shift(t.anchor) } : t));
    // An accepted suggestion keeps the range it replaced (quote = the old text), so the other
    // side can apply it to its own copy of the text.
    suggestions = suggestions.map((x) =>
      x.id === s.id
        ? { ...x, anchor: r.anchor, status: 'accepted' as const, decidedBy: by, decidedAt: at }
        : x.status === 'open'
          ? { ...x, anchor: shift(x.anchor) }
          : x,
    );
    accepted.push(s.id);
  }
  return { content: current, notes: { threads, suggestions }, accepted, failed };
}

/** Marks open suggestions rejected; the text is unchanged. */
export function rejectSuggestions(notes: ReviewNotes, sel: Selector, by: Person, at: string): { notes: ReviewNotes; rejected: string[] } {
  const rejected: string[] = [];
  const suggestions = notes.suggestions.map((s) => {
    if (s.status !== 'open' || !selected(sel, s.id)) return s;
    rejected.push(s.id);
    return { ...s, status: 'rejected' as const, decidedBy: by, decidedAt: at };
  });
  return { notes: { ...notes, suggestions }, rejected };
}

const byTime = <T extends { createdAt: string; id: string }>(a: T, b: T): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function mergeThread(local: Thread, incoming: Thread): Thread {
  const comments = new Map(local.comments.map((c) => [c.id, c]));
  for (const c of incoming.comments) if (!comments.has(c.id)) comments.set(c.id, c);
  const state = incoming.stateAt > local.stateAt ? incoming : local;
  return {
    ...local,
    comments: [...comments.values()].sort(byTime),
    resolved: state.resolved,
    stateAt: state.stateAt,
    ...(state.resolvedBy ? { resolvedBy: state.resolvedBy } : { resolvedBy: undefined }),
  };
}

function mergeSuggestion(local: Suggestion, incoming: Suggestion): Suggestion {
  if (local.status === incoming.status) return local;
  if (local.status === 'open') return { ...incoming, anchor: incoming.anchor };
  if (incoming.status === 'open') return local;
  return (incoming.decidedAt ?? '') > (local.decidedAt ?? '') ? incoming : local;
}

/** Union of both sides' notes: every comment kept; a decided suggestion beats an open one. */
export function mergeNotes(local: ReviewNotes, incoming: ReviewNotes): ReviewNotes {
  const threads = new Map(local.threads.map((t) => [t.id, t]));
  for (const t of incoming.threads) threads.set(t.id, threads.has(t.id) ? mergeThread(threads.get(t.id) as Thread, t) : t);
  const suggestions = new Map(local.suggestions.map((s) => [s.id, s]));
  for (const s of incoming.suggestions)
    suggestions.set(s.id, suggestions.has(s.id) ? mergeSuggestion(suggestions.get(s.id) as Suggestion, s) : s);
  const clean = (t: Thread): Thread => {
    if (t.resolvedBy) return t;
    const { resolvedBy: _gone, ...rest } = t;
    return rest;
  };
  return {
    threads: [...threads.values()]
      .map(clean)
      .sort((a, b) => byTime(a.comments[0] ?? { createdAt: a.stateAt, id: a.id }, b.comments[0] ?? { createdAt: b.stateAt, id: b.id })),
    suggestions: [...suggestions.values()].sort(byTime),
  };
}

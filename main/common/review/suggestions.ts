// Suggesting mode (docs/review.md): the editor types, deletes and pastes straight into the text,
// and what they typed is kept as suggestions for the reporter to accept or reject, never applied
// by itself. The editor's screen holds the text as the editor would have it; the suggestions of
// one unit are the word diff between the text under review and that text. So whatever the
// keyboard did on the way (UniKey's Backspace-and-retype bursts, a composition, a paste, undo)
// only the result counts: letters the editor typed and took back never become a deletion of
// their own, and an edit next to another is one suggestion.

import { diffArrays } from 'diff';
import type { Block } from '../article/model.ts';
import { makeAnchor, resolveAnchor, type Anchor } from './anchor.ts';
import { tokenize } from './diff.ts';
import type { Person, ReviewNotes, Suggestion } from './notes.ts';
import { findUnit, textUnits, type TextField, type TextUnit } from './units.ts';

/** Replace base[start, end) with `insert`: an empty range inserts, an empty insert deletes. */
export interface Hunk {
  start: number;
  end: number;
  insert: string;
}

const isSpace = (t: string): boolean => /^\s+$/u.test(t);

/** Common leading and trailing white space of a replacement is not part of it. */
function trimHunk(h: Hunk, base: string): Hunk | null {
  let { start, end, insert } = h;
  while (start < end && insert && base[start] === insert[0] && /\s/u.test(insert[0])) {
    start++;
    insert = insert.slice(1);
  }
  while (start < end && insert && base[end - 1] === insert[insert.length - 1] && /\s/u.test(insert[insert.length - 1])) {
    end--;
    insert = insert.slice(0, -1);
  }
  return start === end && !insert ? null : { start, end, insert };
}

/** What may stand between two changes that are still one edit: white space, or one word. */
const ONE_WORD = /^[\p{L}\p{M}\p{N}]*$/u;
const oneWordApart = (between: string): boolean => ONE_WORD.test(between.trim());

/** Joins changes one word apart: `mỗi tháng một lần` → `hằng tháng` is one replacement, not two. */
function joinNear(hunks: Hunk[], base: string): Hunk[] {
  const out: Hunk[] = [];
  for (const h of hunks) {
    const last = out[out.length - 1];
    const between = last ? base.slice(last.end, h.start) : '';
    if (last && oneWordApart(between)) out[out.length - 1] = { start: last.start, end: h.end, insert: last.insert + between + h.insert };
    else out.push(h);
  }
  return out;
}

/**
 * The changes from `base` to `proposed` as replacements of base ranges, whole syllables,
 * numbers and marks at a time (diff.ts's tokens). Changes that touch, or are apart by white
 * space or one word only, are one edit: `tham quan` → `ngắm` is one replacement, and so is
 * `mỗi tháng một lần` → `hằng tháng`.
 */
export function hunksOf(base: string, proposed: string): Hunk[] {
  if (base === proposed) return [];
  const a = tokenize(base);
  const b = tokenize(proposed);
  // Stored text is NFC; text that is not would not tokenise back to itself: one replacement then.
  if (a.join('') !== base || b.join('') !== proposed) {
    let head = 0;
    while (head < base.length && head < proposed.length && base[head] === proposed[head]) head++;
    let tail = 0;
    while (
      tail < base.length - head &&
      tail < proposed.length - head &&
      base[base.length - 1 - tail] === proposed[proposed.length - 1 - tail]
    )
      tail++;
    return [{ start: head, end: base.length - tail, insert: proposed.slice(head, proposed.length - tail) }];
  }
  const parts = diffArrays(a, b);
  const out: Hunk[] = [];
  let pos = 0;
  let cur: Hunk | null = null;
  parts.forEach((p, i) => {
    const text = p.value.join('');
    if (p.added) {
      cur ??= { start: pos, end: pos, insert: '' };
      cur.insert += text;
    } else if (p.removed) {
      cur ??= { start: pos, end: pos, insert: '' };
      pos += text.length;
      cur.end = pos;
    } else if (cur && isSpace(text) && i + 1 < parts.length) {
      // White space between two changes joins them (kept in the replacement).
      cur.insert += text;
      pos += text.length;
      cur.end = pos;
    } else {
      if (cur) out.push(cur);
      cur = null;
      pos += text.length;
    }
  });
  if (cur) out.push(cur);
  return joinNear(
    out.map((h) => trimHunk(h, base)).filter((h): h is Hunk => h !== null),
    base,
  );
}

/** Applies hunks (base offsets, in order, not overlapping) to the base text. */
export function applyHunks(base: string, hunks: readonly Hunk[]): string {
  let out = '';
  let pos = 0;
  for (const h of hunks) {
    out += base.slice(pos, h.start) + h.insert;
    pos = h.end;
  }
  return out + base.slice(pos);
}

/** A hunk as it stands in the proposed text: where its inserted text is, and the base text it replaces. */
export interface PlacedHunk {
  start: number;
  end: number;
  /** In the proposed text. */
  at: number;
  insert: string;
  deleted: string;
}

/** Where each hunk's inserted text stands in the proposed text. */
export function placeHunks(base: string, hunks: readonly Hunk[]): PlacedHunk[] {
  let delta = 0;
  return hunks.map((h) => {
    const placed = { ...h, at: h.start + delta, deleted: base.slice(h.start, h.end) };
    delta += h.insert.length - (h.end - h.start);
    return placed;
  });
}

/** A base offset in the proposed text (inside a replaced range: the start of its insertion). */
export function baseToProposed(hunks: readonly PlacedHunk[], offset: number): number {
  let delta = 0;
  for (const h of hunks) {
    if (offset < h.start) break;
    if (offset < h.end) return h.at;
    delta = h.at + h.insert.length - h.end;
  }
  return offset + delta;
}

/** A proposed-text offset in the base text (inside inserted text: the end of the range it replaces). */
export function proposedToBase(hunks: readonly PlacedHunk[], offset: number): number {
  let delta = 0;
  for (const h of hunks) {
    if (offset < h.at) break;
    if (offset <= h.at + h.insert.length && h.insert) return offset === h.at ? h.start : h.end;
    delta = h.end - (h.at + h.insert.length);
  }
  return offset + delta;
}

/** The editor's proposed text of one unit. */
export interface Proposal {
  blockId: string;
  field: TextField;
  text: string;
}

const inUnit = (a: Anchor, p: Pick<Proposal, 'blockId' | 'field'>): boolean => a.blockId === p.blockId && a.field === p.field;
const touches = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start <= b.end && b.start <= a.end;

/** The author's open suggestions, as the author's own view of the text shows them. */
export function openSuggestionsBy(notes: ReviewNotes, author: Person): Suggestion[] {
  return notes.suggestions.filter((s) => s.status === 'open' && s.author.keyId === author.keyId);
}

/**
 * The notes with the author's open suggestions of each proposed unit replaced by the hunks from
 * the unit's text to the proposal. A hunk that touches one of the author's earlier suggestions
 * keeps its id and time (it is the same suggestion, edited); others are new. Everyone else's
 * suggestions, and decided ones, are left alone. Throws `unknown unit` for a unit not in the text.
 */
export function proposeSuggestions(
  notes: ReviewNotes,
  content: readonly Block[],
  proposals: readonly Proposal[],
  author: Person,
  now: string,
  newId: () => string,
): ReviewNotes {
  const units: TextUnit[] = textUnits(content);
  let suggestions = [...notes.suggestions];
  for (const p of proposals) {
    const unit = findUnit(units, p.blockId, p.field);
    if (!unit) throw new Error(`unknown unit ${p.blockId}#${p.field}`);
    const mine = suggestions
      .filter((s) => s.status === 'open' && s.author.keyId === author.keyId)
      .map((s) => ({ s, placed: resolveAnchor(s.anchor, units) }))
      .filter(({ placed }) => placed.state !== 'lost' && inUnit(placed.anchor, p));
    const replaced = new Set(mine.map((m) => m.s.id));
    suggestions = suggestions.filter((s) => !replaced.has(s.id));
    const reused = new Set<string>();
    for (const h of hunksOf(unit.text, p.text)) {
      const earlier = mine.find((m) => !reused.has(m.s.id) && touches(m.placed.anchor, h));
      if (earlier) reused.add(earlier.s.id);
      const anchor = makeAnchor(units, p.blockId, p.field, h.start, h.end) as Anchor;
      suggestions.push({
        id: earlier?.s.id ?? newId(),
        author,
        createdAt: earlier?.s.createdAt ?? now,
        anchor,
        insert: h.insert,
        status: 'open',
      });
    }
  }
  suggestions.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...notes, suggestions };
}

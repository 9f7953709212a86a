// Where a comment or a suggestion points: a text range in one unit (block id + field + offsets),
// with the quoted text and a little context on each side. Offsets alone go stale as soon as the
// reporter types in that block, so the quote and context re-find the range: first at the same
// offsets, then in the same block, then anywhere in the article; if the quote is gone the
// anchor is kept but marked lost, so the comment is still shown (detached), never dropped.

import { findUnit, unitKey, type TextField, type TextUnit } from './units.ts';

export const CONTEXT_CHARS = 24;

export interface Anchor {
  blockId: string;
  field: TextField;
  start: number;
  end: number;
  /** The text of [start, end) when the anchor was made (empty for a point). */
  quote: string;
  prefix: string;
  suffix: string;
}

export type AnchorState = 'exact' | 'moved' | 'lost';

/** An anchor for [start, end) of a unit, or null if the unit is missing or the range is outside it. */
export function makeAnchor(units: readonly TextUnit[], blockId: string, field: TextField, start: number, end: number): Anchor | null {
  const unit = findUnit(units, blockId, field);
  if (!unit || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > unit.text.length) return null;
  return {
    blockId,
    field,
    start,
    end,
    quote: unit.text.slice(start, end),
    prefix: unit.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: unit.text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Length of the common ending of a and b. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common beginning of a and b. */
function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, start: number, end: number, anchor: Anchor): number {
  return (
    commonTail(text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix) +
    commonHead(text.slice(end, end + anchor.suffix.length), anchor.suffix)
  );
}

interface Candidate {
  unit: TextUnit;
  start: number;
  score: number;
  distance: number;
}

function candidatesIn(unit: TextUnit, anchor: Anchor, sameUnit: boolean): Candidate[] {
  const out: Candidate[] = [];
  const q = anchor.quote;
  if (q === '') {
    // A point (pure insertion): only its context can find it.
    for (let pos = 0; pos <= unit.text.length; pos++) {
      const score = contextScore(unit.text, pos, pos, anchor);
      if (score > 0) out.push({ unit, start: pos, score, distance: sameUnit ? Math.abs(pos - anchor.start) : Number.MAX_SAFE_INTEGER });
    }
    return out;
  }
  for (let pos = unit.text.indexOf(q); pos >= 0; pos = unit.text.indexOf(q, pos + 1)) {
    out.push({
      unit,
      start: pos,
      score: contextScore(unit.text, pos, pos + q.length, anchor),
      distance: sameUnit ? Math.abs(pos - anchor.start) : Number.MAX_SAFE_INTEGER,
    });
  }
  return out;
}

const better = (a: Candidate, b: Candidate): boolean => a.score > b.score || (a.score === b.score && a.distance < b.distance);

/** Finds an anchor's range in the current text (see the file comment for the order). */
export function resolveAnchor(anchor: Anchor, units: readonly TextUnit[]): { anchor: Anchor; state: AnchorState } {
  const unit = findUnit(units, anchor.blockId, anchor.field);
  if (unit && anchor.end <= unit.text.length && unit.text.slice(anchor.start, anchor.end) === anchor.quote) {
    const atPoint =
      anchor.quote !== '' ||
      (anchor.prefix === '' && anchor.suffix === '') ||
      (anchor.prefix !== '' && unit.text.slice(anchor.start - anchor.prefix.length, anchor.start) === anchor.prefix) ||
      (anchor.suffix !== '' && unit.text.slice(anchor.end, anchor.end + anchor.suffix.length) === anchor.suffix);
    if (atPoint) return { anchor, state: 'exact' };
  }
  // A short quote ("và", "Qua") occurs everywhere: found anywhere but where it was, it must
  // bring some of its context along, more of it in another block than in its own.
  const context = anchor.prefix.length + anchor.suffix.length;
  const needHere = anchor.quote.length >= 12 ? 0 : Math.min(4, context);
  const needElsewhere = anchor.quote.length >= 24 ? 0 : Math.min(8, context);
  const need = (min: number): number => (anchor.quote === '' ? Math.max(1, min) : min);
  let best: Candidate | null = null;
  if (unit) for (const c of candidatesIn(unit, anchor, true)) if (c.score >= need(needHere) && (!best || better(c, best))) best = c;
  if (!best) {
    for (const other of units) {
      if (unitKey(other.blockId, other.field) === unitKey(anchor.blockId, anchor.field)) continue;
      for (const c of candidatesIn(other, anchor, false)) if (c.score >= need(needElsewhere) && (!best || better(c, best))) best = c;
    }
  }
  if (!best) return { anchor, state: 'lost' };
  const start = best.start;
  return {
    anchor: { ...anchor, blockId: best.unit.blockId, field: best.unit.field, start, end: start + anchor.quote.length },
    state: 'moved',
  };
}

/**
 * Moves an anchor to follow an edit that replaced [start, end) of a unit with `inserted`
 * characters; ranges overlapping the edit are left for resolveAnchor to re-find by text.
 */
export function shiftAnchor(anchor: Anchor, blockId: string, field: TextField, start: number, end: number, inserted: number): Anchor {
  if (anchor.blockId !== blockId || anchor.field !== field) return anchor;
  const delta = inserted - (end - start);
  // A point exactly where text was inserted stays before that text.
  const pointAtInsertion = start === end && anchor.start === end && anchor.end === end;
  if (anchor.start >= end && !pointAtInsertion) return { ...anchor, start: anchor.start + delta, end: anchor.end + delta };
  return anchor;
}

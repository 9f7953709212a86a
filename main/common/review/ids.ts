// Ids for review objects: a prefix saying what it is, the time (so ids sort), and randomness
// (two laptops working offline must never pick the same id).

import { timeOrderedId } from '../article/ids.ts';

export type ReviewIdKind = 's' | 'd' | 'w' | 't' | 'c' | 'g';

/** `s-` submission, `d-` decision, `w-` withdrawal of a decision, `t-` thread, `c-` comment, `g-` suggestion. */
export function newReviewId(kind: ReviewIdKind, now = Date.now()): string {
  return timeOrderedId(kind, now, 10);
}

export const PACKAGE_ID_PATTERN = /^[sdw]-[0-9a-z]{6,12}-[0-9a-z]{6,12}$/;
export const REVIEW_ITEM_ID_PATTERN = /^[tcg]-[0-9a-z]{6,12}-[0-9a-z]{6,12}$/;

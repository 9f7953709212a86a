// Ids for review objects: a prefix saying what it is, the time (so ids sort), and randomness
// (two laptops working offline must never pick the same id).

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomPart(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

export type ReviewIdKind = 's' | 'd' | 't' | 'c' | 'g';

/** `s-` submission, `d-` decision, `t-` thread, `c-` comment, `g-` suggestion. */
export function newReviewId(kind: ReviewIdKind, now = Date.now()): string {
  return `${kind}-${now.toString(36).padStart(9, '0')}-${randomPart(10)}`;
}

export const PACKAGE_ID_PATTERN = /^[sd]-[0-9a-z]{6,12}-[0-9a-z]{6,12}$/;
export const REVIEW_ITEM_ID_PATTERN = /^[tcg]-[0-9a-z]{6,12}-[0-9a-z]{6,12}$/;

// Ids that sort by creation time and are safe as folder names on every OS.

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomPart(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

/** `<prefix>-<time, base 36, fixed width>-<random>`: sorts by creation, unique across laptops. */
export function timeOrderedId(prefix: string, now: number, randomLength: number): string {
  return `${prefix}-${now.toString(36).padStart(9, '0')}-${randomPart(randomLength)}`;
}

/** Article id: `a-` + time (base 36, fixed width) + random, e.g. `a-0m4x1k2p-7f3k9q`. */
export function newArticleId(now = Date.now()): string {
  return timeOrderedId('a', now, 6);
}

/** Block id, unique within an article. */
export function newBlockId(): string {
  return `b-${randomPart(10)}`;
}

export const ARTICLE_ID_PATTERN = /^a-[0-9a-z]{6,12}-[0-9a-z]{4,12}$/;

// The content hash an approval signs. Two machines must compute the same hash for the same
// article, whatever the JSON key order, Unicode form or Slate's run splitting, so the hash is
// taken over a canonical form: keys sorted, strings NFC, text runs merged when their marks agree,
// empty runs and false marks dropped. What the hash covers is what gets published: the article's
// id, its metadata and its content. It leaves out the version, times and status (bookkeeping),
// and meta.editorNote (talk between reporter and desk, never exported), so neither voids an
// approval.

import type { Article } from '../article/model.ts';
import { nfc } from '../text/nfc.ts';

/** Bump when the canonical form changes; it is recorded beside every hash in a manifest. */
export const CONTENT_HASH_VERSION = 1 as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const MARKS = ['bold', 'italic', 'underline'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRun = (v: unknown): v is Record<string, unknown> & { text: string } =>
  isObject(v) && typeof v.text === 'string' && !('children' in v);

/** A run's marks as a comparable key (only true marks count: `bold: false` equals no bold). */
const markKey = (run: Record<string, unknown>): string =>
  Object.keys(run)
    .filter((k) => k !== 'text' && run[k] !== false && run[k] !== undefined && run[k] !== null)
    .sort()
    .map((k) => `${k}=${JSON.stringify(run[k])}`)
    .join(';');

function canonicalChildren(children: unknown[]): Json[] {
  const out: Json[] = [];
  let pending: { key: string; run: Record<string, unknown>; text: string } | null = null;
  const flush = (): void => {
    if (pending && pending.text !== '') {
      const run: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(pending.run)) if (v !== false && v !== null) run[k] = v;
      out.push(canonicalValue({ ...run, text: pending.text }));
    }
    pending = null;
  };
  for (const child of children) {
    if (isRun(child)) {
      const key = markKey(child);
      if (pending && pending.key === key) pending.text += child.text;
      else {
        flush();
        pending = { key, run: child, text: child.text };
      }
    } else {
      flush();
      out.push(canonicalNode(child));
    }
  }
  flush();
  return out;
}

function canonicalNode(node: unknown): Json {
  if (!isObject(node)) return canonicalValue(node);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'children' && Array.isArray(v)) continue;
    if ((MARKS as readonly string[]).includes(k) && v === false) continue;
    out[k] = v;
  }
  const obj = canonicalValue(out) as Record<string, Json>;
  if (Array.isArray(node.children)) obj.children = canonicalChildren(node.children);
  return obj;
}

/** Plain JSON with sorted keys and NFC strings; undefined members are dropped, as JSON does. */
function canonicalValue(value: unknown): Json {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('content hash: a number is not finite');
    return value;
  }
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalValue(v)));
  if (isObject(value)) {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(value).sort()) {
      const v = value[k];
      if (v !== undefined && typeof v !== 'function') out[nfc(k)] = canonicalValue(v);
    }
    return out;
  }
  return null;
}

/** JSON text with keys sorted at every level (code-unit order), NFC strings, no spaces. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

/** The exact text whose SHA-256 is an article's content hash. */
export function canonicalArticle(article: Pick<Article, 'id' | 'meta' | 'content'>): string {
  const { editorNote: _desk, ...meta } = article.meta;
  const envelope = canonicalValue({ format: 'dateline.content', v: CONTENT_HASH_VERSION, id: article.id, meta }) as Record<string, Json>;
  // Content goes through the run-aware canonicaliser; keys are re-sorted with it in place.
  envelope.content = article.content.map(canonicalNode);
  const sorted: Record<string, Json> = {};
  for (const k of Object.keys(envelope).sort()) sorted[k] = envelope[k];
  return JSON.stringify(sorted);
}

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 (hex) of the canonical article, via WebCrypto so the renderer can check it too. */
export async function contentHash(article: Pick<Article, 'id' | 'meta' | 'content'>): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalArticle(article));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return toHex(new Uint8Array(digest));
}

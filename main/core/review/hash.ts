// SHA-256 helpers for the review service (node:crypto; the renderer uses the WebCrypto twin in
// main/common/review/canonical.ts, which gives the same content hash).

import { createHash } from 'node:crypto';
import type { Article } from '../../common/article/model.ts';
import { canonicalArticle } from '../../common/review/canonical.ts';

/** SHA-256 (hex) of bytes. */
export const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The content hash an approval signs (see canonical.ts for what it covers). */
export const contentHashOf = (article: Pick<Article, 'id' | 'meta' | 'content'>): string => sha256Hex(canonicalArticle(article));

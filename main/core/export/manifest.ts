// manifest.json: every file of the package with its SHA-256 and size, so whoever receives the
// package can tell that what arrived is what left. Same files, same bytes: nothing in it but
// the article's own identity and time.

import { createHash } from 'node:crypto';
import type { Article } from '../../common/article/model.ts';
import { articleHeadline } from '../../common/article/model.ts';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, serializeManifest, type Manifest } from '../../common/export/layout.ts';

/** Lower-case hex SHA-256 of some bytes. */
export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The manifest for these files (package-relative path → bytes), as the bytes to write. */
export function buildManifest(article: Article, files: ReadonlyMap<string, Uint8Array>): { manifest: Manifest; bytes: Buffer } {
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    article: { id: article.id, version: article.version, updatedAt: article.updatedAt, headline: articleHeadline(article.content) },
    files: [...files].map(([path, data]) => ({ path, sha256: sha256(data), bytes: data.byteLength })),
  };
  return { manifest, bytes: Buffer.from(serializeManifest(manifest), 'utf8') };
}

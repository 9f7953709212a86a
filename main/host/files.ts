// Files the host may hand out: the built renderer, the photos of the library's articles and the
// packages in the library's download folder.
// Paths come from URLs, so every one is rebuilt from checked segments and resolved again on disk
// (a symlink inside the library must not lead outside it).

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { ARTICLE_ID_PATTERN } from '../common/article/ids.ts';

const RENDERER_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  // The spelling dictionaries (Hunspell files) the editor's language worker loads.
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
};

// Photos only: the asset json and anything else in media/ is reached through the contract.
const MEDIA_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.tif': 'image/tiff',
};

export interface FileHit {
  path: string;
  type: string;
  size: number;
}

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
};

/** The regular file at root/segments, if it exists and really lies under root; else null. */
async function locate(root: string, segments: string[], types: Record<string, string>): Promise<FileHit | null> {
  const type = types[extname(segments[segments.length - 1] ?? '').toLowerCase()];
  if (!type) return null;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(root, ...segments));
    if (!inside(realRoot, real)) return null;
    const st = await stat(real);
    if (!st.isFile()) return null;
    return { path: real, type, size: st.size };
  } catch {
    return null;
  }
}

/** A file of the built renderer; `/` is index.html. */
export function rendererFile(rendererDir: string, segments: string[]): Promise<FileHit | null> {
  return locate(rendererDir, segments.length ? segments : ['index.html'], RENDERER_TYPES);
}

/**
 * A photo of an article: `/media/<articleId>/<file>` or `/media/<articleId>/derived/<file>`, the
 * same places `Rendition.path` names relative to the article folder (`media/derived/…`).
 */
export function mediaFile(articleDir: (id: string) => string, segments: string[]): Promise<FileHit | null> {
  const [id, ...rest] = segments;
  if (!id || !ARTICLE_ID_PATTERN.test(id)) return Promise.resolve(null);
  if (rest.length === 0 || rest.length > 2 || (rest.length === 2 && rest[0] !== 'derived')) return Promise.resolve(null);
  return locate(join(articleDir(id), 'media'), rest, MEDIA_TYPES);
}

/** A package the page exported, from the library's download folder: `/downloads/<name>.zip`. */
export function downloadFile(downloadsDir: string, segments: string[]): Promise<FileHit | null> {
  if (segments.length !== 1) return Promise.resolve(null);
  return locate(downloadsDir, segments, { '.zip': 'application/zip' });
}

/** Streams a located file (headers already set by the caller are kept). */
export function sendFile(res: ServerResponse, hit: FileHit, head: boolean): void {
  res.setHeader('Content-Type', hit.type);
  res.setHeader('Content-Length', String(hit.size));
  if (head) {
    res.end();
    return;
  }
  const stream = createReadStream(hit.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

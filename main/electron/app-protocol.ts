// The app:// scheme (checklist item 18: a custom protocol instead of file://). The built renderer
// is served at app://dateline/…, an article's photos at app://dateline/media/<articleId>/<file>
// (the same relative URLs the renderer uses on the browser host), and nothing else. Paths are
// rebuilt from checked segments and resolved on disk by the host's file rules (main/host), so a
// `..`, an encoded slash or a symlink cannot reach outside those two roots.

import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { CustomScheme, Protocol } from 'electron';
import { mediaFile, rendererFile, type FileHit } from '../host/files.ts';
import { safeSegments } from '../host/rules.ts';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';
import { PHOTO_HEADERS, SECURITY_HEADERS } from './content-security-policy.ts';

/**
 * standard: real origins and relative URLs; secure: a secure context like https; supportFetchAPI:
 * fetch() of photos. Never bypassCSP, and no service workers (nothing may outlive a response).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export interface AppRoots {
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The folder of a live article (Core.articleDir); may throw for a malformed id. */
  articleDir(id: string): string;
}

/** Registers app:// as a privileged scheme; Electron allows this only before `ready`. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const refuse = (status: number): Response => new Response(null, { status, headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' } });

/** The file an app:// URL names, or null when it names nothing we serve. */
export async function locateAppFile(url: string, roots: AppRoots): Promise<FileHit | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) return null;
  const segments = safeSegments(parsed.pathname);
  if (!segments) return null;
  if (segments[0] === 'media') {
    const articleDir = (id: string): string => roots.articleDir(id);
    try {
      return await mediaFile(articleDir, segments.slice(1));
    } catch {
      return null;
    }
  }
  return rendererFile(roots.rendererDir, segments);
}

/** The response to one app:// request: the file with the security headers, or 404/405. */
export async function appResponse(request: Pick<Request, 'url' | 'method'>, roots: AppRoots): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
  const hit = await locateAppFile(request.url, roots);
  if (!hit) return refuse(404);
  // A photo gets the browser host's policy for files: opened on its own it can run nothing.
  const base = new URL(request.url).pathname.startsWith('/media/') ? PHOTO_HEADERS : SECURITY_HEADERS;
  const headers = { ...base, 'Content-Type': hit.type, 'Content-Length': String(hit.size), 'Cache-Control': 'no-cache' };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  // Streamed: an original photo can be tens of megabytes.
  const body = Readable.toWeb(createReadStream(hit.path)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}

/** Serves app:// on a session's protocol (after `ready`). */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, roots: AppRoots): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, roots));
}

// Photos from a browser tab: a page cannot tell the host where a picked, dropped or pasted file
// lives, so it sends the bytes. `POST /upload/<articleId>?name=<file name>[&lenient=1]` with the
// raw file as body (application/octet-stream) and the session key in X-Dateline-Token, like every
// API call. The body streams to a private temporary file (never held whole in memory), which then
// goes through media.add exactly as a chosen path would; the answer is media.add's Result.

import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ARTICLE_ID_PATTERN } from '../common/article/ids.ts';
import type { MediaAddReport } from '../common/contract/media.ts';
import { createI18n } from '../common/i18n/index.ts';
import { PHOTO_MAX_BYTES } from '../common/photo-paths.ts';
import type { ErrorCode, Result } from '../common/result.ts';
import { displayFileName } from '../common/text/file-name.ts';
import type { Core } from '../core/types.ts';
import { fetchSiteAllowed, originAllowed } from './rules.ts';
import { TOKEN_HEADER, tokenMatches } from './token.ts';

export interface UploadRouteOptions {
  core: Core;
  token: string;
  /** The port the host listens on (known only once it listens). */
  port: () => number;
  /** Largest photo accepted, in bytes (default: the photo service's own limit, 200 MB). */
  maxBytes?: number;
  /** Where the temporary copies go (default: the system's temporary folder). */
  tempDir?: string;
  /**
   * Tells the core's path check (HostOptions.pathGate) that a temporary copy is the host's own:
   * its name is whatever the browser sent, perhaps without a photo's extension.
   */
  grant?: (paths: readonly string[]) => void;
}

/** The photo service's limit (PHOTO_LIMITS.maxBytes), known here without loading sharp. */
export const UPLOAD_MAX_BYTES = PHOTO_MAX_BYTES;

const UPLOAD_PATH = /^\/upload\/([^/?#]+)$/;

/** A file name safe to create in our own temporary folder, still recognisable in messages. */
export function uploadFileName(raw: string | null): string {
  const cleaned = displayFileName(raw ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const name = Array.from(cleaned).slice(0, 180).join('');
  return name || 'photo';
}

class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

/** The upload route; resolves true when it answered the request (false: not an upload). */
export function createUploadRoute(options: UploadRouteOptions): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const { core, token } = options;
  const maxBytes = options.maxBytes ?? UPLOAD_MAX_BYTES;

  const reply = (res: ServerResponse, status: number, body: Result<unknown>): void => {
    const data = Buffer.from(JSON.stringify(body), 'utf8');
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(data.length), 'Cache-Control': 'no-store' });
    res.end(data);
  };
  const t = (key: string, params: Record<string, unknown>): string => createI18n(core.settings.get().language).t(key, params);
  const refuse = (res: ServerResponse, status: number, code: ErrorCode, params: Record<string, unknown> = {}): void =>
    reply(res, status, { ok: false, error: { code, message: t(`errors:${code}`, { detail: '', ...params }) } });
  const mb = (n: number): number => Math.round((n / (1024 * 1024)) * 10) / 10;

  return async (req, res, url) => {
    const match = UPLOAD_PATH.exec(url.pathname);
    if (!match) return false;
    const headerValue = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    // A refusal before reading the body: drain it so the browser sees the answer, not a reset.
    const early = (status: number, code: ErrorCode, params: Record<string, unknown> = {}): true => {
      req.resume();
      refuse(res, status, code, params);
      return true;
    };
    if (req.method !== 'POST') return early(405, 'INVALID_INPUT', { detail: 'uploads are POST requests' });
    if (!tokenMatches(token, headerValue(TOKEN_HEADER))) return early(403, 'UNTRUSTED_SENDER');
    if (!originAllowed(headerValue('origin'), options.port()) || !fetchSiteAllowed(headerValue('sec-fetch-site'))) return early(403, 'UNTRUSTED_SENDER');
    const type = (headerValue('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/octet-stream') return early(415, 'INVALID_INPUT', { detail: 'the body must be the file itself (application/octet-stream)' });
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return early(400, 'INVALID_INPUT', { detail: 'not an article id' });
    }
    if (!ARTICLE_ID_PATTERN.test(id)) return early(400, 'INVALID_INPUT', { detail: 'not an article id' });
    const name = uploadFileName(url.searchParams.get('name'));
    const lenient = url.searchParams.get('lenient') === '1';
    const declared = Number(headerValue('content-length') ?? '0');
    if (declared > maxBytes) return early(413, 'BAD_IMAGE', { reason: 'too-large', name, sizeMb: mb(declared), maxMb: mb(maxBytes) });

    const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'dateline-upload-'));
    // The answer waits for the temporary copy to be gone, so nothing outlives the request.
    let answer: () => void = () => undefined;
    try {
      const file = join(dir, name);
      let size = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          done(size > maxBytes ? new TooLarge(size) : null, chunk);
        },
      });
      try {
        await pipeline(req, limit, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
      } catch (err) {
        if (err instanceof TooLarge) {
          answer = () => refuse(res, 413, 'BAD_IMAGE', { reason: 'too-large', name, sizeMb: mb(err.size), maxMb: mb(maxBytes) });
          return true;
        }
        if (req.destroyed || req.aborted) return true; // The tab went away: nobody to answer.
        throw err;
      }
      options.grant?.([file]);
      const result = await core.dispatch('media.add', { id, paths: [file], lenient });
      // The temporary path means nothing to the page (and is nobody's business).
      const report = result.ok ? (result.value as MediaAddReport) : null;
      const body: Result<unknown> = report ? { ok: true, value: { ...report, items: report.items.map((i) => ({ ...i, path: '' })) } } : result;
      answer = () => reply(res, 200, body);
      return true;
    } finally {
      await rm(dir, { recursive: true, force: true });
      answer();
    }
  };
}

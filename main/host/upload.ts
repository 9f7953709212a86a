// Files from a browser tab: a page cannot tell the host where a picked, dropped or pasted file
// lives, so it sends the bytes, with the raw file as body (application/octet-stream) and the
// session key in X-Dateline-Token, like every API call. The body streams to a private temporary
// file (never held whole in memory), which then goes to the service exactly as a chosen path
// would:
//   POST /upload/<articleId>?name=<file name>[&lenient=1]   a photo → media.add's Result
//   POST /import?name=<file name>[&convertLegacy=1]          a draft → library.import's Result

import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ARTICLE_ID_PATTERN } from '../common/article/ids.ts';
import type { MediaAddReport } from '../common/contract/media.ts';
import { translatorFor, type Translator } from '../common/i18n/index.ts';
import { PHOTO_MAX_BYTES } from '../common/photo-paths.ts';
import type { ErrorCode, Result } from '../common/result.ts';
import { displayFileName } from '../common/text/file-name.ts';
import { formatBytes, IMPORT_LIMITS } from '../core/import/limits.ts';
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
  /** Largest draft accepted, in bytes (default: the import's own limit, IMPORT_LIMITS). */
  maxDraftBytes?: number;
  /** Where the temporary copies go (default: the system's temporary folder). */
  tempDir?: string;
  /**
   * Tells the core's path checks (HostOptions.pathGate) that a temporary copy is the host's own:
   * its name is whatever the browser sent, perhaps without a photo's extension.
   */
  grant?: (paths: readonly string[]) => void;
}

/** The photo service's limit (PHOTO_LIMITS.maxBytes), known here without loading sharp. */
export const UPLOAD_MAX_BYTES = PHOTO_MAX_BYTES;

const UPLOAD_PATH = /^\/upload\/([^/?#]+)$/;
/** Drafts: `POST /import?name=<file name>[&convertLegacy=1]`, answered with library.import's Result. */
export const DRAFT_PATH = '/import';

/** A file name safe to create in our own temporary folder, still recognisable in messages. */
export function uploadFileName(raw: string | null, fallback = 'photo'): string {
  const cleaned = displayFileName(raw ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const name = Array.from(cleaned).slice(0, 180).join('');
  return name || fallback;
}

class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

type Reply = (res: ServerResponse, status: number, body: Result<unknown>) => void;
type Refuse = (res: ServerResponse, status: number, code: ErrorCode, params?: Record<string, unknown>) => void;

interface Receipt {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** The file's name (already made safe). */
  name: string;
  /** The refusal of a body over maxBytes (its size in bytes). */
  tooLarge: (size: number) => { code: ErrorCode; params: Record<string, unknown> };
  /** What to do with the temporary copy; its answer goes to the page. */
  use: (file: string) => Promise<Result<unknown>>;
}

/**
 * The checks every upload shares, then the body streamed to a private temporary file under its
 * own name, handed to `use`, answered, and removed (the answer waits for the removal, so nothing
 * outlives the request).
 */
function receiver(options: UploadRouteOptions, reply: Reply, refuse: Refuse) {
  const headerValue = (req: IncomingMessage, name: string): string | undefined => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  // A refusal before reading the body: drain it so the browser sees the answer, not a reset.
  const early = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    code: ErrorCode,
    params: Record<string, unknown> = {},
  ): true => {
    req.resume();
    refuse(res, status, code, params);
    return true;
  };
  /** The request's own checks (method, key, origin, body type); a refusal answers and returns true. */
  const refused = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'POST') return early(req, res, 405, 'INVALID_INPUT', { detail: 'uploads are POST requests' });
    if (!tokenMatches(options.token, headerValue(req, TOKEN_HEADER))) return early(req, res, 403, 'UNTRUSTED_SENDER');
    if (!originAllowed(headerValue(req, 'origin'), options.port()) || !fetchSiteAllowed(headerValue(req, 'sec-fetch-site')))
      return early(req, res, 403, 'UNTRUSTED_SENDER');
    const type = (headerValue(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/octet-stream')
      return early(req, res, 415, 'INVALID_INPUT', { detail: 'the body must be the file itself (application/octet-stream)' });
    return false;
  };
  const receive = async (req: IncomingMessage, res: ServerResponse, receipt: Receipt): Promise<true> => {
    const declared = Number(headerValue(req, 'content-length') ?? '0');
    if (declared > receipt.maxBytes) {
      const { code, params } = receipt.tooLarge(declared);
      return early(req, res, 413, code, params);
    }
    const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'dateline-upload-'));
    let answer: () => void = () => undefined;
    try {
      const file = join(dir, receipt.name);
      let size = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          done(size > receipt.maxBytes ? new TooLarge(size) : null, chunk);
        },
      });
      try {
        await pipeline(req, limit, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
      } catch (err) {
        if (err instanceof TooLarge) {
          const { code, params } = receipt.tooLarge(err.size);
          answer = () => refuse(res, 413, code, params);
          return true;
        }
        if (req.destroyed || req.aborted) return true; // The tab went away: nobody to answer.
        throw err;
      }
      // The copy is the host's own: the services' path checks may read it whatever its name.
      options.grant?.([file]);
      const body = await receipt.use(file);
      answer = () => reply(res, 200, body);
      return true;
    } finally {
      await rm(dir, { recursive: true, force: true });
      answer();
    }
  };
  return { refused, early, receive };
}

/** The upload routes (photos and drafts); resolves true when it answered the request (false: not an upload). */
export function createUploadRoute(options: UploadRouteOptions): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const { core } = options;
  const maxBytes = options.maxBytes ?? UPLOAD_MAX_BYTES;
  const maxDraftBytes = options.maxDraftBytes ?? IMPORT_LIMITS.maxFileBytes;

  const reply: Reply = (res, status, body) => {
    const data = Buffer.from(JSON.stringify(body), 'utf8');
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(data.length),
      'Cache-Control': 'no-store',
    });
    res.end(data);
  };
  const t: Translator = (key, params) => translatorFor(core.settings.get().language)(key, params);
  const refuse: Refuse = (res, status, code, params = {}) =>
    reply(res, status, { ok: false, error: { code, message: t(`errors:${code}`, { detail: '', ...params }) } });
  const mb = (n: number): number => Math.round((n / (1024 * 1024)) * 10) / 10;
  const { refused, early, receive } = receiver(options, reply, refuse);

  return async (req, res, url) => {
    if (url.pathname === DRAFT_PATH) {
      if (refused(req, res)) return true;
      const name = uploadFileName(url.searchParams.get('name'), 'draft');
      const convertLegacy = url.searchParams.get('convertLegacy') === '1';
      return receive(req, res, {
        maxBytes: maxDraftBytes,
        name,
        tooLarge: (size) => ({
          code: 'IMPORT',
          params: { reason: 'too-large', name, size: formatBytes(size), limit: formatBytes(maxDraftBytes) },
        }),
        use: (file) => core.dispatch('library.import', { path: file, ...(convertLegacy ? { convertLegacy } : {}) }),
      });
    }
    const match = UPLOAD_PATH.exec(url.pathname);
    if (!match) return false;
    if (refused(req, res)) return true;
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return early(req, res, 400, 'INVALID_INPUT', { detail: 'not an article id' });
    }
    if (!ARTICLE_ID_PATTERN.test(id)) return early(req, res, 400, 'INVALID_INPUT', { detail: 'not an article id' });
    const name = uploadFileName(url.searchParams.get('name'));
    const lenient = url.searchParams.get('lenient') === '1';
    return receive(req, res, {
      maxBytes,
      name,
      tooLarge: (size) => ({ code: 'BAD_IMAGE', params: { reason: 'too-large', name, sizeMb: mb(size), maxMb: mb(maxBytes) } }),
      use: async (file) => {
        const result = await core.dispatch('media.add', { id, paths: [file], lenient });
        // The temporary path means nothing to the page (and is nobody's business).
        const report = result.ok ? (result.value as MediaAddReport) : null;
        return report ? { ok: true, value: { ...report, items: report.items.map((i) => ({ ...i, path: '' })) } } : result;
      },
    });
  };
}

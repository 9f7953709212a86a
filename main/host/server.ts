// The browser host: the renderer and the contract over HTTP on 127.0.0.1, for machines where
// Electron cannot run and for the end-to-end tests. The rules (docs/security.md, "Browser host"):
// loopback only, the per-run key on every request, our Host header only, our Origin on API calls,
// no CORS, a CSP, JSON bodies of bounded size, files only from dist/renderer, articles' media and
// the library's download folder (packages exported from the page: the page may write nowhere else).

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { translatorFor } from '../common/i18n/index.ts';
import type { ErrorCode, Result } from '../common/result.ts';
import type { Core } from '../core/types.ts';
import { DOWNLOADS_FOLDER } from '../common/export/target.ts';
import { downloadFile, mediaFile, rendererFile, sendFile } from './files.ts';
import { FILE_CSP, fetchSiteAllowed, hostAllowed, originAllowed, safeSegments, SECURITY_HEADERS } from './rules.ts';
import { cookieName, newToken, readCookie, TOKEN_HEADER, tokenCookie, tokenMatches } from './token.ts';
import { createUploadRoute } from './upload.ts';
import { createEventsRoute } from './events-route.ts';

export interface HostOptions {
  core: Core;
  /** 0 picks any free port. */
  port: number;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** Largest API request body accepted, in bytes (default 8 MiB; a 5,000-word article is ~60 KB). */
  maxBodyBytes?: number;
}

export interface Host {
  /** The address to open, with the key: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  /** `http://127.0.0.1:PORT`, without the key. */
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 8 * 1024 * 1024;
const METHOD_PATH = /^\/api\/([A-Za-z][A-Za-z0-9]*\.[A-Za-z][A-Za-z0-9]*)$/;

// Shown to a person who opened the bare address (or a stale one): what to do, in both languages.
const REFUSED_PAGE =
  'Dateline: địa chỉ này cần khóa của phiên làm việc. Hãy mở đúng địa chỉ mà lệnh “npm run serve” đã in ra.\n' +
  'Dateline: this address needs the key of this session. Open the exact address that “npm run serve” printed.\n';

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly detail = '',
  ) {
    super(`${status} ${code}`);
  }
}

/** Starts the browser host on 127.0.0.1 and resolves once it listens. */
export async function startHost(options: HostOptions): Promise<Host> {
  const { core, rendererDir } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const token = newToken();
  let port = 0;
  // Uploads are the host's own temporary copies: granted to the Core's path check (core.paths).
  const upload = createUploadRoute({ core, token, port: () => port, grant: (paths) => core.paths.grant(paths) });
  // Packages the page exports go here, then to the browser as downloads.
  const downloads = join(core.libraryDir, DOWNLOADS_FOLDER);
  await mkdir(downloads, { recursive: true });

  // The message of a refused API call, in the reporter's language (the dispatcher does the same).
  const errorResult = (code: ErrorCode, detail: string): Result<never> => {
    const t = translatorFor(core.settings.get().language);
    return { ok: false, error: { code, message: t(`errors:${code}`, { detail, method: detail }) } };
  };

  const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
    const data = Buffer.from(JSON.stringify(body), 'utf8');
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(data.length),
      'Cache-Control': 'no-store',
    });
    res.end(data);
  };

  const readBody = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      const declared = Number(req.headers['content-length'] ?? '0');
      if (declared > maxBody) return reject(new Refusal(413, 'INVALID_INPUT', `the request is larger than ${maxBody} bytes`));
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBody) {
          req.removeAllListeners('data');
          req.resume();
          reject(new Refusal(413, 'INVALID_INPUT', `the request is larger than ${maxBody} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  // The push channel: Server-Sent Events of the contract's topics (./events-route.ts).
  const events = createEventsRoute({
    core,
    token,
    port: () => port,
    refuse: (res, status, code, detail = '') => sendJson(res, status, errorResult(code, detail)),
  });

  const handleApi = async (req: IncomingMessage, res: ServerResponse, method: string): Promise<void> => {
    if (req.method !== 'POST') throw new Refusal(405, 'INVALID_INPUT', 'API calls are POST requests');
    // The header, never the cookie: a cross-site form can make the browser send a cookie, not a header.
    if (!tokenMatches(token, headerValue(req, TOKEN_HEADER))) throw new Refusal(403, 'UNTRUSTED_SENDER');
    if (!originAllowed(headerValue(req, 'origin'), port) || !fetchSiteAllowed(headerValue(req, 'sec-fetch-site'))) {
      throw new Refusal(403, 'UNTRUSTED_SENDER');
    }
    const type = (headerValue(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') throw new Refusal(415, 'INVALID_INPUT', 'the body must be JSON (application/json)');
    const text = await readBody(req);
    let input: unknown = {};
    if (text.trim() !== '') {
      try {
        input = JSON.parse(text);
      } catch {
        throw new Refusal(400, 'INVALID_INPUT', 'the body is not valid JSON');
      }
    }
    sendJson(res, 200, await core.dispatch(method, input));
  };

  const handleGet = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    const fromQuery = url.searchParams.get('token');
    const fromCookie = readCookie(req.headers.cookie, cookieName(port));
    if (!tokenMatches(token, fromQuery) && !tokenMatches(token, fromCookie)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(REFUSED_PAGE);
      return;
    }
    if (tokenMatches(token, fromQuery)) res.setHeader('Set-Cookie', tokenCookie(port, token));
    // The raw path, not url.pathname: URL parsing would quietly resolve `..` instead of refusing it.
    const segments = safeSegments((req.url ?? '/').split(/[?#]/)[0]);
    const hit =
      segments === null
        ? null
        : segments[0] === 'media'
          ? await mediaFile((id) => core.articleDir(id), segments.slice(1))
          : segments[0] === 'downloads'
            ? await downloadFile(downloads, segments.slice(1))
            : await rendererFile(rendererDir, segments);
    if (!hit) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Not found\n');
      return;
    }
    // Hashed bundle files never change; the page and photos are looked up again each time.
    res.setHeader('Cache-Control', segments?.[0] === 'assets' ? 'private, max-age=31536000, immutable' : 'no-cache');
    if (segments?.[0] === 'media' || segments?.[0] === 'downloads') res.setHeader('Content-Security-Policy', FILE_CSP);
    if (segments?.[0] === 'downloads')
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(segments[1])}`);
    sendFile(res, hit, req.method === 'HEAD');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!hostAllowed(req.headers.host, port)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden host\n');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (await upload(req, res, url)) return;
    if (events(req, res, url)) return;
    const api = METHOD_PATH.exec(url.pathname);
    if (api || url.pathname.startsWith('/api/')) {
      try {
        if (!api) throw new Refusal(404, 'UNKNOWN_METHOD', url.pathname.slice(5, 85));
        await handleApi(req, res, api[1]);
      } catch (err) {
        if (err instanceof Refusal) sendJson(res, err.status, errorResult(err.code, err.detail));
        else throw err;
      }
      return;
    }
    await handleGet(req, res, url);
  };

  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorResult('INTERNAL', err instanceof Error ? err.message : String(err)));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections of an open tab would hold close() forever.
        for (const s of sockets) s.destroy();
      }),
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

// The push side of the contract over the browser host: `GET /events?topics=a,b` answers a
// Server-Sent Events stream of those topics (main/common/contract/events.ts). The same rules as
// an API call: a loopback peer, the session key in the header (never the cookie: a page of another
// site could make the browser send a cookie, and EventSource can send no header, so the page reads
// the stream with fetch), our own Origin and fetch site, topics checked by the contract's schema.
// Streams are few (one per open tab) and bounded.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { TopicListSchema, type Topic } from '../common/contract/events.ts';
import type { ErrorCode } from '../common/result.ts';
import type { Core } from '../core/types.ts';
import { fetchSiteAllowed, originAllowed } from './rules.ts';
import { TOKEN_HEADER, tokenMatches } from './token.ts';

export const EVENTS_PATH = '/events';

export interface EventsRouteOptions {
  core: Pick<Core, 'subscribe'>;
  token: string;
  port: () => number;
  /** Most streams open at once (default 8: a tab holds one). */
  maxStreams?: number;
  /** How often a comment line keeps an idle stream from being cut (default 15 s). */
  heartbeatMs?: number;
  /** A refused request's answer (the host's JSON Result in the UI language). */
  refuse: (res: ServerResponse, status: number, code: ErrorCode, detail?: string) => void;
}

/** True for a peer on this machine (the host listens on 127.0.0.1 only; this says so per request). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

/** The route: answers true when the request was for it. */
export function createEventsRoute(options: EventsRouteOptions): (req: IncomingMessage, res: ServerResponse, url: URL) => boolean {
  const maxStreams = options.maxStreams ?? 8;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  let open = 0;

  return (req, res, url) => {
    if (url.pathname !== EVENTS_PATH) return false;
    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    if (!isLoopback(req.socket.remoteAddress)) {
      options.refuse(res, 403, 'UNTRUSTED_SENDER');
      return true;
    }
    if (req.method !== 'GET') {
      options.refuse(res, 405, 'INVALID_INPUT', 'the event stream is a GET request');
      return true;
    }
    if (
      !tokenMatches(options.token, header(TOKEN_HEADER)) ||
      !originAllowed(header('origin'), options.port()) ||
      !fetchSiteAllowed(header('sec-fetch-site'))
    ) {
      options.refuse(res, 403, 'UNTRUSTED_SENDER');
      return true;
    }
    const topics = TopicListSchema.safeParse((url.searchParams.get('topics') ?? '').split(','));
    if (!topics.success) {
      options.refuse(res, 400, 'INVALID_INPUT', `topics: ${topics.error.issues[0]?.message ?? 'not a topic'}`);
      return true;
    }
    if (open >= maxStreams) {
      options.refuse(res, 429, 'INVALID_INPUT', `at most ${maxStreams} event streams at once`);
      return true;
    }
    stream(req, res, [...new Set(topics.data)]);
    return true;
  };

  function stream(req: IncomingMessage, res: ServerResponse, topics: Topic[]): void {
    open++;
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // `retry`: how long the page waits before it reconnects; `ready`: from now on nothing is missed.
    res.write(`retry: 1000\nevent: ready\ndata: {}\n\n`);
    const stops = topics.map((topic) =>
      options.core.subscribe(topic, (payload) => {
        // JSON has no raw newline, so one `data:` line carries the whole payload.
        res.write(`event: ${topic}\ndata: ${JSON.stringify(payload)}\n\n`);
      }),
    );
    const heartbeat = setInterval(() => res.write(': \n\n'), heartbeatMs);
    heartbeat.unref?.();
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      open--;
      clearInterval(heartbeat);
      for (const stop of stops) stop();
    };
    req.on('close', close);
    res.on('close', close);
  }
}

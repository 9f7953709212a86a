// The browser host's push channel (main/host/events-route.ts): a Server-Sent Events stream of the
// contract's topics, under the same rules as an API call: the key in the header (never enough as
// a query or a cookie), our Origin, topics the contract lists, a loopback peer.

import { request as httpRequest, type IncomingMessage } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/app.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core } from '../../../main/core/types.ts';
import { isLoopback } from '../../../main/host/events-route.ts';
import { startHost, type Host } from '../../../main/host/server.ts';

let root: string;
let core: Core;
let host: Host;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-host-events-'));
  core = await createCore({
    libraryDir: join(root, 'library'),
    settings: createMemorySettings({ reporterName: 'Trung Hậu' }),
    transport: 'host',
  });
  host = await startHost({ core, port: 0, rendererDir: join(root, 'renderer') });
});
afterAll(async () => {
  await host.close();
  await core.close();
  await rm(root, { recursive: true, force: true });
});

/** Opens `path` and answers the response (its body still streaming). */
function open(path: string, headers: Record<string, string> = {}): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, resolve);
    req.on('error', reject);
    req.end();
  });
}

async function body(res: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of res) text += String(chunk);
  return text;
}

/** Reads the stream until `until` appears in it, then closes it; answers what was read. */
function readUntil(res: IncomingMessage, until: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    res.on('data', (c: Buffer) => {
      text += c.toString('utf8');
      if (text.includes(until)) {
        res.destroy();
        resolve(text);
      }
    });
    res.on('error', reject);
  });
}

describe('GET /events', () => {
  it('refuses a request without the key header, even with the key in the address', async () => {
    const bare = await open('/events?topics=article.changed');
    expect(bare.statusCode).toBe(403);
    expect(JSON.parse(await body(bare))).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    const query = await open(`/events?topics=article.changed&token=${host.token}`);
    expect(query.statusCode).toBe(403);
    await body(query);
    const wrong = await open('/events?topics=article.changed', { 'X-Dateline-Token': 'x'.repeat(host.token.length) });
    expect(wrong.statusCode).toBe(403);
    await body(wrong);
  });

  it('refuses another site’s page and a topic the contract does not list', async () => {
    const cross = await open('/events?topics=article.changed', { 'X-Dateline-Token': host.token, Origin: 'https://evil.example' });
    expect(cross.statusCode).toBe(403);
    await body(cross);
    for (const topics of ['', 'review.secrets', 'article.changed,nope']) {
      const bad = await open(`/events?topics=${topics}`, { 'X-Dateline-Token': host.token });
      expect(bad.statusCode, topics).toBe(400);
      expect(JSON.parse(await body(bad))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('streams the events of the topics asked for, as they happen', async () => {
    const res = await open('/events?topics=article.changed', { 'X-Dateline-Token': host.token, Origin: host.origin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    const read = readUntil(res, 'event: article.changed');
    // The route subscribed before it answered the headers: a change from now on reaches the stream.
    const created = await core.dispatch('library.create', { headline: 'Bốn tốt' });
    const text = await read;
    expect(text).toContain('event: ready');
    const line = text.split('\n').find((l) => l.startsWith('data: {"articleId"'));
    expect(JSON.parse(line!.slice(6))).toMatchObject({
      articleId: (created as { value: { id: string } }).value.id,
      kind: 'created',
      version: 1,
    });
  });

  it('counts only peers on this machine as loopback', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.3.2.1']) expect(isLoopback(a), a).toBe(true);
    for (const a of [undefined, '', '10.0.0.5', '::ffff:192.168.1.2', '128.0.0.1', 'fe80::1', '127.0.0.1.evil'])
      expect(isLoopback(a), String(a)).toBe(false);
  });
});

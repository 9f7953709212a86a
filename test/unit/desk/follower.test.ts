// The Syncthing event follower against a fake Syncthing REST API on 127.0.0.1 (an http server
// here, answering `GET /rest/events?since=N&timeout=S` as Syncthing does: at once when an event
// after N exists, else when one comes or the timeout passes): events become `desk.sync` pushes
// once each, `since` advances, errors back off and recover, a desk not on Syncthing asks nothing,
// and stop() ends the loop with no request left open.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncthingClient, type SyncthingEvent } from '../../../main/core/desk/syncthing/client.ts';
import { SyncthingFollower, type DeskSyncChange } from '../../../main/core/desk/syncthing/follower.ts';

const KEY = 'test-api-key';
const HUB = 'RKKBRV6-FUV5LGT-YLUFYGB-RVOV4S3-FHS75YE-SAKKCKZ-OTML44N-TMTNJAO';
const LANE = 'dateline-lane-0123456789abcdef';

interface Asked {
  since: number;
  timeout: number;
  types: string;
  key: string | undefined;
  at: number;
}

/** A fake Syncthing: its event list, the requests it had, the long polls it holds open now. */
async function fakeSyncthing() {
  const events: SyncthingEvent[] = [];
  const asked: Asked[] = [];
  const waiting = new Set<() => void>();
  let open = 0;
  let failNext = 0;
  const server = http.createServer((req, res) => {
    open++;
    res.on('close', () => open--);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.headers['x-api-key'] !== KEY) return void res.writeHead(403).end('forbidden');
    if (url.pathname !== '/rest/events') return void res.writeHead(404).end();
    const since = Number(url.searchParams.get('since'));
    const timeout = Number(url.searchParams.get('timeout') ?? 60);
    const limit = Number(url.searchParams.get('limit') ?? 0);
    asked.push({ since, timeout, types: url.searchParams.get('events') ?? '', key: req.headers['x-api-key'] as string, at: Date.now() });
    if (failNext > 0) {
      failNext--;
      return void res.writeHead(500).end('database is busy');
    }
    const answer = (): void => {
      let after = events.filter((e) => e.id > since);
      if (limit > 0) after = after.slice(-limit);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(after));
    };
    if (events.some((e) => e.id > since) || timeout === 0) return answer();
    const done = (): void => {
      clearTimeout(timer);
      waiting.delete(done);
      answer();
    };
    const timer = setTimeout(done, timeout * 1000);
    waiting.add(done);
    req.on('close', () => {
      clearTimeout(timer);
      waiting.delete(done);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    asked,
    open: () => open,
    failNext: (n: number) => (failNext = n),
    add(type: string, data: Record<string, unknown>): void {
      events.push({ id: events.length + 1, type, time: new Date().toISOString(), data });
      for (const w of [...waiting]) w();
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

type Fake = Awaited<ReturnType<typeof fakeSyncthing>>;

let fake: Fake | null = null;
let follower: SyncthingFollower | null = null;
afterEach(async () => {
  await follower?.stop();
  await fake?.close();
  follower = null;
  fake = null;
});

function follow(f: Fake, opts: { target?: () => Promise<SyncthingClient | null>; timeoutS?: number } = {}) {
  const pushes: DeskSyncChange[] = [];
  const client = new SyncthingClient({ url: f.url, apiKey: KEY, source: 'settings' });
  follower = new SyncthingFollower({
    target: opts.target ?? (async () => client),
    publish: (c) => pushes.push(c),
    timeoutS: opts.timeoutS ?? 30,
    retryMs: 40,
    maxRetryMs: 400,
    idleMs: 60_000,
  });
  follower.start();
  return { pushes, client };
}

describe('SyncthingFollower', () => {
  it('turns the events the desk needs into desk.sync pushes, once per change, and advances since', async () => {
    fake = await fakeSyncthing();
    // What happened before Dateline followed is not news: the panel reads the state anyway.
    fake.add('DeviceConnected', { id: HUB, addr: '127.0.0.1:22001' });
    const { pushes } = follow(fake);
    await expect.poll(() => fake?.asked.filter((a) => a.timeout === 30).length).toBe(1);
    expect(fake.asked[0]).toMatchObject({ since: 0, timeout: 0, key: KEY });
    expect(fake.asked[1]).toMatchObject({ since: 1, timeout: 30 });
    // Syncthing numbers each filter's events apart: the newest id is asked with the same filter.
    expect(fake.asked[0].types).toBe(fake.asked[1].types);
    expect(fake.asked[1].types.split(',')).toEqual(expect.arrayContaining(['FolderCompletion', 'DeviceConnected', 'RemoteIndexUpdated']));
    expect(pushes).toEqual([{ kind: 'engine' }]);

    fake.add('FolderCompletion', { folder: LANE, device: HUB, completion: 100, needItems: 0 });
    await expect.poll(() => pushes.length).toBe(2);
    expect(pushes[1]).toEqual({ kind: 'completion', folderId: LANE, deviceId: HUB });
    await expect.poll(() => fake?.asked.at(-1)?.since).toBe(2);

    // A burst in one answer is one push per distinct change; events nobody needs are not pushed.
    fake.add('DeviceDisconnected', { id: HUB, error: 'reading: EOF' });
    fake.add('StateChanged', { folder: LANE, from: 'idle', to: 'scanning' });
    await expect.poll(() => pushes.length).toBe(3);
    expect(pushes[2]).toEqual({ kind: 'connection', deviceId: HUB });
    await expect.poll(() => fake?.asked.at(-1)?.since).toBe(4);
    const sinces = fake.asked.filter((a) => a.timeout === 30).map((a) => a.since);
    expect(sinces).toEqual([...sinces].sort((a, b) => a - b));
  });

  it('backs off on errors, longer each time, and recovers from Syncthing’s newest event', async () => {
    fake = await fakeSyncthing();
    const { pushes } = follow(fake);
    await expect.poll(() => pushes).toEqual([{ kind: 'engine' }]);
    await expect.poll(() => fake?.open()).toBe(1);
    // The poll held now answers; Syncthing then answers errors three times (busy, restarting).
    fake.failNext(3);
    fake.add('ConfigSaved', { version: 37 });
    const before = fake.asked.length;
    // Lost (the page is told), then found again (told again: events may have been missed).
    await expect.poll(() => pushes.map((p) => p.kind), { timeout: 5000 }).toEqual(['engine', 'config', 'engine', 'engine']);
    const after = fake.asked.slice(before);
    expect(after.length).toBeGreaterThanOrEqual(4);
    // The waits after each failure: 40 ms, 80, 160 (lower bounds only: timers never fire early).
    expect(after[1].at - after[0].at).toBeGreaterThanOrEqual(38);
    expect(after[2].at - after[1].at).toBeGreaterThanOrEqual(78);
    expect(after[3].at - after[2].at).toBeGreaterThanOrEqual(158);
    // Recovered: it asked for the newest event again (Syncthing may have restarted) and follows on.
    expect(after[3]).toMatchObject({ since: 0, timeout: 0 });
    await expect.poll(() => fake?.asked.at(-1)).toMatchObject({ since: 1, timeout: 30 });
    fake.add('FolderCompletion', { folder: LANE, device: HUB });
    await expect.poll(() => pushes.at(-1)).toEqual({ kind: 'completion', folderId: LANE, deviceId: HUB });
  });

  it('stop() ends the loop during a long poll with no request left open', async () => {
    fake = await fakeSyncthing();
    follow(fake);
    await expect.poll(() => fake?.asked.filter((a) => a.timeout === 30).length).toBe(1);
    expect(fake.open()).toBe(1);
    await follower?.stop();
    await expect.poll(() => fake?.open()).toBe(0);
    const asked = fake.asked.length;
    fake.add('DeviceConnected', { id: HUB });
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.asked.length).toBe(asked);
  });

  it('asks nothing while the desk is not on Syncthing, and starts at once when woken', async () => {
    fake = await fakeSyncthing();
    let onSyncthing = false;
    const client = new SyncthingClient({ url: fake.url, apiKey: KEY, source: 'settings' });
    const { pushes } = follow(fake, { target: async () => (onSyncthing ? client : null) });
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.asked).toEqual([]);
    expect(pushes).toEqual([]);
    onSyncthing = true;
    follower?.wake();
    await expect.poll(() => fake?.asked.filter((a) => a.timeout === 30).length).toBe(1);
    expect(pushes).toEqual([{ kind: 'engine' }]);
    // Off Syncthing again: the long poll is dropped, the page told.
    onSyncthing = false;
    follower?.wake();
    await expect.poll(() => pushes).toEqual([{ kind: 'engine' }, { kind: 'engine' }]);
    await expect.poll(() => fake?.open()).toBe(0);
  });
});

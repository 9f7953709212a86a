// The renderer's HTTP bridge (renderer/api/http-bridge.ts) and session key handling against a
// real browser host: the same DatelineApi shape as Electron's preload, failures as Results.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METHOD_NAMES } from '../../../main/common/contract/index.ts';
import { createCore } from '../../../main/core/app.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core } from '../../../main/core/types.ts';
import { startHost, type Host } from '../../../main/host/server.ts';
import { createHttpBridge } from '../../../renderer/api/http-bridge.ts';
import { takeSessionToken } from '../../../renderer/api/session-token.ts';

const messages = { unreachable: () => 'host unreachable', badReply: (s: number) => `bad reply ${s}` };

let root: string;
let core: Core;
let host: Host;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-bridge-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html>');
  core = await createCore({ libraryDir: join(root, 'library'), settings: createMemorySettings(), transport: 'host' });
  host = await startHost({ core, port: 0, rendererDir: join(root, 'renderer') });
});

afterAll(async () => {
  await host?.close();
  await core?.close();
  await rm(root, { recursive: true, force: true });
});

// The page's fetch resolves `/api/…` against its origin; under Node we do it here.
const pageFetch =
  (origin: string): typeof fetch =>
  (url, init) =>
    fetch(new URL(String(url), origin), init);

describe('HTTP bridge', () => {
  it('has exactly one function per contract method', () => {
    const bridge = createHttpBridge({ token: 'x', messages, fetch: pageFetch(host.origin) });
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    for (const m of METHOD_NAMES) expect(typeof bridge[m]).toBe('function');
  });

  it('calls the services with the key and returns their Results', async () => {
    const bridge = createHttpBridge({ token: host.token, messages, fetch: pageFetch(host.origin) });
    const created = await bridge['library.create']({ headline: 'Đổi thay vùng biên Tả Ván' });
    expect(created.ok).toBe(true);
    const list = await bridge['library.list']({});
    expect(list.ok && list.value.items.map((i) => i.headline)).toContain('Đổi thay vùng biên Tả Ván');
    const bad = await bridge['library.get']({ id: 'a-000000000-zzzzzz' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('turns a refused key into a Result with the host’s sentence', async () => {
    const bridge = createHttpBridge({ token: 'wrong', messages, fetch: pageFetch(host.origin) });
    const result = await bridge['app.info']({});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    expect(!result.ok && result.error.message).toMatch(/Dateline/);
  });

  it('turns an unreachable host into a Result, never a throw', async () => {
    const gone = await startHost({ core, port: 0, rendererDir: join(root, 'renderer') });
    const origin = gone.origin;
    await gone.close();
    const bridge = createHttpBridge({ token: gone.token, messages, fetch: pageFetch(origin) });
    expect(await bridge['app.info']({})).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'host unreachable' } });
  });

  it('reports a reply that is not a Result', async () => {
    const bridge = createHttpBridge({ token: host.token, messages, fetch: async () => new Response('<html>', { status: 502 }) });
    expect(await bridge['app.info']({})).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'bad reply 502' } });
  });
});

describe('session key', () => {
  const place = (href: string) => {
    const store = new Map<string, string>();
    const replaced: string[] = [];
    return {
      replaced,
      location: { href },
      history: { state: null, replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
      storage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
    };
  };

  it('takes the key from the address, keeps it for the tab and removes it from the address bar', () => {
    const p = place('http://127.0.0.1:4000/?token=abc123&x=1#/article/a-0m4x1k2p-7f3k9q');
    expect(takeSessionToken(p)).toBe('abc123');
    expect(p.replaced).toEqual(['/?x=1#/article/a-0m4x1k2p-7f3k9q']);
    p.location.href = 'http://127.0.0.1:4000/#/';
    expect(takeSessionToken(p)).toBe('abc123');
    expect(p.replaced).toHaveLength(1);
  });

  it('has no key when neither the address nor the tab has one', () => {
    expect(takeSessionToken(place('http://127.0.0.1:4000/'))).toBeNull();
  });
});

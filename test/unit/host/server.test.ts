// The browser host's HTTP rules (main/host/server.ts) against a real Core on a temporary library.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../../main/core/app.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core, SettingsStore } from '../../../main/core/types.ts';
import { startHost, type Host } from '../../../main/host/server.ts';
import { newToken, tokenMatches } from '../../../main/host/token.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request: fetch would normalise `..` away and refuses to set Host. */
function raw(
  host: Host,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: init.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c80000000049454e44ae426082',
  'hex',
);

let root: string;
let core: Core;
let settings: SettingsStore;
let host: Host;
let articleId: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-host-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Dateline</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside');
  settings = createMemorySettings();
  core = await createCore({ libraryDir: join(root, 'library'), settings, transport: 'host' });
  host = await startHost({ core, port: 0, rendererDir, maxBodyBytes: 64 * 1024 });
  const created = await core.dispatch('library.create', { headline: 'Ảnh ở Quang Bình' });
  if (!created.ok) throw new Error(created.error.message);
  articleId = (created.value as { id: string }).id;
  const media = join(core.articleDir(articleId), 'media');
  await mkdir(join(media, 'derived'), { recursive: true });
  await writeFile(join(media, 'abc.png'), PNG);
  await writeFile(join(media, 'derived', 'abc-preview.png'), PNG);
  await writeFile(join(media, 'abc.json'), '{}');
  await symlink(join(root, 'secret.txt'), join(media, 'link.png'));
});

afterAll(async () => {
  await host?.close();
  await core?.close();
  await rm(root, { recursive: true, force: true });
});

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(host, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dateline-Token': host.token, ...headers },
    body: JSON.stringify(body),
  });

const cookieOf = (reply: Reply): string => String(reply.headers['set-cookie']?.[0] ?? '').split(';')[0];

describe('the key', () => {
  it('is 32 random bytes in base64url, different each run, compared exactly', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(a);
    expect(tokenMatches(a, a)).toBe(true);
    expect(tokenMatches(a, a.slice(0, -1) + (a.endsWith('A') ? 'B' : 'A'))).toBe(false);
    expect(tokenMatches(a, '')).toBe(false);
    expect(tokenMatches(a, undefined)).toBe(false);
  });

  it('listens on 127.0.0.1 only and prints the address with the key', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  });
});

describe('pages and files', () => {
  it('refuses the page without the key, or with a wrong one', async () => {
    expect((await raw(host, '/')).status).toBe(403);
    expect((await raw(host, `/?token=${newToken()}`)).status).toBe(403);
    expect((await raw(host, '/assets/app.js')).status).toBe(403);
    expect((await raw(host, `/assets/app.js`, { headers: { Cookie: `dateline_${host.port}=${newToken()}` } })).status).toBe(403);
  });

  it('serves the page with the key and sets an HttpOnly, SameSite=Strict cookie for the rest', async () => {
    const page = await raw(host, `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Dateline</title>');
    const cookie = String(page.headers['set-cookie']?.[0]);
    expect(cookie).toContain(`dateline_${host.port}=${host.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const asset = await raw(host, '/assets/app.js', { headers: { Cookie: cookieOf(page) } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.body).toBe('console.log(1)');
  });

  it('sends a CSP and the other protective headers, and no CORS headers', async () => {
    const page = await raw(host, `/?token=${host.token}`);
    const csp = String(page.headers['content-security-policy']);
    for (const rule of ["script-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "default-src 'none'"])
      expect(csp).toContain(rule);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const preflight = await raw(host, '/api/app.info', {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    for (const reply of [page, preflight]) expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the key', async () => {
    for (const h of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      expect((await raw(host, `/?token=${host.token}`, { headers: { Host: h } })).status).toBe(403);
    }
    expect((await raw(host, `/?token=${host.token}`, { headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('serves nothing outside the built renderer', async () => {
    const auth = { Cookie: `dateline_${host.port}=${host.token}` };
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%5c..%5csecret.txt',
      '/.hidden',
      '/assets/app.js%00.png',
      '/missing.js',
    ]) {
      const reply = await raw(host, path, { headers: auth });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside');
    }
  });
});

describe('media', () => {
  const auth = () => ({ Cookie: `dateline_${host.port}=${host.token}` });

  it('serves an article’s photos and renditions with the key', async () => {
    const original = await raw(host, `/media/${articleId}/abc.png`, { headers: auth() });
    expect(original.status).toBe(200);
    expect(original.headers['content-type']).toBe('image/png');
    expect(original.headers['content-security-policy']).toContain('sandbox');
    expect((await raw(host, `/media/${articleId}/derived/abc-preview.png`, { headers: auth() })).status).toBe(200);
    expect((await raw(host, `/media/${articleId}/abc.png`)).status).toBe(403);
  });

  it('refuses traversal, non-photos, symlinks out and malformed ids', async () => {
    for (const path of [
      `/media/${articleId}/../article.json`,
      `/media/${articleId}/..%2farticle.json`,
      `/media/${articleId}/abc.json`,
      `/media/${articleId}/link.png`,
      `/media/${articleId}/derived/../abc.png`,
      `/media/${articleId}/other/abc.png`,
      `/media/..%2f..%2fsecret.txt/abc.png`,
      `/media/not-an-id/abc.png`,
    ]) {
      const reply = await raw(host, path, { headers: auth() });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside');
    }
  });
});

describe('API', () => {
  it('answers a contract method with its Result', async () => {
    const reply = await api('app.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    const result = JSON.parse(reply.body);
    expect(result).toMatchObject({ ok: true, value: { transport: 'host', libraryDir: core.libraryDir } });
  });

  it('refuses a call without the key header, even with the cookie, with a sentence', async () => {
    const noKey = await raw(host, '/api/app.info', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `dateline_${host.port}=${host.token}` },
      body: '{}',
    });
    expect(noKey.status).toBe(403);
    expect(JSON.parse(noKey.body)).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    expect((await api('app.info', {}, { 'X-Dateline-Token': newToken() })).status).toBe(403);
  });

  it('refuses calls from another origin or site', async () => {
    expect((await api('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app.info', {}, { Origin: 'null' })).status).toBe(403);
    expect((await api('app.info', {}, { Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await api('app.info', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('app.info', {}, { Origin: `http://127.0.0.1:${host.port}`, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('takes JSON only, of bounded size, by POST', async () => {
    const text = await raw(host, '/api/app.info', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Dateline-Token': host.token },
      body: '{}',
    });
    expect(text.status).toBe(415);
    const form = await raw(host, '/api/app.info', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Dateline-Token': host.token },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const broken = await raw(host, '/api/app.info', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dateline-Token': host.token },
      body: '{"a":',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const big = await api('library.create', { headline: 'x'.repeat(100 * 1024) });
    expect(big.status).toBe(413);
    expect((await raw(host, '/api/app.info', { headers: { 'X-Dateline-Token': host.token } })).status).toBe(405);
  });

  it('validates input like every transport and answers in the UI language', async () => {
    const bad = JSON.parse((await api('library.get', { id: '../../etc' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(bad.error.message).toMatch(/^Dữ liệu gửi đến không hợp lệ/);
    settings.set({ language: 'en' });
    try {
      const unknown = JSON.parse((await api('library.explode', {})).body);
      expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      expect(unknown.error.message).toMatch(/^There is no operation/);
      const refused = JSON.parse((await api('app.info', {}, { 'X-Dateline-Token': 'nope' })).body);
      expect(refused.error.message).toMatch(/refused/);
    } finally {
      settings.set({ language: 'vi' });
    }
  });

  it('round-trips Vietnamese text and stores it in NFC', async () => {
    const created = JSON.parse((await api('library.create', { headline: 'Tie\u0302\u0301ng Vie\u0323\u0302t' })).body);
    expect(created.ok).toBe(true);
    const got = JSON.parse((await api('library.get', { id: created.value.id })).body);
    expect(got.value.content[0].children[0].text).toBe('Tiếng Việt');
  });
});

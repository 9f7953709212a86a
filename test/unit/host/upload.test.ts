// Photos uploaded to the browser host (main/host/upload.ts) against a real Core: the same checks
// as API calls, the size limit before and while reading, the bytes through media.add, the
// temporary copy removed, and refusals in the UI language.

import { request as httpRequest } from 'node:http';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaAddReport } from '../../../main/common/contract/media.ts';
import type { Result } from '../../../main/common/result.ts';
import { createCore } from '../../../main/core/app.ts';
import { PHOTO_LIMITS } from '../../../main/core/media/develop.ts';
import { createPhotoPathGate } from '../../../main/core/media/path-gate.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core, SettingsStore } from '../../../main/core/types.ts';
import { startHost, type Host } from '../../../main/host/server.ts';
import { createUploadRoute, UPLOAD_MAX_BYTES, uploadFileName } from '../../../main/host/upload.ts';
import { createPathGrants } from '../../../main/core/fs/path-grants.ts';

interface Reply {
  status: number;
  body: Result<MediaAddReport>;
}

function post(port: number, path: string, body: Buffer, headers: Record<string, string>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { Host: `127.0.0.1:${port}`, 'Content-Length': String(body.length), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<MediaAddReport> }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let root: string;
let uploads: string;
let core: Core;
let settings: SettingsStore;
let host: Host;
let id: string;
let photo: Buffer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-upload-'));
  uploads = join(root, 'tmp');
  settings = createMemorySettings();
  core = await createCore({ libraryDir: join(root, 'library'), settings, transport: 'host' });
  host = await startHost({ core, port: 0, rendererDir: join(root, 'renderer') });
  const created = await core.dispatch('library.create', { headline: 'Ảnh' });
  if (!created.ok) throw new Error(created.error.message);
  id = (created.value as { id: string }).id;
  photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .toBuffer();
});
afterAll(async () => {
  await host.close();
  await core.close();
  await rm(root, { recursive: true, force: true });
});

/** The upload routes alone on a server of their own (key `k`), over an empty temporary folder. */
async function routeAlone(limits: { maxBytes?: number; maxDraftBytes?: number }): Promise<{ port: number; close: () => Promise<void> }> {
  let port = 0;
  const route = createUploadRoute({ core, token: 'k', port: () => port, tempDir: uploads, ...limits });
  await rm(uploads, { recursive: true, force: true });
  await mkdir(uploads, { recursive: true });
  const server: Server = createServer((req, res) => {
    void route(req, res, new URL(req.url ?? '/', 'http://127.0.0.1'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
  'Content-Type': 'application/octet-stream',
  'X-Dateline-Token': host.token,
  ...extra,
});

describe('POST /upload/<id>', () => {
  it('adds the photo under its own name and answers media.add’s report without the temporary path', async () => {
    const name = encodeURIComponent('Cầu Rồng đêm.jpg'.normalize('NFD'));
    const r = await post(host.port, `/upload/${id}?name=${name}`, photo, headers({ Origin: host.origin }));
    expect(r.status).toBe(200);
    if (!r.body.ok) throw new Error(r.body.error.message);
    expect(r.body.value).toMatchObject({ added: 1, failed: 0 });
    const item = r.body.value.items[0];
    expect(item).toMatchObject({ ok: true, path: '', name: 'Cầu Rồng đêm.jpg' });
    const listed = await core.dispatch('media.list', { id });
    expect(listed.ok && (listed.value as { originalName: string }[]).map((a) => a.originalName)).toEqual(['Cầu Rồng đêm.jpg']);
  });

  it('refuses a missing key, another origin, a form post and a bad id before reading the photo', async () => {
    expect((await post(host.port, `/upload/${id}?name=a.jpg`, photo, headers({ 'X-Dateline-Token': 'wrong' }))).status).toBe(403);
    expect((await post(host.port, `/upload/${id}?name=a.jpg`, photo, headers({ Origin: 'http://evil.example' }))).status).toBe(403);
    expect(
      (await post(host.port, `/upload/${id}?name=a.jpg`, photo, headers({ 'Content-Type': 'multipart/form-data; boundary=x' }))).status,
    ).toBe(415);
    const bad = await post(host.port, `/upload/..%2Fetc?name=a.jpg`, photo, headers());
    expect(bad.status).toBe(400);
    expect(bad.body.ok).toBe(false);
  });

  it('answers a text file named .jpg with the service’s sentence in the UI language, and adds nothing', async () => {
    settings.set({ language: 'en' });
    try {
      const r = await post(host.port, `/upload/${id}?name=notes.jpg`, Buffer.from('Phỏng vấn lúc 9 giờ\n'), headers());
      expect(r.status).toBe(200);
      if (!r.body.ok) throw new Error(r.body.error.message);
      const item = r.body.value.items[0];
      expect(item.ok).toBe(false);
      if (!item.ok) expect(item.error.message).toBe('The file “notes.jpg” is a text file, not a photo, although its name ends like one.');
    } finally {
      settings.set({ language: 'vi' });
    }
    const listed = await core.dispatch('media.list', { id });
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
  });

  it('refuses a photo over the limit, declared or streamed, and leaves no temporary file', async () => {
    const { port, close } = await routeAlone({ maxBytes: 1000 });
    try {
      const declared = await post(port, `/upload/${id}?name=big.jpg`, Buffer.alloc(5000), {
        'Content-Type': 'application/octet-stream',
        'X-Dateline-Token': 'k',
      });
      expect(declared.status).toBe(413);
      expect(declared.body.ok === false && declared.body.error.message).toContain('big.jpg');
      // A chunked body declares nothing: the limit is checked while it streams.
      const streamed = await new Promise<Reply>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: `/upload/${id}?name=big.jpg`,
            method: 'POST',
            headers: { 'Content-Type': 'application/octet-stream', 'X-Dateline-Token': 'k', 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<MediaAddReport> }),
            );
          },
        );
        req.on('error', reject);
        req.write(Buffer.alloc(800));
        req.end(Buffer.alloc(800));
      });
      expect(streamed.status).toBe(413);
      expect(await readdir(uploads)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the service’s own limit and makes any name safe to create', () => {
    expect(UPLOAD_MAX_BYTES).toBe(PHOTO_LIMITS.maxBytes);
    expect(uploadFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(uploadFileName('.bashrc')).toBe('bashrc');
    expect(uploadFileName('a\u0000b:c?.jpg')).toBe('a_b_c_.jpg');
    expect(uploadFileName('')).toBe('photo');
    expect(uploadFileName(null)).toBe('photo');
    expect(Array.from(uploadFileName('ả'.repeat(400))).length).toBe(180);
  });
});

describe('POST /import (a draft)', () => {
  const draft = Buffer.from(
    'Sức mạnh đoàn kết\n\nBHG - Đảng bộ huyện Bắc Quang luôn coi trọng công tác cán bộ.\n\nThân bài thứ nhất.\n\nBài, ảnh: MINH ĐỨC (Bắc Quang)\n',
    'utf8',
  );

  it('makes a new article from the file, answering library.import’s article and report', async () => {
    const r = (await post(
      host.port,
      `/import?name=${encodeURIComponent('bản thảo.txt')}`,
      draft,
      headers({ Origin: host.origin }),
    )) as unknown as {
      status: number;
      body: Result<{ article: { id: string; content: { type: string }[] }; report: { fileName: string; format: string } }>;
    };
    expect(r.status).toBe(200);
    if (!r.body.ok) throw new Error(r.body.error.message);
    expect(r.body.value.report).toMatchObject({ fileName: 'bản thảo.txt', format: 'txt' });
    const stored = await core.dispatch('library.get', { id: r.body.value.article.id });
    expect(stored.ok && JSON.stringify(stored.value)).toContain('Sức mạnh đoàn kết');
  });

  it('refuses what the import refuses, in the UI language, and a missing key before reading', async () => {
    const old = await post(host.port, '/import?name=cu.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), headers());
    expect(old.status).toBe(200);
    expect(old.body.ok === false && old.body.error.message).toMatch(/\.doc.*\.docx/);
    expect((await post(host.port, '/import?name=a.txt', draft, headers({ 'X-Dateline-Token': 'wrong' }))).status).toBe(403);
  });

  it('refuses a draft over the import’s limit, declared or streamed, and leaves no temporary file', async () => {
    const { port, close } = await routeAlone({ maxDraftBytes: 1000 });
    try {
      const big = await post(port, '/import?name=dai.txt', Buffer.alloc(5000, 0x61), {
        'Content-Type': 'application/octet-stream',
        'X-Dateline-Token': 'k',
      });
      expect(big.status).toBe(413);
      expect(big.body.ok === false && big.body.error.message).toContain('dai.txt');
      expect(await readdir(uploads)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a host with the path check of `npm run serve`', () => {
  it('refuses paths the page names that are not photos, and still adds its own uploads whatever their name', async () => {
    const paths = createPathGrants({ libraryDir: join(root, 'gated-library') });
    const gate = createPhotoPathGate({ grants: paths });
    const gated = await createCore({
      libraryDir: join(root, 'gated-library'),
      settings: createMemorySettings(),
      transport: 'host',
      media: { admitPath: (p) => gate.admit(p) },
      paths,
    });
    const gatedHost = await startHost({ core: gated, port: 0, rendererDir: join(root, 'renderer') });
    try {
      const created = await gated.dispatch('library.create', { headline: 'Ảnh' });
      if (!created.ok) throw new Error(created.error.message);
      const articleId = (created.value as { id: string }).id;
      const jpg = join(root, 'tren-dia.jpg');
      await writeFile(jpg, photo);
      const api = { 'Content-Type': 'application/json', 'X-Dateline-Token': gatedHost.token, Origin: gatedHost.origin };
      // Image bytes under a name that is not a photo's: the media process would take them, the check does not.
      const hidden = join(root, 'id_ed25519');
      await writeFile(hidden, photo);
      const named = await post(gatedHost.port, '/api/media.add', Buffer.from(JSON.stringify({ id: articleId, paths: [hidden, jpg] })), api);
      if (!named.body.ok) throw new Error(named.body.error.message);
      expect(named.body.value.items.map((i) => i.ok)).toEqual([false, true]);
      // A pasted picture arrives with a name and no extension: the host's own copy passes.
      const pasted = await post(gatedHost.port, `/upload/${articleId}?name=image`, photo, {
        'Content-Type': 'application/octet-stream',
        'X-Dateline-Token': gatedHost.token,
      });
      expect(pasted.body.ok && pasted.body.value.added).toBe(1);
    } finally {
      await gatedHost.close();
      await gated.close();
    }
  });
});

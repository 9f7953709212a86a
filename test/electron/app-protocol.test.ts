// Checklist items 7 and 18: app:// serves the built renderer and the articles' photos, nothing
// outside them, and every response carries the CSP.

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  appResponse,
  handleAppProtocol,
  registerAppScheme,
  type AppRoots,
} from '../../main/electron/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/content-security-policy.ts';
import { FILE_CSP } from '../../main/host/rules.ts';
import { protocol, resetFakeElectron, session } from './fake-electron.ts';
import { tempDir } from './helpers.ts';

const ID = 'a-abc123-x1y2';
const SHA = 'f'.repeat(64);
let roots: AppRoots;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  const rendererDir = join(t.dir, 'app', 'dist', 'renderer');
  const libraryDir = join(t.dir, 'library');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Dateline</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await mkdir(join(libraryDir, 'articles', ID, 'media', 'derived'), { recursive: true });
  await writeFile(join(libraryDir, 'articles', ID, 'media', `${SHA}.jpg`), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  await writeFile(join(libraryDir, 'articles', ID, 'media', `${SHA}.json`), '{"secret":"asset json"}');
  await writeFile(join(libraryDir, 'articles', ID, 'media', 'derived', `${SHA}-preview.webp`), 'RIFF');
  await writeFile(join(libraryDir, 'articles', ID, 'article.json'), '{"headline":"not a photo"}');
  await writeFile(join(t.dir, 'secret.js'), 'the reporter’s private file');
  await writeFile(join(t.dir, 'secret.jpg'), 'a private photo');
  await symlink(join(t.dir, 'secret.js'), join(rendererDir, 'assets', 'escape.js'));
  await symlink(join(t.dir, 'secret.jpg'), join(libraryDir, 'articles', ID, 'media', 'escape.jpg'));
  roots = { rendererDir, articleDir: (id) => join(libraryDir, 'articles', id) };
});
afterAll(() => cleanup());

const get = (url: string, method = 'GET') => appResponse({ url, method }, roots);

describe('app:// scheme', () => {
  it('is registered as standard and secure, never bypassing CSP', () => {
    resetFakeElectron();
    registerAppScheme(protocol as never);
    expect(protocol.privileged).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeUndefined();
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).toBeUndefined();
  });

  it('serves the renderer through the session protocol, with the CSP', async () => {
    resetFakeElectron();
    handleAppProtocol(session.defaultSession.protocol as never, roots);
    const res = await session.defaultSession.protocol.fetch('app://dateline/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('<title>Dateline</title>');
    expect((await get('app://dateline/')).status).toBe(200);
    expect(await (await get('app://dateline/assets/index-abc.js')).text()).toBe('console.log(1)');
  });

  it('serves an article photo and its rendition, at media/<articleId>/…', async () => {
    const photo = await get(`app://dateline/media/${ID}/${SHA}.jpg`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
    // Photos get the browser host's policy for files: opened on their own they run nothing.
    expect(photo.headers.get('content-security-policy')).toBe(FILE_CSP);
    const preview = await get(`app://dateline/media/${ID}/derived/${SHA}-preview.webp`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-security-policy')).toBe(FILE_CSP);
  });

  it.each([
    ['.. in the path (left after URL normalisation)', `app://dateline/media/${ID}/../../../secret.jpg`],
    ['encoded ..', `app://dateline/media/${ID}/%2e%2e/%2e%2e/article.json`],
    ['an encoded slash', `app://dateline/media/${ID}/..%2F..%2Fsecret.jpg`],
    ['an encoded backslash', `app://dateline/media/${ID}/..%5C..%5Csecret.jpg`],
    ['an encoded NUL', `app://dateline/index.html%00.png`],
    ['a renderer path climbing out', 'app://dateline/../../secret.js'],
    ['a symlink out of the renderer', 'app://dateline/assets/escape.js'],
    ['a symlink out of media/', `app://dateline/media/${ID}/escape.jpg`],
    ['the asset json (not a photo)', `app://dateline/media/${ID}/${SHA}.json`],
    ['the article itself', `app://dateline/media/${ID}/../article.json`],
    ['a malformed article id', `app://dateline/media/..%2F${ID}/${SHA}.jpg`],
    ['an id that is not an article id', `app://dateline/media/etc/passwd.jpg`],
    ['a dot-file', 'app://dateline/.env'],
    ['another host', 'app://evil/index.html'],
    ['credentials', 'app://user@dateline/index.html'],
    ['a missing file', 'app://dateline/nothing.js'],
    ['an unparsable URL', 'app://'],
  ])('refuses %s with 404 and still sends the CSP', async (_name, url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('');
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://dateline/index.html', 'POST')).status).toBe(405);
    const head = await get('app://dateline/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts from the app only: nothing inline, no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('has the restrictive directives', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
});

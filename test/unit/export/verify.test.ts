// verify(package): one changed byte, a missing file, an extra file, an unknown format version, a
// lying manifest, an invalid ninjs, unsafe zip entries and links: each is caught and named.

import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../../main/common/i18n/index.ts';
import { exportPackage } from '../../../main/core/export/package.ts';
import { sha256 } from '../../../main/core/export/manifest.ts';
import { formatVerifyReport, verifyExitCode, verifyPackage } from '../../../main/core/export/verify.ts';
import { fixedZipTime, readZipBuffer, writeZip } from '../../../main/core/export/zip.ts';
import { fixtureStory, makePhoto, storePhoto, tempDir } from './helpers.ts';

let root: string;
let cleanup: () => Promise<void>;
let good: string;
let goodZip: string;
let n = 0;

/** A fresh copy of the good folder package to damage. */
async function copy(): Promise<string> {
  const dir = join(root, `copy-${++n}`);
  await cp(good, dir, { recursive: true });
  return dir;
}

/** The good zip rewritten with `change` applied to its entries. */
async function zipWith(change: (entries: { path: string; data: Buffer }[]) => { path: string; data: Buffer }[]): Promise<string> {
  const entries = change(await readZipBuffer(await readFile(goodZip)));
  const path = join(root, `zip-${++n}.zip`);
  await writeFile(path, await writeZip(entries, fixedZipTime('2025-01-05T00:00:00Z')));
  return path;
}

const codes = (r: Awaited<ReturnType<typeof verifyPackage>>): string[] => r.problems.map((p) => `${p.code}${p.path ? ` ${p.path}` : ''}`);

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir());
  const articleDir = join(root, 'article');
  const story = await fixtureStory(await storePhoto(articleDir, await makePhoto({ width: 1700, height: 1100, gps: false })));
  good = join(root, 'good');
  goodZip = join(root, 'good.zip');
  await exportPackage(story.article, articleDir, { paperPrefix: 'BHG' }, { target: good, kind: 'folder' });
  await exportPackage(story.article, articleDir, { paperPrefix: 'BHG' }, { target: goodZip, kind: 'zip' });
});
afterAll(() => cleanup());

describe('verify a folder', () => {
  it('accepts the package as written', async () => {
    const r = await verifyPackage(good);
    expect(r.ok).toBe(true);
    expect(verifyExitCode(r)).toBe(0);
  });

  it('catches one changed byte', async () => {
    const dir = await copy();
    const file = join(dir, 'images/anh-01-400.jpg');
    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    await writeFile(file, bytes);
    const r = await verifyPackage(dir);
    expect(codes(r)).toEqual(['checksum-mismatch images/anh-01-400.jpg']);
    expect(verifyExitCode(r)).toBe(1);
  });

  it('catches a missing file, an extra file, a longer file and a link', async () => {
    const dir = await copy();
    await rm(join(dir, 'article.txt'));
    await writeFile(join(dir, 'images', 'extra.jpg'), 'x');
    await writeFile(join(dir, 'article.html'), (await readFile(join(dir, 'article.html'), 'utf8')) + '<!-- -->');
    await symlink('/etc/passwd', join(dir, 'passwd'));
    expect(codes(await verifyPackage(dir)).sort()).toEqual([
      'extra-file images/extra.jpg',
      'missing-file article.txt',
      'size-mismatch article.html',
      'unsafe-entry passwd',
    ]);
  });

  it('refuses an unknown format version without looking further', async () => {
    const dir = await copy();
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    manifest.formatVersion = 2;
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await rm(join(dir, 'article.txt'));
    const r = await verifyPackage(dir);
    expect(r.problems).toEqual([{ code: 'unknown-format', params: { version: '2' } }]);
    expect(r.formatVersion).toBe(2);
  });

  it('refuses a manifest that points outside the package', async () => {
    const dir = await copy();
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    manifest.files.push({ path: '../../etc/passwd', sha256: '0'.repeat(64), bytes: 1 });
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(codes(await verifyPackage(dir))).toEqual(['manifest-invalid']);
  });

  it('catches a ninjs.json that no longer fits the schema, even with a matching checksum', async () => {
    const dir = await copy();
    const ninjs = JSON.parse(await readFile(join(dir, 'ninjs.json'), 'utf8'));
    delete ninjs.uri;
    const bytes = Buffer.from(JSON.stringify(ninjs));
    await writeFile(join(dir, 'ninjs.json'), bytes);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const entry = manifest.files.find((f: { path: string }) => f.path === 'ninjs.json');
    Object.assign(entry, { sha256: sha256(bytes), bytes: bytes.length });
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(codes(await verifyPackage(dir))).toEqual(['ninjs-invalid ninjs.json']);
  });
});

describe('verify a zip', () => {
  it('accepts the zip as written', async () => {
    expect(await verifyPackage(goodZip)).toMatchObject({ ok: true, kind: 'zip', checked: 11 });
  });

  it('catches a changed byte, a missing entry and an extra entry', async () => {
    const changed = await zipWith((es) =>
      es.map((e) => (e.path === 'article.fragment.html' ? { ...e, data: Buffer.from(e.data.toString('utf8').replace('BTV', 'BTX')) } : e)),
    );
    expect(codes(await verifyPackage(changed))).toEqual(['checksum-mismatch article.fragment.html']);
    const missing = await zipWith((es) => es.filter((e) => e.path !== 'images/anh-01-800.webp'));
    expect(codes(await verifyPackage(missing))).toEqual(['missing-file images/anh-01-800.webp']);
    const extra = await zipWith((es) => [...es, { path: 'readme.txt', data: Buffer.from('hi') }]);
    expect(codes(await verifyPackage(extra))).toEqual(['extra-file readme.txt']);
  });

  it('reports entries that climb out of the package instead of reading them', async () => {
    const zip = await readFile(await zipWith((es) => [...es, { path: 'zz/evil.txt', data: Buffer.from('x') }]));
    // yazl refuses to write `..`, so the name is patched in place (same length; the CRC covers data only).
    const patched = Buffer.from(zip.toString('latin1').split('zz/evil.txt').join('../evil.txt'), 'latin1');
    const path = join(root, 'evil.zip');
    await writeFile(path, patched);
    const r = await verifyPackage(path);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'unsafe-entry', path: '../evil.txt' });
  });

  it('says plainly when there is no package at all', async () => {
    const missing = await verifyPackage(join(root, 'nothing-here.zip'));
    expect(codes(missing)).toEqual(['not-found']);
    expect(verifyExitCode(missing)).toBe(2);
    const junk = join(root, 'junk.zip');
    await writeFile(junk, 'PK not really a zip');
    expect(codes(await verifyPackage(junk))).toEqual(['not-a-package']);
    const empty = join(root, 'empty');
    await mkdir(empty);
    expect(codes(await verifyPackage(empty))).toEqual(['not-a-package']);
  });
});

describe('the report for the CLI', () => {
  it('is one sentence per problem in the UI language', async () => {
    const dir = await copy();
    await rm(join(dir, 'article.txt'));
    const r = await verifyPackage(dir);
    expect(formatVerifyReport(r, translatorFor('vi'))).toBe(`${dir}\nGói KHÔNG hợp lệ: 1 vấn đề.\n  - Thiếu tệp “article.txt”.\n`);
    expect(formatVerifyReport(r, translatorFor('en'))).toContain('The file “article.txt” is missing.');
    expect(formatVerifyReport(await verifyPackage(good), translatorFor('en'))).toContain(
      'The package is valid: 11 files match the manifest.',
    );
  });
});

// verify checks what the package claims (issue 14, item 7). Before, the manifest's own article
// block was trusted: changing "version": 3 to 2, the article id or the headline in manifest.json
// still verified; a damaged zip (one flipped byte in a compressed entry, or half a zip) said
// "not a Dateline package" instead of naming what is damaged; and `dateline verify` called a
// review package a malformed export instead of checking its signature and signer.

import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { translatorFor } from '../../main/common/i18n/index.ts';
import { exportPackage } from '../../main/core/export/package.ts';
import { formatVerifyReport, verifyExitCode, verifyPackage } from '../../main/core/export/verify.ts';
import { fixtureStory, makePhoto, storePhoto, tempDir } from '../unit/export/helpers.ts';
import { isolatedEnv, runCli } from '../unit/cli/run-cli.ts';
import { closeAll, desktop, writeArticle } from '../unit/review/helpers.ts';
import { call, sandboxCore } from './helpers.ts';

let root: string;
let cleanup: () => Promise<void>;
let folder: string;
let zip: string;
let n = 0;

const codes = (r: Awaited<ReturnType<typeof verifyPackage>>): string[] => r.problems.map((p) => `${p.code}${p.path ? ` ${p.path}` : ''}`);

/** A copy of the folder package with manifest.json edited. */
async function withManifest(edit: (m: { article: Record<string, unknown> }) => void): Promise<string> {
  const dir = join(root, `edited-${++n}`);
  await cp(folder, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { article: Record<string, unknown> };
  edit(manifest);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir());
  const articleDir = join(root, 'article');
  const story = await fixtureStory(await storePhoto(articleDir, await makePhoto({ width: 1700, height: 1100, gps: false })));
  folder = join(root, 'good');
  zip = join(root, 'good.zip');
  await exportPackage({ ...story.article, version: 3 }, articleDir, { paperPrefix: 'BHG' }, { target: folder, kind: 'folder' });
  await exportPackage({ ...story.article, version: 3 }, articleDir, { paperPrefix: 'BHG' }, { target: zip, kind: 'zip' });
  expect(await verifyPackage(folder)).toMatchObject({ ok: true, articleVersion: 3 });
});
afterAll(() => cleanup());

describe('the manifest’s article block', () => {
  it('is checked against ninjs.json and article.html: an edited version, id or headline is caught', async () => {
    const version = await verifyPackage(await withManifest((m) => (m.article.version = 2)));
    expect(version.ok).toBe(false);
    expect(version.problems).toEqual([
      { code: 'manifest-mismatch', path: 'manifest.json', params: { field: 'version', file: 'ninjs.json', manifest: '2', actual: '3' } },
    ]);

    const id = await verifyPackage(await withManifest((m) => (m.article.id = 'a-0m4x1k2p-aaaaaa')));
    expect(codes(id)).toEqual(['manifest-mismatch manifest.json']);
    expect(id.problems[0].params).toMatchObject({ field: 'id', manifest: 'a-0m4x1k2p-aaaaaa' });

    const headline = await verifyPackage(await withManifest((m) => (m.article.headline = 'Tin giả')));
    expect(headline.problems.map((p) => `${p.params?.field} ${p.params?.file}`)).toEqual(['headline ninjs.json', 'headline article.html']);
    expect(verifyExitCode(headline)).toBe(1);
    expect(formatVerifyReport(headline, translatorFor('vi'))).toContain(
      'manifest.json ghi headline của bài là “Tin giả”, nhưng ninjs.json ghi',
    );
  });
});

describe('a damaged zip', () => {
  it('names the entry whose compressed bytes were damaged, and checks the rest', async () => {
    const bytes = await readFile(zip);
    const archive = await yauzl.openPromise(zip, { lazyEntries: true, autoClose: false });
    let start = -1;
    for await (const e of archive.eachEntry()) {
      if (e.fileName !== 'article.html') continue;
      expect(e.compressionMethod).toBe(8);
      start = (await archive.readLocalFileHeaderPromise(e, { minimal: true })).fileDataStart;
    }
    archive.close();
    // The first byte of a deflate stream holds its block type: 3 is reserved, so inflating fails.
    const damaged = Buffer.from(bytes);
    damaged[start] |= 0x06;
    const path = join(root, 'flipped.zip');
    await writeFile(path, damaged);
    const r = await verifyPackage(path);
    expect(codes(r)).toEqual(['damaged-entry article.html']);
    expect(r.checked).toBeGreaterThan(5);
    expect(formatVerifyReport(r, translatorFor('vi'))).toContain('Tệp “article.html” trong zip bị hỏng, không giải nén được');
  });

  it('says a zip cut in half is damaged or cut short, not that it is no package', async () => {
    const bytes = await readFile(zip);
    const path = join(root, 'half.zip');
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r = await verifyPackage(path);
    expect(codes(r)).toEqual(['zip-damaged']);
    expect(verifyExitCode(r)).toBe(1);
    expect(formatVerifyReport(r, translatorFor('en'))).toContain('The zip is damaged or cut short');
  });
});

describe('dateline verify on a review package', () => {
  it('verifies its signature and signer against this library’s keys, instead of calling it a malformed export', async () => {
    const desk = join(root, 'desk');
    const reporter = await desktop(root, 'Trần Trung Hậu', desk, { roles: ['reporter'] });
    const editor = await sandboxCore();
    const stranger = await sandboxCore();
    try {
      const article = await writeArticle(reporter, 1);
      await reporter.service.submit(article.id);
      const [name] = await readdir(join(desk, 'submissions'));
      const pkg = join(desk, 'submissions', name);
      await call(editor.core, 'review.setProfile', { name: 'Nguyễn Thị Biên', roles: ['editor'] });
      const key = await call<{ keyId: string }>(editor.core, 'keys.import', { content: (await reporter.service.exportKey()).content });
      await call(editor.core, 'keys.trust', { keyId: key.keyId, roles: ['reporter'] });
      await editor.core.close();

      const trusted = await runCli(['verify', pkg, '--library', editor.core.libraryDir], isolatedEnv(editor.dir));
      expect(trusted.stderr).toBe('');
      expect(trusted.code).toBe(0);
      expect(trusted.stdout).toContain(
        `Gói duyệt hợp lệ: bản gửi bài ${article.id} (phiên bản ${article.version}), ký bởi Trần Trung Hậu (`,
      );

      // A library that does not know the key: refused, with the review's own sentence.
      const unknown = await runCli(['verify', pkg, '--library', stranger.core.libraryDir, '--json'], isolatedEnv(stranger.dir));
      expect(unknown.code).toBe(1);
      expect(JSON.parse(unknown.stdout)).toMatchObject({
        ok: false,
        kind: 'review',
        problem: { reason: 'unknown-key', params: { name: 'Trần Trung Hậu' } },
      });
    } finally {
      await closeAll(reporter);
      await editor.close();
      await stranger.close();
    }
  });
});

// Paths from the page (issue 14, item 2). Before, a compromised renderer could write anywhere and
// read any file: keys.export {path} wrote a file carrying the profile's name to any path (a
// `.bash_profile` ran a command at the next login), export.package wrote to any absolute target,
// review.setDesk made folders anywhere (`a\0/../../x` answered OK), and library.import(Preview),
// keys.import and export.verify read any file. Now a path is used only when a native dialog
// answered it since the app started (a grant), or it lies inside the library; never relative,
// never with NUL (main/core/fs/path-grants.ts).

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../main/common/article/model.ts';
import type { PackageResult } from '../../main/common/contract/export.ts';
import type { Result } from '../../main/common/result.ts';
import type { DeskInfo, ExportedKey } from '../../main/common/review/types.ts';
import { createPathGrants, type PathGrants } from '../../main/core/fs/path-grants.ts';
import { createPhotoPathGate } from '../../main/core/media/path-gate.ts';
import { call, sandboxCore, type Sandbox } from './helpers.ts';

let box: Sandbox;
let grants: PathGrants;
let outside: string;
let article: Article;
let keyFile: string;
let draft: string;
let photo: string;

const refusal = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

beforeAll(async () => {
  // A Core as the browser host builds it: grants enforced, media.add behind the photo check.
  const maker = await sandboxCore();
  const libraryDir = join(maker.dir, 'host-library');
  grants = createPathGrants({ libraryDir });
  const gate = createPhotoPathGate({ grants });
  box = await sandboxCore({ libraryDir, transport: 'host', paths: grants, media: { admitPath: (p) => gate.admit(p) } });
  outside = join(maker.dir, 'home');
  await mkdir(outside);
  // Files a colleague or the reporter has on the disk, outside the library.
  await call(maker.core, 'review.setProfile', { name: 'Nguyễn Thị Biên', roles: ['editor'] });
  keyFile = join(outside, 'bien.dateline-key.json');
  await writeFile(keyFile, (await call<ExportedKey>(maker.core, 'keys.export', {})).content);
  draft = join(outside, 'ban-thao.txt');
  await writeFile(
    draft,
    'Sức mạnh đoàn kết\n\nBHG - Bản Khuổi Bốc có 45 hộ.\n\nNăm nay bản làm thêm 2 km đường.\n\nBài, ảnh: TRUNG HẬU (Quang Bình)\n',
  );
  photo = join(outside, 'anh-khong-duoi');
  await writeFile(
    photo,
    await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } })
      .jpeg()
      .toBuffer(),
  );
  article = await call<Article>(box.core, 'library.create', { headline: 'Sức mạnh đoàn kết' });
  box.close = ((close) => async () => {
    await close();
    await maker.close();
  })(box.close);
});
afterAll(() => box.close());

describe('a path the page names that no dialog answered and that is not in the library', () => {
  it('is refused by every path-taking method, before anything is read or written', async () => {
    const target = join(outside, 'goi.zip');
    const desk = join(outside, 'ban-bien-tap');
    expect(refusal(await box.core.dispatch('keys.import', { path: keyFile }))).toBe('PATH_NOT_GRANTED');
    expect(refusal(await box.core.dispatch('library.importPreview', { path: draft }))).toBe('PATH_NOT_GRANTED');
    expect(refusal(await box.core.dispatch('library.import', { path: draft }))).toBe('PATH_NOT_GRANTED');
    expect(refusal(await box.core.dispatch('export.verify', { path: keyFile }))).toBe('PATH_NOT_GRANTED');
    expect(refusal(await box.core.dispatch('export.package', { id: article.id, target, acceptWarnings: true }))).toBe('PATH_NOT_GRANTED');
    expect(refusal(await box.core.dispatch('review.setDesk', { path: desk }))).toBe('PATH_NOT_GRANTED');
    const added = await call<{ items: { ok: boolean }[] }>(box.core, 'media.add', { id: article.id, paths: [photo] });
    expect(added.items[0].ok).toBe(false);
    // Nothing was made on the disk.
    expect((await readdir(outside)).sort()).toEqual(['anh-khong-duoi', 'ban-thao.txt', 'bien.dateline-key.json']);
    expect((await call<{ total: number }>(box.core, 'library.list', {})).total).toBe(1);
  });

  it('says why in one sentence in the UI language, with the file’s name only', async () => {
    const r = await box.core.dispatch('library.importPreview', { path: draft });
    expect(r.ok ? '' : r.error.message).toBe(
      'Để giữ an toàn, Dateline chỉ dùng tệp và thư mục bạn đã chọn trong hộp thoại chọn tệp của máy (hoặc nằm trong thư viện); “ban-thao.txt” chưa được chọn như vậy.',
    );
  });

  it('is refused when relative, with NUL, with `..` or `.` segments, granted or not', async () => {
    grants.grantFolder(outside);
    for (const path of [
      'ban-thao.txt',
      './ban-thao.txt',
      `${outside}/../home/ban-thao.txt`,
      `${outside}/./ban-thao.txt`,
      `${draft}\0.txt`,
      'a\0/../../x',
      '',
    ]) {
      for (const [method, input] of [
        ['library.importPreview', { path }],
        ['keys.import', { path }],
        ['export.verify', { path }],
        ['review.setDesk', { path }],
        ['export.package', { id: article.id, target: path }],
      ] as const) {
        const r = await box.core.dispatch(method, input);
        expect([method, path, refusal(r)]).toEqual([method, path, 'INVALID_INPUT']);
      }
    }
    expect(await readdir(outside)).not.toContain('x');
  });

  it('keys.export takes no path: the content comes back for the page to download', async () => {
    await call(box.core, 'review.setProfile', { name: 'Trần Trung Hậu', roles: ['reporter'] });
    expect(refusal(await box.core.dispatch('keys.export', { path: join(outside, '.bash_profile') }))).toBe('INVALID_INPUT');
    expect(refusal(await box.core.dispatch('keys.export', { path: '.bash_profile' }))).toBe('INVALID_INPUT');
    const exported = await call<ExportedKey>(box.core, 'keys.export', { saveAs: true });
    expect(exported).toMatchObject({
      fileName: expect.stringMatching(/\.dateline-key\.json$/),
      content: expect.stringContaining('dateline.public-key'),
    });
    expect(exported.path).toBeUndefined();
    expect(await readdir(outside)).not.toContain('.bash_profile');
  });

  it('the signing key’s folder is refused even inside the library', async () => {
    const secret = join(box.core.libraryDir, 'review', 'profile', 'signing-key.json');
    expect(refusal(await box.core.dispatch('keys.import', { path: secret }))).toBe('PATH_NOT_GRANTED');
    expect(refusal(await box.core.dispatch('export.verify', { path: join(box.core.libraryDir, 'review', 'profile') }))).toBe(
      'PATH_NOT_GRANTED',
    );
  });
});

describe('a path a dialog answered (a grant), or inside the library', () => {
  it('works for every path-taking method', async () => {
    grants.grant([keyFile, draft, photo]);
    expect(await call(box.core, 'keys.import', { path: keyFile })).toMatchObject({ name: 'Nguyễn Thị Biên' });
    expect(await call(box.core, 'library.importPreview', { path: draft })).toMatchObject({
      draft: expect.any(Object),
      report: expect.any(Object),
    });
    const imported = await call<{ article: Article }>(box.core, 'library.import', { path: draft });
    expect(imported.article.id).toMatch(/^a-/);
    const added = await call<{ items: { ok: boolean }[] }>(box.core, 'media.add', { id: article.id, paths: [photo] });
    expect(added.items[0].ok).toBe(true);

    // A folder chosen to export into takes a new package directly inside it, not deeper.
    const folder = join(outside, 'xuat-ban');
    await mkdir(join(folder, 'sau'), { recursive: true });
    grants.grantFolder(folder);
    const pkg = await call<PackageResult>(box.core, 'export.package', {
      id: imported.article.id,
      target: join(folder, 'goi.zip'),
      acceptWarnings: true,
    });
    expect(pkg.path).toBe(join(folder, 'goi.zip'));
    expect(
      refusal(
        await box.core.dispatch('export.package', {
          id: imported.article.id,
          target: join(folder, 'sau', 'goi.zip'),
          acceptWarnings: true,
        }),
      ),
    ).toBe('PATH_NOT_GRANTED');
    // A folder grant lets no file in it be read; the package itself is read once a dialog names it.
    expect(refusal(await box.core.dispatch('export.verify', { path: pkg.path }))).toBe('PATH_NOT_GRANTED');
    grants.grant(pkg.path);
    expect(await call(box.core, 'export.verify', { path: pkg.path })).toMatchObject({ ok: true });

    // Inside the library: a package in its download folder, verified there.
    const inLibrary = join(box.core.libraryDir, 'exports');
    await mkdir(inLibrary, { recursive: true });
    const kept = await call<PackageResult>(box.core, 'export.package', {
      id: imported.article.id,
      target: join(inLibrary, 'goi.zip'),
      acceptWarnings: true,
    });
    expect(await call(box.core, 'export.verify', { path: kept.path })).toMatchObject({ ok: true });

    // The desk: a folder the picker answered, and the same desk again after a restart of the grants.
    const desk = join(outside, 'ban-bien-tap');
    grants.grantFolder(desk);
    expect(await call<DeskInfo>(box.core, 'review.setDesk', { path: desk })).toMatchObject({ path: desk, reachable: true });
    expect(await call<DeskInfo>(box.core, 'review.setDesk', { path: desk })).toMatchObject({ path: desk });
    expect(JSON.parse(await readFile(keyFile, 'utf8'))).toMatchObject({ format: 'dateline.public-key' });
  });
});

// `dateline export` and `dateline verify` as a user runs them (node bin/dateline.js): the
// paper's example story with a photo exported as a .zip and as a folder, verified; then the
// folder damaged three ways (one byte changed, a file gone, a file added), each named.

import { appendFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import type { VerifyReport } from '../../../main/common/contract/export.ts';
import { createCore } from '../../../main/core/app.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import { fixtureStory, makePhoto, storePhoto, tempDir } from '../export/helpers.ts';
import { isolatedEnv, runCli } from './run-cli.ts';

let root: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;
let lib: string;
let id: string;

const run = (args: string[]) => runCli(args, env);

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-cli-export-'));
  env = isolatedEnv(root);
  lib = join(root, 'lib');
  // The story is set up through the Core (as the app would save it); the photo is stored as the
  // media service stores it.
  const core = await createCore({ libraryDir: lib, settings: createMemorySettings(), transport: 'direct' });
  try {
    const created = await core.dispatch('library.create', {});
    if (!created.ok) throw new Error(created.error.message);
    const fresh = created.value as Article;
    id = fresh.id;
    const assetId = await storePhoto(core.articleDir(id), await makePhoto({ width: 1700, height: 1100 }));
    const { article } = await fixtureStory(assetId);
    const { relatedIds: _r, ...meta } = article.meta;
    const saved = await core.dispatch('library.save', { id, content: article.content, meta, baseVersion: fresh.version });
    if (!saved.ok) throw new Error(saved.error.message);
  } finally {
    await core.close();
  }
  await mkdir(join(root, 'out'));
}, 60_000);
afterAll(() => cleanup());

describe('dateline export', () => {
  it('writes a .zip that verify accepts', async () => {
    const out = await run(['export', id, '--out', join(root, 'out', 'bon-tot'), '--zip', '--json', '--library', lib]);
    expect(out.code, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout) as { ok: boolean; package: { path: string; files: number } };
    expect(result.ok).toBe(true);
    expect(result.package.path).toBe(join(root, 'out', 'bon-tot.zip'));
    expect(result.package.files).toBeGreaterThanOrEqual(11);

    const verified = await run(['verify', result.package.path]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/Gói hợp lệ: \d+ tệp khớp với manifest\./);
  });

  it('puts the package inside an existing folder, named after the slug, and verify --json reports it', async () => {
    const out = await run(['export', id, '--out', join(root, 'out'), '--library', lib]);
    expect(out.code, out.stderr).toBe(0);
    const path = join(root, 'out', 'bon-tot-quang-binh');
    expect(out.stdout).toContain(path);
    expect((await readdir(path)).sort()).toEqual([
      'article.docx',
      'article.fragment.html',
      'article.html',
      'article.txt',
      'images',
      'manifest.json',
      'ninjs.json',
    ]);
    const verified = await run(['verify', path, '--json']);
    expect(verified.code).toBe(0);
    expect((JSON.parse(verified.stdout) as VerifyReport).ok).toBe(true);
  });

  it('stops on preflight errors, naming each, and writes nothing', async () => {
    const core = await createCore({ libraryDir: lib, settings: createMemorySettings(), transport: 'direct' });
    let bare: string;
    try {
      const created = await core.dispatch('library.create', {});
      if (!created.ok) throw new Error(created.error.message);
      bare = (created.value as Article).id;
    } finally {
      await core.close();
    }
    const target = join(root, 'out', 'bare');
    const out = await run(['export', bare, '--out', target, '--library', lib]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('Lỗi: Bài chưa có tít.');
    expect(out.stderr).toContain('Lỗi: Bài chưa ghi tên tác giả (bút danh).');
    expect(out.stderr).toMatch(/Chưa xuất được vì bài còn \d+ lỗi/);
    await expect(readdir(target)).rejects.toThrow();
  });
});

describe('dateline verify on a damaged package', () => {
  let pkg: string;

  beforeAll(async () => {
    pkg = join(root, 'out', 'damaged');
    const out = await run(['export', id, '--out', pkg, '--library', lib]);
    expect(out.code, out.stderr).toBe(0);
    expect((await run(['verify', pkg])).code).toBe(0);
  }, 60_000);

  it('one byte changed: exit 1 and the file named', async () => {
    const file = join(pkg, 'article.html');
    const original = await readFile(file);
    const changed = Buffer.from(original);
    changed[100] = changed[100] ^ 0x01;
    await writeFile(file, changed);
    try {
      const r = await run(['verify', pkg]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Gói KHÔNG hợp lệ: 1 vấn đề.');
      expect(r.stdout).toContain('Tệp “article.html” đã bị thay đổi (SHA-256 không khớp).');
    } finally {
      await writeFile(file, original);
    }
  });

  it('a file missing: exit 1 and the file named', async () => {
    const file = join(pkg, 'images', 'anh-01-800.webp');
    const original = await readFile(file);
    await rm(file);
    try {
      const r = await run(['verify', pkg, '--json']);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as VerifyReport;
      expect(report.problems).toEqual([
        { code: 'missing-file', path: 'images/anh-01-800.webp', params: { path: 'images/anh-01-800.webp' } },
      ]);
      expect((await run(['verify', pkg])).stdout).toContain('Thiếu tệp “images/anh-01-800.webp”.');
    } finally {
      await writeFile(file, original);
    }
  });

  it('an extra file: exit 1 and the file named', async () => {
    const file = join(pkg, 'notes.txt');
    await writeFile(file, 'ghi chú');
    try {
      const r = await run(['verify', pkg]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Có tệp lạ “notes.txt” không có trong manifest.');
    } finally {
      await rm(file);
    }
  });

  it('a grown file: the size is reported', async () => {
    const file = join(pkg, 'article.txt');
    const original = await readFile(file);
    await appendFile(file, 'x');
    try {
      const r = await run(['verify', pkg]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('“article.txt”');
    } finally {
      await writeFile(file, original);
    }
  });

  it('not a package at all: exit 2', async () => {
    const r = await run(['verify', join(root, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('không phải là gói xuất của Dateline');
  });
});

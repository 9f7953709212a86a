// `dateline show ID --format text|html|json` on the paper's fixture article, run as a user runs it
// (node bin/dateline.js) on a library written by the services themselves.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import { fixtureArticle } from '../article/fixture.ts';
import { openLibrary, tempDir } from '../library/helpers.ts';
import { type CliRun, isolatedEnv, runCli } from './run-cli.ts';

const NOTE = 'Chỉ cho ban biên tập: kiểm tra lại số liệu 97%.';

let root: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;
let lib: string;
let id: string;

function run(args: string[]): Promise<CliRun> {
  return runCli([...args, '--library', lib], env, 30_000);
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-show-'));
  env = isolatedEnv(root);
  lib = join(root, 'lib');
  const library = openLibrary(lib);
  const fixture = fixtureArticle();
  const created = await library.create({});
  id = created.id;
  await library.save({
    id,
    content: fixture.content as never,
    meta: { ...fixture.meta, editorNote: NOTE, tags: ['bốn tốt'] },
    baseVersion: created.version,
  });
}, 60_000);
afterAll(() => cleanup());

describe('dateline show --format', () => {
  it('text: headline, time, sapo, body, captions, byline, one blank line between', async () => {
    const r = await run(['show', id, '--format', 'text']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const parts = r.stdout.split('\n\n');
    expect(parts[0]).toBe('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình');
    expect(parts[1]).toBe('17:43, 05/01/2025');
    expect(parts[2]).toMatch(/^BHG - Nhận thức sâu sắc/);
    expect(parts).toContain('Đảng viên Chi bộ thôn Trung Thành, xã Vĩ Thượng chia sẻ kinh nghiệm phát triển kinh tế.');
    expect(r.stdout.endsWith('\n\nBài, ảnh: TRUNG HẬU (Quang Bình)\n')).toBe(true);
    expect(r.stdout).not.toMatch(/\n\n\n/);
    expect(r.stdout).not.toContain(NOTE);
    expect(r.stdout).toBe(r.stdout.normalize('NFC'));
    // Text is the default.
    expect((await run(['show', id])).stdout).toBe(r.stdout);
  });

  it('html: a small escaped document with the time and the byline, without the desk’s note', async () => {
    const r = await run(['show', id, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<h1>Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình</h1>');
    expect(r.stdout).toContain('<time datetime="2025-01-05T10:43:00.000Z">17:43, 05/01/2025</time>');
    expect(r.stdout).toContain('<p class="byline">Bài, ảnh: TRUNG HẬU (Quang Bình)</p>');
    expect(r.stdout).not.toContain(NOTE);
  });

  it('json (and --json): the article as stored', async () => {
    const a = await run(['show', id, '--format', 'json']);
    const b = await run(['show', id, '--json']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const article = JSON.parse(a.stdout) as Article;
    expect(article.id).toBe(id);
    expect(article.version).toBe(2);
    expect(article.meta).toMatchObject({
      editorNote: NOTE,
      tags: ['bốn tốt'],
      byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' },
    });
    // --format says which; `JSON` in capitals is the same format.
    expect((await run(['show', id, '--json', '--format', 'text'])).stdout).toMatch(/^Sức mạnh/);
    expect((await run(['show', id, '--format', 'JSON'])).stdout).toBe(a.stdout);
  });

  it('an unknown format is one clear sentence and a non-zero exit', async () => {
    const r = await run(['show', id, '--format', 'xml']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('Không có định dạng “xml”; hãy dùng json, html hoặc text.');
  });
});

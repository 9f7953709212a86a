// `dateline import` as a user runs it: node bin/dateline.js on a temporary library with its own
// settings folder (the user's real settings are never touched).

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import type { ImportReport } from '../../../main/common/contract/import.ts';
import { tempDir } from '../library/helpers.ts';
import { encodeTcvn3Plain } from '../vietnamese/helpers.ts';
import { fixtureText, put } from './helpers.ts';
import { type CliRun, isolatedEnv, runCli } from '../cli/run-cli.ts';

let root: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;

function run(args: string[]): Promise<CliRun> {
  return runCli(args, env);
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-cli-import-'));
  env = isolatedEnv(root);
});
afterAll(() => cleanup());

describe('dateline import', () => {
  it('imports the example article, prints its id (or everything with --json), and lists what it kept out', async () => {
    const lib = join(root, 'lib');
    const file = await put(root, 'bai viet.txt', fixtureText());
    const plain = await run(['import', file, '--library', lib]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^a-[0-9a-z]+-[0-9a-z]+\n$/);
    // Warnings in the settings' language (Vietnamese by default), then the notes.
    expect(plain.stderr).toContain('Đã để riêng 14 dòng không thuộc bài');
    expect(plain.stderr).toContain('  | Cùng chuyên mục');

    const json = await run(['import', file, '--json', '--library', lib]);
    expect(json.code).toBe(0);
    const { article, report } = JSON.parse(json.stdout) as { article: Article; report: ImportReport };
    expect(article.meta.byline).toMatchObject({ role: 'bai-anh', place: 'Quang Bình' });
    expect(report.related).toHaveLength(4);

    const listed = await run(['list', '--json', '--library', lib]);
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(2);
  });

  it('offers a legacy conversion and does it with --convert-legacy', async () => {
    const lib = join(root, 'lib2');
    const file = await put(
      root,
      'cu.txt',
      encodeTcvn3Plain('Xuân về trên cao nguyên đá\n\nBHG - Người dân Hà Giang đón Tết trong niềm vui.\n\nBà con chuẩn bị bánh chưng.\n'),
    );
    const offered = await run(['import', file, '--dry-run', '--library', lib]);
    expect(offered.code).toBe(0);
    expect(offered.stderr).toContain('bảng mã TCVN3 (ABC)');
    expect(offered.stderr).toContain('--convert-legacy');
    const converted = await run(['import', file, '--convert-legacy', '--json', '--library', lib]);
    const { article } = JSON.parse(converted.stdout) as { article: Article };
    expect(JSON.stringify(article.content)).toContain('Xuân về trên cao nguyên đá');
  });

  it('refuses an unsupported file with one sentence and exit code 1', async () => {
    const res = await run(['import', await put(root, 'x.pdf', '%PDF'), '--library', join(root, 'lib3')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('Chưa nhập được tệp “x.pdf”: Dateline chỉ nhận .docx, .txt, .md, .html.\n');
  });
});

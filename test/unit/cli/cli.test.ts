// The `dateline` command as a user runs it: node bin/dateline.js on a temporary library, with
// its own settings folder so the user's real settings are never touched.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleSummary } from '../../../main/common/article/model.ts';
import { tempDir } from '../library/helpers.ts';
import { type CliRun, isolatedEnv, runCli } from './run-cli.ts';

let root: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCli(args, { ...env, ...extraEnv }, 30_000);
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-cli-'));
  env = isolatedEnv(root);
});
afterAll(() => cleanup());

describe('dateline new / list / show', () => {
  it('round-trips an article through --json', async () => {
    const lib = join(root, 'lib1');
    const created = await run(['new', '--headline', 'Sức mạnh đoàn kết ở Quang Bình', '--json', '--library', lib]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const article = JSON.parse(created.stdout) as Article;
    expect(article.id).toMatch(/^a-/);
    expect(article.content[0]).toMatchObject({ type: 'headline', children: [{ text: 'Sức mạnh đoàn kết ở Quang Bình' }] });
    expect(article.content[1]).toMatchObject({ type: 'sapo', children: [{ text: 'BHG - ' }] });

    const listed = await run(['list', '--json', '--library', lib]);
    expect(listed.code).toBe(0);
    const items = JSON.parse(listed.stdout) as ArticleSummary[];
    expect(items.map((i) => [i.id, i.headline])).toEqual([[article.id, 'Sức mạnh đoàn kết ở Quang Bình']]);

    const shown = await run(['show', article.id, '--json', '--library', lib]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual(article);

    const text = await run(['show', article.id, '--library', lib]);
    // The paper's text (main/common/article/text.ts): empty blocks and an empty byline print nothing.
    expect(text.stdout).toBe('Sức mạnh đoàn kết ở Quang Bình\n\nBHG -\n');
  });

  it('prints just the id without --json, and takes the library from DATELINE_LIBRARY', async () => {
    const lib = join(root, 'lib2');
    const created = await run(['new', '--headline', 'Tin ngắn'], { DATELINE_LIBRARY: lib });
    expect(created.code).toBe(0);
    const id = created.stdout.trim();
    expect(id).toMatch(/^a-[0-9a-z]+-[0-9a-z]+$/);
    const listed = await run(['list'], { DATELINE_LIBRARY: lib });
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('Tin ngắn');
    // --library wins over the environment.
    const other = await run(['list', '--json', '--library', join(root, 'empty')], { DATELINE_LIBRARY: lib });
    expect(JSON.parse(other.stdout)).toEqual([]);
  });

  it('reports errors as one sentence on stderr with a non-zero exit (Vietnamese by default)', async () => {
    const lib = join(root, 'lib3');
    const missing = await run(['show', 'a-0000000000-nothere', '--library', lib]);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim()).toBe('Không tìm thấy bài viết a-0000000000-nothere.');

    const bad = await run(['show', '../etc', '--json', '--library', lib]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('không hợp lệ');
  });

  it('speaks English when the settings say so', async () => {
    const config = join(root, 'config-en');
    await mkdir(config, { recursive: true });
    await writeFile(join(config, 'config.json'), JSON.stringify({ language: 'en' }));
    const r = await run(['show', 'a-0000000000-nothere', '--library', join(root, 'lib4')], { DATELINE_CONFIG_DIR: config });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe('Article a-0000000000-nothere was not found.');
  });

  it('a read-only place for the library is a clear error', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, 'not a folder');
    const r = await run(['new', '--headline', 'x', '--library', join(file, 'lib')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--help lists the commands', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['new', 'list', 'show']) expect(r.stdout).toContain(c);
  });
});

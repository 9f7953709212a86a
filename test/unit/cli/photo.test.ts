// `dateline photo add` as a user runs it: node bin/dateline.js on a temporary library and its own
// settings folder. Photos become figures at the article's end; a refused file prints the
// service's sentence on stderr and the exit code is non-zero, while the others are still added.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, FigureBlock } from '../../../main/common/article/model.ts';
import type { PhotoAddOutcome } from '../../../main/cli/commands/photo.ts';
import { tempDir } from '../library/helpers.ts';
import { type CliRun, isolatedEnv, runCli } from './run-cli.ts';

let root: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;
let lib: string;

const run = (args: string[]): Promise<CliRun> => runCli([...args, '--library', lib], env);

const figures = (a: Article): FigureBlock[] => a.content.filter((b): b is FigureBlock => b.type === 'figure');

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-cli-photo-'));
  env = isolatedEnv(root);
  lib = join(root, 'lib');
  const jpeg = (seed: number, artist?: string) => {
    const img = sharp({ create: { width: 640, height: 480, channels: 3, background: { r: seed * 40, g: 90, b: 140 } } }).jpeg();
    return (artist ? img.withExif({ IFD0: { Artist: artist } }) : img).toBuffer();
  };
  await writeFile(join(root, 'dua-thuyen.jpg'), await jpeg(1, 'Tran Van Binh'));
  await writeFile(join(root, 'khan-gia.jpg'), await jpeg(2));
  await writeFile(join(root, 'ghi-chu.jpg'), 'Phỏng vấn ông Sinh lúc 9 giờ.\n');
});
afterAll(() => cleanup());

describe('dateline photo add', () => {
  it('adds figures at the end, one line per file; a refused file gets its sentence and a non-zero exit', async () => {
    const created = await run(['new', '--headline', 'Đua thuyền trên sông Gianh']);
    expect(created.code).toBe(0);
    const id = created.stdout.trim();
    const before = JSON.parse((await run(['show', id, '--json'])).stdout) as Article;

    const added = await run(['photo', 'add', id, join(root, 'dua-thuyen.jpg'), join(root, 'ghi-chu.jpg'), join(root, 'khan-gia.jpg')]);
    expect(added.code).toBe(1);
    const lines = added.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^dua-thuyen\.jpg\t[0-9a-f]{64}$/);
    expect(lines[1]).toMatch(/^khan-gia\.jpg\t[0-9a-f]{64}$/);
    expect(added.stderr).toBe('Tệp “ghi-chu.jpg” là một tệp văn bản chứ không phải ảnh, dù tên của nó có đuôi ảnh.\n');

    const after = JSON.parse((await run(['show', id, '--json'])).stdout) as Article;
    expect(after.content.slice(0, before.content.length)).toEqual(before.content);
    const figs = figures(after);
    expect(after.content.slice(before.content.length)).toEqual(figs);
    expect(figs.map((f) => f.assetId)).toEqual([lines[0].split('\t')[1], lines[1].split('\t')[1]]);
    expect(figs[0]).toMatchObject({ credit: 'Ảnh: Tran Van Binh', caption: '', alt: '', layout: 'medium' });
    // No photographer in the second and no reporter name in the settings: no credit yet.
    expect(figs[1].credit).toBe('');
  });

  it('takes --caption and --credit (NFC), prints JSON with --json, and says when the article does not exist', async () => {
    const id = (await run(['new', '--headline', 'Tin ảnh'])).stdout.trim();
    const added = await run([
      'photo',
      'add',
      id,
      join(root, 'khan-gia.jpg'),
      '--caption',
      'Kha\u0301n gia\u0309 cổ vũ',
      '--credit',
      'Ảnh: Minh Đức',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const outcome = JSON.parse(added.stdout) as PhotoAddOutcome;
    expect(outcome.items).toHaveLength(1);
    expect(outcome.figures[0]).toMatchObject({ caption: 'Khán giả cổ vũ', credit: 'Ảnh: Minh Đức' });
    const stored = JSON.parse((await run(['show', id, '--json'])).stdout) as Article;
    expect(stored.version).toBe(outcome.version);
    expect(figures(stored)[0].caption).toBe('Khán giả cổ vũ');

    const missing = await run(['photo', 'add', 'a-0000000000-nothere', join(root, 'khan-gia.jpg')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

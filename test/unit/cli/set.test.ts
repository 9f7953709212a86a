// `dateline set ID …` as a user runs it (node bin/dateline.js on a temporary library): the
// details a preflight error asks for, written the way the paper prints them, fixed from a script;
// a value that cannot be read is one sentence and exit 1, and nothing is saved.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import { metaFromOptions } from '../../../main/cli/commands/set.ts';
import { tempDir } from '../library/helpers.ts';
import { type CliRun, isolatedEnv, runCli } from './run-cli.ts';

let root: string;
let lib: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;

const run = (args: string[]): Promise<CliRun> => runCli([...args, '--library', lib], env, 60_000);
const show = async (id: string): Promise<Article> => JSON.parse((await run(['show', id, '--json'])).stdout) as Article;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-set-'));
  lib = join(root, 'lib');
  env = isolatedEnv(root);
});
afterAll(() => cleanup());

describe('dateline set', () => {
  it('sets the byline, time, place, section, tags and slug a preflight asks for', { timeout: 180_000 }, async () => {
    const id = (await run(['new', '--headline', 'Bốn tốt ở Bắc Quang'])).stdout.trim();
    const set = await run([
      'set',
      id,
      '--byline',
      'Bài, ảnh: MINH ĐỨC (Bắc Quang)',
      '--time',
      '17:43, 05/01/2025',
      '--place',
      'Bắc Quang',
      '--category',
      'Xây dựng Đảng',
      '--tags',
      'bốn tốt, Bắc Quang,bắc quang',
      '--slug',
      'Bốn tốt ở Bắc Quang',
    ]);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout).toBe(`${id}\n`);
    const article = await show(id);
    expect(article.meta).toMatchObject({
      byline: { role: 'bai-anh', people: [{ name: 'Minh Đức' }], place: 'Bắc Quang' },
      publishAt: '2025-01-05T10:43:00.000Z',
      place: 'Bắc Quang',
      category: 'Xây dựng Đảng',
      tags: ['bốn tốt', 'Bắc Quang'],
      slug: 'bon-tot-o-bac-quang',
    });
    expect(article.content[0]).toMatchObject({ type: 'headline', children: [{ text: 'Bốn tốt ở Bắc Quang' }] });

    // One option leaves the others as they were; --time "" clears the time; --json prints the article.
    const cleared = await run(['set', id, '--time', '', '--json']);
    expect(cleared.code).toBe(0);
    expect((JSON.parse(cleared.stdout) as Article).meta).toMatchObject({ publishAt: null, category: 'Xây dựng Đảng', place: 'Bắc Quang' });
  });

  it('refuses what it cannot read in one sentence, exit 1, and saves nothing', { timeout: 180_000 }, async () => {
    const id = (await run(['new', '--headline', 'Tin ngắn'])).stdout.trim();
    const version = (await show(id)).version;
    const cases: [string[], RegExp][] = [
      [['--time', '05/01/2025 17:43'], /^Không đọc được giờ đăng “05\/01\/2025 17:43”; hãy viết giờ:phút, ngày\/tháng\/năm/],
      // A bad value next to a good one: neither is saved.
      [['--category', 'Thời sự', '--byline', 'hôm nay trời đẹp'], /^Không đọc được dòng tác giả “hôm nay trời đẹp”/],
    ];
    for (const [args, message] of cases) {
      const r = await run(['set', id, ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    const after = await show(id);
    expect(after.version).toBe(version);
    expect(after.meta.category).toBe('');
  });

  it('reads the options as the parsers do', () => {
    expect(metaFromOptions({ byline: 'Theo TTXVN' })).toEqual({ meta: { byline: { role: 'theo', people: [], source: 'TTXVN' } } });
    expect(metaFromOptions({ time: '7:05, 5/1/2025' })).toEqual({ meta: { publishAt: '2025-01-05T00:05:00.000Z' } });
    expect(metaFromOptions({ time: 'mai' })).toEqual({ refusal: { key: 'meta:cli.badTime', params: { value: 'mai' } } });
    expect(metaFromOptions({ time: '10:00, 30/02/2025' })).toEqual({
      refusal: { key: 'meta:cli.badTime', params: { value: '10:00, 30/02/2025' } },
    });
    expect(metaFromOptions({ slug: '!!!' })).toEqual({ refusal: { key: 'meta:cli.badSlug', params: { value: '!!!' } } });
    expect(metaFromOptions({})).toEqual({ refusal: { key: 'meta:cli.nothingToSet', params: {} } });
    expect(metaFromOptions({ tags: 'a, b,A' })).toEqual({ meta: { tags: ['a', 'b'] } });
  });
});

// Litter after a killed `photo add` (issue 14, item 6). Before, originals stored before the figure
// was saved stayed unreferenced for ever (42 after 15 kills), and temp files in media/ and
// media/derived/ were never swept. Now opening the article sweeps them (photos past a 24-hour
// guard, and never one that any revision uses), and `dateline doctor` reports and, with --fix,
// removes a library's litter.

import { execFileSync } from 'node:child_process';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Block, FigureBlock } from '../../main/common/article/model.ts';
import type { MediaAddReport } from '../../main/common/contract/media.ts';
import { nodeFs } from '../../main/core/fs/seam.ts';
import { Revisions } from '../../main/core/library/revisions.ts';
import { derivedDir, mediaDir } from '../../main/core/media/paths.ts';
import { isolatedEnv, runCli } from '../unit/cli/run-cli.ts';
import { call, sandboxCore, type Sandbox } from './helpers.ts';

const DAY = 24 * 60 * 60_000;

let box: Sandbox;
let articleDir: string;
let article: Article;
let assets: { kept: string; inRevision: string; orphan: string; fresh: string };
let temps: string[];

const photo = (shade: number) =>
  sharp({ create: { width: 80, height: 60, channels: 3, background: { r: shade, g: 100, b: 60 } } })
    .jpeg()
    .toBuffer();

/** A pid that no process has any more: a child that ran and ended. */
const deadPid = (): number =>
  Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));

async function ageAll(dir: string, ms: number): Promise<void> {
  const when = new Date(Date.now() - ms);
  for (const name of await readdir(dir, { recursive: true })) await utimes(join(dir, String(name)), when, when).catch(() => undefined);
}

const mediaFiles = async (): Promise<string[]> =>
  [...(await readdir(mediaDir(articleDir))), ...(await readdir(derivedDir(articleDir))).map((n) => `derived/${n}`)].sort();
const filesOf = (files: string[], assetId: string): string[] => files.filter((f) => f.replace('derived/', '').startsWith(assetId));

beforeEach(async () => {
  box = await sandboxCore();
  article = await call<Article>(box.core, 'library.create', { headline: 'Ảnh bị bỏ sót' });
  articleDir = box.core.articleDir(article.id);
  // Four photos stored by media.add, as `photo add` does before it saves the figures.
  const paths = [];
  for (let i = 0; i < 4; i++) {
    const path = join(box.dir, `anh-${i}.jpg`);
    await writeFile(path, await photo(40 * i + 20));
    paths.push(path);
  }
  const added = await call<MediaAddReport>(box.core, 'media.add', { id: article.id, paths });
  const [kept, inRevision, orphan, fresh] = added.items.map((i) => (i.ok ? i.asset.assetId : ''));
  assets = { kept, inRevision, orphan, fresh };
  const figure = (assetId: string): FigureBlock => ({
    type: 'figure',
    id: `b-${assetId.slice(0, 6)}`,
    assetId,
    caption: '',
    credit: '',
    alt: '',
    layout: 'full',
    children: [{ text: '' }],
  });
  // An earlier version used the second photo (its figure later removed); the article uses the first.
  await new Revisions(nodeFs, articleDir).write(
    { ...article, version: 1, content: [...article.content, figure(inRevision)] as Block[] },
    'autosave',
    new Date(Date.now() - 2 * DAY),
  );
  await call(box.core, 'library.save', { id: article.id, content: [...article.content, figure(kept)] });
  // Temp files of writers that were killed, in media/ and media/derived/.
  const pid = deadPid();
  temps = [
    join(mediaDir(articleDir), `.${orphan}.jpg.${pid}-3-ab12cd.tmp`),
    join(derivedDir(articleDir), `.${orphan}-preview.webp.${pid}-4-ef34gh.tmp`),
  ];
  for (const t of temps) await writeFile(t, 'half');
  // The killed run was two days ago; the fourth photo was added just now (an app may be using it).
  await ageAll(join(articleDir, 'media'), 2 * DAY);
  await ageAll(join(articleDir, 'revisions'), 2 * DAY);
  const now = new Date();
  for (const f of filesOf(await mediaFiles(), fresh)) await utimes(join(mediaDir(articleDir), f), now, now);
  await mkdir(join(box.dir, 'config'), { recursive: true });
});
afterEach(() => box.close());

describe('opening an article after a killed `photo add`', () => {
  it('sweeps the unused old photo and the dead writers’ temp files, and keeps every photo a version uses', async () => {
    const before = await mediaFiles();
    expect(filesOf(before, assets.orphan).length).toBeGreaterThanOrEqual(4); // original, json, preview, thumb
    // The next session opens the article and the reporter types.
    await box.core.close();
    const next = await sandboxCore({ libraryDir: box.core.libraryDir });
    try {
      const opened = await call<Article>(next.core, 'library.get', { id: article.id });
      await call(next.core, 'library.save', { id: article.id, content: opened.content, baseVersion: opened.version });
      const after = await mediaFiles();
      expect(filesOf(after, assets.orphan)).toEqual([]);
      expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      for (const id of [assets.kept, assets.inRevision, assets.fresh]) expect(filesOf(after, id)).toEqual(filesOf(before, id));
    } finally {
      await next.close();
    }
  });
});

describe('dateline doctor', () => {
  it('reports the litter by default, removes it with --fix, and is clean afterwards', async () => {
    await box.core.close();
    const env = isolatedEnv(box.dir, { DATELINE_LIBRARY: box.core.libraryDir });
    const report = await runCli(['doctor'], env);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    // The doctor's guard is 10 minutes: the photo of two days ago, not the one of just now.
    expect(report.stdout).toContain(`${article.id}: 2 tệp tạm còn sót, 1 ảnh không bài nào dùng`);
    expect(report.stdout).toContain('Chạy lại với --fix để dọn');
    expect(filesOf(await mediaFiles(), assets.orphan).length).toBeGreaterThanOrEqual(4);

    const json = JSON.parse((await runCli(['doctor', '--json'], env)).stdout) as {
      temp: number;
      orphans: number;
      articles: { id: string; orphans: { assetId: string }[] }[];
    };
    expect(json).toMatchObject({ temp: 2, orphans: 1, articles: [{ id: article.id, orphans: [{ assetId: assets.orphan }] }] });

    const fixed = await runCli(['doctor', '--fix'], env);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('Đã dọn 2 tệp tạm và 1 ảnh không dùng');
    const after = await mediaFiles();
    expect(filesOf(after, assets.orphan)).toEqual([]);
    expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const id of [assets.kept, assets.inRevision, assets.fresh]) expect(filesOf(after, id).length).toBeGreaterThanOrEqual(3);
    expect((await runCli(['doctor'], env)).stdout).toContain('Thư viện sạch');
  });
});

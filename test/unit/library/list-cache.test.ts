// The list cache (.dateline/index.json) makes a list fast but must never show stale data: an
// article.json changed outside Dateline is re-read, a missing or damaged cache is rebuilt.

import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import type { FileSystem } from '../../../main/core/fs/seam.ts';
import { nodeFs } from '../../../main/core/fs/seam.ts';
import { openLibrary, tempDir } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const all = { sort: 'changed', trash: false, offset: 0, limit: 1000 } as const;
const indexPath = () => join(dir, '.dateline', 'index.json');

/** The real file system, counting reads of article.json. */
function countingFs(): { fs: FileSystem; reads: () => number } {
  let n = 0;
  const fs: FileSystem = {
    ...nodeFs,
    readFile: ((path: Parameters<typeof nodeFs.readFile>[0], opts?: Parameters<typeof nodeFs.readFile>[1]) => {
      if (String(path).endsWith('article.json')) n++;
      return nodeFs.readFile(path, opts);
    }) as FileSystem['readFile'],
  };
  return { fs, reads: () => n };
}

async function makeLibrary(count: number): Promise<Article[]> {
  const lib = openLibrary(dir);
  const out: Article[] = [];
  for (let i = 0; i < count; i++) out.push(await lib.create({ headline: `Bài ${i}` }));
  await lib.list(all);
  await lib.close();
  return out;
}

describe('list cache', () => {
  it('is written on close and lets the next session list without reading articles', async () => {
    await makeLibrary(5);
    const cache = JSON.parse(await readFile(indexPath(), 'utf8')) as { entries: unknown[] };
    expect(cache.entries).toHaveLength(5);
    const { fs, reads } = countingFs();
    const lib = openLibrary(dir, { fs });
    expect((await lib.list(all)).total).toBe(5);
    expect(reads()).toBe(0);
    await lib.close();
  });

  it('sees an article.json changed outside Dateline', async () => {
    const [a] = await makeLibrary(3);
    const file = join(dir, 'articles', a.id, 'article.json');
    const raw = JSON.parse(await readFile(file, 'utf8')) as Article;
    raw.content[0] = { type: 'headline', id: raw.content[0].id, children: [{ text: 'Sửa bằng tay' }] };
    await writeFile(file, JSON.stringify(raw));
    const { fs, reads } = countingFs();
    const lib = openLibrary(dir, { fs });
    const { items } = await lib.list(all);
    expect(items.find((i) => i.id === a.id)?.headline).toBe('Sửa bằng tay');
    expect(reads()).toBe(1);
    await lib.close();
  });

  it('sees a same-size change through the mtime', async () => {
    const [a] = await makeLibrary(1);
    const file = join(dir, 'articles', a.id, 'article.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Bài 0', 'Bàn 0'));
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const lib = openLibrary(dir);
    expect((await lib.list(all)).items[0].headline).toBe('Bàn 0');
    await lib.close();
  });

  it('is rebuilt when missing or damaged, and forgets deleted articles', async () => {
    const made = await makeLibrary(3);
    await writeFile(indexPath(), '{"format":1,"entries":[["articles/x",1,2');
    let lib = openLibrary(dir);
    expect((await lib.list(all)).total).toBe(3);
    await lib.close();
    await rm(indexPath());
    await rm(join(dir, 'articles', made[0].id), { recursive: true });
    lib = openLibrary(dir);
    expect((await lib.list(all)).items.map((i) => i.id).sort()).toEqual([made[1].id, made[2].id].sort());
    await lib.close();
    const cache = JSON.parse(await readFile(indexPath(), 'utf8')) as { entries: [string][] };
    expect(cache.entries.map((e) => e[0]).sort()).toEqual([`articles/${made[1].id}`, `articles/${made[2].id}`].sort());
  });

  it('follows saves, trash and restore within a session', async () => {
    const [a, b] = await makeLibrary(2);
    const lib = openLibrary(dir);
    await lib.list(all);
    await lib.save({ id: a.id, content: [{ type: 'headline', children: [{ text: 'Tít mới' }] }] });
    await lib.trash(b.id);
    expect((await lib.list(all)).items.map((i) => i.headline)).toEqual(['Tít mới']);
    expect((await lib.list({ ...all, trash: true })).items.map((i) => i.id)).toEqual([b.id]);
    await lib.restore(b.id);
    expect((await lib.list(all)).total).toBe(2);
    expect((await lib.list({ ...all, trash: true })).total).toBe(0);
    await lib.close();
  });
});

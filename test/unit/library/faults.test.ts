// A full disk or a read-only folder: a clear DISK_FULL / READ_ONLY, the article on disk untouched,
// no temporary files left, and the same save succeeding once the fault is gone.

import { chmod, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockText } from '../../../main/common/article/model.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { writeFileAtomic } from '../../../main/core/fs/atomic.ts';
import { faultyFs, manualClock, openLibrary, tempDir, type Fault } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
const clock = manualClock();
const body = (text: string) => [
  { type: 'headline', children: [{ text: 'Tít' }] },
  { type: 'sapo', children: [{ text: '' }] },
  { type: 'paragraph', children: [{ text }] },
];

beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

async function code(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DatelineError);
  return (err as DatelineError).code;
}

const cases: [Fault, string][] = [
  ['ENOSPC', 'DISK_FULL'],
  ['EROFS', 'READ_ONLY'],
  ['EACCES', 'READ_ONLY'],
];

describe.each(cases)('%s', (fault, expected) => {
  it(`save fails with ${expected}, loses nothing, and the retry succeeds`, async () => {
    const { fs, set } = faultyFs();
    const lib = openLibrary(dir, { fs, clock: clock.now });
    const a = await lib.create({ headline: 'Trước' });
    await lib.save({ id: a.id, content: body('đã lưu'), baseVersion: 1 });
    const before = await readFile(join(dir, 'articles', a.id, 'article.json'), 'utf8');

    set(fault);
    clock.advance(200_000); // a revision is due too: it must not break the save's outcome
    expect(await code(lib.save({ id: a.id, content: body('chưa lưu được'), baseVersion: 2 }))).toBe(expected);
    expect(await readFile(join(dir, 'articles', a.id, 'article.json'), 'utf8')).toBe(before);
    expect((await lib.get(a.id)).version).toBe(2);
    const names = [...(await readdir(join(dir, 'articles', a.id))), ...(await readdir(join(dir, 'articles', a.id, 'revisions')))];
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);

    set(null);
    const r = await lib.save({ id: a.id, content: body('chưa lưu được'), baseVersion: 2 });
    expect(r.version).toBe(3);
    expect(blockText((await lib.get(a.id)).content[2])).toBe('chưa lưu được');
    await lib.close();
  });

  it(`create fails with ${expected} and leaves no half-made article`, async () => {
    const { fs, set } = faultyFs();
    const lib = openLibrary(dir, { fs });
    await lib.create({ headline: 'Có sẵn' });
    set(fault);
    expect(await code(lib.create({ headline: 'Mới' }))).toBe(expected);
    set(null);
    const { items } = await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 10 });
    expect(items.map((i) => i.headline)).toEqual(['Có sẵn']);
    await lib.close();
  });

  it(`trash and restoreRevision fail with ${expected} and change nothing`, async () => {
    const { fs, set } = faultyFs();
    const lib = openLibrary(dir, { fs, clock: clock.now });
    const a = await lib.create({ headline: 'Một' });
    await lib.save({ id: a.id, content: body('hai') });
    const [rev] = await lib.revisions(a.id);
    set(fault);
    expect(await code(lib.trash(a.id))).toBe(expected);
    expect(await code(lib.restoreRevision(a.id, rev.id))).toBe(expected);
    set(null);
    const got = await lib.get(a.id);
    expect(blockText(got.content[2])).toBe('hai');
    expect(got.version).toBe(2);
    await lib.close();
  });
});

describe('writeFileAtomic', () => {
  it('leaves the old file when the write or the rename fails', async () => {
    const { fs, set } = faultyFs();
    const path = join(dir, 'f.json');
    await writeFileAtomic(path, 'old', { fs });
    set('ENOSPC');
    await expect(writeFileAtomic(path, 'new'.repeat(1000), { fs })).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(await readFile(path, 'utf8')).toBe('old');
    set('EROFS');
    await expect(writeFileAtomic(path, 'new', { fs })).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['f.json']);
    set(null);
    await writeFileAtomic(path, 'new', { fs });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['f.json']);
  });

  it('exclusive never replaces an existing file', async () => {
    const path = join(dir, 'once');
    await writeFileAtomic(path, 'first', { exclusive: true });
    await expect(writeFileAtomic(path, 'second', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['once']);
  });

  it('exclusive works where hard links do not (FAT/exFAT drives)', async () => {
    const { fs } = faultyFs();
    const noLinks = {
      ...fs,
      link: () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })),
    };
    const path = join(dir, 'once');
    await writeFileAtomic(path, 'first', { exclusive: true, fs: noLinks });
    await expect(writeFileAtomic(path, 'second', { exclusive: true, fs: noLinks })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['once']);
  });

  it('keeps unrelated errors as they are', async () => {
    await expect(writeFileAtomic(join(dir, 'no', 'such', 'folder', 'f'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

// Root ignores permissions, so this runs only for an ordinary user (as on a reporter's laptop).
describe.skipIf(process.getuid?.() === 0)('a really read-only folder (chmod)', () => {
  it('save fails with READ_ONLY and succeeds once writable again', async () => {
    const lib = openLibrary(dir);
    const a = await lib.create({});
    const folder = join(dir, 'articles', a.id);
    await chmod(folder, 0o555);
    try {
      expect(await code(lib.save({ id: a.id, content: body('x') }))).toBe('READ_ONLY');
    } finally {
      await chmod(folder, 0o755);
    }
    expect((await lib.save({ id: a.id, content: body('x') })).version).toBe(2);
    await lib.close();
  });
});

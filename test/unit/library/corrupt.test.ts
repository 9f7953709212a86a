// A damaged article.json is reported (CORRUPT with its revisions), listed with a flag, and never
// overwritten silently: restoring or saving keeps the damaged file beside the new one.

import { readdir, readFile, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockText, type RevisionSummary } from '../../../main/common/article/model.ts';
import { DatelineError } from '../../../main/common/result.ts';
import type { Library } from '../../../main/core/library/library.ts';
import { manualClock, openLibrary, tempDir } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
let lib: Library;
const clock = manualClock();
const body = (text: string) => [
  { type: 'headline', children: [{ text: 'Tít' }] },
  { type: 'sapo', children: [{ text: '' }] },
  { type: 'paragraph', children: [{ text }] },
];
const file = (id: string) => join(dir, 'articles', id, 'article.json');

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  lib = openLibrary(dir, { clock: clock.now });
});
afterEach(async () => {
  await lib.close();
  await cleanup();
});

async function caught(p: Promise<unknown>): Promise<DatelineError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DatelineError);
  return err as DatelineError;
}

const damages: [string, (path: string) => Promise<void>][] = [
  ['truncated', async (p) => truncate(p, Math.floor((await readFile(p)).length / 2))],
  ['not JSON', (p) => writeFile(p, '\u0000\u0000garbage')],
  ['empty', (p) => writeFile(p, '')],
  ['wrong schema', (p) => writeFile(p, JSON.stringify({ schemaVersion: 1, id: 'x', version: 'three', content: 'nope' }))],
  ['missing', (p) => unlink(p)],
];

describe.each(damages)('a %s article.json', (_name, damage) => {
  it('is CORRUPT on get, with the revisions to restore from', async () => {
    const a = await lib.create({ headline: 'Bản tốt' });
    await damage(file(a.id));
    const err = await caught(lib.get(a.id));
    expect(err.code).toBe('CORRUPT');
    expect(err.params).toEqual({ id: a.id });
    const revisions = err.details?.revisions as RevisionSummary[];
    expect(revisions.map((r) => r.headline)).toEqual(['Bản tốt']);
  });

  it('is still listed, flagged', async () => {
    const good = await lib.create({ headline: 'Lành' });
    const bad = await lib.create({ headline: 'Hỏng' });
    await damage(file(bad.id));
    const { items } = await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 100 });
    expect(items.find((i) => i.id === good.id)?.corrupt).toBeUndefined();
    expect(items.find((i) => i.id === bad.id)?.corrupt).toBe(true);
  });
});

describe('recovery', () => {
  it('restoreRevision over a damaged file keeps the damaged bytes beside it', async () => {
    const a = await lib.create({ headline: 'Bản tốt' });
    clock.advance(1000);
    await lib.save({ id: a.id, content: body('sau') });
    await writeFile(file(a.id), '{"schemaVersion":1,"id":"');
    const err = await caught(lib.get(a.id));
    const [last] = err.details?.revisions as RevisionSummary[];
    clock.advance(1000);
    const restored = await lib.restoreRevision(a.id, last.id);
    expect(blockText(restored.content[0])).toBe('Bản tốt');
    expect(restored.version).toBe(2); // above every version seen (the damaged file's is unknown)
    expect(await lib.get(a.id)).toEqual(restored);
    const names = await readdir(join(dir, 'articles', a.id));
    const kept = names.filter((n) => n.startsWith('article.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, 'articles', a.id, kept[0]), 'utf8')).toBe('{"schemaVersion":1,"id":"');
    const { items } = await lib.list({ sort: 'changed', trash: false, offset: 0, limit: 10 });
    expect(items[0].corrupt).toBeUndefined();
  });

  it('a save over a damaged file keeps the damaged file and builds on the last revision', async () => {
    const a = await lib.create({ headline: 'Gốc' });
    await lib.save({ id: a.id, content: body('một'), meta: { category: 'Kinh tế' } });
    await writeFile(file(a.id), 'broken');
    const r = await lib.save({ id: a.id, content: body('chữ của phóng viên'), baseVersion: 2 });
    expect(r.version).toBe(3);
    const got = await lib.get(a.id);
    expect(blockText(got.content[2])).toBe('chữ của phóng viên');
    expect(got.createdAt).toBe(a.createdAt);
    const names = await readdir(join(dir, 'articles', a.id));
    const kept = names.find((n) => n.startsWith('article.json.corrupt-'));
    expect(kept).toBeDefined();
    expect(await readFile(join(dir, 'articles', a.id, kept!), 'utf8')).toBe('broken');
  });

  it('a file from a newer Dateline is UNSUPPORTED and never overwritten', async () => {
    const a = await lib.create({});
    const newer = JSON.stringify({ schemaVersion: 2, id: a.id, fancy: true });
    await writeFile(file(a.id), newer);
    expect((await caught(lib.get(a.id))).code).toBe('UNSUPPORTED');
    expect((await caught(lib.save({ id: a.id, content: body('x') }))).code).toBe('UNSUPPORTED');
    const [rev] = await lib.revisions(a.id);
    expect((await caught(lib.restoreRevision(a.id, rev.id))).code).toBe('UNSUPPORTED');
    expect(await readFile(file(a.id), 'utf8')).toBe(newer);
  });

  it('a damaged revision is left out of the list and CORRUPT when asked for', async () => {
    const a = await lib.create({});
    const revDir = join(dir, 'articles', a.id, 'revisions');
    const [name] = await readdir(revDir);
    await writeFile(join(revDir, name), 'not gzip');
    expect(await lib.revisions(a.id)).toEqual([]);
    expect((await caught(lib.getRevision(a.id, name.replace('.json.gz', '')))).code).toBe('CORRUPT');
  });

  it('a missing field of the metadata is filled, not CORRUPT', async () => {
    const a = await lib.create({ headline: 'Cũ' });
    const raw = JSON.parse(await readFile(file(a.id), 'utf8')) as { meta: Record<string, unknown> };
    delete raw.meta.tags;
    delete raw.meta.editorNote;
    await writeFile(file(a.id), JSON.stringify(raw));
    const got = await lib.get(a.id);
    expect(got.meta.tags).toEqual([]);
    expect(got.meta.editorNote).toBe('');
  });
});

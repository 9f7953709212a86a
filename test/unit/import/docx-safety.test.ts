// A .docx is a zip from outside: too many entries, an entry that inflates far beyond its size
// (a zip bomb), a missing document or a DTD inside it are refused with a clear sentence, after
// reading no more than the limits allow.

import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, type ImportLimits } from '../../../main/core/import/limits.ts';
import { previewImport } from '../../../main/core/import/service.ts';
import { readZip, writeZip } from '../../../main/core/import/zip.ts';
import { tempDir } from '../library/helpers.ts';
import { fixtureDocx, put } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('dateline-import-zip-')));
afterAll(() => cleanup());

const SMALL: ImportLimits = { ...IMPORT_LIMITS, maxZipEntries: 20, maxZipEntryBytes: 1024 * 1024, maxZipTotalBytes: 2 * 1024 * 1024 };

/** A docx-shaped zip: the given parts plus whatever `extra` adds. */
async function zipOf(parts: Record<string, string | Buffer>): Promise<Buffer> {
  return writeZip(new Map(Object.entries(parts).map(([k, v]) => [k, Buffer.isBuffer(v) ? v : Buffer.from(v)])));
}

const reason = (p: Promise<unknown>) =>
  p.then(
    () => 'imported',
    (e: { params?: { reason?: string } }) => e.params?.reason ?? String(e),
  );

describe('.docx safety', () => {
  it('refuses more entries than the limit before inflating any', async () => {
    const parts: Record<string, string> = {};
    for (let i = 0; i < 25; i++) parts[`word/part${i}.xml`] = '<x/>';
    const path = await put(dir, 'many.docx', await zipOf(parts));
    expect(await reason(previewImport(path, { prefix: 'BHG', limits: SMALL }))).toBe('zip-limits');
  });

  it('refuses an entry that inflates beyond the limit (a zip bomb)', async () => {
    // 8 MB of zeros deflate to a few KB: far under the file limit, far over the entry limit.
    const bomb = await zipOf({ 'word/document.xml': Buffer.alloc(8 * 1024 * 1024, 0x20) });
    expect(bomb.length).toBeLessThan(100_000);
    const path = await put(dir, 'bomb.docx', bomb);
    await expect(previewImport(path, { prefix: 'BHG', limits: SMALL })).rejects.toMatchObject({
      code: 'IMPORT',
      params: { reason: 'zip-limits', name: 'bomb.docx' },
    });
  });

  it('stops at the total limit across entries', async () => {
    const parts: Record<string, Buffer> = {};
    for (let i = 0; i < 3; i++) parts[`word/p${i}.xml`] = Buffer.alloc(900 * 1024, 0x20);
    await expect(readZip(await zipOf(parts), SMALL, () => true)).rejects.toMatchObject({ kind: 'limits' });
  });

  it('never inflates photos and embedded files it does not import', async () => {
    const parts = await readZip(await fixtureDocx(), SMALL, (n) => n.endsWith('.xml'));
    expect([...parts.keys()].some((n) => n.startsWith('word/media/'))).toBe(false);
    expect(parts.has('word/document.xml')).toBe(true);
  });

  it('refuses a zip without a document, and a document with a DTD', async () => {
    const empty = await put(dir, 'nodoc.docx', await zipOf({ '[Content_Types].xml': '<Types/>' }));
    expect(await reason(previewImport(empty, { prefix: 'BHG' }))).toBe('damaged-docx');
    const dtd = await put(
      dir,
      'dtd.docx',
      await zipOf({
        'word/document.xml':
          '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>',
      }),
    );
    expect(await reason(previewImport(dtd, { prefix: 'BHG' }))).toBe('damaged-docx');
  });

  it('reads a sound .docx within the small limits', async () => {
    const path = await put(dir, 'ok.docx', await fixtureDocx());
    const { draft } = await previewImport(path, { prefix: 'BHG', limits: SMALL });
    expect(draft.content[0].type).toBe('headline');
  });
});

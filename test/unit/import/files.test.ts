// What arrives as a file: encodings a text draft is saved in, and every way a file can be wrong
// (empty, binary, too large, an unknown or old format, missing). A refused file creates nothing
// and says, in the UI language, what to do.

import { Buffer } from 'node:buffer';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText } from '../../../main/common/article/model.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { createCore } from '../../../main/core/app.ts';
import { IMPORT_LIMITS } from '../../../main/core/import/limits.ts';
import { previewImport } from '../../../main/core/import/service.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core } from '../../../main/core/types.ts';
import { tempDir } from '../library/helpers.ts';
import { put } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;
const settings = createMemorySettings({ language: 'en' });

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('dateline-import-files-'));
  core = await createCore({ libraryDir: join(dir, 'library'), settings, transport: 'direct' });
});
afterAll(async () => {
  await core.close();
  await cleanup();
});

const DRAFT = 'Tít bài về Hà Giang\n\nBHG - Sapo của bài viết.\n\nThân bài “có ngoặc kép”.\n\nTin, ảnh: Minh Anh\n';

async function failure(path: string, language: 'vi' | 'en' = 'en'): Promise<{ code: string; message: string }> {
  settings.set({ language });
  const result = await core.dispatch('library.import', { path });
  if (result.ok) throw new Error('imported, but should not have');
  return result.error;
}

async function articleCount(): Promise<number> {
  const list = await core.dispatch('library.list', {});
  return list.ok ? (list.value as { total: number }).total : -1;
}

describe('text encodings', () => {
  const variants: Array<[string, Buffer]> = [
    ['utf8.txt', Buffer.from(DRAFT, 'utf8')],
    ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT, 'utf8')])],
    ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')])],
    ['utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(DRAFT, 'utf16le').swap16()])],
    ['crlf.txt', Buffer.from(DRAFT.replace(/\n/g, '\r\n'), 'utf8')],
  ];
  it.each(variants)('%s reads the same article', async (name, bytes) => {
    const { draft } = await previewImport(await put(dir, name, bytes), { prefix: 'BHG' });
    expect(draft.content.map((b) => blockText(b))).toEqual(['Tít bài về Hà Giang', 'BHG - Sapo của bài viết.', 'Thân bài “có ngoặc kép”.']);
    expect(draft.byline).toMatchObject({ role: 'tin-anh', people: [{ name: 'Minh Anh' }] });
  });
});

describe('files that are refused', () => {
  it('an empty file, or one of only white space', async () => {
    for (const [name, data] of [
      ['empty.txt', ''],
      ['blank.md', ' \n\n\t \r\n'],
      ['bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])],
    ] as const) {
      const error = await failure(await put(dir, name, data));
      expect(error).toEqual({ code: 'IMPORT', message: `“${name}” has no text to import.` });
    }
    expect(await articleCount()).toBe(0);
  });

  it('binary garbage named .txt', async () => {
    // A fixed pseudo-random sequence: the test means the same bytes every run.
    let seed = 42;
    const bytes = Buffer.alloc(4096, 0).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16);
    const error = await failure(await put(dir, 'garbage.txt', bytes));
    expect(error.code).toBe('IMPORT');
    expect(error.message).toBe('“garbage.txt” is not text (it looks like a binary file named .txt); no article was created.');
    // A PNG renamed .md: the same answer.
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect((await failure(await put(dir, 'photo.md', png))).message).toContain('is not text');
    expect(await articleCount()).toBe(0);
  });

  it('an unsupported extension, with the formats we take, in both languages', async () => {
    const path = await put(dir, 'report.pdf', '%PDF-1.4');
    expect(await failure(path)).toEqual({
      code: 'IMPORT',
      message: '“report.pdf” cannot be imported: Dateline takes .docx, .txt, .md, .html.',
    });
    expect((await failure(path, 'vi')).message).toBe('Chưa nhập được tệp “report.pdf”: Dateline chỉ nhận .docx, .txt, .md, .html.');
    expect((await failure(await put(dir, 'no-extension', DRAFT))).message).toContain('.docx, .txt, .md, .html');
  });

  it('an old Word .doc, by name or by its bytes under a .docx name', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await failure(await put(dir, 'old.doc', ole))).message).toMatch(/old Word format \(\.doc\).*save it as \.docx/);
    expect((await failure(await put(dir, 'renamed.docx', ole))).message).toMatch(/old Word format/);
  });

  it('a .docx that is not a zip', async () => {
    const error = await failure(await put(dir, 'fake.docx', DRAFT));
    expect(error.code).toBe('IMPORT');
    expect(error.message).toMatch(/^The Word file “fake\.docx” cannot be read \(damaged, or not a \.docx\)/);
  });

  it('a missing file, a folder, a relative path', async () => {
    expect((await failure(join(dir, 'nowhere.txt'))).message).toBe('The file “nowhere.txt” was not found.');
    await mkdir(join(dir, 'folder.txt'));
    expect((await failure(join(dir, 'folder.txt'))).message).toBe('“folder.txt” is not a file (it may be a folder).');
    const relative = await core.dispatch('library.import', { path: 'draft.txt' });
    expect(relative.ok || relative.error.code).toBe('INVALID_INPUT');
  });

  it('a file over the size limit, before reading it whole', async () => {
    const path = await put(dir, 'big.txt', DRAFT.repeat(20));
    await expect(previewImport(path, { prefix: 'BHG', limits: { ...IMPORT_LIMITS, maxFileBytes: 100 } })).rejects.toMatchObject({
      code: 'IMPORT',
      params: { reason: 'too-large', name: 'big.txt', limit: '100 B' },
    });
    await expect(previewImport(path, { prefix: 'BHG' })).resolves.toBeDefined();
  });

  it('throws DatelineErrors, never raw ones', async () => {
    await expect(previewImport(join(dir, 'x.rtf'), { prefix: 'BHG' })).rejects.toBeInstanceOf(DatelineError);
  });
});

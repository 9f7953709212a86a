// The whole package from the fixture story: its files, the page's structure, DOCX read back with
// mammoth, ninjs valid, no editor's note anywhere, same bytes twice, nothing left behind by a
// cancel, and the refusals (preflight errors, unconfirmed warnings, an existing target).

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import { articleParagraphs } from '../../../main/common/export/text.ts';
import { translatorFor } from '../../../main/common/i18n/index.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { nfcDeep } from '../../../main/common/text/nfc.ts';
import { exportPackage } from '../../../main/core/export/package.ts';
import { verifyPackage } from '../../../main/core/export/verify.ts';
import { readZipBuffer } from '../../../main/core/export/zip.ts';
import { ninjsProblems } from '../../../main/core/export/ninjs-schema.ts';
import { EDITOR_NOTE, fixtureStory, makePhoto, storePhoto, tempDir, type FixtureStory } from './helpers.ts';

const SETTINGS = { paperPrefix: 'BHG', copyrightHolder: 'Báo Hà Giang' };
/** LibreOffice, where installed (Debian: libreoffice-writer-nogui); the check is skipped without it. */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
let root: string;
let cleanup: () => Promise<void>;
let articleDir: string;
let story: FixtureStory;
let folder: string;

async function listAll(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...(await listAll(join(dir, e.name), `${prefix}${e.name}/`)));
    else out.push(prefix + e.name);
  }
  return out.sort();
}

async function exportError(p: Promise<unknown>): Promise<DatelineError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DatelineError) return err;
    throw err;
  }
  throw new Error('expected the export to fail');
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir());
  articleDir = join(root, 'library', 'a-0m5k2z9a0-bontot');
  const assetId = await storePhoto(articleDir, await makePhoto({ width: 2400, height: 1600 }));
  story = await fixtureStory(assetId);
  // Text as some IMEs and macOS deliver it: decomposed. Every exported string must be NFC.
  const h = story.article.content[0];
  if (h.type === 'headline') h.children = [{ text: h.children[0].text.normalize('NFD') }];
  folder = join(root, 'out', 'bon-tot');
  await mkdir(join(root, 'out'));
  await exportPackage(story.article, articleDir, SETTINGS, { target: folder, kind: 'folder', related: story.related });
});
afterAll(() => cleanup());

describe('the package of the fixture story', () => {
  it('holds exactly the documented files and verifies', async () => {
    expect(await listAll(folder)).toEqual([
      'article.docx',
      'article.fragment.html',
      'article.html',
      'article.txt',
      'images/anh-01-1600.jpg',
      'images/anh-01-1600.webp',
      'images/anh-01-400.jpg',
      'images/anh-01-400.webp',
      'images/anh-01-800.jpg',
      'images/anh-01-800.webp',
      'manifest.json',
      'ninjs.json',
    ]);
    const report = await verifyPackage(folder);
    expect(report).toMatchObject({
      ok: true,
      kind: 'folder',
      formatVersion: 1,
      articleId: 'a-0m5k2z9a0-bontot',
      articleVersion: 7,
      checked: 11,
      problems: [],
    });
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([...manifest.files.map((f: { path: string }) => f.path)].sort());
    expect(manifest.article.headline).toBe('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình');
  });

  it('has a page with the paper’s structure whose images are in the package', async () => {
    const html = await readFile(join(folder, 'article.html'), 'utf8');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('h1')?.textContent).toBe('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình'.normalize('NFC'));
    expect(doc.querySelector('header time')?.textContent).toBe('17:43, 05/01/2025');
    expect(doc.querySelector('.sapo')?.textContent).toMatch(/^BHG - /);
    expect(doc.querySelector('figure figcaption')?.textContent).toBe(`${story.caption} Ảnh: TRUNG HẬU`);
    expect(doc.querySelector('footer')?.textContent?.trim()).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    expect(doc.querySelectorAll('aside li')).toHaveLength(4);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    const img = doc.querySelector('figure img')!;
    expect(img.getAttribute('width')).toBe('800');
    expect(img.getAttribute('height')).toBe('533');
    const files = await listAll(folder);
    const urls = [
      img.getAttribute('src')!,
      ...[...doc.querySelectorAll('img, source')].flatMap((e) =>
        e
          .getAttribute('srcset')!
          .split(', ')
          .map((s) => s.split(' ')[0]),
      ),
    ];
    for (const u of urls) expect(files).toContain(u);
    expect(html).toBe(html.normalize('NFC'));
  });

  it('has a ninjs.json valid against IPTC’s schema, with real rendition sizes', async () => {
    const ninjs = JSON.parse(await readFile(join(folder, 'ninjs.json'), 'utf8'));
    expect(ninjsProblems(ninjs)).toEqual([]);
    const r = ninjs.associations[0].renditions.find((x: { name: string }) => x.name === 'jpeg-1600');
    const bytes = (await readFile(join(folder, 'images/anh-01-1600.jpg'))).length;
    expect(r).toMatchObject({ width: 1600, height: 1067, sizeInBytes: bytes, contentType: 'image/jpeg' });
    expect(ninjs.headlines[0].value).toBe(ninjs.headlines[0].value.normalize('NFC'));
  });

  it('has a DOCX that mammoth reads back as the same text, in NFC, in Unicode fonts only', async () => {
    const docx = await readFile(join(folder, 'article.docx'));
    const { value } = await mammoth.extractRawText({ buffer: docx });
    const paragraphs = value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(paragraphs).toEqual(articleParagraphs(nfcDeep(story.article)));
    expect(value).toBe(value.normalize('NFC'));
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    expect(html).toMatch(/<p><strong>BHG - Nhận thức/);
    expect(html).toContain('<img');
    const xml = (await readZipBuffer(docx))
      .filter((e) => e.path.endsWith('.xml'))
      .map((e) => e.data.toString('utf8'))
      .join('\n');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toMatch(/\.Vn|VNI-/);
  });

  it.skipIf(!SOFFICE)('has a DOCX that LibreOffice opens, with the same paragraphs', { timeout: 120_000 }, async () => {
    const out = join(root, 'lo');
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    await promisify(execFile)(SOFFICE!, [
      `-env:UserInstallation=${pathToFileURL(join(root, 'lo-profile')).href}`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      out,
      join(folder, 'article.docx'),
    ]);
    const lines = (await readFile(join(out, 'article.txt'), 'utf8'))
      .replace(/^\uFEFF/, '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual(articleParagraphs(nfcDeep(story.article)));
  });

  it('never carries the editor’s note, in any file (DOCX unzipped too)', async () => {
    for (const path of await listAll(folder)) {
      const bytes = await readFile(join(folder, path));
      expect(bytes.includes(Buffer.from(EDITOR_NOTE)), path).toBe(false);
      if (path.endsWith('.docx'))
        for (const e of await readZipBuffer(bytes)) expect(e.data.includes(Buffer.from('GHI-CHU-BIEN-TAP')), e.path).toBe(false);
    }
    const text = await readFile(join(folder, 'article.txt'), 'utf8');
    expect(text.startsWith('Sức mạnh đoàn kết')).toBe(true);
  });
});

describe('determinism', () => {
  it('gives the same zip bytes, and the same manifest as the folder, when exported again', async () => {
    const a = join(root, 'out', 'one.zip');
    const b = join(root, 'out', 'two.zip');
    // The clock moves a year between the two: nothing may depend on when the export ran (docx
    // stamps the time into its files), on object identity, or on what ran before in the process.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T01:02:03Z') });
    try {
      await exportPackage(story.article, articleDir, SETTINGS, { target: a, kind: 'zip', related: story.related });
      vi.setSystemTime(new Date('2027-07-09T13:14:15Z'));
      await exportPackage(structuredClone(story.article), articleDir, SETTINGS, { target: b, kind: 'zip', related: story.related });
    } finally {
      vi.useRealTimers();
    }
    const [za, zb] = [await readFile(a), await readFile(b)];
    expect(za.equals(zb)).toBe(true);
    const entries = await readZipBuffer(za);
    expect(entries.map((e) => e.path)).toEqual([...entries.map((e) => e.path)].sort());
    const manifest = entries.find((e) => e.path === 'manifest.json')!.data;
    expect(manifest.equals(await readFile(join(folder, 'manifest.json')))).toBe(true);
    expect((await verifyPackage(a)).ok).toBe(true);
  });
});

describe('cancel and refusals', () => {
  const leftovers = async (dir: string): Promise<string[]> => (await readdir(dir)).sort();

  it('a cancel while making photos leaves nothing behind', async () => {
    const before = await leftovers(join(root, 'out'));
    const controller = new AbortController();
    const err = await exportError(
      exportPackage(story.article, articleDir, SETTINGS, {
        target: join(root, 'out', 'cancelled'),
        kind: 'folder',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.stage === 'photos') controller.abort();
        },
      }),
    );
    expect(err.params).toEqual({ reason: 'cancelled' });
    expect(await leftovers(join(root, 'out'))).toEqual(before);
    const t = translatorFor('vi');
    expect(t(`errors:${err.code}`, err.params)).toBe('Đã hủy xuất bài; không có tệp nào được để lại.');
  });

  it('a cancel halfway through writing the folder leaves nothing behind', async () => {
    const before = await leftovers(join(root, 'out'));
    const controller = new AbortController();
    let writingSeen = 0;
    const err = await exportError(
      exportPackage(story.article, articleDir, SETTINGS, {
        target: join(root, 'out', 'half'),
        kind: 'folder',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.stage === 'writing' && p.done === 4) {
            writingSeen++;
            controller.abort();
          }
        },
      }),
    );
    expect(writingSeen).toBe(1);
    expect(err.params.reason).toBe('cancelled');
    expect(await leftovers(join(root, 'out'))).toEqual(before);
  });

  it('refuses an existing target unless asked to replace it, then replaces it whole', async () => {
    const target = join(root, 'out', 'existing.zip');
    const noCaption: Article = structuredClone(story.article);
    const fig = noCaption.content.find((b) => b.type === 'figure');
    if (fig?.type === 'figure') fig.caption = '';
    await exportPackage(noCaption, articleDir, SETTINGS, { target, kind: 'zip', acceptWarnings: true });
    const first = await readFile(target);
    const err = await exportError(exportPackage(story.article, articleDir, SETTINGS, { target, kind: 'zip' }));
    expect(err.params).toEqual({ reason: 'target-exists', path: target });
    expect((await readFile(target)).equals(first)).toBe(true);
    await exportPackage(story.article, articleDir, SETTINGS, { target, kind: 'zip', replace: true, related: story.related });
    expect((await readFile(target)).equals(first)).toBe(false);
    expect((await verifyPackage(target)).ok).toBe(true);
    expect((await leftovers(join(root, 'out'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('cleans up after an export that was killed: half a package goes, a package moved aside comes back', async () => {
    const target = join(root, 'out', 'killed.zip');
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no such process
    await mkdir(join(root, 'out', `.killed.zip.${dead}-0badc0de.partial`));
    await writeFile(join(root, 'out', `.killed.zip.${dead}-0badc0de.partial`, 'article.html'), 'half');
    await exportPackage(story.article, articleDir, SETTINGS, { target, kind: 'zip', related: story.related });
    const good = await readFile(target);
    await writeFile(join(root, 'out', `.killed.zip.${dead}-12345678.old`), good);
    await rm(target);
    const err = await exportError(exportPackage(story.article, articleDir, SETTINGS, { target, kind: 'zip' }));
    // The moved-aside package was put back first, so the new export finds it there.
    expect(err.params.reason).toBe('target-exists');
    expect((await readFile(target)).equals(good)).toBe(true);
    expect((await leftovers(join(root, 'out'))).filter((n) => n.startsWith('.killed'))).toEqual([]);
  });

  it('never replaces what is not a package, even when asked', async () => {
    const file = join(root, 'out', 'notes.zip');
    await writeFile(file, 'a reporter’s own file');
    const dir = join(root, 'out', 'Documents');
    await mkdir(dir);
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ format: 'something-else' }));
    for (const [target, kind] of [
      [file, 'zip'],
      [dir, 'folder'],
    ] as const) {
      const err = await exportError(exportPackage(story.article, articleDir, SETTINGS, { target, kind, replace: true }));
      expect(err.params).toEqual({ reason: 'target-foreign', path: target });
    }
    expect(await readFile(file, 'utf8')).toBe('a reporter’s own file');
    expect(await readdir(dir)).toEqual(['manifest.json']);
  });

  it('is blocked by preflight errors and asks before exporting over warnings', async () => {
    const noByline: Article = structuredClone(story.article);
    noByline.meta.byline = { role: 'bai-anh', people: [] };
    const target = join(root, 'out', 'blocked');
    const blocked = await exportError(exportPackage(noByline, articleDir, SETTINGS, { target, kind: 'folder' }));
    expect(blocked.params).toEqual({ reason: 'blocked', count: 1 });
    expect(blocked.details?.findings).toContainEqual({ code: 'byline-missing', severity: 'error' });

    const noCaption: Article = structuredClone(story.article);
    const fig = noCaption.content.find((b) => b.type === 'figure');
    if (fig?.type === 'figure') fig.caption = '';
    const asked = await exportError(exportPackage(noCaption, articleDir, SETTINGS, { target, kind: 'folder' }));
    expect(asked.params).toEqual({ reason: 'needs-confirmation', count: 1 });
    await expect(readdir(target)).rejects.toThrow();
    const done = await exportPackage(noCaption, articleDir, SETTINGS, { target, kind: 'folder', acceptWarnings: true });
    expect(done.warnings.map((w) => w.code)).toEqual(['caption-missing']);
    expect((await verifyPackage(target)).ok).toBe(true);
  });
});

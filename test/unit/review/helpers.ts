// Shared by the review tests: a newsroom of temporary libraries (the real Library) around one
// desk folder, articles made from the fixture story, photo-like files, and a zip writer that
// builds by hand the malicious packages yazl refuses to write.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { afterEach, beforeEach } from 'vitest';
import type { Article, Block } from '../../../main/common/article/model.ts';
import { DEFAULT_SETTINGS } from '../../../main/common/settings.ts';
import { Library } from '../../../main/core/library/library.ts';
import { mediaDir } from '../../../main/core/media/paths.ts';
import { FolderDesk } from '../../../main/core/review/folder-desk.ts';
import { libraryPort } from '../../../main/core/review/library.ts';
import type { Role } from '../../../main/common/review/types.ts';
import { ReviewService, type ReviewServiceOptions } from '../../../main/core/review/service.ts';
import { BON_TOT } from '../../fixtures/articles.ts';

export const FIXTURE = BON_TOT;

export async function tempDir(prefix = 'dateline-review-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A JPEG-looking file of `size` bytes (SOI + APP0 header, random body, EOI): hashed and copied, never decoded. */
export function fakeJpeg(size: number): Buffer {
  const buf = randomBytes(size);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]).copy(buf, 0);
  buf[size - 2] = 0xff;
  buf[size - 1] = 0xd9;
  return buf;
}

/** Stores a photo original in an article's media folder as the library does; returns its asset id. */
export async function addPhoto(articleDir: string, bytes: Buffer): Promise<string> {
  const assetId = createHash('sha256').update(bytes).digest('hex');
  await mkdir(mediaDir(articleDir), { recursive: true });
  await writeFile(join(mediaDir(articleDir), `${assetId}.jpg`), bytes);
  await writeFile(join(mediaDir(articleDir), `${assetId}.json`), JSON.stringify({ format: 'jpeg', size: bytes.length }));
  return assetId;
}

/** The fixture story as blocks: headline, sapo, body paragraphs, and a figure per asset id. */
export async function fixtureContent(assetIds: string[] = []): Promise<Block[]> {
  const lines = (await readFile(FIXTURE, 'utf8')).split('\n').map((l) => l.trim());
  const headline = lines[0];
  const sapo = lines.find((l) => l.startsWith('BHG - ')) as string;
  const body = lines
    .slice(
      lines.indexOf(sapo) + 1,
      lines.findIndex((l) => l.startsWith('Bài, ảnh:')),
    )
    .filter((l) => l.length > 80);
  // A photo's caption is printed twice in the page text; it is not a paragraph.
  const caption = lines[8];
  const paragraphs = body.filter((l) => l !== caption);
  const blocks: Block[] = [
    { type: 'headline', id: 'b-headline', children: [{ text: headline }] },
    { type: 'sapo', id: 'b-sapo', children: [{ text: sapo }] },
  ];
  paragraphs.forEach((text, i) => {
    blocks.push({ type: 'paragraph', id: `b-p${i}`, children: [{ text }] });
    const assetId = assetIds[i];
    if (assetId)
      blocks.push({
        type: 'figure',
        id: `b-f${i}`,
        assetId,
        caption,
        credit: 'Ảnh: TRUNG HẬU',
        alt: 'Đảng viên chia sẻ kinh nghiệm',
        layout: 'medium',
        children: [{ text: '' }],
      });
  });
  for (let i = paragraphs.length; i < assetIds.length; i++) {
    blocks.push({
      type: 'figure',
      id: `b-f${i}`,
      assetId: assetIds[i],
      caption: `${caption} (${i + 1})`,
      credit: 'Ảnh: TRUNG HẬU',
      alt: '',
      layout: 'full',
      children: [{ text: '' }],
    });
  }
  return blocks;
}

export interface Desktop {
  name: string;
  library: Library;
  service: ReviewService;
  libraryDir: string;
  profileDir: string;
  reviewDir: string;
}

export interface DesktopOptions {
  roles: Role[];
  watch?: boolean;
  extra?: Partial<ReviewServiceOptions>;
}

/** One laptop: a library, a profile and a review service on the shared desk. */
export async function desktop(root: string, name: string, desk: string, opts: DesktopOptions): Promise<Desktop> {
  const libraryDir = join(root, name, 'library');
  const profileDir = join(root, name, 'profile');
  const reviewDir = join(libraryDir, 'review');
  const library = new Library({ dir: libraryDir, settings: () => ({ ...DEFAULT_SETTINGS, reporterName: name }), cacheFlushDelayMs: 10 });
  const service = new ReviewService({
    reviewDir,
    profileDir,
    library: libraryPort(library),
    openDesk: (p) => new FolderDesk(p, { stabilityMs: 150 }),
    watch: opts.watch ?? false,
    rescanMs: 0,
    language: () => 'en',
    ...opts.extra,
  });
  await service.setProfile(name, opts.roles);
  await service.setDesk(desk);
  return { name, library, service, libraryDir, profileDir, reviewDir };
}

/** Hands a's public key to b, trusted for `roles`. */
export async function introduce(a: Desktop, b: Desktop, roles: Role[]): Promise<void> {
  const key = await a.service.exportKey();
  const entry = await b.service.importKey({ content: key.content });
  await b.service.trustKey(entry.keyId, roles);
}

/**
 * One reporter and two editors on one desk, each trusting the others' keys for their roles (the
 * newsroom most review tests start from). `watch` says which of them watch the desk.
 */
export async function newsroom(
  root: string,
  desk: string,
  watch: { reporter?: boolean; editor?: boolean; editor2?: boolean } = {},
): Promise<{ reporter: Desktop; editor: Desktop; editor2: Desktop }> {
  const reporter = await desktop(root, 'Trần Trung Hậu', desk, { roles: ['reporter'], watch: watch.reporter });
  const editor = await desktop(root, 'Nguyễn Thị Biên', desk, { roles: ['editor'], watch: watch.editor });
  const editor2 = await desktop(root, 'Lê Văn Tập', desk, { roles: ['editor'], watch: watch.editor2 });
  for (const e of [editor, editor2]) {
    await introduce(reporter, e, ['reporter']);
    await introduce(e, reporter, ['editor']);
  }
  await introduce(editor, editor2, ['editor']);
  await introduce(editor2, editor, ['editor']);
  return { reporter, editor, editor2 };
}

export async function closeAll(...desks: Desktop[]): Promise<void> {
  for (const d of desks) {
    await d.service.close();
    await d.library.close();
  }
}

/** A newsroom on a desk folder in a temporary root, as `newsroomForEachTest` keeps it. */
export interface DeskRoom {
  root: string;
  desk: string;
  reporter: Desktop;
  editor: Desktop;
  editor2: Desktop;
}

/**
 * A fresh newsroom (`newsroom`) on a desk in a temporary folder for each test of the file or
 * `describe` it is called in: registers the beforeEach that fills the returned room in and the
 * afterEach that closes the three desktops and removes the folder.
 */
export function newsroomForEachTest(watch: Parameters<typeof newsroom>[2] = {}): DeskRoom {
  const room = {} as DeskRoom;
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    room.root = temp.dir;
    room.desk = join(temp.dir, 'desk');
    Object.assign(room, await newsroom(room.root, room.desk, watch));
  });
  afterEach(async () => {
    await closeAll(room.reporter, room.editor, room.editor2);
    await cleanup();
  });
  return room;
}

/** A library article made from the fixture, with `photos` photo originals of `photoBytes` each. */
export async function writeArticle(d: Desktop, photos = 2, photoBytes = 20_000): Promise<Article> {
  const created = await d.library.create({ headline: 'tạm' });
  const dir = d.library.articleDir(created.id);
  const assetIds: string[] = [];
  for (let i = 0; i < photos; i++) assetIds.push(await addPhoto(dir, fakeJpeg(photoBytes)));
  await d.library.save({ id: created.id, content: (await fixtureContent(assetIds)) as Parameters<Library['save']>[0]['content'] });
  return d.library.get(created.id);
}

/** Every file under dir (relative path → size and mtime), skipping the folders named. */
export async function snapshot(dir: string, skip: string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      const rel = relative(dir, p);
      if (skip.some((s) => rel === s || rel.startsWith(`${s}/`))) continue;
      if (e.isDirectory()) await walk(p);
      else {
        const st = await stat(p);
        out[rel] = `${st.size}:${st.mtimeMs}`;
      }
    }
  };
  await walk(dir);
  return out;
}

export interface RawEntry {
  name: string | Buffer;
  data?: Buffer;
  /** 8: deflate the data; 0: store it. */
  method?: 0 | 8;
  /** Unix mode bits for the external attributes (e.g. 0o120777 for a symlink). */
  unixMode?: number;
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
  extra?: Buffer;
}

/** A zip built byte by byte, so it can hold what no zip library would write. */
export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name, 'utf8');
    const data = e.data ?? Buffer.alloc(0);
    const method = e.method ?? 0;
    const body = method === 8 ? deflateRawSync(data) : data;
    const crc = crc32(data);
    const size = e.declaredSize ?? data.length;
    const extra = e.extra ?? Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5a21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    parts.push(local, name, extra, body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE((3 << 8) | 20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(0x5a21, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(extra.length, 30);
    cd.writeUInt16LE(0, 32);
    cd.writeUInt32LE(((e.unixMode ?? 0o100644) << 16) >>> 0, 38);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name, extra);
    offset += 30 + name.length + extra.length + body.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}

/** The entries of a zip (stored or deflated) as raw entries, data inflated. */
export async function zipEntries(buf: Buffer): Promise<RawEntry[]> {
  const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true });
  const out: RawEntry[] = [];
  for await (const e of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(e)) chunks.push(c as Buffer);
    out.push({ name: e.fileName, data: Buffer.concat(chunks) });
  }
  return out;
}

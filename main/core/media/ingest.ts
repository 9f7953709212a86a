// One photo into one article: read it once, hash it, develop it, store it. Nothing is written
// until the photo has been fully developed, so a refused photo leaves the article untouched;
// the asset json is written last, so an asset exists exactly when its json does.

import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AssetInfo, IngestedAsset } from '../../common/contract/media.ts';
import { DatelineError } from '../../common/result.ts';
import { nfcDeep } from '../../common/text/nfc.ts';
import { writeFileAtomic, writeJsonAtomic } from '../fs/atomic.ts';
import type { FileSystem } from '../fs/seam.ts';
import { errnoCode, mapFsError } from '../fs/errors.ts';
import { checkSize, developPhoto, PHOTO_LIMITS, type PhotoLimits } from './develop.ts';
import { assetInfoPath, derivedDir, derivedPath, derivedRelPath, EXT_BY_FORMAT, originalPath, originalRelPath } from './paths.ts';
import { assetComplete, readAsset } from './store.ts';
import { displayFileName } from '../../common/text/file-name.ts';

export interface IngestRequest {
  /** The article's folder (it must exist). */
  articleDir: string;
  /** A file the user chose… */
  filePath?: string;
  /** …or bytes uploaded through the browser host. */
  bytes?: Uint8Array;
  /** Shown in messages and kept in the asset json; defaults to the file's name. */
  originalName?: string;
  /** Accept minor damage (see DevelopOptions.lenient). */
  lenient?: boolean;
  limits?: PhotoLimits;
  now?: () => Date;
  /** Where files are written (tests inject a full disk here, as root ignores permissions). */
  fs?: FileSystem;
}

const bad = (name: string, reason: string): DatelineError => new DatelineError('BAD_IMAGE', { reason, name });

async function readOriginal(filePath: string, name: string, limits: PhotoLimits): Promise<Uint8Array> {
  // The size is checked before reading, so a 5 GB video dropped by mistake is never loaded.
  let size: number;
  try {
    const st = await stat(filePath);
    if (st.isDirectory()) throw bad(name, 'not-a-file');
    size = st.size;
  } catch (err) {
    throw sourceError(err, name);
  }
  checkSize(size, name, limits);
  try {
    return await readFile(filePath);
  } catch (err) {
    throw sourceError(err, name);
  }
}

function sourceError(err: unknown, name: string): unknown {
  if (err instanceof DatelineError) return err;
  const code = errnoCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENODEV' || code === 'ENXIO') return bad(name, 'vanished');
  if (code === 'EACCES' || code === 'EPERM') return bad(name, 'no-access');
  if (code === 'EISDIR') return bad(name, 'not-a-file');
  // An I/O error while reading (a card pulled out mid-read) reads as "vanished" to the user too.
  if (code === 'EIO') return bad(name, 'vanished');
  return err;
}

async function ensureArticle(articleDir: string): Promise<void> {
  try {
    if ((await stat(articleDir)).isDirectory()) return;
  } catch {
    // fall through: not there
  }
  throw new DatelineError('NOT_FOUND', { id: basename(articleDir) });
}

/** Imports one photo into an article: the original by SHA-256, its asset json and renditions; the same bytes twice are stored once. */
export async function ingestPhoto(req: IngestRequest): Promise<IngestedAsset> {
  const limits = req.limits ?? PHOTO_LIMITS;
  const name = displayFileName(req.originalName ?? (req.filePath ? basename(req.filePath) : 'photo'));
  await ensureArticle(req.articleDir);

  let bytes: Uint8Array;
  if (req.bytes) bytes = req.bytes;
  else if (req.filePath) bytes = await readOriginal(req.filePath, name, limits);
  else throw new DatelineError('INVALID_INPUT', { detail: 'no file or bytes' });
  checkSize(bytes.length, name, limits);

  const assetId = createHash('sha256').update(bytes).digest('hex');
  const existing = await readAsset(req.articleDir, assetId);
  if (existing && (await assetComplete(req.articleDir, existing))) return { ...existing, duplicate: true };

  const photo = await developPhoto(bytes, { name, lenient: req.lenient, limits });

  const dir = req.articleDir;
  try {
    await mkdir(derivedDir(dir), { recursive: true });
  } catch (err) {
    throw mapFsError(err);
  }
  // Renditions and the original (their fsyncs overlap), then the json: a crash in between leaves
  // files that a later import of the same photo completes, never a json pointing at nothing.
  const previewPath = derivedPath(dir, assetId, 'preview', 'jpg');
  const thumbPath = derivedPath(dir, assetId, 'thumb', 'jpg');
  const origPath = originalPath(dir, assetId, EXT_BY_FORMAT[photo.format]);
  const [p, t, o] = await Promise.allSettled([
    writeFileAtomic(previewPath, photo.preview.data, { fs: req.fs }),
    writeFileAtomic(thumbPath, photo.thumb.data, { fs: req.fs }),
    storeOriginal(origPath, bytes, req.fs),
  ]);
  // A disk that fills up half-way: take back what this import wrote, the article as it was.
  const written = [
    p.status === 'fulfilled' ? previewPath : '',
    t.status === 'fulfilled' ? thumbPath : '',
    o.status === 'fulfilled' && o.value ? origPath : '',
  ].filter(Boolean);
  const undo = (): Promise<unknown> => Promise.all(written.map((f) => unlink(f).catch(() => undefined)));
  if (p.status === 'rejected' || t.status === 'rejected' || o.status === 'rejected') {
    await undo();
    throw [p, t, o].find((r) => r.status === 'rejected')?.reason;
  }
  const preview = p.value;
  const thumb = t.value;

  const asset: AssetInfo = nfcDeep({
    schemaVersion: 1,
    assetId,
    format: photo.format,
    original: originalRelPath(assetId, photo.format),
    bytes: bytes.length,
    width: photo.width,
    height: photo.height,
    orientation: photo.orientation,
    originalName: name,
    importedAt: (req.now ?? (() => new Date()))().toISOString(),
    caption: photo.caption,
    credit: photo.credit,
    creator: photo.creator,
    copyright: photo.copyright,
    dateTaken: photo.dateTaken,
    hasGps: photo.hasGps,
    notices: photo.notices,
    renditions: {
      preview: {
        path: derivedRelPath(assetId, 'preview', 'jpg'),
        format: 'jpeg',
        width: photo.preview.width,
        height: photo.preview.height,
        bytes: preview.size,
      },
      thumb: {
        path: derivedRelPath(assetId, 'thumb', 'jpg'),
        format: 'jpeg',
        width: photo.thumb.width,
        height: photo.thumb.height,
        bytes: thumb.size,
      },
    },
  } satisfies AssetInfo);
  try {
    await writeJsonAtomic(assetInfoPath(dir, assetId), asset, { fs: req.fs });
  } catch (err) {
    await undo();
    throw err;
  }
  return { ...asset, duplicate: false };
}

/** Stores the original unless it is already there; true when this call wrote it. */
async function storeOriginal(path: string, bytes: Uint8Array, fs?: FileSystem): Promise<boolean> {
  // The name is the content's hash, so a file of the right size already holds these bytes (an
  // import interrupted before its json). No exclusive link(): FAT and exFAT cards have no links.
  const existing = await stat(path).catch(() => null);
  if (existing?.isFile() && existing.size === bytes.length) return false;
  await writeFileAtomic(path, bytes, { fs });
  return true;
}

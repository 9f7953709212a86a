// Writes a signed package (manifest.ts) with yazl in one pass: photos are streamed in stored
// (JPEGs do not compress), hashed on the way, and checked against their asset id; the manifest
// and its signature go last, once every hash is known. Readers use the central directory, so
// the manifest's place in the zip does not matter.

import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Article } from '../../common/article/model.ts';
import { CONTENT_HASH_VERSION } from '../../common/review/canonical.ts';
import type { ReviewNotes } from '../../common/review/notes.ts';
import { figureAssets } from '../../common/review/units.ts';
import { mediaDir } from '../media/paths.ts';
import { reviewError } from './errors.ts';
import {
  ARTICLE,
  MANIFEST,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  REVIEW,
  REVIEW_FORMAT,
  reviewFormatVersion,
  SIGNATURE,
  type FileEntry,
  type Manifest,
  type PackageKind,
} from './manifest.ts';
import type { Signer } from './profile.ts';
import { SIGNING_CONTEXT, signWith } from './keys.ts';

export interface MediaFile {
  assetId: string;
  ext: string;
  path: string;
}

export interface PackageInput {
  kind: PackageKind;
  packageId: string;
  createdAt: string;
  signer: Signer;
  article: Article;
  headline: string;
  contentHash: string;
  notes: ReviewNotes;
  decision?: Manifest['decision'];
  withdrawal?: Manifest['withdrawal'];
  media: MediaFile[];
}

export interface WrittenPackage {
  manifest: Manifest;
  manifestBytes: Buffer;
  signatureBytes: Buffer;
  articleBytes: Buffer;
  reviewBytes: Buffer;
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The originals of every figure in the article, found in `<articleDir>/media/`. */
export async function figureOriginals(article: Article, articleDir: string): Promise<MediaFile[]> {
  const wanted = figureAssets(article.content);
  if (wanted.length === 0) return [];
  const dir = mediaDir(articleDir);
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    names = [];
  }
  const out: MediaFile[] = [];
  for (const assetId of wanted) {
    // The original is the one file named by its hash with an image extension (not the .json info).
    const name = names.find(
      (n) => n.startsWith(`${assetId}.`) && /^[a-z0-9]{1,5}$/.test(n.slice(assetId.length + 1)) && !n.endsWith('.json'),
    );
    if (!name || !/^[0-9a-f]{64}$/.test(assetId)) throw reviewError('photo-missing', { asset: assetId.slice(0, 12) });
    out.push({ assetId, ext: name.slice(assetId.length + 1), path: join(dir, name) });
  }
  return out;
}

/** Writes the package to `dest` (a new file) and fsyncs it. */
export async function writePackage(dest: string, input: PackageInput): Promise<WrittenPackage> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(input.createdAt);
  const done = pipeline(zip.outputStream, createWriteStream(dest, { flags: 'wx' }));
  // yazl reports a file that changed size while being read as an 'error' event on the zip.
  const failed = new Promise<never>((_, reject) => {
    (zip as unknown as NodeJS.EventEmitter).on('error', reject);
    done.catch(reject);
  });
  failed.catch(() => undefined);
  const files: FileEntry[] = [];
  try {
    const addJson = (name: string, value: unknown): Buffer => {
      const bytes = Buffer.from(JSON.stringify(value, null, 1) + '\n', 'utf8');
      files.push({ path: name, size: bytes.length, sha256: sha256(bytes) });
      zip.addBuffer(bytes, name, { mtime, compress: true });
      return bytes;
    };
    const articleBytes = addJson(ARTICLE, input.article);
    const reviewBytes = addJson(REVIEW, {
      format: REVIEW_FORMAT,
      formatVersion: reviewFormatVersion(input.notes.threads),
      threads: input.notes.threads,
      suggestions: input.notes.suggestions,
    });

    const hashed: Promise<void>[] = [];
    for (const m of input.media) {
      const { size } = await stat(m.path);
      const name = `media/${m.assetId}.${m.ext}`;
      let settle!: { resolve: () => void; reject: (e: unknown) => void };
      hashed.push(new Promise<void>((resolve, reject) => (settle = { resolve, reject })));
      zip.addReadStreamLazy(name, { mtime, compress: false, size }, (cb) => {
        const hash = createHash('sha256');
        const source = createReadStream(m.path);
        const tap = new PassThrough();
        source.on('error', (e) => {
          settle.reject(e);
          tap.destroy(e);
        });
        tap.on('data', (chunk: Buffer) => hash.update(chunk));
        tap.on('end', () => {
          const digest = hash.digest('hex');
          files.push({ path: name, size, sha256: digest });
          // A damaged original must not travel under its old name.
          if (digest !== m.assetId) settle.reject(reviewError('photo-missing', { asset: m.assetId.slice(0, 12) }));
          else settle.resolve();
        });
        source.pipe(tap);
        cb(null, tap);
      });
    }
    await Promise.race([Promise.all(hashed), failed]);

    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const manifest: Manifest = {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      kind: input.kind,
      packageId: input.packageId,
      createdAt: input.createdAt,
      signer: { keyId: input.signer.person.keyId, name: input.signer.person.name, publicKey: input.signer.publicKey },
      article: {
        id: input.article.id,
        version: input.article.version,
        headline: input.headline.slice(0, 2000),
        contentHash: input.contentHash,
        contentHashVersion: CONTENT_HASH_VERSION,
      },
      ...(input.decision ? { decision: input.decision } : {}),
      ...(input.withdrawal ? { withdrawal: input.withdrawal } : {}),
      files,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1) + '\n', 'utf8');
    const signature = signWith(input.signer.privateKey, SIGNING_CONTEXT.package, manifestBytes);
    const signatureBytes = Buffer.from(
      JSON.stringify({ algorithm: 'Ed25519', keyId: input.signer.person.keyId, signature }) + '\n',
      'utf8',
    );
    zip.addBuffer(manifestBytes, MANIFEST, { mtime, compress: true });
    zip.addBuffer(signatureBytes, SIGNATURE, { mtime, compress: false });
    zip.end();
    await Promise.race([done, failed]);
    const handle = await open(dest, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { manifest, manifestBytes, signatureBytes, articleBytes, reviewBytes };
  } catch (err) {
    (zip.outputStream as PassThrough).destroy();
    await done.catch(() => undefined);
    await rm(dest, { force: true });
    throw err;
  }
}

// Reads a package that arrived from another machine, trusting nothing in it until checked, in
// this order: the zip's central directory (names, types, sizes, compression ratios, overlaps)
// before a byte is extracted; then the manifest, its format version and its signature against
// the trusted keys, before any large file is read; then every file, extracted only into the
// fresh quarantine folder given, hashed and compared with the signed manifest; then the
// article's content hash. The first failure refuses the whole package with its reason.

import { createWriteStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from '../../common/article/ids.ts';
import { ARTICLE_SCHEMA_VERSION, ARTICLE_STATUSES, type Article } from '../../common/article/model.ts';
import { ContentSchema, MetaPatchSchema } from '../../common/contract/library.ts';
import type { ReviewNotes } from '../../common/review/notes.ts';
import { figureAssets } from '../../common/review/units.ts';
import type { Role } from '../../common/review/types.ts';
import { nfc, nfcDeep } from '../../common/text/nfc.ts';
import { DatelineError } from '../../common/result.ts';
import { reviewError } from './errors.ts';
import { contentHashOf } from './hash.ts';
import { SIGNING_CONTEXT } from './keys.ts';
import { trustedSigner } from './trust.ts';
import type { PackageLimits } from './limits.ts';
import {
  ARTICLE,
  MANIFEST,
  MEDIA_ENTRY,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  REVIEW,
  ReviewFileSchema,
  SIGNATURE,
  ManifestSchema,
  SignatureSchema,
  type Manifest,
} from './manifest.ts';
import type { KnownKey } from './profile.ts';
import type { MediaFile } from './writer.ts';

export interface VerifiedPackage {
  manifest: Manifest;
  manifestBytes: Buffer;
  signatureBytes: Buffer;
  article: Article;
  notes: ReviewNotes;
  signer: KnownKey;
  /** The quarantine folder the files were extracted into. */
  dir: string;
  media: MediaFile[];
}

export interface ReadOptions {
  limits: PackageLimits;
  lookupKey: (keyId: string) => Promise<KnownKey | undefined>;
  /** The package's name in the desk, for messages. */
  name: string;
}

const FIXED_NAMES = new Set([MANIFEST, SIGNATURE, ARTICLE, REVIEW]);
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const LOCAL_HEADER_MIN = 30;

const PackageArticleSchema = z.looseObject({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: z.string().regex(ARTICLE_ID_PATTERN),
  version: z.number().int().min(0),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  status: z.enum(ARTICLE_STATUSES as [Article['status'], ...Article['status'][]]),
  meta: MetaPatchSchema.required().loose(),
  content: ContentSchema,
});

interface ZipEntry {
  name: string;
  entry: yauzl.Entry;
}

/** The entry's name as a zip tool would show it; a Unicode-path extra field is checked as well. */
function entryNames(entry: yauzl.Entry): string[] {
  const raw = entry.fileNameRaw;
  const plain = (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString('utf8') : raw.toString('latin1');
  const names = [plain];
  try {
    const unicode = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
    if (unicode !== plain) names.push(unicode);
  } catch {
    // An unreadable extra field: the plain name is all we have, and it is checked.
  }
  return names;
}

function checkName(name: string): void {
  const slashed = name.replace(/\\/g, '/');
  if (/^\//.test(slashed) || /^[a-zA-Z]:/.test(slashed)) throw reviewError('absolute-path', { entry: name.slice(0, 200) });
  if (slashed.split('/').includes('..')) throw reviewError('parent-path', { entry: name.slice(0, 200) });
}

async function listEntries(zip: yauzl.ZipFile, limits: PackageLimits): Promise<ZipEntry[]> {
  if (zip.entryCount > limits.maxEntries) throw reviewError('too-many-files', { count: zip.entryCount, max: limits.maxEntries });
  const out: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    const names = entryNames(entry);
    for (const n of names) checkName(n);
    const name = names[names.length - 1];
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) throw reviewError('symlink', { entry: name.slice(0, 200) });
    const key = nfc(name).toLowerCase();
    if (seen.has(key)) throw reviewError('duplicate-entry', { entry: name.slice(0, 200) });
    seen.add(key);
    if (names.length > 1 || name.includes('\0')) throw reviewError('unexpected-entry', { entry: name.slice(0, 200) });
    if (name === 'media/') continue;
    if (!FIXED_NAMES.has(name) && !MEDIA_ENTRY.test(name)) throw reviewError('unexpected-entry', { entry: name.slice(0, 200) });
    if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8))
      throw reviewError('encrypted', { entry: name });
    const max = FIXED_NAMES.has(name) ? limits.maxJsonBytes : limits.maxEntryBytes;
    if (entry.uncompressedSize > max) throw reviewError('too-large', { entry: name, size: entry.uncompressedSize, max });
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) throw reviewError('too-large', { entry: '*', size: total, max: limits.maxTotalBytes });
    if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) {
      throw reviewError('bomb', { entry: name, ratio: Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)) });
    }
    if (zip.entriesRead > limits.maxEntries) throw reviewError('too-many-files', { count: zip.entriesRead, max: limits.maxEntries });
    out.push({ name, entry });
  }
  // Entries whose data overlap reuse one compressed stream many times: the non-recursive bomb.
  const byOffset = [...out].sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1].entry;
    if (byOffset[i].entry.relativeOffsetOfLocalHeader < prev.relativeOffsetOfLocalHeader + LOCAL_HEADER_MIN + prev.compressedSize) {
      throw reviewError('overlap', { entry: byOffset[i].name });
    }
  }
  return out;
}

/** Counts and hashes bytes on their way to disk, stopping at `max`. */
function meter(max: number, onOver: () => Error): { transform: Transform; digest: () => string; bytes: () => number } {
  const hash = createHash('sha256');
  let n = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      n += chunk.length;
      if (n > max) return cb(onOver());
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  return { transform, digest: () => hash.digest('hex'), bytes: () => n };
}

async function openEntry(zip: yauzl.ZipFile, e: ZipEntry): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(e.entry);
  } catch {
    throw reviewError('tampered', { entry: e.name });
  }
}

async function readSmall(zip: yauzl.ZipFile, e: ZipEntry, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of await openEntry(zip, e)) {
      n += (chunk as Buffer).length;
      if (n > max) throw reviewError('too-large', { entry: e.name, size: n, max });
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof DatelineError) throw err;
    throw reviewError('tampered', { entry: e.name });
  }
  return Buffer.concat(chunks);
}

function parseJson(bytes: Buffer, entry: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw reviewError('malformed-json', { entry });
  }
}

function issue(err: z.ZodError): string {
  const i = err.issues[0];
  return `${i?.path.join('.') || '-'}: ${i?.message ?? 'invalid'}`.slice(0, 200);
}

/** Decisions and their withdrawals are an editor's to sign; submissions a reporter's. */
const needRole = (kind: Manifest['kind']): Role => (kind === 'submission' ? 'reporter' : 'editor');

/** Opens, checks and extracts a package into `dir` (an empty quarantine folder); throws the reason it is refused. */
export async function readPackage(zipPath: string, dir: string, opts: ReadOptions): Promise<VerifiedPackage> {
  const { limits } = opts;
  const size = (await stat(zipPath)).size;
  if (size > limits.maxPackageBytes) throw reviewError('too-large', { entry: opts.name, size, max: limits.maxPackageBytes });
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (err) {
    // The end-of-central-directory record is the last thing a copy writes: without it the file is
    // most likely still arriving.
    const msg = err instanceof Error ? err.message : '';
    if (/end of central directory record signature not found/i.test(msg) || size === 0)
      throw reviewError('incomplete', { name: opts.name });
    throw reviewError('not-a-zip', { name: opts.name });
  }
  try {
    let entries: ZipEntry[];
    try {
      entries = await listEntries(zip, limits);
    } catch (err) {
      if (err instanceof DatelineError) throw err;
      throw reviewError('not-a-zip', { name: opts.name });
    }
    const byName = new Map(entries.map((e) => [e.name, e]));
    const manifestEntry = byName.get(MANIFEST);
    const sigEntry = byName.get(SIGNATURE);
    if (!manifestEntry || !sigEntry) throw reviewError('missing-manifest');

    // The manifest: format, version, shape.
    const manifestBytes = await readSmall(zip, manifestEntry, limits.maxJsonBytes);
    const rawManifest = parseJson(manifestBytes, MANIFEST) as { format?: unknown; formatVersion?: unknown } | null;
    if (!rawManifest || typeof rawManifest !== 'object' || rawManifest.format !== PACKAGE_FORMAT) {
      throw reviewError('malformed', { entry: MANIFEST, detail: 'format' });
    }
    if (rawManifest.formatVersion !== PACKAGE_FORMAT_VERSION) {
      throw reviewError('unknown-version', {
        version: typeof rawManifest.formatVersion === 'number' ? rawManifest.formatVersion : String(rawManifest.formatVersion).slice(0, 20),
      });
    }
    const parsedManifest = ManifestSchema.safeParse(rawManifest);
    if (!parsedManifest.success) throw reviewError('malformed', { entry: MANIFEST, detail: issue(parsedManifest.error) });
    const manifest = parsedManifest.data;

    // The signature, by a key this machine knows and trusts for this kind of package.
    const signatureBytes = await readSmall(zip, sigEntry, 4096);
    const parsedSig = SignatureSchema.safeParse(parseJson(signatureBytes, SIGNATURE));
    if (!parsedSig.success) throw reviewError('malformed', { entry: SIGNATURE, detail: issue(parsedSig.error) });
    const sig = parsedSig.data;
    const known = await trustedSigner(
      opts.lookupKey,
      manifest.signer,
      { context: SIGNING_CONTEXT.package, bytes: manifestBytes, signature: sig.signature, keyId: sig.keyId },
      needRole(manifest.kind),
    );

    // The listing: every file present with its size, nothing unlisted.
    const listed = new Map<string, Manifest['files'][number]>();
    for (const f of manifest.files) {
      if (listed.has(f.path) || f.path === MANIFEST || f.path === SIGNATURE)
        throw reviewError('malformed', { entry: MANIFEST, detail: f.path.slice(0, 100) });
      listed.set(f.path, f);
    }
    for (const e of entries) {
      if (e.name === MANIFEST || e.name === SIGNATURE) continue;
      const f = listed.get(e.name);
      if (!f || f.size !== e.entry.uncompressedSize) throw reviewError('tampered', { entry: e.name });
    }
    for (const f of manifest.files) if (!byName.has(f.path)) throw reviewError('tampered', { entry: f.path });
    if (!listed.has(ARTICLE)) throw reviewError('missing-manifest');

    // Extract and hash.
    await mkdir(join(dir, 'media'), { recursive: true });
    const media: MediaFile[] = [];
    for (const f of manifest.files) {
      const e = byName.get(f.path) as ZipEntry;
      const target = join(dir, ...f.path.split('/'));
      const m = meter(f.size, () => reviewError('tampered', { entry: f.path }));
      try {
        await pipeline(await openEntry(zip, e), m.transform, createWriteStream(target, { flags: 'wx' }));
      } catch (err) {
        if (err instanceof DatelineError) throw err;
        throw reviewError('tampered', { entry: f.path });
      }
      const digest = m.digest();
      if (digest !== f.sha256 || m.bytes() !== f.size) throw reviewError('tampered', { entry: f.path });
      const mm = MEDIA_ENTRY.exec(f.path);
      if (mm) {
        if (mm[1] !== digest) throw reviewError('tampered', { entry: f.path });
        media.push({ assetId: mm[1], ext: mm[2], path: target });
      }
    }

    // The article: shape, identity, and the content hash the signer computed.
    const rawArticle = parseJson(await readFile(join(dir, ARTICLE)), ARTICLE);
    const parsedArticle = PackageArticleSchema.safeParse(rawArticle);
    if (!parsedArticle.success) throw reviewError('malformed', { entry: ARTICLE, detail: issue(parsedArticle.error) });
    const article = nfcDeep(rawArticle) as Article;
    if (article.id !== manifest.article.id || article.version !== manifest.article.version)
      throw reviewError('tampered', { entry: ARTICLE });
    if (contentHashOf(article) !== manifest.article.contentHash) throw reviewError('tampered', { entry: ARTICLE });
    if (manifest.kind === 'submission') {
      const have = new Set(media.map((m) => m.assetId));
      for (const assetId of figureAssets(article.content))
        if (!have.has(assetId)) throw reviewError('photo-missing', { asset: assetId.slice(0, 12) });
    }

    let notes: ReviewNotes = { threads: [], suggestions: [] };
    if (listed.has(REVIEW)) {
      const parsedReview = ReviewFileSchema.safeParse(parseJson(await readFile(join(dir, REVIEW)), REVIEW));
      if (!parsedReview.success) throw reviewError('malformed', { entry: REVIEW, detail: issue(parsedReview.error) });
      notes = nfcDeep({ threads: parsedReview.data.threads, suggestions: parsedReview.data.suggestions });
    }
    return { manifest, manifestBytes, signatureBytes, article, notes, signer: known, dir, media };
  } finally {
    zip.close();
  }
}

// What this machine keeps about review, in `<library>/review/`:
//   packages/<packageId>/   verified packages (manifest.json, manifest.sig, article.json,
//                           review.json, media/); our own packages without their photos
//   articles/<articleId>.json   the article's review: submissions, decisions, notes, editor's draft
//   quarantine/<q>/         one fresh folder per package read from the desk; a refused one stays
//                           with refused.json saying why (name, size, SHA-256) and, within the
//                           quarantine's size cap, the package as it came: one copy per content,
//                           one record per desk file, the oldest copies out first
//   seen.json               desk files already taken in (name, size, time), so they are not re-read

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import type { Article, Block } from '../../common/article/model.ts';
import { emptyNotes, type ReviewNotes } from '../../common/review/notes.ts';
import type { DecisionRecord, SubmissionRecord } from '../../common/review/types.ts';
import { writeFileAtomic, writeJsonAtomic } from '../fs/atomic.ts';
import type { DeskEntry } from './desk.ts';
import { reviewError, type ReviewReason } from './errors.ts';
import { DEFAULT_LIMITS, MAX_REFUSALS } from './limits.ts';
import { ARTICLE, MANIFEST, REVIEW, SIGNATURE } from './manifest.ts';

export interface ArticleReview {
  format: 'dateline.article-review';
  formatVersion: 1;
  articleId: string;
  headline: string;
  submissions: SubmissionRecord[];
  decisions: DecisionRecord[];
  /** Submissions this user has opened (for the inbox's new / in review). */
  opened: string[];
  notes: ReviewNotes;
  /** Editor's side: the latest submission with the suggestions the editor accepted. */
  draft?: { submissionId: string; content: Block[] };
}

export interface RefusedRecord {
  kind: DeskEntry['kind'];
  name: string;
  size: number;
  modifiedMs: number;
  reason: ReviewReason;
  params: Record<string, string | number>;
  refusedAt: string;
  /** SHA-256 of the package as it came; absent when it was refused unread (over the size limit). */
  sha256?: string;
}

export interface SeenRecord {
  size: number;
  modifiedMs: number;
}

const REFUSED = 'refused.json';
const PACKAGE = 'package.zip';
const RETRY = 'retry.json';
/** Refusals that a change of trust can lift: the package is re-read after keys change. */
const TRUST_REASONS = new Set(['unknown-key', 'untrusted-key', 'not-an-editor', 'not-a-reporter']);

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A stored article review, or an empty one for an article this machine has no review of. */
function articleReviewOf(articleId: string, raw: ArticleReview | undefined): ArticleReview {
  if (raw && raw.format === 'dateline.article-review' && raw.articleId === articleId)
    return { ...raw, notes: raw.notes ?? emptyNotes(), opened: raw.opened ?? [] };
  return {
    format: 'dateline.article-review',
    formatVersion: 1,
    articleId,
    headline: '',
    submissions: [],
    decisions: [],
    opened: [],
    notes: emptyNotes(),
  };
}

function parseArticleReview(articleId: string, text: string): ArticleReview {
  return articleReviewOf(articleId, JSON.parse(text) as ArticleReview);
}

export const seenKey = (e: Pick<DeskEntry, 'kind' | 'name'>): string => `${e.kind}/${e.name}`;

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

export interface ReviewStoreOptions {
  /** Refused packages kept, all together (default DEFAULT_LIMITS.maxQuarantineBytes). */
  maxQuarantineBytes?: number;
}

/** How many article files are looked at in parallel when the inbox is listed. */
const LIST_CONCURRENCY = 32;

export class ReviewStore {
  /**
   * Parsed article reviews by id, with their file's time and size, so listing the inbox reads
   * only what changed. `articlesDirMs` is the folder's time after our own last write: while it
   * has not moved, no other process wrote there and the cache is the folder.
   */
  private readonly cache = new Map<string, { mtimeMs: number; size: number; review: ArticleReview }>();
  private articlesDirMs: number | null = null;
  private readonly maxQuarantineBytes: number;

  constructor(
    readonly dir: string,
    options: ReviewStoreOptions = {},
  ) {
    this.maxQuarantineBytes = options.maxQuarantineBytes ?? DEFAULT_LIMITS.maxQuarantineBytes;
  }

  packageDir(packageId: string): string {
    return join(this.dir, 'packages', packageId);
  }
  private articlePath(articleId: string): string {
    return join(this.dir, 'articles', `${articleId}.json`);
  }
  private get quarantineRoot(): string {
    return join(this.dir, 'quarantine');
  }

  async readArticle(articleId: string): Promise<ArticleReview> {
    return articleReviewOf(articleId, await readJson<ArticleReview>(this.articlePath(articleId)));
  }

  async hasArticle(articleId: string): Promise<boolean> {
    return !!(await stat(this.articlePath(articleId)).catch(() => null));
  }

  async writeArticle(review: ArticleReview): Promise<void> {
    await mkdir(join(this.dir, 'articles'), { recursive: true });
    const wasCurrent = this.articlesDirMs !== null && (await this.articlesDirTime()) === this.articlesDirMs;
    const written = await writeJsonAtomic(this.articlePath(review.articleId), review);
    this.cache.set(review.articleId, { mtimeMs: written.mtimeMs, size: written.size, review: structuredClone(review) });
    this.articlesDirMs = wasCurrent ? await this.articlesDirTime() : null;
  }

  private async articlesDirTime(): Promise<number | null> {
    return (await stat(join(this.dir, 'articles')).catch(() => null))?.mtimeMs ?? null;
  }

  /** Every article's review, for reading only (the objects are shared with the cache: never change them). */
  async listArticles(): Promise<readonly ArticleReview[]> {
    const dirMs = await this.articlesDirTime();
    if (dirMs === null) return [];
    if (dirMs === this.articlesDirMs) return [...this.cache.values()].map((c) => c.review);
    let names: string[] = [];
    try {
      names = (await readdir(join(this.dir, 'articles'))).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    } catch {
      return [];
    }
    const ids = new Set(names.map((n) => n.slice(0, -5)));
    for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
    const list = [...ids];
    const out: ArticleReview[] = new Array(list.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < list.length; i = next++) {
        const id = list[i];
        const cached = this.cache.get(id);
        // One open per file: its time and size tell whether the cached review is still it.
        const handle = await open(this.articlePath(id), 'r').catch(() => null);
        if (!handle) {
          this.cache.delete(id);
          continue;
        }
        try {
          const st = await handle.stat();
          if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) {
            out[i] = cached.review;
            continue;
          }
          const review = parseArticleReview(id, await handle.readFile('utf8'));
          this.cache.set(id, { mtimeMs: st.mtimeMs, size: st.size, review });
          out[i] = review;
        } finally {
          await handle.close();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(LIST_CONCURRENCY, list.length) }, worker));
    this.articlesDirMs = dirMs;
    return out.filter(Boolean);
  }

  async hasPackage(packageId: string): Promise<boolean> {
    return !!(await stat(join(this.packageDir(packageId), MANIFEST)).catch(() => null));
  }

  async packageArticle(packageId: string): Promise<Article> {
    const raw = await readJson<Article>(join(this.packageDir(packageId), ARTICLE));
    if (!raw) throw reviewError('not-found', { what: 'package', ref: packageId });
    return raw;
  }

  /**
   * Moves a verified package from quarantine into packages/. A package id already here is fine
   * if it is the same package (same signed manifest), refused otherwise.
   */
  async admit(packageId: string, extracted: string, manifestBytes: Buffer, signatureBytes: Buffer): Promise<'new' | 'known'> {
    const target = this.packageDir(packageId);
    const existing = await readFile(join(target, MANIFEST)).catch(() => null);
    if (existing) {
      if (existing.equals(manifestBytes)) return 'known';
      throw reviewError('duplicate-package', { packageId });
    }
    await writeFile(join(extracted, MANIFEST), manifestBytes, { flag: 'wx' });
    await writeFile(join(extracted, SIGNATURE), signatureBytes, { flag: 'wx' });
    await mkdir(join(this.dir, 'packages'), { recursive: true });
    await rm(target, { recursive: true, force: true });
    await rename(extracted, target);
    return 'new';
  }

  /** Keeps a copy of a package we wrote (its photos stay in the library). */
  async keepOwn(
    packageId: string,
    files: { manifestBytes: Buffer; signatureBytes: Buffer; articleBytes: Buffer; reviewBytes: Buffer },
  ): Promise<void> {
    const target = this.packageDir(packageId);
    await mkdir(target, { recursive: true });
    await writeFileAtomic(join(target, ARTICLE), files.articleBytes);
    await writeFileAtomic(join(target, REVIEW), files.reviewBytes);
    await writeFileAtomic(join(target, SIGNATURE), files.signatureBytes);
    // The manifest last: its presence marks the package as kept.
    await writeFileAtomic(join(target, MANIFEST), files.manifestBytes);
  }

  /** A fresh, empty quarantine folder. */
  async newQuarantine(now: Date): Promise<string> {
    await mkdir(this.quarantineRoot, { recursive: true });
    const dir = join(this.quarantineRoot, `q-${now.getTime().toString(36)}-${randomBytes(6).toString('hex')}`);
    await mkdir(dir);
    return dir;
  }

  /**
   * Records a refusal in its quarantine folder. The extracted files go; the package stays for
   * inspection unless the same content is already kept by a later refusal, or it is larger than
   * the whole quarantine may be. One record per desk file: an earlier refusal of the same file
   * (touched, or sent again) gives way. Then the oldest copies go until the quarantine fits its cap.
   */
  async refuse(quarantine: string, record: RefusedRecord): Promise<void> {
    await rm(join(quarantine, 'x'), { recursive: true, force: true });
    const copy = join(quarantine, PACKAGE);
    const size = (await stat(copy).catch(() => null))?.size;
    const entry: RefusedRecord = { ...record };
    const kept = size !== undefined && size <= this.maxQuarantineBytes;
    if (size !== undefined) {
      entry.sha256 = await sha256File(copy);
      if (!kept) await rm(copy, { force: true });
    }
    await writeJsonAtomic(join(quarantine, REFUSED), entry);
    const others = (await this.refused()).filter((r) => r.quarantine !== quarantine);
    for (const r of others) {
      // The same desk file refused before: this record replaces it.
      if (r.kind === entry.kind && r.name === entry.name) await rm(r.quarantine, { recursive: true, force: true });
      // The same content kept elsewhere: one copy is enough, the newest.
      else if (entry.sha256 && r.sha256 === entry.sha256 && kept) await rm(join(r.quarantine, PACKAGE), { force: true });
    }
    await this.trimQuarantine();
  }

  /** The oldest copies out until the kept packages fit the cap; the oldest records out past MAX_REFUSALS. */
  private async trimQuarantine(): Promise<void> {
    const records = await this.refused(); // newest first
    let total = 0;
    for (const [i, r] of records.entries()) {
      if (i >= MAX_REFUSALS) {
        await rm(r.quarantine, { recursive: true, force: true });
        continue;
      }
      const size = (await stat(join(r.quarantine, PACKAGE)).catch(() => null))?.size ?? 0;
      if (total + size > this.maxQuarantineBytes) await rm(join(r.quarantine, PACKAGE), { force: true });
      else total += size;
    }
  }

  async refused(): Promise<(RefusedRecord & { quarantine: string })[]> {
    let names: string[] = [];
    try {
      names = await readdir(this.quarantineRoot);
    } catch {
      return [];
    }
    const out: (RefusedRecord & { quarantine: string })[] = [];
    for (const n of names) {
      const r = await readJson<RefusedRecord>(join(this.quarantineRoot, n, REFUSED)).catch(() => undefined);
      if (r) out.push({ ...r, quarantine: join(this.quarantineRoot, n) });
    }
    return out.sort((a, b) => (a.refusedAt < b.refusedAt ? 1 : -1));
  }

  /** After the key list changed: packages refused for lack of trust will be read again. */
  retryTrustRefusals(): Promise<number> {
    return this.retryRefusals(TRUST_REASONS);
  }

  /** Packages refused for one of `reasons` will be read again at the next scan. */
  async retryRefusals(reasons: ReadonlySet<string>): Promise<number> {
    let n = 0;
    for (const r of await this.refused()) {
      if (!reasons.has(r.reason)) continue;
      await rename(join(r.quarantine, REFUSED), join(r.quarantine, RETRY));
      n++;
    }
    return n;
  }

  async readSeen(): Promise<Record<string, SeenRecord>> {
    return (await readJson<Record<string, SeenRecord>>(join(this.dir, 'seen.json')).catch(() => undefined)) ?? {};
  }

  async writeSeen(seen: Record<string, SeenRecord>): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeJsonAtomic(join(this.dir, 'seen.json'), seen, { durable: false });
  }
}

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
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import type { Article, Block } from '../../common/article/model.ts';
import { emptyNotes, type ReviewNotes } from '../../common/review/notes.ts';
import type { DecisionRecord, SubmissionRecord } from '../../common/review/types.ts';
import { writeFileAtomic, writeJsonAtomic } from '../fs/atomic.ts';
import type { DeskEntry } from './desk.ts';
import { reviewError } from './errors.ts';
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
  reason: string;
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

export class ReviewStore {
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
    const raw = await readJson<ArticleReview>(this.articlePath(articleId));
    if (raw && raw.format === 'dateline.article-review' && raw.articleId === articleId) return { ...raw, notes: raw.notes ?? emptyNotes(), opened: raw.opened ?? [] };
    return { format: 'dateline.article-review', formatVersion: 1, articleId, headline: '', submissions: [], decisions: [], opened: [], notes: emptyNotes() };
  }

  async hasArticle(articleId: string): Promise<boolean> {
    return !!(await stat(this.articlePath(articleId)).catch(() => null));
  }

  async writeArticle(review: ArticleReview): Promise<void> {
    await mkdir(join(this.dir, 'articles'), { recursive: true });
    await writeJsonAtomic(this.articlePath(review.articleId), review);
  }

  async listArticles(): Promise<ArticleReview[]> {
    let names: string[] = [];
    try {
      names = await readdir(join(this.dir, 'articles'));
    } catch {
      return [];
    }
    const out: ArticleReview[] = [];
    for (const n of names) if (n.endsWith('.json') && !n.startsWith('.')) out.push(await this.readArticle(n.slice(0, -5)));
    return out;
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
  async keepOwn(packageId: string, files: { manifestBytes: Buffer; signatureBytes: Buffer; articleBytes: Buffer; reviewBytes: Buffer }): Promise<void> {
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
  async retryTrustRefusals(): Promise<number> {
    let n = 0;
    for (const r of await this.refused()) {
      if (!TRUST_REASONS.has(r.reason)) continue;
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

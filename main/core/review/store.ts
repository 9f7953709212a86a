// What this machine keeps about review, in `<library>/review/`:
//   packages/<packageId>/   verified packages (manifest.json, manifest.sig, article.json,
//                           review.json, media/); our own packages without their photos
//   articles/<articleId>.json   the article's review: submissions, decisions, notes, editor's draft
//   quarantine/<q>/         one fresh folder per package read from the desk; refused ones stay
//                           with refused.json saying why
//   seen.json               desk files already taken in (name, size, time), so they are not re-read

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, Block } from '../../common/article/model.ts';
import { emptyNotes, type ReviewNotes } from '../../common/review/notes.ts';
import type { DecisionRecord, SubmissionRecord } from '../../common/review/types.ts';
import { writeFileAtomic, writeJsonAtomic } from '../fs/atomic.ts';
import type { DeskEntry } from './desk.ts';
import { reviewError } from './errors.ts';
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
}

export interface SeenRecord {
  size: number;
  modifiedMs: number;
}

const REFUSED = 'refused.json';
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

export class ReviewStore {
  constructor(readonly dir: string) {}

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

  async refuse(quarantine: string, record: RefusedRecord): Promise<void> {
    // The extracted files are of no use; the package itself stays for inspection.
    await rm(join(quarantine, 'x'), { recursive: true, force: true });
    await writeJsonAtomic(join(quarantine, REFUSED), record);
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

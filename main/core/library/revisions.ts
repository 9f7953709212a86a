// Revisions: append-only gzip snapshots of an article, one file each, never rewritten.
// The file name sorts by time and says what is inside without opening it:
//   revisions/20250105T104300123Z-v12-autosave.json.gz

import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { articleHeadline, type Article, type RevisionSummary } from '../../common/article/model.ts';
import { summarizeChanges } from '../../common/review/change-summary.ts';
import { DatelineError } from '../../common/result.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { errnoCode, mappingFsErrors } from '../fs/errors.ts';
import type { FileSystem } from '../fs/seam.ts';
import { fileStamp, REVISIONS_DIR } from './layout.ts';
import { validateArticle } from './schema.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export type RevisionReason = RevisionSummary['reason'];
const REASONS: readonly RevisionReason[] = ['autosave', 'create', 'restore', 'duplicate', 'before-restore'];

const NAME = /^(\d{8}T\d{9}Z)-v(\d+)-([a-z-]+?)(?:-(\d+))?\.json\.gz$/;
const SUFFIX = '.json.gz';

interface RevisionFile {
  format: 1;
  reason: RevisionReason;
  /** When the snapshot was taken (the article's own updatedAt says when that version was saved). */
  snapshotAt: string;
  article: Article;
}

export interface RevisionName {
  id: string;
  version: number;
  reason: RevisionReason;
}

/** Parses a revision file name; null for anything else (temp files, strangers). */
export function parseRevisionName(file: string): RevisionName | null {
  const m = NAME.exec(file);
  if (!m || !(REASONS as readonly string[]).includes(m[3])) return null;
  return { id: file.slice(0, -SUFFIX.length), version: Number(m[2]), reason: m[3] as RevisionReason };
}

// Revision files never change once written, so what was read from one stays true: listing an
// article with hundreds of revisions reads each file once per run, not on every call. A
// revision's changes are against the one before it, so they are kept under both names.
const SUMMARY_CACHE_MAX = 20_000;
const summaryCache = new Map<string, RevisionSummary>();
function remember(path: string, summary: RevisionSummary): void {
  if (summaryCache.size >= SUMMARY_CACHE_MAX) summaryCache.delete(summaryCache.keys().next().value as string);
  summaryCache.set(path, summary);
}

/** Revision storage of one article folder. */
export class Revisions {
  constructor(
    private readonly fs: FileSystem,
    private readonly articleDir: string,
  ) {}

  private get dir(): string {
    return join(this.articleDir, REVISIONS_DIR);
  }

  /** Writes a snapshot; an existing name is never replaced (a counter is appended instead). */
  async write(article: Article, reason: RevisionReason, now: Date): Promise<RevisionName> {
    const payload: RevisionFile = { format: 1, reason, snapshotAt: now.toISOString(), article };
    const data = await gzipAsync(JSON.stringify(payload), { level: 6 });
    await mappingFsErrors(() => this.fs.mkdir(this.dir, { recursive: true }));
    const base = `${fileStamp(now)}-v${article.version}-${reason}`;
    for (let n = 0; ; n++) {
      const id = n === 0 ? base : `${base}-${n}`;
      try {
        await writeFileAtomic(join(this.dir, id + SUFFIX), data, { fs: this.fs, exclusive: true });
        return { id, version: article.version, reason };
      } catch (err) {
        if (errnoCode(err) !== 'EEXIST' || n > 100) throw err;
      }
    }
  }

  /** Names of the snapshots, oldest first. */
  async names(): Promise<RevisionName[]> {
    let files: string[];
    try {
      files = await this.fs.readdir(this.dir);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return [];
      throw err;
    }
    // By stamp, then version: two snapshots of one restore share a stamp, and `v10` < `v9` as text.
    return files
      .map(parseRevisionName)
      .filter((r): r is RevisionName => r !== null)
      .sort((a, b) =>
        a.id.slice(0, 19) < b.id.slice(0, 19)
          ? -1
          : a.id.slice(0, 19) > b.id.slice(0, 19)
            ? 1
            : a.version - b.version || (a.id < b.id ? -1 : 1),
      );
  }

  /** The article stored in one snapshot; NOT_FOUND or CORRUPT when it cannot be had. */
  async read(articleId: string, revisionId: string): Promise<{ article: Article; reason: RevisionReason }> {
    const name = parseRevisionName(revisionId + SUFFIX);
    if (!name) throw new DatelineError('NOT_FOUND', { id: `${articleId}/${revisionId}` });
    let data: Buffer;
    try {
      data = await this.fs.readFile(join(this.dir, revisionId + SUFFIX));
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') throw new DatelineError('NOT_FOUND', { id: `${articleId}/${revisionId}` });
      throw err;
    }
    let payload: Partial<RevisionFile>;
    try {
      payload = JSON.parse((await gunzipAsync(data)).toString('utf8')) as Partial<RevisionFile>;
    } catch {
      throw new DatelineError('CORRUPT', { id: `${articleId}/${revisionId}` });
    }
    const parsed = validateArticle(payload.article, articleId);
    if (!parsed.ok) throw new DatelineError('CORRUPT', { id: `${articleId}/${revisionId}` });
    return { article: parsed.article, reason: name.reason };
  }

  /**
   * Summaries, newest first, each with what changed since the readable one before it;
   * unreadable snapshots are left out (they cannot be restored).
   */
  async list(articleId: string): Promise<RevisionSummary[]> {
    const out: RevisionSummary[] = [];
    const readable = async (name: RevisionName): Promise<Article | null> => {
      try {
        return (await this.read(articleId, name.id)).article;
      } catch (err) {
        if (!(err instanceof DatelineError)) throw err;
        return null;
      }
    };
    // Oldest first, so each revision is compared with the one before it. `article` is null when
    // the summary came from the cache (the file was not read this time).
    let previous: { name: RevisionName; path: string; article: Article | null } | null = null;
    for (const name of await this.names()) {
      const path = join(this.dir, name.id + SUFFIX);
      const key = `${path}|${previous?.path ?? ''}`;
      let summary = summaryCache.get(key);
      let article: Article | null = null;
      if (!summary) {
        article = await readable(name);
        if (!article) continue;
        const before = previous ? (previous.article ?? (await readable(previous.name))) : null;
        summary = {
          id: name.id,
          version: article.version,
          savedAt: article.updatedAt,
          headline: articleHeadline(article.content),
          reason: name.reason,
          changes: summarizeChanges(before, article),
        };
        remember(key, summary);
      }
      previous = { name, path, article };
      out.push(summary);
    }
    return out.reverse();
  }
}

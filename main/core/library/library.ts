// The library: articles on disk, one folder each, written atomically, with revisions and a
// trash (layout in ./layout.ts, format in docs/article-format.md). Every method is safe to call
// concurrently: operations on one article run one after another.

import { join } from 'node:path';
import { newArticleId } from '../../common/article/ids.ts';
import {
  emptyMeta,
  type Article,
  type ArticleMeta,
  type ArticleStatus,
  type ArticleSummary,
  type RevisionSummary,
} from '../../common/article/model.ts';
import type { ArticleChangeKind } from '../../common/contract/events.ts';
import { Emitter, type Unsubscribe } from '../../common/emitter.ts';
import { normalizeContent } from '../../common/article/normalize.ts';
import type { ParsedInput } from '../../common/contract/index.ts';
import type { SaveReceipt } from '../../common/contract/library.ts';
import { DatelineError } from '../../common/result.ts';
import type { Settings } from '../../common/settings.ts';
import { compareVietnamese } from '../../common/text/fold.ts';
import { nfc, nfcDeep } from '../../common/text/nfc.ts';
import { fsyncDir, writeJsonAtomic } from '../fs/atomic.ts';
import { errnoCode, mappingFsErrors } from '../fs/errors.ts';
import { nodeFs, type FileSystem } from '../fs/seam.ts';
import { silentLogger } from '../logger.ts';
import type { Logger } from '../logger.ts';
import { ARTICLE_FILE, checkArticleId, fileStamp, folderOf, indexFile, MEDIA_DIR, REVISIONS_DIR, shelfDir, type Shelf } from './layout.ts';
import { ListCache } from './list-cache.ts';
import { findLitter, removeLitter, type ArticleLitter, type LitterGuards } from './litter.ts';
import { Revisions, type RevisionReason } from './revisions.ts';
import { parseArticle, unreadableError, type Unreadable } from './schema.ts';
import { corruptSummary, summaryOf } from './summary.ts';
import { KeyedQueue } from '../keyed-queue.ts';

export interface LibraryOptions {
  /** The library folder; created on the first write. */
  dir: string;
  /** Read at each create, so a settings change applies at once. */
  settings: () => Settings;
  clock?: () => Date;
  logger?: Logger;
  /** The file-system seam (tests inject faults). */
  fs?: FileSystem;
  /** The least time between two autosave snapshots of one article (default 2 minutes). */
  revisionIntervalMs?: number;
  /** How long the list cache waits after a change before it is written (default 3 s). */
  cacheFlushDelayMs?: number;
  /**
   * The review status a saved version has (the review service's rule, wired in main/core/app.ts),
   * so a save that voids an approval is still one write of article.json. Default: it keeps its status.
   */
  statusOnSave?: (next: Article) => Promise<ArticleStatus>;
}

/** One change to an article in the library, told to the subscribers of Library.onChange after it is on disk. */
export interface ArticleChange {
  articleId: string;
  kind: ArticleChangeKind;
  /** The article's version after the change. */
  version: number;
  /** Its review status after the change. */
  status?: ArticleStatus;
}

type ListOptions = ParsedInput<'library.list'>;
type SaveInput = ParsedInput<'library.save'>;

/** What is on disk for one article folder. */
type Current = { state: 'ok'; article: Article } | { state: 'unreadable'; problem: Unreadable } | { state: 'missing' };

interface Known {
  article: Article;
  mtimeMs: number;
  size: number;
}

const KNOWN_MAX = 64;
const STAT_CONCURRENCY = 64;

/** Runs fn over items with at most `limit` in flight. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export class Library {
  readonly dir: string;
  private readonly fs: FileSystem;
  private readonly clock: () => Date;
  private readonly logger: Logger;
  private readonly settings: () => Settings;
  private readonly revisionIntervalMs: number;
  private readonly cache: ListCache;
  private readonly queue = new KeyedQueue();
  /** Articles read or written in this session, reused while their file's mtime and size hold. */
  private readonly known = new Map<string, Known>();
  /** The last snapshot this session took of each article. */
  private readonly snapshots = new Map<string, { at: number; version: number }>();
  private readonly swept = new Set<string>();
  private readonly changes: Emitter<{ change: ArticleChange }>;
  private readonly statusOnSave: NonNullable<LibraryOptions['statusOnSave']> | null;
  private closed = false;

  constructor(options: LibraryOptions) {
    this.dir = options.dir;
    this.fs = options.fs ?? nodeFs;
    this.clock = options.clock ?? (() => new Date());
    this.logger = options.logger ?? silentLogger;
    this.settings = options.settings;
    this.revisionIntervalMs = options.revisionIntervalMs ?? 120_000;
    this.cache = new ListCache(this.fs, indexFile(this.dir), this.logger, options.cacheFlushDelayMs ?? 3_000);
    this.statusOnSave = options.statusOnSave ?? null;
    this.changes = new Emitter((_, err) => this.logger.warn('library change listener failed', { error: String(err) }));
  }

  /**
   * Calls `listener` after each change to an article is on disk (search, review and the push
   * channel subscribe in main/core/app.ts); returns the unsubscribe. Every method that writes an
   * article tells it here, so a new one needs no list elsewhere.
   */
  onChange(listener: (change: ArticleChange) => void): Unsubscribe {
    return this.changes.on('change', listener);
  }

  private changed(article: Pick<Article, 'id' | 'version' | 'status'>, kind: ArticleChangeKind): void {
    this.changes.emit('change', { articleId: article.id, kind, version: article.version, status: article.status });
  }

  /** The folder of a live article (articles/<id>), for the media and export services. */
  articleDir(id: string): string {
    return folderOf(this.dir, 'articles', id);
  }

  /** The folder of a live article, after checking it exists: NOT_FOUND otherwise (also when trashed). */
  async existingArticleDir(id: string): Promise<string> {
    const dir = this.articleDir(id);
    const st = await this.fs.stat(dir).catch(() => null);
    if (!st?.isDirectory()) throw new DatelineError('NOT_FOUND', { id });
    return dir;
  }

  /** Whether the library holds this article (not counting the trash). */
  async has(id: string): Promise<boolean> {
    return this.existingArticleDir(id).then(
      () => true,
      () => false,
    );
  }

  /**
   * Records the review status (submitted, returned, approved). The version and updatedAt stay:
   * a status is not an edit, and an editor open on the article must not get a conflict from it.
   */
  setStatus(id: string, status: Article['status']): Promise<Article> {
    checkArticleId(id);
    return this.exclusive(id, async () => {
      const cur = await this.readCurrent('articles', id);
      if (cur.state === 'missing') throw new DatelineError('NOT_FOUND', { id });
      if (cur.state === 'unreadable') throw await this.unreadable('articles', id, cur.problem);
      if (cur.article.status === status) return cur.article;
      const next: Article = { ...cur.article, status };
      await this.writeArticle('articles', next);
      this.changed(next, 'status');
      return next;
    });
  }

  /** Summaries of the live articles or of the trash, sorted by last change or by headline. */
  async list(options: ListOptions): Promise<{ items: ArticleSummary[]; total: number }> {
    const shelf: Shelf = options.trash ? 'trash' : 'articles';
    await this.cache.load();
    let names: string[];
    try {
      names = await this.fs.readdir(shelfDir(this.dir, shelf));
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') names = [];
      else throw err;
    }
    const ids = names.filter((n) => {
      try {
        return checkArticleId(n) === n;
      } catch {
        return false;
      }
    });
    const found = await mapLimit(ids, STAT_CONCURRENCY, (id) => this.listEntry(shelf, id));
    const items = found.filter((s): s is ArticleSummary => s !== null);
    const present = new Set(ids.map((id) => `${shelf}/${id}`));
    for (const key of this.cache.keys(`${shelf}/`)) if (!present.has(key)) this.cache.delete(key);

    if (options.sort === 'headline') {
      items.sort((a, b) => compareVietnamese(a.headline, b.headline) || (a.id < b.id ? -1 : 1));
    } else {
      items.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : -1));
    }
    return { items: items.slice(options.offset, options.offset + options.limit), total: items.length };
  }

  /** One folder's summary, from the cache when its article.json is unchanged; null if not an article. */
  private async listEntry(shelf: Shelf, id: string): Promise<ArticleSummary | null> {
    const key = `${shelf}/${id}`;
    const file = join(folderOf(this.dir, shelf, id), ARTICLE_FILE);
    let st;
    try {
      st = await this.fs.stat(file);
    } catch (err) {
      const code = errnoCode(err);
      if (code === 'ENOTDIR') return null; // a file named like an article: not ours
      if (code !== 'ENOENT') {
        // Unreadable (permissions, I/O error): listed and flagged, never a failed list.
        this.logger.warn('article not readable', { id, error: String(err) });
        return corruptSummary(id, shelf, Date.now());
      }
      // No article.json: an interrupted create (nothing to show), or a lost file with revisions.
      const revisions = await new Revisions(this.fs, folderOf(this.dir, shelf, id)).names().catch(() => []);
      this.cache.delete(key);
      return revisions.length ? corruptSummary(id, shelf, Date.now()) : null;
    }
    const cached = this.cache.get(key);
    if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached.summary;
    let summary: ArticleSummary;
    try {
      const parsed = parseArticle(await this.fs.readFile(file, 'utf8'), id);
      summary = parsed.ok ? summaryOf(parsed.article, shelf) : corruptSummary(id, shelf, st.mtimeMs);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null;
      this.logger.warn('article not readable', { id, error: String(err) });
      summary = corruptSummary(id, shelf, st.mtimeMs);
    }
    this.cache.set(key, { mtimeMs: st.mtimeMs, size: st.size, summary });
    return summary;
  }

  /** A new article: headline, sapo with the paper's prefix, one empty paragraph, byline from settings. */
  async create(input: { headline?: string } = {}): Promise<Article> {
    const settings = this.settings();
    const now = this.clock();
    const id = newArticleId(now.getTime());
    const prefix = nfc(settings.paperPrefix.trim());
    const meta: ArticleMeta = emptyMeta();
    const name = nfc(settings.reporterName.trim());
    const place = nfc(settings.reporterPlace.trim());
    meta.byline = { role: 'bai-anh', people: name ? [{ name }] : [], ...(place ? { place } : {}) };
    const article: Article = {
      schemaVersion: 1,
      id,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      status: 'draft',
      meta,
      content: normalizeContent([
        { type: 'headline', children: [{ text: input.headline ?? '' }] },
        { type: 'sapo', children: [{ text: prefix ? `${prefix} - ` : '' }] },
        { type: 'paragraph', children: [{ text: '' }] },
      ]),
    };
    return this.exclusive(id, async () => {
      const dir = this.articleDir(id);
      try {
        await mappingFsErrors(async () => {
          await this.fs.mkdir(join(dir, REVISIONS_DIR), { recursive: true });
          await this.fs.mkdir(join(dir, MEDIA_DIR), { recursive: true });
        });
        await this.writeArticle('articles', article);
      } catch (err) {
        // Leave no half-made folder behind (it would hold nothing of the reporter's).
        await this.fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
        throw err;
      }
      await this.snapshot(article, 'create', now, false);
      this.changed(article, 'created');
      return article;
    });
  }

  /** The article, from the library or the trash; CORRUPT (with its revisions) when its file is damaged. */
  async get(id: string): Promise<Article> {
    checkArticleId(id);
    // Opening an article sweeps its litter in the background (once per session), before its next write.
    if (!this.swept.has(id) && !this.closed) void this.exclusive(id, async () => undefined).catch(() => undefined);
    for (const shelf of ['articles', 'trash'] as const) {
      const cur = await this.readCurrent(shelf, id);
      if (cur.state === 'ok') return cur.article;
      if (cur.state === 'unreadable') throw await this.unreadable(shelf, id, cur.problem);
    }
    throw new DatelineError('NOT_FOUND', { id });
  }

  /** Saves new content (and metadata) as the next version; CONFLICT if the disk moved past baseVersion. */
  save(input: SaveInput): Promise<SaveReceipt> {
    const id = checkArticleId(input.id);
    return this.exclusive(id, async () => {
      const now = this.clock();
      const cur = await this.readCurrent('articles', id);
      if (cur.state === 'missing') throw new DatelineError('NOT_FOUND', { id });
      let base: Article;
      if (cur.state === 'ok') {
        if (input.baseVersion !== undefined && cur.article.version > input.baseVersion) {
          throw new DatelineError('CONFLICT', { version: cur.article.version }, { version: cur.article.version });
        }
        base = cur.article;
        await this.autosaveSnapshot(cur.article, now);
      } else {
        if (cur.problem.kind === 'newer') throw await this.unreadable('articles', id, cur.problem);
        // The damaged file is kept beside the new one: the reporter's text wins, nothing is lost.
        base = await this.recoveryBase(id, now, input.baseVersion ?? 0);
        await this.keepDamaged(id, now);
        this.logger.warn('saved over a damaged article.json (kept beside it)', { id });
      }
      const next: Article = {
        ...base,
        version: base.version + 1,
        updatedAt: now.toISOString(),
        meta: input.meta ? nfcDeep({ ...base.meta, ...input.meta }) : base.meta,
        content: normalizeContent(input.content),
      };
      next.status = await this.savedStatus(next);
      // One write: the new text and the status it leaves the article in (an edit voids an approval).
      await this.writeArticle('articles', next);
      this.changed(next, 'saved');
      if (next.status !== base.status) this.changed(next, 'status');
      return { id, version: next.version, savedAt: next.updatedAt };
    });
  }

  /** A copy as a new draft (new id, version 1), sharing the original's photos. */
  async duplicate(id: string): Promise<Article> {
    const source = await this.get(id);
    const sourceDir = folderOf(this.dir, await this.shelfOf(id), id);
    const now = this.clock();
    const copyId = newArticleId(now.getTime());
    const copy: Article = {
      ...source,
      id: copyId,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      status: 'draft',
    };
    return this.exclusive(copyId, async () => {
      const dir = this.articleDir(copyId);
      try {
        await mappingFsErrors(async () => {
          await this.fs.mkdir(join(dir, REVISIONS_DIR), { recursive: true });
          await this.copyMedia(join(sourceDir, MEDIA_DIR), join(dir, MEDIA_DIR));
        });
        await this.writeArticle('articles', copy);
      } catch (err) {
        await this.fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
        throw err;
      }
      await this.snapshot(copy, 'duplicate', now, false);
      this.changed(copy, 'created');
      return copy;
    });
  }

  /** Moves an article folder to the trash, whole. */
  trash(id: string): Promise<ArticleSummary> {
    return this.move(id, 'articles', 'trash');
  }

  /** Brings an article back from the trash. */
  restore(id: string): Promise<ArticleSummary> {
    return this.move(id, 'trash', 'articles');
  }

  /** The article's revisions, newest first. */
  async revisions(id: string): Promise<RevisionSummary[]> {
    const shelf = await this.shelfOf(id);
    return new Revisions(this.fs, folderOf(this.dir, shelf, id)).list(id);
  }

  /** The article as one revision stored it. */
  async getRevision(id: string, revisionId: string): Promise<Article> {
    const shelf = await this.shelfOf(id);
    return (await new Revisions(this.fs, folderOf(this.dir, shelf, id)).read(id, revisionId)).article;
  }

  /** Makes a revision the current article (as a new version), snapshotting the current state first. */
  restoreRevision(id: string, revisionId: string): Promise<Article> {
    checkArticleId(id);
    return this.exclusive(id, async () => {
      const now = this.clock();
      const revisions = new Revisions(this.fs, this.articleDir(id));
      const cur = await this.readCurrent('articles', id);
      if (cur.state === 'missing') throw new DatelineError('NOT_FOUND', { id });
      const { article: old } = await revisions.read(id, revisionId);
      if (cur.state === 'unreadable') {
        if (cur.problem.kind === 'newer') throw await this.unreadable('articles', id, cur.problem);
        await this.keepDamaged(id, now);
      } else {
        // Must succeed: restoring would otherwise replace the only copy of the current state.
        await this.snapshot(cur.article, 'before-restore', now, true);
      }
      const versions = (await revisions.names()).map((n) => n.version);
      const current = cur.state === 'ok' ? cur.article : undefined;
      const next: Article = {
        ...old,
        id,
        version: Math.max(current?.version ?? 0, ...versions) + 1,
        createdAt: current?.createdAt ?? old.createdAt,
        status: current?.status ?? old.status,
        updatedAt: now.toISOString(),
      };
      next.status = await this.savedStatus(next);
      await this.writeArticle('articles', next);
      await this.snapshot(next, 'restore', now, false);
      this.changed(next, 'saved');
      if (next.status !== (current?.status ?? old.status)) this.changed(next, 'status');
      return next;
    });
  }

  /** The status a new version is written with; the rule failing keeps the old one (the text is never held back). */
  private async savedStatus(next: Article): Promise<ArticleStatus> {
    if (!this.statusOnSave) return next.status;
    try {
      return await this.statusOnSave(next);
    } catch (err) {
      this.logger.warn('review status not recomputed on save', { id: next.id, error: String(err) });
      return next.status;
    }
  }

  /** Writes the list cache and waits for every running operation. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue.settled();
    await this.cache.flush();
  }

  // ——— internals ———

  /** Runs operations on one article one after another (autosave and a manual save may overlap). */
  private exclusive<T>(id: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new DatelineError('INTERNAL', { detail: 'the library is closed' }));
    return this.queue.run(id, async () => {
      await this.sweep(id);
      return fn();
    });
  }

  /**
   * What a crash left in a live article's folder (litter.ts): temp files of dead writers and, past
   * the age guard, photos no version of the article uses.
   */
  async litter(id: string, guards?: Partial<LitterGuards>): Promise<ArticleLitter> {
    const dir = this.articleDir(id);
    return findLitter(dir, {
      fs: this.fs,
      now: this.clock(),
      ...(guards ? { guards } : {}),
      current: async () => {
        const current = await this.readCurrent('articles', id);
        return current.state === 'ok' ? current.article : null;
      },
      others: async () => {
        const revisions = new Revisions(this.fs, dir);
        const out: Article[] = [];
        for (const name of await revisions.names()) out.push((await revisions.read(id, name.id)).article);
        return out;
      },
    });
  }

  /** Sweeps an article's litter once per session, before its first operation; a failure only skips the sweep. */
  private async sweep(id: string): Promise<void> {
    if (this.swept.has(id)) return;
    this.swept.add(id);
    try {
      const litter = await this.litter(id);
      if (!litter.temp.length && !litter.orphans.length) return;
      this.logger.info('litter swept', { id, temp: litter.temp.length, orphans: litter.orphans.map((o) => o.assetId) });
      await removeLitter(this.fs, litter);
    } catch (err) {
      this.logger.warn('litter sweep skipped', { id, error: String(err) });
    }
  }

  private async readCurrent(shelf: Shelf, id: string): Promise<Current> {
    const dir = folderOf(this.dir, shelf, id);
    const file = join(dir, ARTICLE_FILE);
    const key = `${shelf}/${id}`;
    let st;
    try {
      st = await this.fs.stat(file);
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') throw err;
      const folder = await this.fs.stat(dir).catch(() => null);
      return folder?.isDirectory()
        ? { state: 'unreadable', problem: { kind: 'corrupt', reason: 'article.json is missing' } }
        : { state: 'missing' };
    }
    const known = this.known.get(key);
    if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) return { state: 'ok', article: known.article };
    const handle = await this.fs.open(file, 'r');
    let text: string;
    try {
      // The stat of the open file matches the text we read, even if someone replaces it meanwhile.
      st = await handle.stat();
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
    const parsed = parseArticle(text, id);
    if (!parsed.ok) {
      this.known.delete(key);
      return { state: 'unreadable', problem: parsed.problem };
    }
    this.remember(key, { article: parsed.article, mtimeMs: st.mtimeMs, size: st.size });
    return { state: 'ok', article: parsed.article };
  }

  private remember(key: string, known: Known): void {
    this.known.delete(key);
    this.known.set(key, known);
    if (this.known.size > KNOWN_MAX) this.known.delete(this.known.keys().next().value as string);
  }

  private async writeArticle(shelf: Shelf, article: Article): Promise<void> {
    const key = `${shelf}/${article.id}`;
    const stored = nfcDeep(article);
    const written = await writeJsonAtomic(join(folderOf(this.dir, shelf, article.id), ARTICLE_FILE), stored, { fs: this.fs });
    this.remember(key, { article: stored, ...written });
    if (this.cache.loaded) this.cache.set(key, { ...written, summary: summaryOf(stored, shelf) });
  }

  /** Before a save: the state being replaced becomes a revision on the session's first save, then every interval. */
  private async autosaveSnapshot(current: Article, now: Date): Promise<void> {
    const last = this.snapshots.get(current.id);
    if (last && now.getTime() - last.at < this.revisionIntervalMs) return;
    const dir = this.articleDir(current.id);
    const lastVersion = last?.version ?? (await new Revisions(this.fs, dir).names().catch(() => [])).at(-1)?.version;
    if (lastVersion === current.version) {
      this.snapshots.set(current.id, { at: now.getTime(), version: current.version });
      return;
    }
    await this.snapshot(current, 'autosave', now, false);
  }

  /** Writes a revision; when `required` is false a failure is logged and the next save retries. */
  private async snapshot(article: Article, reason: RevisionReason, now: Date, required: boolean): Promise<void> {
    try {
      await new Revisions(this.fs, this.articleDir(article.id)).write(article, reason, now);
      this.snapshots.set(article.id, { at: now.getTime(), version: article.version });
    } catch (err) {
      if (required) throw err;
      this.logger.warn('revision not written', { id: article.id, reason, error: String(err) });
    }
  }

  /** What a save over a damaged file builds on: the newest readable revision, else a blank article. */
  private async recoveryBase(id: string, now: Date, baseVersion: number): Promise<Article> {
    const revisions = new Revisions(this.fs, this.articleDir(id));
    const names = await revisions.names();
    const maxVersion = Math.max(baseVersion, ...names.map((n) => n.version));
    for (const name of names.reverse()) {
      try {
        const { article } = await revisions.read(id, name.id);
        return { ...article, version: maxVersion };
      } catch {
        // An unreadable revision: try the one before.
      }
    }
    return {
      schemaVersion: 1,
      id,
      version: maxVersion,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      status: 'draft',
      meta: emptyMeta(),
      content: [],
    };
  }

  /** Keeps a damaged article.json beside the new one as article.json.corrupt-<stamp>. */
  private async keepDamaged(id: string, now: Date): Promise<void> {
    const file = join(this.articleDir(id), ARTICLE_FILE);
    const kept = `${file}.corrupt-${fileStamp(now)}`;
    await mappingFsErrors(async () => {
      try {
        // A hard link keeps the damaged bytes when the rename replaces article.json: no copy, no gap.
        await this.fs.link(file, kept);
      } catch (err) {
        const code = errnoCode(err);
        if (code === 'ENOENT') return;
        if (code === 'EEXIST') return;
        await this.fs.copyFile(file, kept);
      }
    });
  }

  private async unreadable(shelf: Shelf, id: string, problem: Unreadable): Promise<DatelineError> {
    const revisions = await new Revisions(this.fs, folderOf(this.dir, shelf, id)).list(id).catch(() => []);
    return unreadableError(id, problem, revisions);
  }

  private async shelfOf(id: string): Promise<Shelf> {
    for (const shelf of ['articles', 'trash'] as const) {
      const st = await this.fs.stat(folderOf(this.dir, shelf, id)).catch(() => null);
      if (st?.isDirectory()) return shelf;
    }
    throw new DatelineError('NOT_FOUND', { id });
  }

  /** Links (or copies) the originals; derived files are re-created on demand. */
  private async copyMedia(from: string, to: string): Promise<void> {
    await this.fs.mkdir(to, { recursive: true });
    let entries;
    try {
      entries = await this.fs.readdir(from, { withFileTypes: true });
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return;
      throw err;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const src = join(from, entry.name);
      const dst = join(to, entry.name);
      // Originals are never modified, so sharing the inode is safe and costs no space.
      await this.fs.link(src, dst).catch(() => this.fs.copyFile(src, dst));
    }
  }

  private move(id: string, from: Shelf, to: Shelf): Promise<ArticleSummary> {
    checkArticleId(id);
    return this.exclusive(id, async () => {
      await mappingFsErrors(async () => {
        await this.fs.mkdir(shelfDir(this.dir, to), { recursive: true });
        try {
          await this.fs.rename(folderOf(this.dir, from, id), folderOf(this.dir, to, id));
        } catch (err) {
          if (errnoCode(err) === 'ENOENT') throw new DatelineError('NOT_FOUND', { id });
          throw err;
        }
        await fsyncDir(this.fs, shelfDir(this.dir, from));
        await fsyncDir(this.fs, shelfDir(this.dir, to));
      });
      this.known.delete(`${from}/${id}`);
      this.cache.delete(`${from}/${id}`);
      const cur = await this.readCurrent(to, id);
      const summary = cur.state === 'ok' ? summaryOf(cur.article, to) : corruptSummary(id, to, Date.now());
      this.changed({ id, version: summary.version, status: summary.status }, to === 'trash' ? 'trashed' : 'restored');
      return summary;
    });
  }
}

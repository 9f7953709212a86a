// Keeps the search index in step with the library and on disk. At the first search it loads
// <lib>/.dateline/search.json (a cache, always re-creatable), compares every article's stamp
// with the library's list and reads only the articles that changed. After that, the methods that
// change an article reach it through the Library's change events (followLibrary in ./handlers.ts), and a search more than `staleMs`
// after the last full check starts another in the background, which catches edits made outside
// Dateline.

import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, ArticleSummary } from '../../common/article/model.ts';
import type { ParsedInput } from '../../common/contract/index.ts';
import type { SearchResults } from '../../common/contract/search.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { silentLogger } from '../logger.ts';
import type { Logger } from '../logger.ts';
import { createSearchIndex, documentOf, loadSearchIndex, stampOf, type SearchIndex, type SearchOptions } from './search-index.ts';
import { makeSnippet } from './snippet.ts';
import { parseQuery } from './terms.ts';

/** Where the index is kept inside a library folder. */
export const searchFile = (libraryDir: string): string => join(libraryDir, '.dateline', 'search.json');

const READ_CONCURRENCY = 8;

/** What the service needs of the library (main/core/library/library.ts fits). */
export interface ArticleSource {
  list(options: ParsedInput<'library.list'>): Promise<{ items: ArticleSummary[] }>;
  get(id: string): Promise<Article>;
  /** Whether the article is live (not trashed, not gone). */
  has(id: string): Promise<boolean>;
}

export interface SearchServiceOptions {
  libraryDir: string;
  source: ArticleSource;
  logger?: Logger;
  clock?: () => Date;
  /** How old the last full check may be before a search starts another (default 30 s). */
  staleMs?: number;
  /** Keep the index in search.json between sessions (default true). */
  persist?: boolean;
}

export interface SyncReport {
  indexed: number;
  read: number;
  removed: number;
  failed: number;
  ms: number;
}

export class SearchService {
  private index: SearchIndex = createSearchIndex();
  private readonly source: ArticleSource;
  private readonly logger: Logger;
  private readonly clock: () => Date;
  private readonly staleMs: number;
  private readonly file: string | null;
  private starting: Promise<void> | null = null;
  private isReady = false;
  private syncing: Promise<SyncReport> | null = null;
  private lastSync = -Infinity;
  /** Articles changed while not ready, or during a full check: read again afterwards. */
  private readonly pending = new Set<string>();
  private dirty = false;
  private closed = false;
  private writing: Promise<void> = Promise.resolve();
  private readonly tickets = new Map<string, number>();
  private lastTicket = 0;
  /** Re-reads started by touch(): a search waits for them, a save does not. */
  private readonly refreshing = new Set<Promise<void>>();

  constructor(options: SearchServiceOptions) {
    this.source = options.source;
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? (() => new Date());
    this.staleMs = options.staleMs ?? 30_000;
    this.file = options.persist === false ? null : searchFile(options.libraryDir);
  }

  /** Loads the saved index and brings it up to date with the library; once. */
  ready(): Promise<void> {
    this.starting ??= (async () => {
      await this.load();
      await this.sync();
      this.isReady = true;
      await this.flushPending();
    })().catch((err: unknown) => {
      // The library could not be listed (a disk error): the next search tries again.
      this.starting = null;
      throw err;
    });
    return this.starting;
  }

  /** Starts ready() in the background (e.g. once the window is up), so the first search is quick. */
  warm(): void {
    this.ready().catch((err) => this.logger.warn('search index not ready', { error: String(err) }));
  }

  /** Searches the library; the first call waits for the index. */
  async search(options: SearchOptions): Promise<SearchResults> {
    await this.ready();
    if (this.refreshing.size) await Promise.all(this.refreshing);
    if (!this.syncing && this.clock().getTime() - this.lastSync > this.staleMs && !this.closed) {
      this.sync().catch((err) => this.logger.warn('search sync failed', { error: String(err) }));
    }
    const results = this.index.search(options);
    // The index keeps the sapo, not the body: a hit that matched in the body gets its snippet
    // from the article itself (one page of reads, which the library serves from its cache).
    const q = parseQuery(options.query);
    if (!q.words.length) return results;
    await Promise.all(
      results.items.map(async (hit, i) => {
        if (hit.marks.length) return;
        try {
          const body = documentOf(await this.source.get(hit.id)).fields.body;
          const snippet = makeSnippet(body, q.words, q.lastIsPrefix);
          if (snippet.marks.length) results.items[i] = { ...hit, snippet: snippet.text, marks: snippet.marks };
        } catch {
          // Unreadable since it was indexed: the sapo's snippet stays.
        }
      }),
    );
    return results;
  }

  /**
   * Reads one article again after a change (or drops it when trashed or gone); never throws.
   * The next search waits for it, so the caller need not.
   */
  touch(id: string): Promise<void> {
    if (!this.isReady || this.syncing) {
      // The running full check may have listed the library before this change.
      this.pending.add(id);
      if (!this.isReady) return Promise.resolve();
    }
    const done = this.refresh(id).finally(() => this.refreshing.delete(done));
    this.refreshing.add(done);
    return done;
  }

  /** Compares the index with the library's list and reads what changed. */
  sync(): Promise<SyncReport> {
    this.syncing ??= this.runSync().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  /** How many articles are indexed. */
  get size(): number {
    return this.index.size;
  }

  /** Waits for running work and writes search.json if it changed. */
  async close(): Promise<void> {
    this.closed = true;
    await this.syncing?.catch(() => undefined);
    await Promise.all(this.refreshing);
    await this.writing;
    if (this.dirty) await this.persist();
  }

  // ——— internals ———

  private async runSync(): Promise<SyncReport> {
    const t0 = performance.now();
    const { items } = await this.source.list({ sort: 'changed', trash: false, offset: 0, limit: 100_000 });
    const live = new Map<string, ArticleSummary>();
    for (const s of items) live.set(s.id, s);
    let removed = 0;
    for (const id of this.index.ids()) {
      if (!live.has(id) && !this.pending.has(id)) {
        this.index.remove(id);
        removed++;
      }
    }
    // A damaged article keeps what was indexed of it, so the reporter can still find it and
    // restore a revision; there is nothing newer to read.
    const stale = [...live.values()].filter((s) => !s.corrupt && this.index.stamp(s.id) !== stampOf(s)).map((s) => s.id);
    let failed = 0;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < stale.length) {
        const id = stale[next++];
        try {
          this.index.update(await this.source.get(id));
        } catch (err) {
          failed++;
          this.index.remove(id);
          this.logger.warn('article not indexed', { id, error: String(err) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, stale.length) }, worker));
    if (removed || stale.length) this.dirty = true;
    // Reading a whole library grew every word list in steps: give the spare room back.
    if (stale.length > 100) this.index.trim();
    this.lastSync = this.clock().getTime();
    if (this.isReady) await this.flushPending();
    if (this.dirty && !this.closed) this.persistSoon();
    return { indexed: this.index.size, read: stale.length, removed, failed, ms: Math.round(performance.now() - t0) };
  }

  private async flushPending(): Promise<void> {
    const ids = [...this.pending];
    this.pending.clear();
    for (const id of ids) await this.refresh(id);
  }

  private async refresh(id: string): Promise<void> {
    // Two quick saves start two reads; only the last one started may write the index, or a
    // slow first read could put the older text back.
    const ticket = ++this.lastTicket;
    this.tickets.set(id, ticket);
    try {
      const live = await this.source.has(id);
      const article = live ? await this.source.get(id) : null;
      if (this.tickets.get(id) !== ticket) return;
      this.tickets.delete(id);
      if (article) this.index.update(article);
      else this.index.remove(id);
    } catch (err) {
      // Unreadable now: the next full check decides.
      this.logger.warn('article not re-indexed', { id, error: String(err) });
    }
    this.dirty = true;
  }

  private async load(): Promise<void> {
    if (!this.file) return;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return; // No saved index yet: the first sync builds it.
    }
    try {
      this.index = loadSearchIndex(text);
    } catch (err) {
      // A damaged cache is rebuilt from the articles; nothing of the reporter's is in it.
      this.logger.warn('search index unreadable: rebuilding', { error: String(err) });
      this.index = createSearchIndex();
    }
  }

  private persistSoon(): void {
    this.writing = this.writing.then(() => this.persist());
  }

  private async persist(): Promise<void> {
    if (!this.file) return;
    this.dirty = false;
    try {
      const json = this.index.serialize();
      await mkdir(dirname(this.file), { recursive: true });
      // A cache: no fsync, a crash at worst costs a rebuild.
      await writeFileAtomic(this.file, json, { durable: false });
    } catch (err) {
      this.dirty = true;
      this.logger.warn('search index not saved', { error: String(err) });
    }
  }
}

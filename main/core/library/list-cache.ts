// The list cache (.dateline/index.json): each article folder's summary with the mtime and size
// of the article.json it came from. A list re-reads only files whose mtime or size changed, so
// an edit made outside Dateline is seen, and a missing or damaged cache is simply rebuilt.
// It is a cache: written without fsync, and losing it costs one slower list.

import { dirname, join } from 'node:path';
import type { ArticleSummary } from '../../common/article/model.ts';
import { isAlive, parseTempName, writeFileAtomic } from '../fs/atomic.ts';
import type { FileSystem } from '../fs/seam.ts';
import type { Logger } from '../logger.ts';

export interface CacheEntry {
  mtimeMs: number;
  size: number;
  summary: ArticleSummary;
}

// 2: summaries carry the byline and the publish time (a format-1 cache is rebuilt).
const FORMAT = 2;

interface CacheFile {
  format: number;
  entries: [key: string, mtimeMs: number, size: number, summary: ArticleSummary][];
}

export class ListCache {
  private readonly entries = new Map<string, CacheEntry>();
  private loading: Promise<void> | null = null;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly fs: FileSystem,
    private readonly file: string,
    private readonly logger: Logger,
    private readonly flushDelayMs: number,
  ) {}

  get loaded(): boolean {
    return this.loading !== null;
  }

  /** Reads the cache file once; a missing or unreadable one leaves the cache empty. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      await this.sweep();
      try {
        const data = JSON.parse(await this.fs.readFile(this.file, 'utf8')) as Partial<CacheFile>;
        if (data.format !== FORMAT || !Array.isArray(data.entries)) return;
        for (const e of data.entries) {
          if (
            Array.isArray(e) &&
            typeof e[0] === 'string' &&
            typeof e[1] === 'number' &&
            typeof e[2] === 'number' &&
            e[3] &&
            typeof e[3].id === 'string'
          ) {
            this.entries.set(e[0], { mtimeMs: e[1], size: e[2], summary: e[3] });
          }
        }
      } catch {
        // Missing or damaged: the next list rebuilds it from the articles themselves.
      }
    })();
    return this.loading;
  }

  /** Removes cache temp files of writers that died mid-flush. */
  private async sweep(): Promise<void> {
    const dir = dirname(this.file);
    const names = await this.fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const tmp = parseTempName(name);
      if (tmp && tmp.pid !== process.pid && !isAlive(tmp.pid)) await this.fs.unlink(join(dir, name)).catch(() => undefined);
    }
  }

  get(key: string): CacheEntry | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: CacheEntry): void {
    this.entries.set(key, entry);
    this.touch();
  }

  delete(key: string): void {
    if (this.entries.delete(key)) this.touch();
  }

  /** Keys under a prefix (`articles/`, `trash/`). */
  keys(prefix: string): string[] {
    return [...this.entries.keys()].filter((k) => k.startsWith(prefix));
  }

  private touch(): void {
    this.dirty = true;
    if (this.timer || !this.loaded) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.flushDelayMs);
    // A pending cache write must never keep a CLI run alive.
    this.timer.unref();
  }

  /** Writes the cache now if it changed. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.flushing = this.flushing.then(async () => {
      if (!this.dirty || !this.loaded) return;
      this.dirty = false;
      const data: CacheFile = { format: FORMAT, entries: [...this.entries].map(([k, e]) => [k, e.mtimeMs, e.size, e.summary]) };
      try {
        await this.fs.mkdir(dirname(this.file), { recursive: true });
        await writeFileAtomic(this.file, JSON.stringify(data), { fs: this.fs, durable: false });
      } catch (err) {
        this.dirty = true;
        this.logger.warn('list cache not written', { error: String(err) });
      }
    });
    return this.flushing;
  }
}

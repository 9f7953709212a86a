// Autosave: the article reaches the disk within a second of the last keystroke, and typing never
// waits for it. A change only records the latest content and (re)arms a timer; one save is in
// flight at a time and whatever was typed meanwhile goes in the next one. A failed save keeps the
// content in memory and tries again with growing pauses when trying again can help (disk full,
// read-only folder, unexpected error, host unreachable).

import type { SaveReceipt } from '../../main/common/contract/library.ts';
import type { ErrorCode, ErrorInfo, Result } from '../../main/common/result.ts';

export type SaveState =
  | { kind: 'saved'; version: number }
  /** Changes not written yet (a save is due, or one is in flight). */
  | { kind: 'saving' }
  /** Not written; `retryInMs` is when the next attempt happens, null when none is planned. */
  | { kind: 'failed'; error: ErrorInfo; retryInMs: number | null }
  /** The article changed on disk since it was opened: the user decides. */
  | { kind: 'conflict'; error: ErrorInfo };

export interface SaverOptions<C> {
  save: (content: C, baseVersion: number | undefined) => Promise<Result<SaveReceipt>>;
  /** The article's version when it was opened. */
  version: number;
  /** Quiet time after the last change before saving (default 600 ms). */
  debounceMs?: number;
  /** Longest a run of continuous typing goes unsaved (default 3 s). */
  maxWaitMs?: number;
  /** Pauses between retries, the last one repeating (default 1, 2, 4, 8, 15, 30 s). */
  backoffMs?: readonly number[];
  /**
   * Folds a change into the one still waiting (default: the newer replaces it). The article's
   * Saver carries content and metadata, and a content change must not drop waiting metadata.
   */
  merge?: (older: C, newer: C) => C;
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['DISK_FULL', 'READ_ONLY', 'INTERNAL']);

export class Saver<C> {
  private state: SaveState;
  private pending: C | null = null;
  private inFlight: Promise<void> | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private maxWait: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private baseVersion: number | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly backoffMs: readonly number[];
  private disposed = false;

  constructor(private readonly options: SaverOptions<C>) {
    this.baseVersion = options.version;
    this.state = { kind: 'saved', version: options.version };
    this.debounceMs = options.debounceMs ?? 600;
    this.maxWaitMs = options.maxWaitMs ?? 3000;
    this.backoffMs = options.backoffMs ?? [1000, 2000, 4000, 8000, 15000, 30000];
  }

  /** The content changed: remember it and arrange a save. Cheap: called on every keystroke. */
  change(content: C): void {
    this.pending = this.pending === null || !this.options.merge ? content : this.options.merge(this.pending, content);
    if (this.state.kind === 'conflict') return;
    // While a retry is planned, it carries the latest content; don't hammer a full disk.
    if (this.retry) return;
    if (this.state.kind !== 'saving') this.setState({ kind: 'saving' });
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.fire(), this.debounceMs);
    this.maxWait ??= setTimeout(() => this.fire(), this.maxWaitMs);
  }

  /** Saves now whatever is pending (blur, leaving the page); resolves when the disk has it or it failed. */
  async flush(): Promise<void> {
    if (this.state.kind === 'conflict') return;
    this.clearTimers();
    // A save in flight may leave newer content queued: loop until nothing is pending.
    while (this.inFlight || this.pending !== null) {
      if (this.inFlight) await this.inFlight;
      else {
        this.send();
        if (this.inFlight) await this.inFlight;
      }
      if (this.stalled()) return;
    }
  }

  /** After a conflict: write this window's content over the newer version on disk. */
  overwrite(): Promise<void> {
    this.baseVersion = undefined;
    if (this.state.kind === 'conflict') this.setState({ kind: 'saving' });
    return this.flush();
  }

  /** Try again at once (the user pressed "retry"). */
  retryNow(): Promise<void> {
    this.attempt = 0;
    return this.flush();
  }

  /** The newest content the disk does not have yet, if any. */
  unsaved(): C | null {
    return this.pending;
  }

  hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null || this.state.kind === 'failed' || this.state.kind === 'conflict';
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops the timers; a save in flight still completes. */
  dispose(): void {
    this.disposed = true;
    this.clearTimers();
  }

  // A method, not an inline test: TypeScript would keep the narrowing from before the awaits.
  private stalled(): boolean {
    return this.state.kind === 'failed' || this.state.kind === 'conflict';
  }

  private fire(): void {
    this.clearTimers();
    this.send();
  }

  private clearTimers(): void {
    for (const timer of [this.debounce, this.maxWait, this.retry]) if (timer) clearTimeout(timer);
    this.debounce = this.maxWait = this.retry = null;
  }

  private setState(next: SaveState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  private send(): void {
    if (this.inFlight || this.pending === null) return;
    const content = this.pending;
    this.pending = null;
    if (this.state.kind !== 'saving') this.setState({ kind: 'saving' });
    this.inFlight = this.attemptSave(content).finally(() => {
      this.inFlight = null;
      // Typed while the save was on its way: if the quiet-time timer already fired (it found this
      // save in flight), the queued content goes now; otherwise the timer sends it.
      if (this.pending !== null && this.state.kind === 'saving' && !this.debounce && !this.retry && !this.disposed) this.send();
    });
  }

  private async attemptSave(content: C): Promise<void> {
    let result: Result<SaveReceipt>;
    try {
      result = await this.options.save(content, this.baseVersion);
    } catch (err) {
      result = { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
    }
    if (result.ok) {
      this.attempt = 0;
      this.baseVersion = result.value.version;
      if (this.pending === null) this.setState({ kind: 'saved', version: result.value.version });
      return;
    }
    // Nothing is lost: the failed content goes back unless newer content already replaced it.
    this.pending = this.pending === null ? content : this.options.merge ? this.options.merge(content, this.pending) : this.pending;
    if (result.error.code === 'CONFLICT') {
      this.clearTimers();
      this.setState({ kind: 'conflict', error: result.error });
      return;
    }
    if (RETRYABLE.has(result.error.code) && !this.disposed) {
      const wait = this.backoffMs[Math.min(this.attempt, this.backoffMs.length - 1)];
      this.attempt++;
      this.clearTimers();
      this.retry = setTimeout(() => {
        this.retry = null;
        this.send();
      }, wait);
      this.setState({ kind: 'failed', error: result.error, retryInMs: wait });
    } else {
      // Retrying the same content cannot help (e.g. invalid input); the next change tries again.
      this.setState({ kind: 'failed', error: result.error, retryInMs: null });
    }
  }
}

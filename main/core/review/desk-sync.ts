// Desk sync: which desk this machine uses, watching it, and taking in what arrives there
// (submissions for editors, decisions and receipts for the articles this machine knows). It keeps
// what the last reading saw (files still arriving, conflict copies) for the inbox, and the record
// of desk files already read (seen.json), which the decisions module adds to for the files it
// writes itself.

import type { Role, DeskInfo, SyncReport } from '../../common/review/types.ts';
import type { Logger } from '../logger.ts';
import { conflictInfo } from '../desk/conflict-info.ts';
import { deskOrder } from '../desk/files.ts';
import type { LaneOwner } from '../desk/lane-desk.ts';
import { openDeskAt } from '../desk/open.ts';
import type { ReceiptBook } from '../desk/receipt-book.ts';
import { articleOfDeskName, parsePackageName, type Arrival, type Desk, type DeskEntry, type DeskScan } from './desk.ts';
import { reviewError } from './errors.ts';
import type { ReviewEvent } from './events.ts';
import { intakeEntry } from './intake.ts';
import type { IntakeContext } from './intake-context.ts';
import type { KeyedQueue } from '../keyed-queue.ts';
import type { ReviewLibrary } from './library.ts';
import type { ProfileStore } from './profile.ts';
import type { ReviewScreen } from './screen.ts';
import { seenKey, type ReviewStore, type SeenRecord } from './store.ts';
import type { ArticlesUnderReview } from './under-review.ts';

/** The queue key of work on the desk as a whole (sync, choosing the desk, the key ring, the inbox). */
export const DESK_TURN = 'desk';
/** The queue key of seen.json: sync and the decisions module both add to it. */
const SEEN_TURN = 'seen';
/**
 * How often a file that did not read on a fresh report is looked at again (its size and time
 * only), in case the watcher does not report its last write: chokidar lets one event per file
 * through in 5 ms and sends none after that window, so a copy's final write can go unreported,
 * and its settled report then comes only after the stability wait, or never where a share's
 * events do not arrive at all.
 */
const RELOOK_MS = 250;
/** The queue key of one article's work (prefixed, so no article id can take the desk's turn). */
export const articleTurn = (id: string): string => `article:${id}`;

export interface DeskSyncOptions {
  profiles: ProfileStore;
  store: ReviewStore;
  receipts: ReceiptBook;
  screen: ReviewScreen;
  library: ReviewLibrary;
  articles: ArticlesUnderReview;
  queue: KeyedQueue;
  /** The intake context (stores, limits, clock) without the hooks this module adds. */
  intake: Omit<IntakeContext, 'rescan' | 'inArticleTurn' | 'mayBeGrowing'>;
  emit: (e: ReviewEvent) => void;
  openDesk?: (path: string, owner: () => Promise<LaneOwner | null>) => Desk | Promise<Desk>;
  watch?: boolean;
  rescanMs?: number;
  clock: () => Date;
  logger?: Logger;
}

export class DeskSync {
  private desk: Desk | null = null;
  private stopWatch: (() => Promise<void>) | null = null;
  private rescanTimer: ReturnType<typeof setInterval> | null = null;
  private syncTimer: ReturnType<typeof setTimeout> | null = null;
  private relookTimer: ReturnType<typeof setTimeout> | null = null;
  private incomplete = new Map<string, DeskEntry>();
  /** Files read on a fresh report that did not read yet: shown as arriving until their settled report. */
  private unsettled = new Map<string, DeskEntry>();
  /** Where the watcher saw each unsettled file: looked at again until it reads or settles. */
  private relookAt = new Map<string, string>();
  /** From the last full scan: files still arriving, and conflict copies (shown in the inbox). */
  private lastScan: Pick<DeskScan, 'arriving' | 'conflicts'> = { arriving: [], conflicts: [] };
  /** Paths the watcher reported since the last sync; null: read the whole desk. */
  private pending: Set<string> | null = new Set();
  /** Those of the pending paths reported only `fresh` so far (desk.ts, Arrival). */
  private pendingFresh = new Set<string>();
  private closed = false;

  constructor(private readonly o: DeskSyncOptions) {}

  /** Stops watching and the timers; work already queued still runs. */
  async stop(): Promise<void> {
    this.closed = true;
    if (this.syncTimer) clearTimeout(this.syncTimer);
    if (this.relookTimer) clearTimeout(this.relookTimer);
    if (this.rescanTimer) clearInterval(this.rescanTimer);
    await this.stopWatch?.().catch(() => undefined);
    this.stopWatch = null;
  }

  /** Opens the configured desk, starts watching it and schedules taking in what is already there. */
  async connect(): Promise<void> {
    await this.stopWatch?.().catch(() => undefined);
    this.stopWatch = null;
    if (this.rescanTimer) clearInterval(this.rescanTimer);
    this.rescanTimer = null;
    const path = await this.o.profiles.deskDir();
    this.desk = path ? await this.openDesk(path) : null;
    this.lastScan = { arriving: [], conflicts: [] };
    this.incomplete = new Map();
    this.unsettled = new Map();
    this.relookAt = new Map();
    if (!this.desk || this.closed) return;
    if (this.o.watch !== false && (await this.desk.available())) {
      try {
        this.stopWatch = await this.desk.watch((paths, arrival) => this.scheduleSync(paths, arrival));
      } catch (err) {
        this.o.logger?.warn('review: cannot watch the desk', { err: String(err) });
      }
    }
    const every = this.o.rescanMs ?? 60_000;
    if (every > 0) {
      this.rescanTimer = setInterval(() => this.scheduleSync(), every);
      this.rescanTimer.unref?.();
    }
    // Packages that arrived while the app was closed.
    this.scheduleSync();
  }

  /**
   * Coalesces bursts of watcher events into one pass: over the files reported (a new package
   * is taken in without reading the whole desk), or over the whole desk (no paths: at start, on
   * the periodic re-scan, when a lane appears). Without watch and rescan (the CLI, tests)
   * nothing runs by itself: the caller drives refresh().
   */
  scheduleSync(paths: string[] = [], arrival: Arrival = 'settled'): void {
    const auto = this.o.watch !== false || (this.o.rescanMs ?? 60_000) > 0;
    if (!auto || this.closed) return;
    if (paths.length === 0) this.pending = null;
    else if (this.pending)
      for (const p of paths) {
        // A settled report outranks a fresh one for the same path in the same batch.
        if (arrival === 'fresh' && !this.pending.has(p)) this.pendingFresh.add(p);
        else if (arrival === 'settled') this.pendingFresh.delete(p);
        this.pending.add(p);
      }
    if (this.syncTimer) return;
    this.syncTimer = setTimeout(
      () => {
        this.syncTimer = null;
        const only = this.pending;
        const fresh = this.pendingFresh;
        this.pending = new Set();
        this.pendingFresh = new Set();
        this.o.queue
          .run(DESK_TURN, () => this.sync(only ? [...only] : undefined, fresh))
          .catch((err) => this.o.logger?.warn('review: desk scan failed', { err: String(err) }));
      },
      this.pending ? 5 : 50,
    );
  }

  /** Looks again, RELOOK_MS from now, at the files that did not read on a fresh report. */
  private scheduleRelook(): void {
    if (this.relookTimer || this.closed || this.relookAt.size === 0) return;
    this.relookTimer = setTimeout(() => {
      this.relookTimer = null;
      this.o.queue
        .run(DESK_TURN, () => this.relook())
        .catch((err) => this.o.logger?.warn('review: desk re-look failed', { err: String(err) }));
    }, RELOOK_MS);
    this.relookTimer.unref?.();
  }

  /**
   * Reads again, as fresh, each unsettled file whose size or time changed since the reading that
   * failed (a stat each, no more, while it stays the same); forgets one that is gone.
   */
  private async relook(): Promise<void> {
    const desk = this.desk;
    if (!desk || this.closed) return;
    const changed: string[] = [];
    let gone = false;
    for (const [key, path] of [...this.relookAt]) {
      const was = this.unsettled.get(key);
      const now = was ? await desk.entryAt(path).catch(() => null) : null;
      if (!was || !now) {
        this.relookAt.delete(key);
        gone ||= this.unsettled.delete(key);
      } else if (now.size !== was.size || now.modifiedMs !== was.modifiedMs) changed.push(path);
    }
    if (gone) this.o.emit({ type: 'inbox' });
    // The sync that reads them schedules the next look; meanwhile the others wait for theirs.
    if (changed.length) this.scheduleSync(changed, 'fresh');
    else this.scheduleRelook();
  }

  private openDesk(path: string): Promise<Desk> {
    const owner = async (): Promise<LaneOwner | null> => {
      const p = await this.o.profiles.profile();
      return p ? { keyId: p.keyId, name: p.name } : null;
    };
    return Promise.resolve((this.o.openDesk ?? openDeskAt)(path, owner));
  }

  /** The desk in use, or null before one is chosen. */
  currentDesk(): Desk | null {
    return this.desk;
  }

  /** The conflict copies the last full reading of the desk found. */
  deskConflicts(): DeskScan['conflicts'] {
    return this.lastScan.conflicts;
  }

  /** The desk, or the error a reporter can act on when there is none or it cannot be reached. */
  async requireDesk(): Promise<Desk> {
    if (!this.desk) throw reviewError('no-desk');
    if (!(await this.desk.available())) throw reviewError('desk-unavailable', { path: this.desk.location });
    return this.desk;
  }

  /** The desk folder and whether it can be reached now. */
  async deskInfo(): Promise<DeskInfo> {
    return { path: this.desk?.location ?? null, reachable: this.desk ? await this.desk.available() : false };
  }

  /** Chooses the desk folder (created if missing) and starts watching it. */
  async setDesk(path: string): Promise<DeskInfo> {
    const desk = await this.openDesk(path);
    if ('ensure' in desk && typeof desk.ensure === 'function') {
      try {
        await (desk as Desk & { ensure(): Promise<void> }).ensure();
      } catch {
        throw reviewError('desk-unavailable', { path });
      }
    }
    await this.o.profiles.setDeskDir(path);
    await this.connect();
    // Another desk: another inbox, another way the desk is carried (the desk panel reads again).
    this.o.emit({ type: 'inbox' });
    return { path, reachable: await desk.available() };
  }

  /** Files still arriving (the last full scan, unless taken in since) and those awaited, for the inbox. */
  pendingFiles(taken: ReadonlySet<string>): { name: string; kind: DeskEntry['kind']; size: number }[] {
    const arriving = this.lastScan.arriving.filter((a) => !taken.has(a.name)).map((a) => ({ name: a.name, kind: a.kind, size: a.size }));
    const awaited = new Map([...this.unsettled, ...this.incomplete]);
    const incomplete = [...awaited.values()].map((e) => ({ name: e.name, kind: e.kind, size: e.size }));
    return [...incomplete, ...arriving];
  }

  /** The last full scan's conflict copies, described in the UI language. */
  conflictsFor(t: Parameters<typeof conflictInfo>[1]): ReturnType<typeof conflictInfo>[] {
    return this.lastScan.conflicts.map((c) => conflictInfo(c, t));
  }

  /** Records a desk file this machine wrote itself, so sync does not read it back. */
  markSeen(entry: DeskEntry): Promise<void> {
    return this.o.queue.run(SEEN_TURN, async () => {
      const seen = await this.o.store.readSeen();
      seen[seenKey(entry)] = { size: entry.size, modifiedMs: entry.modifiedMs };
      await this.o.store.writeSeen(seen);
    });
  }

  /** `mayBeGrowing`: the file was reported fresh, only a success counts (desk.ts, Arrival). */
  private intakeContext(mayBeGrowing = false): IntakeContext {
    return {
      ...this.o.intake,
      mayBeGrowing,
      rescan: () => this.scheduleSync(),
      inArticleTurn: (id, fn) => this.o.queue.run(articleTurn(id), fn),
    };
  }

  /**
   * Takes in what is new in the desk: the files at `paths` (and those still awaited), or
   * everything. Runs in the desk's turn; each package is recorded in its article's turn. The
   * files at the `fresh` paths may still be growing: one that does not read yet is left for its
   * settled report, never refused.
   */
  async sync(paths?: string[], fresh: ReadonlySet<string> = new Set()): Promise<SyncReport> {
    const report: SyncReport = { accepted: 0, refused: 0, incomplete: 0 };
    const { store, profiles, receipts, logger } = this.o;
    const desk = this.desk;
    if (!desk || !(await desk.available())) return report;
    const profile = await profiles.profile();
    if (!profile) return report;
    let entries: DeskEntry[];
    /** The watcher's path of each fresh entry, by key. */
    const freshAt = new Map<string, string>();
    if (paths) {
      const found: DeskEntry[] = [];
      for (const [i, e] of (await Promise.all(paths.map((p) => desk.entryAt(p)))).entries()) {
        if (!e) continue;
        found.push(e);
        if (fresh.has(paths[i])) freshAt.set(seenKey(e), paths[i]);
      }
      const keys = new Set(found.map((e) => seenKey(e)));
      entries = [...found, ...[...this.incomplete.entries()].filter(([k]) => !keys.has(k)).map(([, e]) => e)].sort(deskOrder);
    } else {
      const scan = await desk.scan();
      this.lastScan = { arriving: scan.arriving, conflicts: scan.conflicts };
      // Each file is judged now as it is (as before the fresh reports: a scan has no earlier size to compare).
      this.unsettled = new Map();
      entries = scan.entries;
    }
    const seen = await store.readSeen();
    // What this pass read, added to seen.json at the end (re-read then: decisions add to it meanwhile).
    const read: Record<string, SeenRecord> = {};
    const markRead = (key: string, entry: DeskEntry): void => {
      read[key] = { size: entry.size, modifiedMs: entry.modifiedMs };
    };
    const refused = new Set((await store.refused()).map((r) => `${seenKey(r)}|${r.size}|${r.modifiedMs}`));
    const changedArticles = new Set<string>();
    const incomplete = new Map<string, DeskEntry>();
    for (const entry of entries) {
      if (this.closed) break;
      const key = seenKey(entry);
      this.unsettled.delete(key);
      const prev = seen[key];
      if (prev && prev.size === entry.size && prev.modifiedMs === entry.modifiedMs) continue;
      if (refused.has(`${key}|${entry.size}|${entry.modifiedMs}`)) continue;
      const named = entry.kind === 'receipt' ? null : parsePackageName(entry.name);
      if (!(await this.wants(entry, profile.roles))) {
        // A receipt for an article this library does not have never will be ours: not looked at again.
        if (entry.kind === 'receipt') markRead(key, entry);
        continue;
      }
      if (named && (await store.hasPackage(named.packageId))) {
        markRead(key, entry);
        continue;
      }
      const ctx = this.intakeContext(freshAt.has(key));
      // wants() took only receipts whose name announces an article of this library.
      const outcome =
        entry.kind === 'receipt'
          ? await this.o.queue.run(articleTurn(articleOfDeskName(entry) as string), () => receipts.take(ctx, desk, entry, logger))
          : await intakeEntry(ctx, desk, entry, logger);
      if (outcome.kind === 'unsettled') {
        report.incomplete++;
        this.unsettled.set(key, entry);
        this.relookAt.set(key, freshAt.get(key) as string);
        continue;
      }
      if (outcome.kind === 'accepted') {
        report.accepted++;
        changedArticles.add(outcome.articleId);
        markRead(key, entry);
        if (entry.kind === 'submission' && !entry.archived) receipts.taken(entry);
      } else if (outcome.kind === 'refused') {
        report.refused++;
      } else if (outcome.kind === 'incomplete' || outcome.kind === 'waiting') {
        report.incomplete++;
        incomplete.set(key, entry);
      }
    }
    if (paths) {
      for (const e of entries) if (!incomplete.has(seenKey(e))) this.incomplete.delete(seenKey(e));
      for (const [k, e] of incomplete) this.incomplete.set(k, e);
    } else this.incomplete = incomplete;
    for (const key of this.relookAt.keys()) if (!this.unsettled.has(key)) this.relookAt.delete(key);
    this.scheduleRelook();
    const signer = profile.roles.includes('editor') ? await profiles.signer('editor').catch(() => null) : null;
    await this.o.queue.run(SEEN_TURN, async () => {
      const latest = { ...(await store.readSeen()), ...read };
      const acknowledged = await receipts.acknowledgeTaken({ desk, signer, store, seen: latest, now: this.o.clock(), logger });
      if (acknowledged || Object.keys(read).length) await store.writeSeen(latest);
    });
    if (report.accepted || report.refused || report.incomplete) this.o.emit({ type: 'inbox' });
    for (const id of changedArticles) {
      this.o.emit({ type: 'status', articleId: id });
      void this.o.screen.prepare(id, () => this.o.articles.editorsLatest(id));
    }
    return report;
  }

  /**
   * Whether this machine reads a desk entry: editors read submissions, anyone reads decisions
   * about articles it knows, a reporter reads the receipts for its own articles.
   */
  private async wants(entry: DeskEntry, roles: Role[]): Promise<boolean> {
    if (entry.kind === 'submission') return roles.includes('editor');
    const articleId = articleOfDeskName(entry);
    if (entry.kind === 'receipt') return !!articleId && (await this.o.library.has(articleId));
    if (!articleId) return true;
    return (await this.o.library.has(articleId)) || (await this.o.store.hasArticle(articleId));
  }
}

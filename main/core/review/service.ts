// The review service: submissions, decisions, comments and suggestions between a reporter's
// and an editor's laptops, through a desk. One instance per library; every operation runs in
// turn (one queue), so the desk watcher and the user never write the same state at once.
// docs/review.md describes the flow and the formats.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { articleHeadline, type Article, type ArticleStatus } from '../../common/article/model.ts';
import type { DiffRef } from '../../common/contract/review.ts';
import { makeAnchor } from '../../common/review/anchor.ts';
import { diffArticles } from '../../common/review/diff.ts';
import { newReviewId } from '../../common/review/ids.ts';
import {
  acceptSuggestions,
  placeNotes,
  reanchorNotes,
  rejectSuggestions,
  type Selector,
  type Suggestion,
  type Thread,
} from '../../common/review/notes.ts';
import { approvalStatus, decisionsOn, latestSubmission, withdrawnOn } from '../../common/review/status.ts';
import { proposeSuggestions, type Proposal } from '../../common/review/suggestions.ts';
import type {
  ApprovalStatus,
  ArticleDiff,
  DecisionRecord,
  DeskInfo,
  ExportedKey,
  Inbox,
  InboxItem,
  KeyEntry,
  PlacedSuggestion,
  ProfileInfo,
  ReviewView,
  Role,
  SubmissionRecord,
  SubmitReceipt,
  SyncReport,
  Verdict,
} from '../../common/review/types.ts';
import { figureBlocks, textUnits, type TextField } from '../../common/review/units.ts';
import { createI18n } from '../../common/i18n/index.ts';
import type { Language } from '../../common/settings.ts';
import { nfc } from '../../common/text/nfc.ts';
import { DatelineError } from '../../common/result.ts';
import type { Logger } from '../logger.ts';
import { articleOfDeskName, packageName, parsePackageName, type Arrival, type Desk, type DeskEntry, type DeskScan } from './desk.ts';
import { deskOrder } from '../desk/files.ts';
import { reviewError } from './errors.ts';
import { openDeskAt } from '../desk/open.ts';
import { ReceiptBook } from '../desk/receipt-book.ts';
import type { LaneOwner } from '../desk/lane-desk.ts';
import { conflictInfo } from '../desk/conflict-info.ts';
import { contentHashOf } from './hash.ts';
import { intakeEntry } from './intake.ts';
import type { IntakeContext } from './intake-context.ts';
import { DEFAULT_LIMITS, type PackageLimits } from './limits.ts';
import { ProfileStore, fileSecretBox, type SecretBox } from './profile.ts';
import { ReviewStore, seenKey, type ArticleReview } from './store.ts';
import { figureOriginals, writePackage } from './writer.ts';
import { publishing } from './publish.ts';
import { ReviewScreen, type DevelopPhotos } from './screen.ts';
import { publishWithdrawal } from './withdraw.ts';
import type { ReviewLibrary } from './library.ts';

export type { ReviewLibrary };

export type ReviewEvent = { type: 'inbox' } | { type: 'status'; articleId: string };

export interface ReviewServiceOptions {
  /** `<library>/review`. */
  reviewDir: string;
  /** The user's profile folder (keys, trust list, desk location). */
  profileDir: string;
  secretBox?: SecretBox;
  library: ReviewLibrary;
  /** How a desk path becomes a Desk (default: a lanes desk where the folder is one, else FolderDesk). */
  openDesk?: (path: string, owner: () => Promise<LaneOwner | null>) => Desk | Promise<Desk>;
  clock?: () => Date;
  logger?: Logger;
  limits?: Partial<PackageLimits>;
  /** Watch the desk for arriving packages (default true). */
  watch?: boolean;
  /** Also re-scan the desk this often (ms), for shares without change events; 0: never (default 60 s). */
  rescanMs?: number;
  /** How long a desk file may stay unreadable as a zip before it is refused rather than awaited (default 10 min). */
  incompleteAfterMs?: number;
  /** How long a decision may wait for its submission to arrive (default 30 days: a laptop may be offline for long). */
  awaitSubmissionMs?: number;
  /** The language of the refusal sentences in the inbox. */
  language?: () => Language;
  /** Makes the editor's previews of submitted photos (screen.ts); absent: no previews. */
  developPhotos?: DevelopPhotos;
}

export class ReviewService {
  readonly profiles: ProfileStore;
  readonly store: ReviewStore;
  /** Receipts: those this editor signed, those that came back to this reporter (main/core/desk/receipt-book.ts). */
  readonly receipts: ReceiptBook;
  readonly screen: ReviewScreen;
  private readonly library: ReviewLibrary;
  private readonly clock: () => Date;
  private readonly limits: PackageLimits;
  private readonly listeners = new Set<(e: ReviewEvent) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private desk: Desk | null = null;
  private stopWatch: (() => Promise<void>) | null = null;
  private rescanTimer: ReturnType<typeof setInterval> | null = null;
  private syncTimer: ReturnType<typeof setTimeout> | null = null;
  private incomplete = new Map<string, DeskEntry>();
  /** Files read on a fresh report that did not read yet: shown as arriving until their settled report. */
  private unsettled = new Map<string, DeskEntry>();
  /** From the last full scan: files still arriving, and conflict copies (shown in the inbox). */
  private lastScan: Pick<DeskScan, 'arriving' | 'conflicts'> = { arriving: [], conflicts: [] };
  /** Paths the watcher reported since the last sync; null: read the whole desk. */
  private pending: Set<string> | null = new Set();
  /** Those of the pending paths reported only `fresh` so far (desk.ts, Arrival). */
  private pendingFresh = new Set<string>();
  private closed = false;

  constructor(private readonly options: ReviewServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.profiles = new ProfileStore(options.profileDir, options.secretBox ?? fileSecretBox, this.clock);
    this.store = new ReviewStore(options.reviewDir, { maxQuarantineBytes: options.limits?.maxQuarantineBytes });
    this.receipts = new ReceiptBook(join(options.reviewDir, 'receipts'));
    this.library = options.library;
    this.screen = new ReviewScreen({
      reviewDir: options.reviewDir,
      store: this.store,
      library: this.library,
      develop: options.developPhotos,
      language: options.language,
      logger: options.logger,
    });
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  /** Opens the configured desk, starts watching it and takes in what is already there. */
  async start(): Promise<void> {
    await this.connectDesk();
  }

  /** Stops watching and waits for the running operation. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.syncTimer) clearTimeout(this.syncTimer);
    if (this.rescanTimer) clearInterval(this.rescanTimer);
    await this.stopWatch?.().catch(() => undefined);
    this.stopWatch = null;
    await this.queue.catch(() => undefined);
  }

  /** Calls listener on inbox and status changes; returns the unsubscribe function. */
  onChange(listener: (e: ReviewEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: ReviewEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        this.options.logger?.warn('review listener failed', { err: String(err) });
      }
    }
  }

  /** Runs operations one at a time, in call order. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  // ---- desk ---------------------------------------------------------------------------------

  private async connectDesk(): Promise<void> {
    await this.stopWatch?.().catch(() => undefined);
    this.stopWatch = null;
    if (this.rescanTimer) clearInterval(this.rescanTimer);
    this.rescanTimer = null;
    const path = await this.profiles.deskDir();
    this.desk = path ? await this.openDesk(path) : null;
    this.lastScan = { arriving: [], conflicts: [] };
    this.incomplete = new Map();
    this.unsettled = new Map();
    if (!this.desk || this.closed) return;
    if (this.options.watch !== false && (await this.desk.available())) {
      try {
        this.stopWatch = await this.desk.watch((paths, arrival) => this.scheduleSync(paths, arrival));
      } catch (err) {
        this.options.logger?.warn('review: cannot watch the desk', { err: String(err) });
      }
    }
    const every = this.options.rescanMs ?? 60_000;
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
  private scheduleSync(paths: string[] = [], arrival: Arrival = 'settled'): void {
    const auto = this.options.watch !== false || (this.options.rescanMs ?? 60_000) > 0;
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
        this.exclusive(() => this.sync(only ? [...only] : undefined, fresh)).catch((err) =>
          this.options.logger?.warn('review: desk scan failed', { err: String(err) }),
        );
      },
      this.pending ? 5 : 50,
    );
  }

  private openDesk(path: string): Promise<Desk> {
    const owner = async (): Promise<LaneOwner | null> => {
      const p = await this.profiles.profile();
      return p ? { keyId: p.keyId, name: p.name } : null;
    };
    return Promise.resolve((this.options.openDesk ?? openDeskAt)(path, owner));
  }

  /** The desk in use, or null before one is chosen. */
  currentDesk(): Desk | null {
    return this.desk;
  }

  /** The conflict copies the last full reading of the desk found. */
  deskConflicts(): DeskScan['conflicts'] {
    return this.lastScan.conflicts;
  }

  private async requireDesk(): Promise<Desk> {
    if (!this.desk) throw reviewError('no-desk');
    if (!(await this.desk.available())) throw reviewError('desk-unavailable', { path: this.desk.location });
    return this.desk;
  }

  /** The desk folder and whether it can be reached now. */
  deskInfo(): Promise<DeskInfo> {
    return this.exclusive(async () => ({ path: this.desk?.location ?? null, reachable: this.desk ? await this.desk.available() : false }));
  }

  /** Chooses the desk folder (created if missing) and starts watching it. */
  setDesk(path: string): Promise<DeskInfo> {
    return this.exclusive(async () => {
      const desk = await this.openDesk(path);
      if ('ensure' in desk && typeof desk.ensure === 'function') {
        try {
          await (desk as Desk & { ensure(): Promise<void> }).ensure();
        } catch {
          throw reviewError('desk-unavailable', { path });
        }
      }
      await this.profiles.setDeskDir(path);
      await this.connectDesk();
      // Another desk: another inbox, another way the desk is carried (the desk panel reads again).
      this.emit({ type: 'inbox' });
      return { path, reachable: await desk.available() };
    });
  }

  /** Takes in every new package in the desk now (the watcher calls this too). */
  refresh(): Promise<SyncReport> {
    return this.exclusive(() => this.sync());
  }

  /** `mayBeGrowing`: the file was reported fresh, only a success counts (desk.ts, Arrival). */
  private intakeContext(mayBeGrowing = false): IntakeContext {
    return {
      mayBeGrowing,
      store: this.store,
      profiles: this.profiles,
      library: this.library,
      limits: this.limits,
      now: () => this.now(),
      clock: this.clock,
      writeStatus: (id) => this.writeStatus(id),
      incompleteAfterMs: this.options.incompleteAfterMs ?? 600_000,
      awaitSubmissionMs: this.options.awaitSubmissionMs ?? 30 * 24 * 3600_000,
      rescan: () => this.scheduleSync(),
    };
  }

  /**
   * Takes in what is new in the desk: the files at `paths` (and those still awaited), or
   * everything. The files at the `fresh` paths may still be growing: one that does not read yet
   * is left for its settled report, never refused.
   */
  private async sync(paths?: string[], fresh: ReadonlySet<string> = new Set()): Promise<SyncReport> {
    const report: SyncReport = { accepted: 0, refused: 0, incomplete: 0 };
    const desk = this.desk;
    if (!desk || !(await desk.available())) return report;
    const profile = await this.profiles.profile();
    if (!profile) return report;
    let entries: DeskEntry[];
    const freshKeys = new Set<string>();
    if (paths) {
      const found: DeskEntry[] = [];
      for (const [i, e] of (await Promise.all(paths.map((p) => desk.entryAt(p)))).entries()) {
        if (!e) continue;
        found.push(e);
        if (fresh.has(paths[i])) freshKeys.add(seenKey(e));
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
    const seen = await this.store.readSeen();
    const refused = new Set((await this.store.refused()).map((r) => `${seenKey(r)}|${r.size}|${r.modifiedMs}`));
    let seenChanged = false;
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
        if (entry.kind === 'receipt') {
          seen[key] = { size: entry.size, modifiedMs: entry.modifiedMs };
          seenChanged = true;
        }
        continue;
      }
      if (named && (await this.store.hasPackage(named.packageId))) {
        seen[key] = { size: entry.size, modifiedMs: entry.modifiedMs };
        seenChanged = true;
        continue;
      }
      const ctx = this.intakeContext(freshKeys.has(key));
      const outcome =
        entry.kind === 'receipt'
          ? await this.receipts.take(ctx, desk, entry, this.options.logger)
          : await intakeEntry(ctx, desk, entry, this.options.logger);
      if (outcome.kind === 'unsettled') {
        report.incomplete++;
        this.unsettled.set(key, entry);
        continue;
      }
      if (outcome.kind === 'accepted') {
        report.accepted++;
        changedArticles.add(outcome.articleId);
        seen[key] = { size: entry.size, modifiedMs: entry.modifiedMs };
        seenChanged = true;
        if (entry.kind === 'submission' && !entry.archived) this.receipts.taken(entry);
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
    const signer = profile.roles.includes('editor') ? await this.profiles.signer('editor').catch(() => null) : null;
    if (await this.receipts.acknowledgeTaken({ desk, signer, store: this.store, seen, now: this.clock(), logger: this.options.logger }))
      seenChanged = true;
    if (seenChanged) await this.store.writeSeen(seen);
    if (report.accepted || report.refused || report.incomplete) this.emit({ type: 'inbox' });
    for (const id of changedArticles) {
      this.emit({ type: 'status', articleId: id });
      void this.screen.prepare(id, () => this.editorsLatest(id));
    }
    return report;
  }

  /** The latest submission of an article on the editor's side (null on the reporter's). */
  private async editorsLatest(id: string): Promise<SubmissionRecord | null> {
    if (await this.library.has(id)) return null;
    return latestSubmission((await this.store.readArticle(id)).submissions);
  }

  /**
   * Whether this machine reads a desk entry: editors read submissions, anyone reads decisions
   * about articles it knows, a reporter reads the receipts for its own articles.
   */
  private async wants(entry: DeskEntry, roles: Role[]): Promise<boolean> {
    if (entry.kind === 'submission') return roles.includes('editor');
    const articleId = articleOfDeskName(entry);
    if (entry.kind === 'receipt') return !!articleId && (await this.library.has(articleId));
    if (!articleId) return true;
    return (await this.library.has(articleId)) || (await this.store.hasArticle(articleId));
  }

  // ---- profile and keys ----------------------------------------------------------------------

  /** The user's profile, or null before one is made. */
  profile(): Promise<ProfileInfo | null> {
    return this.exclusive(() => this.profiles.profile());
  }

  /** Creates or updates the profile (a key pair is made once). */
  setProfile(name: string, roles: Role[]): Promise<ProfileInfo> {
    return this.exclusive(async () => {
      const p = await this.profiles.setProfile(name, roles);
      this.scheduleSync();
      return p;
    });
  }

  /** The key list, own key first. */
  listKeys(): Promise<KeyEntry[]> {
    return this.exclusive(() => this.profiles.listKeys());
  }

  /** The user's public key file, its name and content (the transport saves or downloads it). */
  exportKey(): Promise<ExportedKey> {
    return this.exclusive(async () => {
      const file = await this.profiles.exportPublicKey();
      const slug =
        nfc(file.name)
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase() || 'key';
      const fileName = `${slug}-${file.keyId.slice(0, 8)}.dateline-key.json`;
      return { fileName, content: JSON.stringify(file, null, 1) + '\n' };
    });
  }

  /** Adds a key from a public key file (its content or its path); it is not trusted yet. */
  importKey(input: { content?: string; path?: string }): Promise<KeyEntry> {
    return this.exclusive(async () => {
      let text = input.content;
      if (text === undefined && input.path) {
        const st = await stat(input.path).catch(() => null);
        if (!st?.isFile() || st.size > 100_000) throw reviewError('bad-key-file', { detail: 'file' });
        text = await readFile(input.path, 'utf8');
      }
      const entry = await this.profiles.importKey(text ?? '');
      if (await this.store.retryTrustRefusals()) this.scheduleSync();
      return entry;
    });
  }

  /** Sets the roles a key is trusted for; packages refused for lack of trust are read again. */
  trustKey(keyId: string, roles: Role[]): Promise<KeyEntry> {
    return this.exclusive(async () => {
      const entry = await this.profiles.trust(keyId, roles);
      if (await this.store.retryTrustRefusals()) this.scheduleSync();
      return entry;
    });
  }

  /** Forgets an imported key (the own key cannot be removed: it is not in the list). */
  removeKey(keyId: string): Promise<KeyEntry> {
    return this.exclusive(() => this.profiles.removeKey(keyId));
  }

  // ---- the article under review --------------------------------------------------------------

  /** Reporter side (the library holds the article) or editor side (it came through the desk). */
  private async sideOf(id: string): Promise<'reporter' | 'editor'> {
    return (await this.library.has(id)) ? 'reporter' : 'editor';
  }

  /** The editor's working copy: the latest submission plus the suggestions the editor accepted. */
  private async editorArticle(review: ArticleReview): Promise<{ article: Article; submission: SubmissionRecord }> {
    const submission = latestSubmission(review.submissions);
    if (!submission) throw reviewError('no-submission');
    const submitted = await this.store.packageArticle(submission.packageId);
    const content = review.draft?.submissionId === submission.packageId ? review.draft.content : submitted.content;
    return { article: { ...submitted, content }, submission };
  }

  /** The text the user is looking at: the library article (reporter) or the working copy (editor). */
  private async currentArticle(id: string, review: ArticleReview): Promise<{ side: 'reporter' | 'editor'; article: Article }> {
    const side = await this.sideOf(id);
    if (side === 'reporter') return { side, article: await this.library.get(id) };
    return { side, article: (await this.editorArticle(review)).article };
  }

  private statusOf(id: string, article: Article, review: ArticleReview): ApprovalStatus {
    return approvalStatus(id, contentHashOf(article), review.submissions, review.decisions);
  }

  /** Recomputes a library article's status and stores it in the article if it changed. */
  private async writeStatus(id: string): Promise<ApprovalStatus | null> {
    if (!(await this.library.has(id))) return null;
    const article = await this.library.get(id);
    const status = this.statusOf(id, article, await this.store.readArticle(id));
    if (article.status !== status.status) await this.library.setStatus(id, status.status);
    return status;
  }

  private async view(id: string, review: ArticleReview): Promise<ReviewView> {
    const { side, article } = await this.currentArticle(id, review);
    const placed = placeNotes(review.notes, article.content);
    return {
      articleId: id,
      side,
      article,
      submissions: [...review.submissions],
      decisions: [...review.decisions],
      threads: placed.threads.map((p) => ({ ...p.item, anchorState: p.state, ...(p.photo ? { photo: p.photo } : {}) })),
      suggestions: placed.suggestions.map((p) => ({ ...p.item, anchorState: p.state })),
      status: this.statusOf(id, article, review),
      ...(await this.screen.extras(side, article, review)),
    };
  }

  /** Opens an article for review (the editor's inbox marks it in review). */
  open(id: string): Promise<ReviewView> {
    return this.exclusive(async () => {
      const review = await this.store.readArticle(id);
      const side = await this.sideOf(id);
      if (side === 'editor') {
        const latest = latestSubmission(review.submissions);
        if (!latest) throw reviewError('no-submission');
        if (!review.opened.includes(latest.packageId)) {
          review.opened.push(latest.packageId);
          await this.store.writeArticle(review);
          this.emit({ type: 'inbox' });
        }
        // Previews made before this app started, or lost, are made again.
        void this.screen.prepare(id, latest);
      }
      return this.view(id, review);
    });
  }

  /**
   * The status of a library article (also stored in the article when it changed, e.g. after an
   * edit voided an approval), or of the working copy on the editor's side.
   */
  status(id: string): Promise<ApprovalStatus> {
    return this.exclusive(async () => {
      const stored = await this.writeStatus(id);
      if (stored) return stored;
      const review = await this.store.readArticle(id);
      return this.statusOf(id, (await this.editorArticle(review)).article, review);
    });
  }

  /**
   * The status a new version of a library article has (the Library's `statusOnSave`, so the save
   * writes it in the same article.json). Not on the queue: the queue may be waiting on this very
   * save (accepting suggestions saves through the library); it only reads review records, which
   * are replaced atomically.
   */
  async statusOnSave(article: Article): Promise<ArticleStatus> {
    const review = await this.store.readArticle(article.id);
    // No submission: a draft, without hashing the text on every keystroke's save.
    if (!review.submissions.length) return 'draft';
    return this.statusOf(article.id, article, review).status;
  }

  /** Call after a library without `statusOnSave` saved an article: an edit may void an approval or a submission. */
  articleSaved(id: string): Promise<ApprovalStatus | null> {
    return this.exclusive(async () => {
      const before = (await this.library.has(id)) ? (await this.library.get(id)).status : null;
      const status = await this.writeStatus(id);
      if (status && status.status !== before) this.emit({ type: 'status', articleId: id });
      return status;
    });
  }

  /** Every decision this machine knows about an article, oldest first. */
  decisions(id: string): Promise<DecisionRecord[]> {
    return this.exclusive(async () =>
      [...(await this.store.readArticle(id)).decisions].sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : 1)),
    );
  }

  // ---- comments and suggestions --------------------------------------------------------------

  /** Starts a thread (on a range, on a photo, or on the whole article) or replies in one. */
  comment(
    id: string,
    text: string,
    on: { range?: { blockId: string; field: TextField; start: number; end: number }; figure?: { blockId: string } } = {},
    threadId?: string,
  ): Promise<Thread> {
    const { range } = on;
    return this.exclusive(async () => {
      const signer = await this.profiles.signer();
      const review = await this.store.readArticle(id);
      const { article } = await this.currentArticle(id, review);
      const now = this.now();
      const comment = { id: newReviewId('c', this.clock().getTime()), author: signer.person, text: nfc(text), createdAt: now };
      let thread: Thread;
      if (threadId) {
        const found = review.notes.threads.find((t) => t.id === threadId);
        if (!found) throw reviewError('not-found', { what: 'thread', ref: threadId });
        thread = { ...found, comments: [...found.comments, comment] };
        review.notes.threads = review.notes.threads.map((t) => (t.id === threadId ? thread : t));
      } else {
        const anchor = range ? makeAnchor(textUnits(article.content), range.blockId, range.field, range.start, range.end) : null;
        if (range && !anchor) throw reviewError('bad-range');
        // A photo comment holds the photo's asset too, so it finds the photo wherever the figure goes.
        const photo = on.figure ? figureBlocks(article.content).find((f) => f.blockId === on.figure?.blockId) : undefined;
        if (on.figure && !photo) throw reviewError('bad-figure');
        thread = {
          id: newReviewId('t', this.clock().getTime()),
          anchor,
          ...(photo ? { figure: { blockId: photo.blockId, assetId: photo.assetId } } : {}),
          comments: [comment],
          resolved: false,
          stateAt: now,
        };
        review.notes.threads.push(thread);
      }
      await this.store.writeArticle(review);
      return thread;
    });
  }

  /** Marks a thread resolved or open again. */
  resolve(id: string, threadId: string, resolved: boolean): Promise<Thread> {
    return this.exclusive(async () => {
      const signer = await this.profiles.signer();
      const review = await this.store.readArticle(id);
      const found = review.notes.threads.find((t) => t.id === threadId);
      if (!found) throw reviewError('not-found', { what: 'thread', ref: threadId });
      const { resolvedBy: _old, ...rest } = found;
      const thread: Thread = resolved
        ? { ...rest, resolved, resolvedBy: signer.person, stateAt: this.now() }
        : { ...rest, resolved, stateAt: this.now() };
      review.notes.threads = review.notes.threads.map((t) => (t.id === threadId ? thread : t));
      await this.store.writeArticle(review);
      return thread;
    });
  }

  /** Suggests replacing a range with `text` (an empty range inserts, an empty text deletes). */
  suggest(id: string, range: { blockId: string; field: TextField; start: number; end: number }, text: string): Promise<Suggestion> {
    return this.exclusive(async () => {
      const signer = await this.profiles.signer();
      const review = await this.store.readArticle(id);
      const { article } = await this.currentArticle(id, review);
      const anchor = makeAnchor(textUnits(article.content), range.blockId, range.field, range.start, range.end);
      const insert = nfc(text);
      if (!anchor || anchor.quote === insert) throw reviewError('bad-range');
      const suggestion: Suggestion = {
        id: newReviewId('g', this.clock().getTime()),
        author: signer.person,
        createdAt: this.now(),
        anchor,
        insert,
        status: 'open',
      };
      review.notes.suggestions.push(suggestion);
      await this.store.writeArticle(review);
      return suggestion;
    });
  }

  /** Accepts open suggestions (all, or those listed) into the text the user holds. */
  accept(id: string, ids?: readonly string[]): Promise<ReviewView> {
    return this.exclusive(async () => {
      const signer = await this.profiles.signer();
      const review = await this.store.readArticle(id);
      const sel: Selector = ids ?? 'all';
      this.checkIds(review, ids);
      const side = await this.sideOf(id);
      if (side === 'reporter') {
        const article = await this.library.get(id);
        const result = acceptSuggestions(article.content, review.notes, sel, signer.person, this.now());
        if (result.accepted.length) await this.library.saveContent(id, result.content, article.version);
        review.notes = result.notes;
        await this.store.writeArticle(review);
        if (await this.writeStatus(id)) this.emit({ type: 'status', articleId: id });
      } else {
        const { article, submission } = await this.editorArticle(review);
        const result = acceptSuggestions(article.content, review.notes, sel, signer.person, this.now());
        review.notes = result.notes;
        review.draft = { submissionId: submission.packageId, content: result.content };
        await this.store.writeArticle(review);
      }
      return this.view(id, review);
    });
  }

  /** Rejects open suggestions (all, or those listed); the text stays as it is. */
  reject(id: string, ids?: readonly string[]): Promise<ReviewView> {
    return this.exclusive(async () => {
      const signer = await this.profiles.signer();
      const review = await this.store.readArticle(id);
      this.checkIds(review, ids);
      review.notes = rejectSuggestions(review.notes, ids ?? 'all', signer.person, this.now()).notes;
      await this.store.writeArticle(review);
      return this.view(id, review);
    });
  }

  /**
   * Suggesting mode: the editor's own text of some units; their suggestions there become the
   * changes from the text under review to it (suggestions.ts). Returns every suggestion.
   */
  propose(id: string, proposals: readonly Proposal[]): Promise<PlacedSuggestion[]> {
    return this.exclusive(async () => {
      const signer = await this.profiles.signer();
      if ((await this.sideOf(id)) === 'reporter') throw reviewError('propose-reporter');
      const review = await this.store.readArticle(id);
      const { article, submission } = await this.editorArticle(review);
      // Once signed, the notes went with the decision: withdraw it to suggest more.
      if (review.decisions.some((d) => d.submissionId === submission.packageId && d.own && !d.withdrawn))
        throw reviewError('already-decided');
      try {
        const texts = proposals.map((p) => ({ ...p, text: nfc(p.text) }));
        review.notes = proposeSuggestions(review.notes, article.content, texts, signer.person, this.now(), () =>
          newReviewId('g', this.clock().getTime()),
        );
      } catch {
        throw reviewError('bad-range');
      }
      await this.store.writeArticle(review);
      return placeNotes(review.notes, article.content).suggestions.map((p) => ({ ...p.item, anchorState: p.state }));
    });
  }

  private checkIds(review: ArticleReview, ids?: readonly string[]): void {
    for (const s of ids ?? [])
      if (!review.notes.suggestions.some((x) => x.id === s)) throw reviewError('not-found', { what: 'suggestion', ref: s });
  }

  // ---- submitting and deciding ---------------------------------------------------------------

  /** Puts a signed submission of the article's current version into the desk. */
  submit(id: string): Promise<SubmitReceipt> {
    return this.exclusive(async () => {
      const signer = await this.profiles.signer('reporter');
      const desk = await this.requireDesk();
      const article = await this.library.get(id);
      const hash = contentHashOf(article);
      const review = await this.store.readArticle(id);
      const status = this.statusOf(id, article, review);
      const latest = status.submission;
      if (latest && latest.contentHash === hash && decisionsOn(review.decisions, latest.packageId).length === 0) {
        return { submission: latest, alreadySubmitted: true };
      }
      if (status.status === 'approved' && status.locked) throw reviewError('already-approved');
      const media = await figureOriginals(article, this.library.articleDir(id));
      const notes = reanchorNotes(review.notes, article.content);
      const createdAt = this.now();
      const packageId = newReviewId('s', this.clock().getTime());
      const headline = articleHeadline(article.content);
      let written!: Awaited<ReturnType<typeof writePackage>>;
      const entry = await publishing(desk, () =>
        desk.publish('submission', packageName(id, packageId), async (path) => {
          written = await writePackage(path, {
            kind: 'submission',
            packageId,
            createdAt,
            signer,
            article,
            headline,
            contentHash: hash,
            notes,
            media,
          });
        }),
      );
      await this.store.keepOwn(packageId, written);
      const submission: SubmissionRecord = {
        packageId,
        articleId: id,
        version: article.version,
        headline,
        contentHash: hash,
        submittedAt: createdAt,
        submitter: signer.person,
        own: true,
        receivedAt: createdAt,
      };
      review.headline = headline;
      review.submissions.push(submission);
      review.notes = notes;
      await this.store.writeArticle(review);
      await this.markSeen(entry);
      await this.writeStatus(id);
      this.emit({ type: 'status', articleId: id });
      return { submission, alreadySubmitted: false };
    });
  }

  private async markSeen(entry: DeskEntry): Promise<void> {
    const seen = await this.store.readSeen();
    seen[seenKey(entry)] = { size: entry.size, modifiedMs: entry.modifiedMs };
    await this.store.writeSeen(seen);
  }

  /** Approves the submission (with an optional note): signs the content hash of the working copy. */
  approve(id: string, submissionId: string, note = ''): Promise<DecisionRecord> {
    return this.exclusive(() => this.decide(id, submissionId, 'approved', nfc(note)));
  }

  /** Returns the submission to the reporter with a note (and the review's notes). */
  returnArticle(id: string, submissionId: string, note: string): Promise<DecisionRecord> {
    return this.exclusive(() => this.decide(id, submissionId, 'returned', nfc(note)));
  }

  private async decide(id: string, submissionId: string, verdict: Verdict, note: string): Promise<DecisionRecord> {
    const signer = await this.profiles.signer('editor');
    const desk = await this.requireDesk();
    const review = await this.store.readArticle(id);
    const submission = review.submissions.find((s) => s.packageId === submissionId);
    if (!submission) throw reviewError('not-found', { what: 'submission', ref: submissionId });
    const latest = latestSubmission(review.submissions) as SubmissionRecord;
    if (latest.packageId !== submission.packageId) throw reviewError('not-latest', { version: latest.version });
    if (submission.submitter.keyId === signer.person.keyId) throw reviewError('self-approval');
    if (review.decisions.some((d) => d.submissionId === submissionId && d.own && !d.withdrawn)) throw reviewError('already-decided');
    const { article } = await this.editorArticle(review);
    const contentHash = contentHashOf(article);
    const notes = reanchorNotes(review.notes, article.content);
    const createdAt = this.now();
    const packageId = newReviewId('d', this.clock().getTime());
    const decision = { verdict, note, submissionId, submissionHash: submission.contentHash, submitterKeyId: submission.submitter.keyId };
    let written!: Awaited<ReturnType<typeof writePackage>>;
    const reply = { submission: packageName(id, submissionId), submitterKeyId: submission.submitter.keyId };
    const entry = await publishing(desk, () =>
      desk.publish(
        'decision',
        packageName(id, packageId),
        async (path) => {
          written = await writePackage(path, {
            kind: 'decision',
            packageId,
            createdAt,
            signer,
            article,
            headline: articleHeadline(article.content),
            contentHash,
            notes,
            decision,
            media: [],
          });
        },
        reply,
      ),
    );
    await this.store.keepOwn(packageId, written);
    const record: DecisionRecord = {
      packageId,
      articleId: id,
      submissionId,
      submissionHash: submission.contentHash,
      verdict,
      note,
      contentHash,
      decidedAt: createdAt,
      editor: signer.person,
      own: true,
      receivedAt: createdAt,
    };
    review.decisions.push(record);
    review.notes = notes;
    await this.store.writeArticle(review);
    await this.markSeen(entry);
    this.emit({ type: 'inbox' });
    return record;
  }

  /**
   * Voids a decision with a signed withdrawal in the desk (withdraw.ts): one's own at any time,
   * another editor's with a reason.
   */
  withdraw(id: string, decisionId: string, reason = ''): Promise<DecisionRecord> {
    return this.exclusive(async () => {
      const desk = await this.requireDesk();
      const { decision, entry } = await publishWithdrawal(
        { store: this.store, profiles: this.profiles, desk, now: () => this.now(), clock: this.clock },
        id,
        decisionId,
        reason,
      );
      await this.markSeen(entry);
      if (await this.writeStatus(id)) this.emit({ type: 'status', articleId: id });
      this.emit({ type: 'inbox' });
      return decision;
    });
  }

  // ---- inbox and diff ------------------------------------------------------------------------

  /** The editor's inbox: every submission received, refused packages, packages still arriving. */
  inbox(): Promise<Inbox> {
    return this.exclusive(async () => {
      const items: InboxItem[] = [];
      for (const review of await this.store.listArticles()) {
        const latest = latestSubmission(review.submissions);
        for (const submission of review.submissions) {
          if (submission.own) continue;
          const active = decisionsOn(review.decisions, submission.packageId);
          const state =
            active.length >= 2
              ? 'conflict'
              : active.length >= 1
                ? 'decided'
                : review.opened.includes(submission.packageId)
                  ? 'in-review'
                  : 'new';
          items.push({
            submission,
            state,
            latest: latest?.packageId === submission.packageId,
            // Withdrawn ones too, shown as such.
            decisions: [...active, ...withdrawnOn(review.decisions, submission.packageId)],
            openThreads: review.notes.threads.filter((t) => !t.resolved).length,
            openSuggestions: review.notes.suggestions.filter((s) => s.status === 'open').length,
            category: submission.category ?? (await this.store.packageArticle(submission.packageId).catch(() => null))?.meta.category ?? '',
          });
        }
      }
      items.sort((a, b) => (a.submission.submittedAt < b.submission.submittedAt ? 1 : -1));
      const t = createI18n(this.options.language?.() ?? 'vi').t;
      const refused = (await this.store.refused()).map((r) => ({
        name: r.name,
        kind: r.kind,
        reason: r.reason,
        params: r.params,
        message: t(`review:errors.${r.reason}`, r.params),
        refusedAt: r.refusedAt,
        quarantine: r.quarantine,
      }));
      // What the last scan saw still arriving, unless it has been taken in since.
      const taken = new Set(items.map((i) => packageName(i.submission.articleId, i.submission.packageId)));
      const arriving = this.lastScan.arriving.filter((a) => !taken.has(a.name)).map((a) => ({ name: a.name, kind: a.kind, size: a.size }));
      const awaited = new Map([...this.unsettled, ...this.incomplete]);
      const incomplete = [...awaited.values()].map((e) => ({ name: e.name, kind: e.kind, size: e.size }));
      return {
        items,
        refused,
        incomplete: [...incomplete, ...arriving],
        conflicts: this.lastScan.conflicts.map((c) => conflictInfo(c, t)),
      };
    });
  }

  private async articleAt(ref: DiffRef): Promise<{ kind: string; article: Article }> {
    switch (ref.kind) {
      case 'current':
        return { kind: 'current', article: await this.library.get(ref.id) };
      case 'draft':
        return { kind: 'draft', article: (await this.editorArticle(await this.store.readArticle(ref.id))).article };
      case 'submission':
      case 'decision':
        return { kind: ref.kind, article: await this.store.packageArticle(ref.packageId) };
      case 'revision':
        if (!this.library.getRevision) throw new DatelineError('UNSUPPORTED', { detail: 'revisions' });
        return { kind: 'revision', article: await this.library.getRevision(ref.id, ref.revisionId) };
    }
  }

  /** The word diff between two versions (library, working copy, submission, decision, revision). */
  diff(from: DiffRef, to: DiffRef): Promise<ArticleDiff> {
    return this.exclusive(async () => {
      const a = await this.articleAt(from);
      const b = await this.articleAt(to);
      const units = diffArticles(a.article.content, b.article.content);
      const count = (c: string): number => units.filter((u) => u.change === c).length;
      return {
        from: { kind: a.kind, version: a.article.version, contentHash: contentHashOf(a.article) },
        to: { kind: b.kind, version: b.article.version, contentHash: contentHashOf(b.article) },
        units,
        changed: count('changed'),
        added: count('added'),
        removed: count('removed'),
      };
    });
  }
}

/** Creates the review service and starts it (desk watch, first scan). */
export async function createReviewService(options: ReviewServiceOptions): Promise<ReviewService> {
  const service = new ReviewService(options);
  await service.start();
  return service;
}

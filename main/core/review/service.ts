// The review service: submissions, decisions, comments and suggestions between a reporter's
// and an editor's laptops, through a desk. One instance per library. A facade over modules with
// one job each (docs/review.md, "Inside the review service"): the key ring (key-ring.ts), desk
// sync (desk-sync.ts), the article under review (under-review.ts), notes (notes.ts), decisions
// (decisions.ts) and the inbox (inbox.ts). It also decides whose turn work takes (../keyed-queue.ts):
// work on one article runs in call order, work on different articles side by side; the desk, the
// key ring and the inbox share the desk's turn, so the watcher and the user never write the same
// state at once.

import { join } from 'node:path';
import type { Article, ArticleStatus } from '../../common/article/model.ts';
import type { DiffRef } from '../../common/contract/review.ts';
import type { Suggestion, Thread } from '../../common/review/notes.ts';
import type { Proposal } from '../../common/review/suggestions.ts';
import type {
  ApprovalStatus,
  ArticleDiff,
  DecisionRecord,
  DeskInfo,
  ExportedKey,
  Inbox,
  KeyEntry,
  PlacedSuggestion,
  ProfileInfo,
  ReviewView,
  Role,
  SubmitReceipt,
  SyncReport,
} from '../../common/review/types.ts';
import type { TextField } from '../../common/review/units.ts';
import type { Language } from '../../common/settings.ts';
import type { Logger } from '../logger.ts';
import type { Desk, DeskScan } from './desk.ts';
import { ReceiptBook } from '../desk/receipt-book.ts';
import type { LaneOwner } from '../desk/lane-desk.ts';
import { Decisions } from './decisions.ts';
import { DESK_TURN, DeskSync, articleTurn } from './desk-sync.ts';
import type { ReviewEvent } from './events.ts';
import { InboxBuilder } from './inbox.ts';
import { KeyRing } from './key-ring.ts';
import { KeyedQueue } from '../keyed-queue.ts';
import { DEFAULT_LIMITS, type PackageLimits } from './limits.ts';
import { ReviewNotesKeeper } from './notes.ts';
import { ProfileStore, fileSecretBox, type SecretBox } from './profile.ts';
import { ReviewStore } from './store.ts';
import { ReviewScreen, type DevelopPhotos } from './screen.ts';
import { ArticlesUnderReview } from './under-review.ts';
import type { ReviewLibrary } from './library.ts';

export type { ReviewLibrary, ReviewEvent };

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
  /** Whose turn work takes: one queue per article, one for the desk (../keyed-queue.ts). */
  readonly queue = new KeyedQueue();
  private readonly listeners = new Set<(e: ReviewEvent) => void>();
  private readonly keyRing: KeyRing;
  private readonly deskSync: DeskSync;
  private readonly articles: ArticlesUnderReview;
  private readonly notes: ReviewNotesKeeper;
  private readonly decided: Decisions;
  private readonly inboxBuilder: InboxBuilder;

  constructor(private readonly options: ReviewServiceOptions) {
    const clock = options.clock ?? (() => new Date());
    const limits: PackageLimits = { ...DEFAULT_LIMITS, ...options.limits };
    const emit = (e: ReviewEvent): void => this.emit(e);
    const library = options.library;
    this.profiles = new ProfileStore(options.profileDir, options.secretBox ?? fileSecretBox, clock);
    this.store = new ReviewStore(options.reviewDir, { maxQuarantineBytes: options.limits?.maxQuarantineBytes });
    this.receipts = new ReceiptBook(join(options.reviewDir, 'receipts'));
    this.screen = new ReviewScreen({
      reviewDir: options.reviewDir,
      store: this.store,
      library,
      develop: options.developPhotos,
      language: options.language,
      logger: options.logger,
    });
    this.articles = new ArticlesUnderReview(this.store, library, this.screen, emit);
    this.deskSync = new DeskSync({
      profiles: this.profiles,
      store: this.store,
      receipts: this.receipts,
      screen: this.screen,
      library,
      articles: this.articles,
      queue: this.queue,
      intake: {
        store: this.store,
        profiles: this.profiles,
        library,
        limits,
        now: () => clock().toISOString(),
        clock,
        writeStatus: (id) => this.articles.writeStatus(id),
        incompleteAfterMs: options.incompleteAfterMs ?? 600_000,
        awaitSubmissionMs: options.awaitSubmissionMs ?? 30 * 24 * 3600_000,
      },
      emit,
      openDesk: options.openDesk,
      watch: options.watch,
      rescanMs: options.rescanMs,
      clock,
      logger: options.logger,
    });
    this.keyRing = new KeyRing(this.profiles, this.store, () => this.deskSync.scheduleSync());
    this.notes = new ReviewNotesKeeper(this.store, this.profiles, library, this.articles, clock, emit);
    this.decided = new Decisions(this.store, this.profiles, library, this.articles, this.deskSync, clock, emit);
    this.inboxBuilder = new InboxBuilder(this.store, this.deskSync, options);
  }

  /** Opens the configured desk, starts watching it and takes in what is already there. */
  async start(): Promise<void> {
    await this.deskSync.connect();
  }

  /** Stops watching and waits for the running operations. */
  async close(): Promise<void> {
    await this.deskSync.stop();
    await this.queue.settled();
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

  /** Runs fn in the desk's turn (sync, choosing the desk, the key ring, the inbox). */
  private onDesk<T>(fn: () => Promise<T>): Promise<T> {
    return this.queue.run(DESK_TURN, fn);
  }

  /** Runs fn in an article's turn: after the work on that article asked for before it. */
  private onArticle<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return this.queue.run(articleTurn(id), fn);
  }

  // ---- desk ---------------------------------------------------------------------------------

  /** The desk in use, or null before one is chosen. */
  currentDesk(): Desk | null {
    return this.deskSync.currentDesk();
  }

  /** The conflict copies the last full reading of the desk found. */
  deskConflicts(): DeskScan['conflicts'] {
    return this.deskSync.deskConflicts();
  }

  /** The desk folder and whether it can be reached now. */
  deskInfo(): Promise<DeskInfo> {
    return this.onDesk(() => this.deskSync.deskInfo());
  }

  /** Chooses the desk folder (created if missing) and starts watching it. */
  setDesk(path: string): Promise<DeskInfo> {
    return this.onDesk(() => this.deskSync.setDesk(path));
  }

  /** Takes in every new package in the desk now (the watcher calls this too). */
  refresh(): Promise<SyncReport> {
    return this.onDesk(() => this.deskSync.sync());
  }

  // ---- profile and keys ----------------------------------------------------------------------

  /** The user's profile, or null before one is made. */
  profile(): Promise<ProfileInfo | null> {
    return this.onDesk(() => this.keyRing.profile());
  }

  /** Creates or updates the profile (a key pair is made once). */
  setProfile(name: string, roles: Role[]): Promise<ProfileInfo> {
    return this.onDesk(() => this.keyRing.setProfile(name, roles));
  }

  /** The key list, own key first. */
  listKeys(): Promise<KeyEntry[]> {
    return this.onDesk(() => this.keyRing.listKeys());
  }

  /** The user's public key file, its name and content (the transport saves or downloads it). */
  exportKey(): Promise<ExportedKey> {
    return this.onDesk(() => this.keyRing.exportKey());
  }

  /** Adds a key from a public key file (its content or its path); it is not trusted yet. */
  importKey(input: { content?: string; path?: string }): Promise<KeyEntry> {
    return this.onDesk(() => this.keyRing.importKey(input));
  }

  /** Sets the roles a key is trusted for; packages refused for lack of trust are read again. */
  trustKey(keyId: string, roles: Role[]): Promise<KeyEntry> {
    return this.onDesk(() => this.keyRing.trustKey(keyId, roles));
  }

  /** Forgets an imported key (the own key cannot be removed: it is not in the list). */
  removeKey(keyId: string): Promise<KeyEntry> {
    return this.onDesk(() => this.keyRing.removeKey(keyId));
  }

  // ---- the article under review --------------------------------------------------------------

  /** Opens an article for review (the editor's inbox marks it in review). */
  open(id: string): Promise<ReviewView> {
    return this.onArticle(id, () => this.articles.open(id));
  }

  /**
   * The status of a library article (also stored in the article when it changed, e.g. after an
   * edit voided an approval), or of the working copy on the editor's side.
   */
  status(id: string): Promise<ApprovalStatus> {
    return this.onArticle(id, () => this.articles.status(id));
  }

  /**
   * The status a new version of a library article has (the Library's `statusOnSave`, so the save
   * writes it in the same article.json). Not in the article's turn: that turn may be waiting on
   * this very save (accepting suggestions saves through the library); it only reads review
   * records, which are replaced atomically.
   */
  statusOnSave(article: Article): Promise<ArticleStatus> {
    return this.articles.statusOnSave(article);
  }

  /** Call after a library without `statusOnSave` saved an article: an edit may void an approval or a submission. */
  articleSaved(id: string): Promise<ApprovalStatus | null> {
    return this.onArticle(id, () => this.articles.articleSaved(id));
  }

  /** Every decision this machine knows about an article, oldest first. */
  decisions(id: string): Promise<DecisionRecord[]> {
    return this.onArticle(id, () => this.decided.list(id));
  }

  // ---- comments and suggestions --------------------------------------------------------------

  /** Starts a thread (on a range, on a photo, or on the whole article) or replies in one. */
  comment(
    id: string,
    text: string,
    on: { range?: { blockId: string; field: TextField; start: number; end: number }; figure?: { blockId: string } } = {},
    threadId?: string,
  ): Promise<Thread> {
    return this.onArticle(id, () => this.notes.comment(id, text, on, threadId));
  }

  /** Marks a thread resolved or open again. */
  resolve(id: string, threadId: string, resolved: boolean): Promise<Thread> {
    return this.onArticle(id, () => this.notes.resolve(id, threadId, resolved));
  }

  /** Suggests replacing a range with `text` (an empty range inserts, an empty text deletes). */
  suggest(id: string, range: { blockId: string; field: TextField; start: number; end: number }, text: string): Promise<Suggestion> {
    return this.onArticle(id, () => this.notes.suggest(id, range, text));
  }

  /** Accepts open suggestions (all, or those listed) into the text the user holds. */
  accept(id: string, ids?: readonly string[]): Promise<ReviewView> {
    return this.onArticle(id, () => this.notes.accept(id, ids));
  }

  /** Rejects open suggestions (all, or those listed); the text stays as it is. */
  reject(id: string, ids?: readonly string[]): Promise<ReviewView> {
    return this.onArticle(id, () => this.notes.reject(id, ids));
  }

  /**
   * Suggesting mode: the editor's own text of some units; their suggestions there become the
   * changes from the text under review to it (suggestions.ts). Returns every suggestion.
   */
  propose(id: string, proposals: readonly Proposal[]): Promise<PlacedSuggestion[]> {
    return this.onArticle(id, () => this.notes.propose(id, proposals));
  }

  // ---- submitting and deciding ---------------------------------------------------------------

  /** Puts a signed submission of the article's current version into the desk. */
  submit(id: string): Promise<SubmitReceipt> {
    return this.onArticle(id, () => this.decided.submit(id));
  }

  /** Approves the submission (with an optional note): signs the content hash of the working copy. */
  approve(id: string, submissionId: string, note = ''): Promise<DecisionRecord> {
    return this.onArticle(id, () => this.decided.approve(id, submissionId, note));
  }

  /** Returns the submission to the reporter with a note (and the review's notes). */
  returnArticle(id: string, submissionId: string, note: string): Promise<DecisionRecord> {
    return this.onArticle(id, () => this.decided.returnArticle(id, submissionId, note));
  }

  /**
   * Voids a decision with a signed withdrawal in the desk (withdraw.ts): one's own at any time,
   * another editor's with a reason.
   */
  withdraw(id: string, decisionId: string, reason = ''): Promise<DecisionRecord> {
    return this.onArticle(id, () => this.decided.withdraw(id, decisionId, reason));
  }

  // ---- inbox and diff ------------------------------------------------------------------------

  /** The editor's inbox: every submission received, refused packages, packages still arriving. */
  inbox(): Promise<Inbox> {
    return this.onDesk(() => this.inboxBuilder.build());
  }

  /**
   * The word diff between two versions (library, working copy, submission, decision, revision),
   * in the turn of the article a version names; two packages (never changed once written) need none.
   */
  diff(from: DiffRef, to: DiffRef): Promise<ArticleDiff> {
    const id = 'id' in from ? from.id : 'id' in to ? to.id : null;
    const run = (): Promise<ArticleDiff> => this.articles.diff(from, to);
    return id ? this.onArticle(id, run) : run();
  }
}

/** Creates the review service and starts it (desk watch, first scan). */
export async function createReviewService(options: ReviewServiceOptions): Promise<ReviewService> {
  const service = new ReviewService(options);
  await service.start();
  return service;
}

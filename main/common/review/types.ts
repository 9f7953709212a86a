// What the review service reports across the contract: profiles and keys, submissions and
// decisions as recorded on this machine, the editor's inbox, an article's approval status.
// JSON-plain, shared by the services and the UI.

import type { Article, ArticleStatus } from '../article/model.ts';
import type { AssetInfo } from '../contract/media.ts';
import type { AnchorState } from './anchor.ts';
import type { PhotoLabel } from './figure-target.ts';
import type { SinceChanges } from './changes.ts';
import type { Person, Suggestion, Thread } from './notes.ts';
import type { UnitDiff } from './diff.ts';
import type { DeskConflictInfo } from '../desk/types.ts';

export type Role = 'reporter' | 'editor';
export const ROLES: readonly Role[] = ['reporter', 'editor'];

export interface ProfileInfo {
  name: string;
  roles: Role[];
  /** SHA-256 (hex) of the raw Ed25519 public key. */
  keyId: string;
  /** What people read aloud to compare keys: the first 128 bits of keyId in groups of four. */
  fingerprint: string;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
  createdAt: string;
  /** How the private key is kept: `safeStorage` (the OS keychain) or `file` (a 0600 file). */
  protectedBy: string;
}

export interface KeyEntry {
  keyId: string;
  fingerprint: string;
  name: string;
  publicKey: string;
  /** The roles its owner's key file claims; only trustedRoles count. */
  claimedRoles: Role[];
  /** The roles this newsroom trusts the key for; empty: known but not trusted. */
  trustedRoles: Role[];
  importedAt: string;
  trustedAt?: string;
  /** This machine's own key (trusted for the profile's roles). */
  own?: boolean;
}

export interface SubmissionRecord {
  packageId: string;
  articleId: string;
  version: number;
  headline: string;
  contentHash: string;
  submittedAt: string;
  submitter: Person;
  /** Made on this machine. */
  own: boolean;
  receivedAt: string;
  /** The article's category, for the inbox's filter (absent in records made before it was kept). */
  category?: string;
}

export type Verdict = 'approved' | 'returned';

export interface DecisionRecord {
  packageId: string;
  articleId: string;
  submissionId: string;
  /** The content hash of the submission decided on. */
  submissionHash: string;
  verdict: Verdict;
  note: string;
  /** The content hash the editor signed: the submission with the suggestions the editor accepted. */
  contentHash: string;
  decidedAt: string;
  editor: Person;
  own: boolean;
  receivedAt: string;
  /** Suggestions accepted by the editor that could not be applied to the reporter's changed text. */
  unapplied?: string[];
  /** Set when a signed withdrawal voided this decision: it then counts for nothing. */
  withdrawn?: Withdrawal;
}

/** Who voided a decision, when and why (a signed `withdrawal` package, docs/review.md). */
export interface Withdrawal {
  packageId: string;
  by: Person;
  at: string;
  /** Required when someone other than the decision's signer withdraws it. */
  reason: string;
  own: boolean;
}

export interface Approval {
  by: Person;
  at: string;
  contentHash: string;
  packageId: string;
  /** false once the article changed after the approval: the approval is void. */
  valid: boolean;
}

export interface ApprovalStatus {
  articleId: string;
  status: ArticleStatus;
  /** Approved and unchanged since: the UI keeps it read-only until the reporter chooses to edit. */
  locked: boolean;
  contentHash: string;
  /** The latest submission, if any. */
  submission: SubmissionRecord | null;
  changedSinceSubmission: boolean;
  /** The one decision on the latest submission (none, or see conflict). */
  decision: DecisionRecord | null;
  approval: Approval | null;
  /** Two or more decisions on the latest submission: all kept, shown side by side. */
  conflict: DecisionRecord[];
  /** Decisions on the latest submission that were withdrawn (newest last). */
  withdrawn: DecisionRecord[];
}

export type InboxState = 'new' | 'in-review' | 'decided' | 'conflict';

export interface InboxItem {
  submission: SubmissionRecord;
  state: InboxState;
  /** false when a newer submission of the same article has arrived. */
  latest: boolean;
  decisions: DecisionRecord[];
  openThreads: number;
  openSuggestions: number;
  /** The submitted article's category ('' when none). */
  category: string;
}

export interface RefusedPackage {
  /** The package's (or receipt's) file name in the desk. */
  name: string;
  kind: 'submission' | 'decision' | 'receipt';
  /** A key of review:errors (e.g. `tampered`, `unknown-key`). */
  reason: string;
  /** The sentence's parameters; `message` is it in the UI language. */
  params: Record<string, string | number>;
  message: string;
  refusedAt: string;
  /** Where the refused file was kept for inspection. */
  quarantine: string;
}

export interface Inbox {
  items: InboxItem[];
  refused: RefusedPackage[];
  /** Packages still being copied into the desk, or decisions waiting for their submission (read again later). */
  incomplete: { name: string; kind: 'submission' | 'decision' | 'receipt'; size: number }[];
  /** Conflict copies a sync engine made that differ from their package: someone changed a package. */
  conflicts: DeskConflictInfo[];
}

/** A thread as shown: where its anchor is now, and the photo it is about ("Ảnh N"), if any. */
export type PlacedThread = Thread & { anchorState: AnchorState; photo?: PhotoLabel };

/** A figure's photo as the review screen shows it: the preview this laptop made of the original. */
export interface ReviewPhoto {
  assetId: string;
  /** `preparing`: the preview is still being made from the original (editor's side, just after intake). */
  state: 'ready' | 'preparing' | 'failed';
  info: AssetInfo | null;
  /** Why no preview could be made, in the UI language. */
  problem?: string;
}
export type PlacedSuggestion = Suggestion & { anchorState: AnchorState };

export interface ReviewView {
  articleId: string;
  /** `reporter`: the article is in this library; `editor`: it came through the desk. */
  side: 'reporter' | 'editor';
  /** Reporter: the library article. Editor: the latest submission with the suggestions the editor accepted. */
  article: Article;
  submissions: SubmissionRecord[];
  decisions: DecisionRecord[];
  threads: PlacedThread[];
  suggestions: PlacedSuggestion[];
  status: ApprovalStatus;
  /** Every figure's photo, in the article's order. */
  photos: ReviewPhoto[];
  /** What changed from the previous submission to the latest, or null for a first submission. */
  since: SinceChanges | null;
  /** The related articles, with their headline where this laptop knows it. */
  related: { id: string; headline: string | null }[];
}

export interface SubmitReceipt {
  submission: SubmissionRecord;
  /** true when this exact content was already waiting at the desk: nothing new was sent. */
  alreadySubmitted: boolean;
}

export interface DeskInfo {
  path: string | null;
  reachable: boolean;
}

export interface ArticleDiff {
  /** What each side is (`current`, `draft`, `submission`, `decision`, `revision`) and its version. */
  from: { kind: string; version: number; contentHash: string };
  to: { kind: string; version: number; contentHash: string };
  units: UnitDiff[];
  /** Counts of changed, added and removed units, for a summary line. */
  changed: number;
  added: number;
  removed: number;
}

export interface ExportedKey {
  fileName: string;
  /** The key file's JSON text. */
  content: string;
  /** Where it was written, when a path was given. */
  path?: string;
  /** The save dialog was cancelled: nothing was written. */
  canceled?: boolean;
}

/** What a refresh of the desk did. */
export interface SyncReport {
  accepted: number;
  refused: number;
  incomplete: number;
}

/** `AB12 CD34 …`: 32 hex digits of a key id in groups of four, for reading aloud. */
export function fingerprintOf(keyId: string): string {
  return (
    keyId
      .slice(0, 32)
      .toUpperCase()
      .match(/.{1,4}/g) ?? []
  ).join(' ');
}

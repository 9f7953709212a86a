// What taking in a desk package needs from the review service (intake.ts, and withdraw.ts for the
// withdrawals intake hands it): its own module so the two do not import each other.

import type { ApprovalStatus } from '../../common/review/types.ts';
import type { ReviewLibrary } from './library.ts';
import type { PackageLimits } from './limits.ts';
import type { ProfileStore } from './profile.ts';
import type { ReviewStore } from './store.ts';

/** The stores, clocks and limits one intake works with. */
export interface IntakeContext {
  store: ReviewStore;
  profiles: ProfileStore;
  library: ReviewLibrary;
  limits: PackageLimits;
  now: () => string;
  clock: () => Date;
  writeStatus: (id: string) => Promise<ApprovalStatus | null>;
  /**
   * The file was reported the moment it appeared (desk.ts, Arrival `fresh`) and may still be
   * growing: only taking it in counts; anything else (not a zip yet, a bad signature over half a
   * file) waits for its settled report and is never recorded as refused.
   */
  mayBeGrowing?: boolean;
  /** A file still without its zip end record this long after its last change is not arriving: it is refused. */
  incompleteAfterMs: number;
  /** How long a decision may wait for its submission to arrive before it is refused as about an unknown one. */
  awaitSubmissionMs: number;
  /** Asks for another scan of the desk (refused packages were released to be read again). */
  rescan?: () => void;
  /**
   * Runs the recording of a verified package in its article's turn (the review service's queue
   * for that article), so it never interleaves with the user's own work on the article. Absent:
   * runs at once.
   */
  inArticleTurn?: <T>(articleId: string, fn: () => Promise<T>) => Promise<T>;
}

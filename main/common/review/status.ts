// An article's place in review, computed from what this machine knows (its submissions and the
// decisions picked up from the desk) and the hash of its current content. Never stored: an edit
// voids an approval simply because the hash no longer matches the one the editor signed. A
// withdrawn decision counts for nothing: the submission waits for a decision again.

import type { ArticleStatus } from '../article/model.ts';
import type { ApprovalStatus, DecisionRecord, SubmissionRecord } from './types.ts';

/** Newest first: by article version, then time, then id (for a stable order). */
export function latestSubmission(submissions: readonly SubmissionRecord[]): SubmissionRecord | null {
  let best: SubmissionRecord | null = null;
  for (const s of submissions) {
    if (
      !best ||
      s.version > best.version ||
      (s.version === best.version &&
        (s.submittedAt > best.submittedAt || (s.submittedAt === best.submittedAt && s.packageId > best.packageId)))
    )
      best = s;
  }
  return best;
}

const byDecidedAt = (a: DecisionRecord, b: DecisionRecord): number => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : 0);

/** The decisions in force on a submission (withdrawn ones left out), oldest first. */
export function decisionsOn(decisions: readonly DecisionRecord[], submissionId: string): DecisionRecord[] {
  return decisions.filter((d) => d.submissionId === submissionId && !d.withdrawn).sort(byDecidedAt);
}

/** The withdrawn decisions on a submission, oldest first. */
export function withdrawnOn(decisions: readonly DecisionRecord[], submissionId: string): DecisionRecord[] {
  return decisions.filter((d) => d.submissionId === submissionId && d.withdrawn).sort(byDecidedAt);
}

/** The review status of an article whose current content hashes to `contentHash`. */
export function approvalStatus(
  articleId: string,
  contentHash: string,
  submissions: readonly SubmissionRecord[],
  decisions: readonly DecisionRecord[],
): ApprovalStatus {
  const submission = latestSubmission(submissions);
  const base = {
    articleId,
    contentHash,
    submission,
    decision: null,
    approval: null,
    conflict: [] as DecisionRecord[],
    withdrawn: [] as DecisionRecord[],
    locked: false,
  };
  if (!submission) return { ...base, status: 'draft', changedSinceSubmission: false };
  const on = decisionsOn(decisions, submission.packageId);
  base.withdrawn = withdrawnOn(decisions, submission.packageId);
  // The editor's accepted suggestions, adopted on pickup, are not the reporter's change (nor
  // after that decision was withdrawn).
  const changed = contentHash !== submission.contentHash && !on.concat(base.withdrawn).some((d) => d.contentHash === contentHash);
  if (on.length >= 2) return { ...base, status: 'submitted', changedSinceSubmission: changed, conflict: on };
  const decision = on[0];
  if (!decision) return { ...base, status: changed ? 'draft' : 'submitted', changedSinceSubmission: changed };
  if (decision.verdict === 'returned') return { ...base, status: 'returned', changedSinceSubmission: changed, decision };
  const valid = contentHash === decision.contentHash;
  const status: ArticleStatus = valid ? 'approved' : 'draft';
  return {
    ...base,
    status,
    locked: valid,
    changedSinceSubmission: changed,
    decision,
    approval: { by: decision.editor, at: decision.decidedAt, contentHash: decision.contentHash, packageId: decision.packageId, valid },
  };
}

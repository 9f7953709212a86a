// Withdrawing a decision: a signed `withdrawal` package in the desk that voids one approval or
// return (docs/review.md). Its own signer may withdraw a decision at any time; another trusted
// editor only with a reason. Every laptop that knows the decision reads the withdrawal and from
// then on counts the decision for nothing: the submission waits for a decision again and the
// reporter's article is no longer locked. A withdrawal of a decision this laptop does not know,
// by a key not trusted as editor, or by another editor without a reason is refused like any bad
// package.

import { articleHeadline } from '../../common/article/model.ts';
import { newReviewId } from '../../common/review/ids.ts';
import { mergeNotes } from '../../common/review/notes.ts';
import type { DecisionRecord } from '../../common/review/types.ts';
import { nfc } from '../../common/text/nfc.ts';
import { packageName, type Desk, type DeskEntry } from './desk.ts';
import { reviewError } from './errors.ts';
import { contentHashOf } from './hash.ts';
import type { IntakeContext } from './intake-context.ts';
import type { ProfileStore } from './profile.ts';
import { publishing } from './publish.ts';
import type { VerifiedPackage } from './reader.ts';
import type { ReviewStore } from './store.ts';
import { writePackage } from './writer.ts';

export interface WithdrawContext {
  store: ReviewStore;
  profiles: ProfileStore;
  desk: Desk;
  now: () => string;
  clock: () => Date;
}

/** Refusals a newly arrived decision may lift: a withdrawal that came before its decision. */
export const WAITING_FOR_DECISION: ReadonlySet<string> = new Set(['unknown-decision']);

/**
 * Puts a signed withdrawal of `decisionId` into the desk (beside the submission it concerns, in
 * its reporter's lane on a lanes desk) and records it here; returns the decision, now withdrawn,
 * and the desk entry written.
 */
export async function publishWithdrawal(
  ctx: WithdrawContext,
  articleId: string,
  decisionId: string,
  reason: string,
): Promise<{ decision: DecisionRecord; entry: DeskEntry }> {
  const signer = await ctx.profiles.signer('editor');
  const review = await ctx.store.readArticle(articleId);
  const decision = review.decisions.find((d) => d.packageId === decisionId);
  if (!decision) throw reviewError('not-found', { what: 'decision', ref: decisionId });
  if (decision.withdrawn) throw reviewError('already-withdrawn');
  const submitterKeyId = review.submissions.find((s) => s.packageId === decision.submissionId)?.submitter.keyId ?? '';
  if (submitterKeyId === signer.person.keyId) throw reviewError('self-approval');
  const why = nfc(reason).trim();
  if (decision.editor.keyId !== signer.person.keyId && !why) throw reviewError('withdraw-not-allowed', { name: signer.person.name });
  // The package carries the decided article, so every reader can check it names that decision.
  const article = await ctx.store.packageArticle(decisionId);
  const createdAt = ctx.now();
  const packageId = newReviewId('w', ctx.clock().getTime());
  const name = packageName(articleId, packageId);
  const reply = { submission: packageName(articleId, decision.submissionId), submitterKeyId };
  let written!: Awaited<ReturnType<typeof writePackage>>;
  const entry = await publishing(ctx.desk, () =>
    ctx.desk.publish(
      'decision',
      name,
      async (path) => {
        written = await writePackage(path, {
          kind: 'withdrawal',
          packageId,
          createdAt,
          signer,
          article,
          headline: articleHeadline(article.content),
          contentHash: contentHashOf(article),
          notes: review.notes,
          withdrawal: { decisionId, submissionId: decision.submissionId, reason: why },
          media: [],
        });
      },
      reply,
    ),
  );
  await ctx.store.keepOwn(packageId, written);
  decision.withdrawn = { packageId, by: signer.person, at: createdAt, reason: why, own: true };
  await ctx.store.writeArticle(review);
  return { decision, entry };
}

/** Takes in a verified withdrawal package (intake.ts): checks it makes sense here, then records it. */
export async function takeWithdrawal(ctx: IntakeContext, pkg: VerifiedPackage): Promise<string> {
  const m = pkg.manifest;
  const w = m.withdrawal;
  if (!w) throw reviewError('malformed', { entry: 'manifest.json', detail: 'withdrawal' });
  const id = m.article.id;
  const review = await ctx.store.readArticle(id);
  const decision = review.decisions.find((d) => d.packageId === w.decisionId);
  // It must name a decision known here, on the submission it says, with the article it decided.
  if (
    !decision ||
    decision.articleId !== id ||
    decision.submissionId !== w.submissionId ||
    decision.contentHash !== m.article.contentHash
  ) {
    throw reviewError('unknown-decision');
  }
  if (decision.withdrawn) {
    // The same package again (copied under another name, or re-read): nothing changes.
    if (decision.withdrawn.packageId === m.packageId) return id;
    throw reviewError('already-withdrawn');
  }
  // Nobody decides on their own article, not even by withdrawing an editor's return.
  if (review.submissions.find((s) => s.packageId === decision.submissionId)?.submitter.keyId === m.signer.keyId)
    throw reviewError('self-approval');
  const reason = nfc(w.reason).trim();
  if (decision.editor.keyId !== m.signer.keyId && !reason) throw reviewError('withdraw-not-allowed', { name: pkg.signer.name });
  await ctx.store.admit(m.packageId, pkg.dir, pkg.manifestBytes, pkg.signatureBytes);
  decision.withdrawn = {
    packageId: m.packageId,
    by: { keyId: m.signer.keyId, name: pkg.signer.name },
    at: m.createdAt,
    reason,
    own: false,
  };
  review.notes = mergeNotes(review.notes, pkg.notes);
  await ctx.store.writeArticle(review);
  if (await ctx.library.has(id)) await ctx.writeStatus(id);
  return id;
}

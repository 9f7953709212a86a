// Taking in one package from the desk: copy it into a fresh quarantine folder, verify it there
// (reader.ts), check that it makes sense here (a decision on a submission we know, the latest
// one, not by its own author), and only then move it into the store and record it. A refused
// package stays in its quarantine folder with refused.json (store.ts keeps one copy per content,
// within the quarantine's size cap); one larger than any package may be is refused by its name and
// size without being copied. Nothing else is written.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { nfc } from '../../common/text/nfc.ts';
import { acceptSuggestions, mergeNotes, reanchorNotes, type ReviewNotes } from '../../common/review/notes.ts';
import { latestSubmission } from '../../common/review/status.ts';
import type { DecisionRecord, SubmissionRecord } from '../../common/review/types.ts';
import type { Logger } from '../logger.ts';
import type { Desk, DeskEntry } from './desk.ts';
import type { IntakeContext } from './intake-context.ts';
import { reviewError, reviewReason } from './errors.ts';
import { contentHashOf } from './hash.ts';
import { readPackage, type VerifiedPackage } from './reader.ts';
import { takeWithdrawal, WAITING_FOR_DECISION } from './withdraw.ts';

export type IntakeOutcome =
  | { kind: 'accepted'; articleId: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'incomplete' }
  /** A decision whose submission has not arrived yet (a sync engine brings files in any order). */
  | { kind: 'waiting' }
  /** Read on a fresh report and not taken: judged again once its size has settled. */
  | { kind: 'unsettled' }
  | { kind: 'failed' };

/** Reads one desk entry through quarantine; never throws. */
export function intakeEntry(ctx: IntakeContext, desk: Desk, entry: DeskEntry, logger?: Logger): Promise<IntakeOutcome> {
  return throughQuarantine(ctx, desk, entry, logger, async (file, q) => {
    const pkg = await readPackage(file, join(q, 'x'), { limits: ctx.limits, lookupKey: (k) => ctx.profiles.lookup(k), name: entry.name });
    const kind = pkg.manifest.kind;
    // The article is known only once the package is read (a file may carry any name): its turn is taken here.
    const take = (): Promise<string> =>
      kind === 'submission' ? takeSubmission(ctx, pkg) : kind === 'decision' ? takeDecision(ctx, pkg, logger) : takeWithdrawal(ctx, pkg);
    return ctx.inArticleTurn ? ctx.inArticleTurn(pkg.manifest.article.id, take) : take();
  });
}

/**
 * Copies a desk file into a fresh quarantine folder and hands it to `take`, which verifies it
 * and records it (answering its article id) or throws the review error refusing it. A refused
 * file stays in quarantine with refused.json; nothing else is written. Never throws.
 */
export async function throughQuarantine(
  ctx: IntakeContext,
  desk: Desk,
  entry: DeskEntry,
  logger: Logger | undefined,
  take: (file: string, quarantine: string) => Promise<string>,
): Promise<IntakeOutcome> {
  let q: string | null = null;
  try {
    q = await ctx.store.newQuarantine(ctx.clock());
    // Larger than any package may be: refused by its name and size, never copied.
    if (entry.size > ctx.limits.maxPackageBytes)
      throw reviewError('too-large', { entry: entry.name, size: entry.size, max: ctx.limits.maxPackageBytes });
    const file = join(q, entry.kind === 'receipt' ? 'receipt.json' : 'package.zip');
    await desk.fetch(entry, file, { onlyIfEndsWhole: ctx.mayBeGrowing === true });
    const articleId = await take(file, q);
    await rm(q, { recursive: true, force: true });
    return { kind: 'accepted', articleId };
  } catch (caught) {
    if (ctx.mayBeGrowing) {
      if (q) await rm(q, { recursive: true, force: true }).catch(() => undefined);
      return { kind: 'unsettled' };
    }
    let err = caught;
    const age = Date.now() - entry.modifiedMs;
    if (reviewReason(err) === 'incomplete' && age > ctx.incompleteAfterMs) err = reviewError('not-a-zip', { name: entry.name });
    const reason = reviewReason(err);
    if (reason === 'unknown-submission' && entry.kind === 'decision' && age < ctx.awaitSubmissionMs) {
      if (q) await rm(q, { recursive: true, force: true }).catch(() => undefined);
      return { kind: 'waiting' };
    }
    if (q && reason && reason !== 'incomplete') {
      const params = { ...(err as { params: Record<string, string | number> }).params };
      delete params.reason;
      await ctx.store
        .refuse(q, {
          kind: entry.kind,
          name: entry.name,
          size: entry.size,
          modifiedMs: entry.modifiedMs,
          reason,
          params,
          refusedAt: ctx.now(),
        })
        .catch((e) => logger?.error('review: cannot record a refusal', { err: String(e) }));
      logger?.warn('review: package refused', { name: entry.name, reason });
      return { kind: 'refused', reason };
    }
    if (q) await rm(q, { recursive: true, force: true }).catch(() => undefined);
    if (reason === 'incomplete') return { kind: 'incomplete' };
    // Disk errors and the like: not the package's fault; it is read again at the next scan.
    logger?.error('review: cannot take in a package', { name: entry.name, err: String(err) });
    return { kind: 'failed' };
  }
}

async function takeSubmission(ctx: IntakeContext, pkg: VerifiedPackage): Promise<string> {
  const m = pkg.manifest;
  const id = m.article.id;
  const review = await ctx.store.readArticle(id);
  const admitted = await ctx.store.admit(m.packageId, pkg.dir, pkg.manifestBytes, pkg.signatureBytes);
  if (admitted === 'known' && review.submissions.some((s) => s.packageId === m.packageId)) return id;
  const own = (await ctx.profiles.profile())?.keyId === m.signer.keyId;
  const record: SubmissionRecord = {
    packageId: m.packageId,
    articleId: id,
    version: m.article.version,
    headline: nfc(m.article.headline),
    contentHash: m.article.contentHash,
    submittedAt: m.createdAt,
    // The name this newsroom gave the key, not the one the package claims.
    submitter: { keyId: m.signer.keyId, name: pkg.signer.name },
    own,
    receivedAt: ctx.now(),
    category: nfc(pkg.article.meta?.category ?? ''),
  };
  review.submissions.push(record);
  review.headline = record.headline;
  review.notes = reanchorNotes(mergeNotes(review.notes, pkg.notes), pkg.article.content);
  await ctx.store.writeArticle(review);
  return id;
}

async function takeDecision(ctx: IntakeContext, pkg: VerifiedPackage, logger?: Logger): Promise<string> {
  const m = pkg.manifest;
  const d = m.decision;
  if (!d) throw reviewError('malformed', { entry: 'manifest.json', detail: 'decision' });
  const id = m.article.id;
  if (d.submitterKeyId === m.signer.keyId) throw reviewError('self-approval');
  const review = await ctx.store.readArticle(id);
  const submission = review.submissions.find((s) => s.packageId === d.submissionId);
  if (
    !submission ||
    submission.contentHash !== d.submissionHash ||
    submission.submitter.keyId !== d.submitterKeyId ||
    submission.articleId !== id
  ) {
    throw reviewError('unknown-submission');
  }
  const reporterSide = await ctx.library.has(id);
  const latest = latestSubmission(review.submissions) as SubmissionRecord;
  // On the reporter's side a decision only ever applies to the latest submission: an old
  // approval replayed after the article moved on must not approve the new version.
  if (reporterSide && latest.packageId !== submission.packageId) throw reviewError('stale-decision', { version: submission.version });
  const admitted = await ctx.store.admit(m.packageId, pkg.dir, pkg.manifestBytes, pkg.signatureBytes);
  if (admitted === 'known' && review.decisions.some((x) => x.packageId === m.packageId)) return id;

  const record: DecisionRecord = {
    packageId: m.packageId,
    articleId: id,
    submissionId: d.submissionId,
    submissionHash: d.submissionHash,
    verdict: d.verdict,
    note: nfc(d.note),
    contentHash: m.article.contentHash,
    decidedAt: m.createdAt,
    editor: { keyId: m.signer.keyId, name: pkg.signer.name },
    own: false,
    receivedAt: ctx.now(),
  };
  const before = review.notes;
  review.decisions.push(record);
  review.notes = mergeNotes(review.notes, pkg.notes);
  if (reporterSide) {
    try {
      const unapplied = await bringIntoLibrary(ctx, id, submission, pkg, before, record);
      if (unapplied.length) record.unapplied = unapplied;
    } catch (err) {
      // The decision is recorded either way; the reporter can still accept the suggestions by hand.
      logger?.warn('review: cannot apply the editor’s changes', { id, err: String(err) });
    }
  }
  await ctx.store.writeArticle(review);
  if (reporterSide) await ctx.writeStatus(id);
  // A withdrawal of this decision that came first is read again.
  if (await ctx.store.retryRefusals(WAITING_FOR_DECISION)) ctx.rescan?.();
  return id;
}

/**
 * Brings the editor's accepted suggestions into the reporter's article. Unchanged since it was
 * submitted: the article becomes exactly the version the editor signed. Changed meanwhile: each
 * newly accepted suggestion is applied where its text is still found; the rest are returned.
 */
async function bringIntoLibrary(
  ctx: IntakeContext,
  id: string,
  submission: SubmissionRecord,
  pkg: VerifiedPackage,
  before: ReviewNotes,
  record: DecisionRecord,
): Promise<string[]> {
  const current = await ctx.library.get(id);
  const hash = contentHashOf(current);
  if (hash === submission.contentHash) {
    if (pkg.manifest.article.contentHash !== hash) await ctx.library.saveContent(id, pkg.article.content, current.version);
    return [];
  }
  const fresh = pkg.notes.suggestions
    .filter((s) => s.status === 'accepted' && before.suggestions.find((x) => x.id === s.id)?.status !== 'accepted')
    .map((s) => ({ ...s, status: 'open' as const }));
  if (fresh.length === 0) return [];
  const result = acceptSuggestions(current.content, { threads: [], suggestions: fresh }, 'all', record.editor, record.decidedAt);
  if (result.accepted.length) await ctx.library.saveContent(id, result.content, current.version);
  return result.failed;
}

// Submitting and deciding: the reporter's signed submission of the current version, the editor's
// signed approval or return of the working copy, and withdrawing a decision. Each puts a package
// into the desk and records it in the article's review.

import { articleHeadline } from '../../common/article/model.ts';
import { newReviewId } from '../../common/review/ids.ts';
import { reanchorNotes } from '../../common/review/notes.ts';
import { decisionsOn, latestSubmission } from '../../common/review/status.ts';
import type { DecisionRecord, SubmissionRecord, SubmitReceipt, Verdict } from '../../common/review/types.ts';
import { nfc } from '../../common/text/nfc.ts';
import { packageName, type Desk, type DeskEntry } from './desk.ts';
import { reviewError } from './errors.ts';
import type { ReviewEvent } from './events.ts';
import { contentHashOf } from './hash.ts';
import type { ReviewLibrary } from './library.ts';
import type { ProfileStore } from './profile.ts';
import { publishing } from './publish.ts';
import type { ReviewStore } from './store.ts';
import type { ArticlesUnderReview } from './under-review.ts';
import { publishWithdrawal } from './withdraw.ts';
import { figureOriginals, writePackage } from './writer.ts';

/** What deciding needs of the desk sync: the desk, and a way to note a file this machine wrote. */
export interface DeskAccess {
  requireDesk(): Promise<Desk>;
  markSeen(entry: DeskEntry): Promise<void>;
}

export class Decisions {
  constructor(
    private readonly store: ReviewStore,
    private readonly profiles: ProfileStore,
    private readonly library: ReviewLibrary,
    private readonly articles: ArticlesUnderReview,
    private readonly desk: DeskAccess,
    private readonly clock: () => Date,
    private readonly emit: (e: ReviewEvent) => void,
  ) {}

  private now(): string {
    return this.clock().toISOString();
  }

  /** Every decision this machine knows about an article, oldest first. */
  async list(id: string): Promise<DecisionRecord[]> {
    return [...(await this.store.readArticle(id)).decisions].sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : 1));
  }

  /** Puts a signed submission of the article's current version into the desk. */
  async submit(id: string): Promise<SubmitReceipt> {
    const signer = await this.profiles.signer('reporter');
    const desk = await this.desk.requireDesk();
    const article = await this.library.get(id);
    const hash = contentHashOf(article);
    const review = await this.store.readArticle(id);
    const status = this.articles.statusOf(id, article, review);
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
    await this.desk.markSeen(entry);
    await this.articles.writeStatus(id);
    this.emit({ type: 'status', articleId: id });
    return { submission, alreadySubmitted: false };
  }

  /** Approves the submission (with an optional note): signs the content hash of the working copy. */
  approve(id: string, submissionId: string, note = ''): Promise<DecisionRecord> {
    return this.decide(id, submissionId, 'approved', nfc(note));
  }

  /** Returns the submission to the reporter with a note (and the review's notes). */
  returnArticle(id: string, submissionId: string, note: string): Promise<DecisionRecord> {
    return this.decide(id, submissionId, 'returned', nfc(note));
  }

  private async decide(id: string, submissionId: string, verdict: Verdict, note: string): Promise<DecisionRecord> {
    const signer = await this.profiles.signer('editor');
    const desk = await this.desk.requireDesk();
    const review = await this.store.readArticle(id);
    const submission = review.submissions.find((s) => s.packageId === submissionId);
    if (!submission) throw reviewError('not-found', { what: 'submission', ref: submissionId });
    const latest = latestSubmission(review.submissions) as SubmissionRecord;
    if (latest.packageId !== submission.packageId) throw reviewError('not-latest', { version: latest.version });
    if (submission.submitter.keyId === signer.person.keyId) throw reviewError('self-approval');
    if (review.decisions.some((d) => d.submissionId === submissionId && d.own && !d.withdrawn)) throw reviewError('already-decided');
    const { article } = await this.articles.editorArticle(review);
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
    await this.desk.markSeen(entry);
    this.emit({ type: 'inbox' });
    return record;
  }

  /**
   * Voids a decision with a signed withdrawal in the desk (withdraw.ts): one's own at any time,
   * another editor's with a reason.
   */
  async withdraw(id: string, decisionId: string, reason = ''): Promise<DecisionRecord> {
    const desk = await this.desk.requireDesk();
    const { decision, entry } = await publishWithdrawal(
      { store: this.store, profiles: this.profiles, desk, now: () => this.now(), clock: this.clock },
      id,
      decisionId,
      reason,
    );
    await this.desk.markSeen(entry);
    if (await this.articles.writeStatus(id)) this.emit({ type: 'status', articleId: id });
    this.emit({ type: 'inbox' });
    return decision;
  }
}

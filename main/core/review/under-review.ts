// The article under review: which side this machine is on (the reporter holds it in the library,
// the editor has it from the desk), the text the user is looking at, its approval status and the
// view the review pane shows. The notes and decisions modules build on it.

import type { Article, ArticleStatus } from '../../common/article/model.ts';
import type { DiffRef } from '../../common/contract/review.ts';
import { diffArticles } from '../../common/review/diff.ts';
import { placeNotes } from '../../common/review/notes.ts';
import { approvalStatus, latestSubmission } from '../../common/review/status.ts';
import type { ApprovalStatus, ArticleDiff, ReviewView, SubmissionRecord } from '../../common/review/types.ts';
import { DatelineError } from '../../common/result.ts';
import { reviewError } from './errors.ts';
import { contentHashOf } from './hash.ts';
import type { ReviewLibrary } from './library.ts';
import type { ReviewScreen } from './screen.ts';
import type { ReviewStore, ArticleReview } from './store.ts';
import type { ReviewEvent } from './events.ts';

export type Side = 'reporter' | 'editor';

export class ArticlesUnderReview {
  constructor(
    private readonly store: ReviewStore,
    private readonly library: ReviewLibrary,
    private readonly screen: ReviewScreen,
    private readonly emit: (e: ReviewEvent) => void,
  ) {}

  /** Reporter side (the library holds the article) or editor side (it came through the desk). */
  async sideOf(id: string): Promise<Side> {
    return (await this.library.has(id)) ? 'reporter' : 'editor';
  }

  /** The editor's working copy: the latest submission plus the suggestions the editor accepted. */
  async editorArticle(review: ArticleReview): Promise<{ article: Article; submission: SubmissionRecord }> {
    const submission = latestSubmission(review.submissions);
    if (!submission) throw reviewError('no-submission');
    const submitted = await this.store.packageArticle(submission.packageId);
    const content = review.draft?.submissionId === submission.packageId ? review.draft.content : submitted.content;
    return { article: { ...submitted, content }, submission };
  }

  /** The text the user is looking at: the library article (reporter) or the working copy (editor). */
  async currentArticle(id: string, review: ArticleReview): Promise<{ side: Side; article: Article }> {
    const side = await this.sideOf(id);
    if (side === 'reporter') return { side, article: await this.library.get(id) };
    return { side, article: (await this.editorArticle(review)).article };
  }

  /** The latest submission of an article on the editor's side (null on the reporter's). */
  async editorsLatest(id: string): Promise<SubmissionRecord | null> {
    if (await this.library.has(id)) return null;
    return latestSubmission((await this.store.readArticle(id)).submissions);
  }

  statusOf(id: string, article: Article, review: ArticleReview): ApprovalStatus {
    return approvalStatus(id, contentHashOf(article), review.submissions, review.decisions);
  }

  /** Recomputes a library article's status and stores it in the article if it changed. */
  async writeStatus(id: string): Promise<ApprovalStatus | null> {
    if (!(await this.library.has(id))) return null;
    const article = await this.library.get(id);
    const status = this.statusOf(id, article, await this.store.readArticle(id));
    if (article.status !== status.status) await this.library.setStatus(id, status.status);
    return status;
  }

  /** What the review pane shows: the text, its history, the placed notes and the status. */
  async view(id: string, review: ArticleReview): Promise<ReviewView> {
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
  async open(id: string): Promise<ReviewView> {
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
  }

  /** The status of a library article (stored in it when it changed), or of the editor's working copy. */
  async status(id: string): Promise<ApprovalStatus> {
    const stored = await this.writeStatus(id);
    if (stored) return stored;
    const review = await this.store.readArticle(id);
    return this.statusOf(id, (await this.editorArticle(review)).article, review);
  }

  /** The status a new version of a library article has (read only: see ReviewService.statusOnSave). */
  async statusOnSave(article: Article): Promise<ArticleStatus> {
    const review = await this.store.readArticle(article.id);
    // No submission: a draft, without hashing the text on every keystroke's save.
    if (!review.submissions.length) return 'draft';
    return this.statusOf(article.id, article, review).status;
  }

  /** After a save: an edit may void an approval or a submission; tells the listeners when it did. */
  async articleSaved(id: string): Promise<ApprovalStatus | null> {
    const before = (await this.library.has(id)) ? (await this.library.get(id)).status : null;
    const status = await this.writeStatus(id);
    if (status && status.status !== before) this.emit({ type: 'status', articleId: id });
    return status;
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
  async diff(from: DiffRef, to: DiffRef): Promise<ArticleDiff> {
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
  }
}

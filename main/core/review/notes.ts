// Comments and suggestions on the article under review: threads on a range, a photo or the whole
// article, suggested replacements, and accepting or rejecting them into the text the user holds.

import { makeAnchor } from '../../common/review/anchor.ts';
import { newReviewId } from '../../common/review/ids.ts';
import {
  acceptSuggestions,
  placeNotes,
  rejectSuggestions,
  type Selector,
  type Suggestion,
  type Thread,
} from '../../common/review/notes.ts';
import { proposeSuggestions, type Proposal } from '../../common/review/suggestions.ts';
import type { PlacedSuggestion, ReviewView } from '../../common/review/types.ts';
import { figureBlocks, textUnits, type TextField } from '../../common/review/units.ts';
import { nfc } from '../../common/text/nfc.ts';
import { reviewError } from './errors.ts';
import type { ReviewEvent } from './events.ts';
import type { ReviewLibrary } from './library.ts';
import type { ProfileStore } from './profile.ts';
import type { ArticleReview, ReviewStore } from './store.ts';
import type { ArticlesUnderReview } from './under-review.ts';

export type TextRange = { blockId: string; field: TextField; start: number; end: number };

export class ReviewNotesKeeper {
  constructor(
    private readonly store: ReviewStore,
    private readonly profiles: ProfileStore,
    private readonly library: ReviewLibrary,
    private readonly articles: ArticlesUnderReview,
    private readonly clock: () => Date,
    private readonly emit: (e: ReviewEvent) => void,
  ) {}

  private now(): string {
    return this.clock().toISOString();
  }

  /** Starts a thread (on a range, on a photo, or on the whole article) or replies in one. */
  async comment(
    id: string,
    text: string,
    on: { range?: TextRange; figure?: { blockId: string } } = {},
    threadId?: string,
  ): Promise<Thread> {
    const { range } = on;
    const signer = await this.profiles.signer();
    const review = await this.store.readArticle(id);
    const { article } = await this.articles.currentArticle(id, review);
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
  }

  /** Marks a thread resolved or open again. */
  async resolve(id: string, threadId: string, resolved: boolean): Promise<Thread> {
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
  }

  /** Suggests replacing a range with `text` (an empty range inserts, an empty text deletes). */
  async suggest(id: string, range: TextRange, text: string): Promise<Suggestion> {
    const signer = await this.profiles.signer();
    const review = await this.store.readArticle(id);
    const { article } = await this.articles.currentArticle(id, review);
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
  }

  /** Accepts open suggestions (all, or those listed) into the text the user holds. */
  async accept(id: string, ids?: readonly string[]): Promise<ReviewView> {
    const signer = await this.profiles.signer();
    const review = await this.store.readArticle(id);
    const sel: Selector = ids ?? 'all';
    checkIds(review, ids);
    const side = await this.articles.sideOf(id);
    if (side === 'reporter') {
      const article = await this.library.get(id);
      const result = acceptSuggestions(article.content, review.notes, sel, signer.person, this.now());
      if (result.accepted.length) await this.library.saveContent(id, result.content, article.version);
      review.notes = result.notes;
      await this.store.writeArticle(review);
      if (await this.articles.writeStatus(id)) this.emit({ type: 'status', articleId: id });
    } else {
      const { article, submission } = await this.articles.editorArticle(review);
      const result = acceptSuggestions(article.content, review.notes, sel, signer.person, this.now());
      review.notes = result.notes;
      review.draft = { submissionId: submission.packageId, content: result.content };
      await this.store.writeArticle(review);
    }
    return this.articles.view(id, review);
  }

  /** Rejects open suggestions (all, or those listed); the text stays as it is. */
  async reject(id: string, ids?: readonly string[]): Promise<ReviewView> {
    const signer = await this.profiles.signer();
    const review = await this.store.readArticle(id);
    checkIds(review, ids);
    review.notes = rejectSuggestions(review.notes, ids ?? 'all', signer.person, this.now()).notes;
    await this.store.writeArticle(review);
    return this.articles.view(id, review);
  }

  /**
   * Suggesting mode: the editor's own text of some units; their suggestions there become the
   * changes from the text under review to it (suggestions.ts). Returns every suggestion.
   */
  async propose(id: string, proposals: readonly Proposal[]): Promise<PlacedSuggestion[]> {
    const signer = await this.profiles.signer();
    if ((await this.articles.sideOf(id)) === 'reporter') throw reviewError('propose-reporter');
    const review = await this.store.readArticle(id);
    const { article, submission } = await this.articles.editorArticle(review);
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
  }
}

function checkIds(review: ArticleReview, ids?: readonly string[]): void {
  for (const s of ids ?? [])
    if (!review.notes.suggestions.some((x) => x.id === s)) throw reviewError('not-found', { what: 'suggestion', ref: s });
}

// What the review screen shows beside the text, since the approval signs it too: every figure's
// photo, what changed since the previous submission, the related articles' headlines.
//
// Photos. The reporter's side shows the library's own renditions. The editor's side has only the
// originals the signed submission carried (review/packages/<s-id>/media/); each is developed here
// by the app's own media pipeline (a separate process, the limits of any import) into
// review/media/<articleId>/, a folder shaped like an article's, so the host and the app protocol
// serve its previews as they serve the library's (`media/<articleId>/derived/…`). Nothing the
// reporter's laptop computed is trusted, and nothing from the package is shown undecoded. This
// runs beside the review queue, right after a submission is taken in, so the screen opens on
// previews that are already there.

import { existsSync } from 'node:fs';
import { link, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { articleHeadline, type Article, type Block } from '../../common/article/model.ts';
import { translatorFor } from '../../common/i18n/index.ts';
import { sinceChanges, type SinceChanges } from '../../common/review/changes.ts';
import { latestSubmission } from '../../common/review/status.ts';
import type { ReviewPhoto, ReviewView, SubmissionRecord } from '../../common/review/types.ts';
import { figureAssets } from '../../common/review/units.ts';
import type { Language } from '../../common/settings.ts';
import { assetComplete, readAsset } from '../media/store.ts';
import type { Logger } from '../logger.ts';
import type { ReviewLibrary } from './library.ts';
import type { ArticleReview, ReviewStore } from './store.ts';
import type { ErrorCode } from '../../common/result.ts';

/** Makes previews of photo originals into an article-shaped folder (the media service's addPhotos). */
export type DevelopPhotos = (
  articleDir: string,
  originals: string[],
) => Promise<({ ok: true } | { ok: false; code: ErrorCode; params: Record<string, string | number> })[]>;

/** The folder holding the editor's previews of an article that came through the desk. */
export const reviewMediaDir = (reviewDir: string, articleId: string): string => join(reviewDir, 'media', articleId);

/** Where an article's photos are served from: its library folder, or else the editor's previews of it. */
export function mediaFolder(articleDir: string, reviewDir: string, articleId: string): string {
  if (existsSync(articleDir)) return articleDir;
  const previews = reviewMediaDir(reviewDir, articleId);
  return existsSync(previews) ? previews : articleDir;
}

export interface ReviewScreenOptions {
  reviewDir: string;
  store: ReviewStore;
  library: ReviewLibrary;
  /** Absent (the CLI, tests): the editor's side shows no previews. */
  develop?: DevelopPhotos;
  language?: () => Language;
  logger?: Logger;
}

type Problem = { code: ErrorCode; params: Record<string, string | number> };

export class ReviewScreen {
  /** Per article, the preparation running now (one at a time per article). */
  private readonly running = new Map<string, Promise<void>>();
  private readonly problems = new Map<string, Problem>();
  /** The last since-diff per article: the screen asks for it every few seconds. */
  private readonly since = new Map<string, SinceChanges | null>();

  constructor(private readonly options: ReviewScreenOptions) {}

  /**
   * Starts making previews of the photos of `submission` (or of what it resolves to: null for
   * none) that have none yet; resolves when done.
   */
  prepare(articleId: string, submission: SubmissionRecord | (() => Promise<SubmissionRecord | null>)): Promise<void> {
    const develop = this.options.develop;
    if (!develop) return Promise.resolve();
    const previous = this.running.get(articleId) ?? Promise.resolve();
    const run = previous
      .then(async () => {
        const s = typeof submission === 'function' ? await submission() : submission;
        if (s) await this.develop(develop, articleId, s.packageId);
      })
      .catch((err) => this.options.logger?.warn('review: cannot make previews', { articleId, err: String(err) }))
      .finally(() => {
        if (this.running.get(articleId) === run) this.running.delete(articleId);
      });
    this.running.set(articleId, run);
    return run;
  }

  /** Waits for every preparation running now (tests, closing). */
  async settled(): Promise<void> {
    await Promise.all([...this.running.values()]);
  }

  private async develop(develop: DevelopPhotos, articleId: string, packageId: string): Promise<void> {
    const dir = reviewMediaDir(this.options.reviewDir, articleId);
    const source = join(this.options.store.packageDir(packageId), 'media');
    const article = await this.options.store.packageArticle(packageId);
    const names = await readdir(source).catch(() => [] as string[]);
    const todo: { assetId: string; path: string }[] = [];
    for (const assetId of figureAssets(article.content)) {
      const existing = await readAsset(dir, assetId);
      if (existing && (await assetComplete(dir, existing))) continue;
      const name = names.find((n) => n.startsWith(`${assetId}.`));
      if (name) todo.push({ assetId, path: join(source, name) });
    }
    if (todo.length === 0) return;
    await mkdir(join(dir, 'media'), { recursive: true });
    // The original stays where the package keeps it; a link saves a second copy (where links
    // exist: the import copies it otherwise).
    for (const t of todo) await link(t.path, join(dir, 'media', t.path.slice(source.length + 1))).catch(() => undefined);
    const outcomes = await develop(
      dir,
      todo.map((t) => t.path),
    );
    outcomes.forEach((o, i) => {
      const key = `${articleId}/${todo[i].assetId}`;
      if (o.ok) this.problems.delete(key);
      else this.problems.set(key, { code: o.code, params: o.params });
    });
  }

  /** The photos, what changed since the previous submission, and the related articles, for a view. */
  async extras(
    side: 'reporter' | 'editor',
    article: Article,
    review: ArticleReview,
  ): Promise<Pick<ReviewView, 'photos' | 'since' | 'related'>> {
    const [photos, since, related] = await Promise.all([this.photos(side, article), this.changes(review), this.related(article)]);
    return { photos, since, related };
  }

  private async photos(side: 'reporter' | 'editor', article: Article): Promise<ReviewPhoto[]> {
    const dir = side === 'reporter' ? this.options.library.articleDir(article.id) : reviewMediaDir(this.options.reviewDir, article.id);
    const t = translatorFor(this.options.language?.() ?? 'vi');
    return Promise.all(
      figureAssets(article.content as Block[]).map(async (assetId): Promise<ReviewPhoto> => {
        const info = await readAsset(dir, assetId);
        if (info) return { assetId, state: 'ready', info };
        const problem = this.problems.get(`${article.id}/${assetId}`);
        if (problem)
          return { assetId, state: 'failed', info: null, problem: t(`errors:${problem.code}`, { detail: '', ...problem.params }) };
        if (side === 'editor' && this.options.develop) return { assetId, state: 'preparing', info: null };
        return { assetId, state: 'failed', info: null, problem: t('errors:BAD_IMAGE', { reason: 'missing', name: assetId.slice(0, 12) }) };
      }),
    );
  }

  /** The previous submission against the latest (cached: the screen asks every few seconds). */
  private async changes(review: ArticleReview): Promise<SinceChanges | null> {
    const latest = latestSubmission(review.submissions);
    if (!latest) return null;
    const previous = latestSubmission(review.submissions.filter((s) => s.packageId !== latest.packageId));
    if (!previous) return null;
    const key = `${previous.packageId}>${latest.packageId}`;
    const cached = this.since.get(review.articleId);
    if (cached && `${cached.fromId}>${cached.toId}` === key) return cached;
    try {
      const [from, to] = await Promise.all([
        this.options.store.packageArticle(previous.packageId),
        this.options.store.packageArticle(latest.packageId),
      ]);
      const changes = sinceChanges({ id: previous.packageId, article: from }, { id: latest.packageId, article: to });
      this.since.set(review.articleId, changes);
      return changes;
    } catch {
      // A package no longer kept here: the compare panel still offers what is.
      return null;
    }
  }

  private async related(article: Article): Promise<{ id: string; headline: string | null }[]> {
    const { library, store } = this.options;
    return Promise.all(
      (article.meta.relatedIds ?? []).map(async (id) => {
        if (await library.has(id))
          return { id, headline: articleHeadline((await library.get(id).catch(() => null))?.content ?? []) || null };
        if (await store.hasArticle(id)) return { id, headline: (await store.readArticle(id)).headline || null };
        return { id, headline: null };
      }),
    );
  }
}

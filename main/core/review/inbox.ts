// The editor's inbox: every submission received with its state, the packages refused (with the
// reason in the UI language), files still arriving and the desk's conflict copies.

import { packageName } from './desk.ts';
import { decisionsOn, latestSubmission, withdrawnOn } from '../../common/review/status.ts';
import type { Inbox, InboxItem } from '../../common/review/types.ts';
import { translatorFor } from '../../common/i18n/index.ts';
import type { Language } from '../../common/settings.ts';
import type { DeskSync } from './desk-sync.ts';
import type { ReviewStore } from './store.ts';

export class InboxBuilder {
  constructor(
    private readonly store: ReviewStore,
    private readonly sync: DeskSync,
    private readonly options: { language?: () => Language },
  ) {}

  /** The inbox from the review records and what the desk sync last saw. */
  async build(): Promise<Inbox> {
    const { store, sync } = this;
    const items: InboxItem[] = [];
    for (const review of await store.listArticles()) {
      const latest = latestSubmission(review.submissions);
      for (const submission of review.submissions) {
        if (submission.own) continue;
        const active = decisionsOn(review.decisions, submission.packageId);
        const state =
          active.length >= 2
            ? 'conflict'
            : active.length >= 1
              ? 'decided'
              : review.opened.includes(submission.packageId)
                ? 'in-review'
                : 'new';
        items.push({
          submission,
          state,
          latest: latest?.packageId === submission.packageId,
          // Withdrawn ones too, shown as such.
          decisions: [...active, ...withdrawnOn(review.decisions, submission.packageId)],
          openThreads: review.notes.threads.filter((t) => !t.resolved).length,
          openSuggestions: review.notes.suggestions.filter((s) => s.status === 'open').length,
          category: submission.category ?? (await store.packageArticle(submission.packageId).catch(() => null))?.meta.category ?? '',
        });
      }
    }
    items.sort((a, b) => (a.submission.submittedAt < b.submission.submittedAt ? 1 : -1));
    const t = translatorFor(this.options.language?.() ?? 'vi');
    const refused = (await store.refused()).map((r) => ({
      name: r.name,
      kind: r.kind,
      reason: r.reason,
      params: r.params,
      message: t(`review:errors.${r.reason}`, r.params),
      refusedAt: r.refusedAt,
      quarantine: r.quarantine,
    }));
    // What the last scan saw still arriving, unless it has been taken in since.
    const taken = new Set(items.map((i) => packageName(i.submission.articleId, i.submission.packageId)));
    return { items, refused, incomplete: sync.pendingFiles(taken), conflicts: sync.conflictsFor(t) };
  }
}

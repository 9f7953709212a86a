// How far each of this machine's submissions has travelled (docs/desk.md), like a messenger's
// ticks: on this laptop only · reached the newsroom · received (a receipt came back). "Reached"
// is asked of whatever carries the desk: Syncthing (the hub has the file: it is available there,
// or the hub needs nothing of the lane, or at least not this file), or, for a folder desk, the
// folder itself (the file is in it). Once reached, always reached: it is remembered.

import { lstat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { DeliveryState, SubmissionDelivery } from '../../common/desk/types.ts';
import type { SubmissionRecord } from '../../common/review/types.ts';
import { packageName, type Desk } from '../review/desk.ts';
import type { ReviewStore } from '../review/store.ts';
import { KIND_DIRS } from './lanes.ts';
import type { ReceiptBook } from './receipt-book.ts';
import type { SyncthingClient } from './syncthing/client.ts';

/** Asks whoever carries the desk whether the newsroom has a submission's file. */
export interface ReachProbe {
  reached(submissions: SubmissionRecord[]): Promise<Set<string>>;
}

/** A folder desk: the newsroom has what is in the folder. */
export function folderProbe(desk: Desk & { location: string }): ReachProbe {
  return {
    async reached(subs) {
      const out = new Set<string>();
      for (const s of subs) {
        if (await lstat(join(desk.location, KIND_DIRS.submission, packageName(s.articleId, s.packageId))).catch(() => null))
          out.add(s.packageId);
      }
      return out;
    },
  };
}

/** A lane Syncthing carries: the hub has the file. */
export function syncthingProbe(client: SyncthingClient, folderId: string, hub: string): ReachProbe {
  return {
    async reached(subs) {
      const out = new Set<string>();
      let needed: Set<string> | null = null;
      for (const s of subs) {
        const path = [KIND_DIRS.submission, packageName(s.articleId, s.packageId)].join(sep);
        const file = await client.file(folderId, path);
        // Not scanned yet (or gone): it has not left.
        if (!file?.local || file.local.deleted) continue;
        if (file.availability?.some((a) => a.id === hub)) {
          out.add(s.packageId);
          continue;
        }
        // The hub may be offline now: its last index still says what it has.
        if (!needed) {
          const c = await client.completion(folderId, hub);
          needed = c.needItems === 0 && c.needDeletes === 0 ? new Set() : new Set(await client.remoteNeed(folderId, hub));
          // A hub that never connected has no index at all: it has nothing yet.
          if (c.globalItems > 0 && c.completion === 0) needed.add(path);
        }
        if (!needed.has(path)) out.add(s.packageId);
      }
      return out;
    },
  };
}

/** The delivery of each own submission of an article, newest first; newly reached ones are remembered. */
export async function articleDeliveries(
  articleId: string,
  store: ReviewStore,
  book: ReceiptBook,
  probe: ReachProbe | null,
  now: () => Date,
  via: SubmissionDelivery['via'],
): Promise<SubmissionDelivery[]> {
  const review = await store.readArticle(articleId);
  const own = review.submissions.filter((s) => s.own);
  if (own.length === 0) return [];
  const receipts = await book.read(articleId);
  const unknown = own.filter((s) => !receipts.reached[s.packageId] && !receipts.received.some((r) => r.submissionId === s.packageId));
  const fresh = probe && unknown.length ? await probe.reached(unknown).catch(() => new Set<string>()) : new Set<string>();
  if (fresh.size) {
    const at = now().toISOString();
    await book.noteReached(articleId, [...fresh], at);
    for (const id of fresh) receipts.reached[id] = at;
  }
  return own
    .map((s): SubmissionDelivery => {
      const first = receipts.received.filter((r) => r.submissionId === s.packageId).sort((a, b) => (a.at < b.at ? -1 : 1))[0];
      const reachedAt = receipts.reached[s.packageId];
      const state: DeliveryState = first ? 'received' : reachedAt ? 'reached' : 'local';
      return {
        packageId: s.packageId,
        articleId,
        version: s.version,
        headline: s.headline,
        submittedAt: s.submittedAt,
        state,
        via,
        ...(reachedAt ? { reachedAt } : {}),
        ...(first ? { receipt: { at: first.at, by: first.by } } : {}),
      };
    })
    .sort((a, b) => (a.packageId < b.packageId ? 1 : -1));
}

// The inbox's filters and order, pure so they are tested apart from the screen: by state,
// reporter, category and day of submission; longest waiting first by default (what waits for a
// decision comes before what is decided, older versions last), or newest first.

import { newsroomDay } from '../../main/common/article/time.ts';
import type { InboxItem, InboxState } from '../../main/common/review/types.ts';

export type StateFilter = 'all' | 'waiting' | InboxState;
export type InboxSort = 'waiting' | 'newest';

export interface InboxFilter {
  state: StateFilter;
  /** A submitter's key id, or '' for everyone. */
  reporter: string;
  /** A category, or '' for any. */
  category: string;
  /** Days `yyyy-mm-dd` (newsroom time), '' for open-ended. */
  from: string;
  to: string;
  sort: InboxSort;
}

export const DEFAULT_FILTER: InboxFilter = { state: 'all', reporter: '', category: '', from: '', to: '', sort: 'waiting' };

/** Waiting for a decision: the latest version of an article, not yet decided. */
export const isWaiting = (item: InboxItem): boolean => item.latest && (item.state === 'new' || item.state === 'in-review');

/** How many articles wait for a decision. */
export const waitingCount = (items: readonly InboxItem[]): number => items.filter(isWaiting).length;

function matches(item: InboxItem, f: InboxFilter): boolean {
  if (f.state === 'waiting' ? !isWaiting(item) : f.state !== 'all' && item.state !== f.state) return false;
  if (f.reporter && item.submission.submitter.keyId !== f.reporter) return false;
  if (f.category && item.category !== f.category) return false;
  const day = newsroomDay(item.submission.submittedAt);
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  return true;
}

const rank = (item: InboxItem): number => (isWaiting(item) ? 0 : item.latest ? 1 : 2);
const lastDecision = (item: InboxItem): string => item.decisions.reduce((at, d) => (d.decidedAt > at ? d.decidedAt : at), '');

/** The items the filter keeps, in its order. */
export function filterInbox(items: readonly InboxItem[], f: InboxFilter): InboxItem[] {
  const kept = items.filter((i) => matches(i, f));
  if (f.sort === 'newest') return kept.sort((a, b) => (a.submission.submittedAt < b.submission.submittedAt ? 1 : -1));
  return kept.sort((a, b) => {
    const r = rank(a) - rank(b);
    if (r) return r;
    // Waiting: the one that has waited longest first. Decided: the latest decision first.
    if (rank(a) === 0) return a.submission.submittedAt < b.submission.submittedAt ? -1 : 1;
    return lastDecision(a) < lastDecision(b) ? 1 : -1;
  });
}

/** The reporters and categories the inbox holds, for the filters' lists. */
export function filterChoices(items: readonly InboxItem[]): { reporters: { keyId: string; name: string }[]; categories: string[] } {
  const reporters = new Map<string, string>();
  const categories = new Set<string>();
  for (const i of items) {
    reporters.set(i.submission.submitter.keyId, i.submission.submitter.name);
    if (i.category) categories.add(i.category);
  }
  return {
    reporters: [...reporters].map(([keyId, name]) => ({ keyId, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    categories: [...categories].sort((a, b) => a.localeCompare(b, 'vi')),
  };
}

/** How long something has waited, as whole minutes, hours or days. */
export function waited(fromIso: string, now: number): { unit: 'minutes' | 'hours' | 'days'; count: number } {
  const minutes = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  if (minutes < 48 * 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  return { unit: 'days', count: Math.floor(minutes / 1440) };
}

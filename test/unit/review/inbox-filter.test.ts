// The inbox's filters and order (renderer/review/inbox-filter.ts): what waits comes first, the
// longest waiting first; filters by state, reporter, category and day of submission.

import { describe, expect, it } from 'vitest';
import type { DecisionRecord, InboxItem } from '../../../main/common/review/types.ts';
import { DEFAULT_FILTER, filterChoices, filterInbox, waitingCount, waited } from '../../../renderer/review/inbox-filter.ts';

const person = (name: string): { keyId: string; name: string } => ({ keyId: name.padEnd(64, '0').slice(0, 64), name });

function item(id: string, submittedAt: string, opts: Partial<InboxItem> & { reporter?: string } = {}): InboxItem {
  return {
    submission: {
      packageId: `s-${id}`,
      articleId: `a-${id}`,
      version: 1,
      headline: id,
      contentHash: '0'.repeat(64),
      submittedAt,
      submitter: person(opts.reporter ?? 'hau'),
      own: false,
      receivedAt: submittedAt,
    },
    state: 'new',
    latest: true,
    decisions: [],
    openThreads: 0,
    openSuggestions: 0,
    category: '',
    ...opts,
  };
}

const decided = (at: string): DecisionRecord[] => [{ decidedAt: at } as DecisionRecord];

describe('the inbox order and filters', () => {
  const items = [
    item('b', '2025-01-05T09:00:00Z', { state: 'in-review', category: 'Thời sự' }),
    item('a', '2025-01-04T09:00:00Z', { category: 'Xây dựng Đảng', reporter: 'tap' }),
    item('c', '2025-01-03T09:00:00Z', { state: 'decided', decisions: decided('2025-01-06T00:00:00Z') }),
    item('d', '2025-01-06T09:00:00Z', { latest: false }),
    item('e', '2025-01-02T09:00:00Z', { state: 'conflict', decisions: decided('2025-01-07T00:00:00Z') }),
  ];

  it('puts what waits first, the longest waiting first; then decided, latest decision first; older versions last', () => {
    expect(filterInbox(items, DEFAULT_FILTER).map((i) => i.submission.headline)).toEqual(['a', 'b', 'e', 'c', 'd']);
    expect(filterInbox(items, { ...DEFAULT_FILTER, sort: 'newest' }).map((i) => i.submission.headline)).toEqual(['d', 'b', 'a', 'c', 'e']);
    expect(waitingCount(items)).toBe(2);
  });

  it('filters by state, reporter, category and day', () => {
    const only = (patch: Partial<typeof DEFAULT_FILTER>): string[] =>
      filterInbox(items, { ...DEFAULT_FILTER, ...patch }).map((i) => i.submission.headline);
    expect(only({ state: 'waiting' })).toEqual(['a', 'b']);
    expect(only({ state: 'conflict' })).toEqual(['e']);
    expect(only({ reporter: person('tap').keyId })).toEqual(['a']);
    expect(only({ category: 'Thời sự' })).toEqual(['b']);
    // Days in newsroom time: 2025-01-04T09:00Z is the 4th in Hà Giang.
    expect(only({ from: '2025-01-04', to: '2025-01-05' })).toEqual(['a', 'b']);
    expect(filterChoices(items)).toEqual({ reporters: [person('hau'), person('tap')], categories: ['Thời sự', 'Xây dựng Đảng'] });
  });

  it('says how long something waited', () => {
    const now = Date.parse('2025-01-05T12:00:00Z');
    expect(waited('2025-01-05T11:15:00Z', now)).toEqual({ unit: 'minutes', count: 45 });
    expect(waited('2025-01-04T12:00:00Z', now)).toEqual({ unit: 'hours', count: 24 });
    expect(waited('2025-01-01T12:00:00Z', now)).toEqual({ unit: 'days', count: 4 });
  });
});

// The editor's inbox: every submission this laptop took in from the desk, as cards (the whole
// card opens the article), with how many articles wait for a decision, filters by state,
// reporter, category and day, and the longest waiting first; then the packages refused (and
// why) and those still being copied. It asks the service every 2 s; the service's watcher is
// what reads the desk.

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces } from './review-t.ts';
import type { DeskInfo, Inbox, InboxItem } from '../../main/common/review/types.ts';
import { useDates } from '../app/format.ts';
import type { Route } from '../app/route.ts';
import {
  DEFAULT_FILTER,
  filterChoices,
  filterInbox,
  isWaiting,
  waitingCount,
  waited,
  type InboxFilter,
  type StateFilter,
} from './inbox-filter.ts';
import { useLive, type LiveSource } from '../api/use-live.ts';
import { useReviewCall } from './use-review.ts';
import './review.css';

const STATES: StateFilter[] = ['all', 'waiting', 'new', 'in-review', 'decided', 'conflict'];

/** What changes the inbox. */
const INBOX_NEWS: readonly LiveSource[] = [{ topic: 'desk.arrivals' }, { topic: 'review.status' }];

function Item({ item, navigate, now }: { item: InboxItem; navigate: (to: Route) => void; now: number }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const { formatTime } = useDates();
  const s = item.submission;
  const badge =
    item.state === 'conflict'
      ? 'badge-danger'
      : item.state === 'decided'
        ? 'badge-approved'
        : item.state === 'new'
          ? 'badge-submitted'
          : '';
  const wait = waited(s.submittedAt, now);
  return (
    <li className="inbox-item" data-submission-id={s.packageId} data-state={item.state}>
      <a
        href={`#/inbox/${s.articleId}`}
        className="inbox-card"
        onClick={(e) => (e.preventDefault(), navigate({ view: 'inbox', id: s.articleId }))}
      >
        <span className="inbox-item-head">
          <span className={`badge ${badge}`}>{t(`review:inbox.${item.state}`)}</span>
          {!item.latest && <span className="badge">{t('inbox.older')}</span>}
          <span className="inbox-headline">{s.headline || s.articleId}</span>
        </span>
        <span className="hint">
          {t('inbox.by', { name: s.submitter.name, version: s.version, time: formatTime(s.submittedAt) })}
          {item.category && ` · ${item.category}`}
          {isWaiting(item) && ` · ${t(`inbox.waited.${wait.unit}`, { count: wait.count })}`}
        </span>
        {item.latest && (item.openThreads > 0 || item.openSuggestions > 0) && (
          <span className="hint">{t('inbox.counts', { threads: item.openThreads, suggestions: item.openSuggestions })}</span>
        )}
        {item.decisions.map((d) => (
          <span key={d.packageId} className={`hint inbox-verdict inbox-verdict-${d.verdict}${d.withdrawn ? ' is-withdrawn' : ''}`}>
            {t(`inbox.verdict.${d.verdict}`, { name: d.editor.name })} · {formatTime(d.decidedAt)}
            {d.note && ` · “${d.note}”`}
            {d.withdrawn && ` · ${t('decisions.withdrawnBy', { name: d.withdrawn.by.name, time: formatTime(d.withdrawn.at) })}`}
          </span>
        ))}
      </a>
    </li>
  );
}

export function InboxView({ navigate }: { navigate: (to: Route) => void }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const call = useReviewCall();
  const [problem, setProblem] = useState<string | null>(null);
  const quiet = useReviewCall(setProblem);
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [desk, setDesk] = useState<DeskInfo | null>(null);
  const [filter, setFilter] = useState<InboxFilter>(DEFAULT_FILTER);
  const [now, setNow] = useState(() => Date.now());

  const load = async (): Promise<void> => {
    const [i, d] = await Promise.all([quiet('review.inbox', {}), quiet('review.desk', {})]);
    if (i && d) setProblem(null);
    if (i) setInbox(i);
    if (d) setDesk(d);
    setNow(Date.now());
  };
  // Read again when the desk brings (or refuses) a package, or a status changes.
  useLive(load, INBOX_NEWS, []);
  // The waiting times shown move on by the minute, without asking the service anything.
  useEffect(() => {
    const clock = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(clock);
  }, []);

  const refresh = async (): Promise<void> => {
    await call('review.refresh', {});
    await load();
  };

  const items = useMemo(() => inbox?.items ?? [], [inbox]);
  const shown = useMemo(() => filterInbox(items, filter), [items, filter]);
  const choices = useMemo(() => filterChoices(items), [items]);
  const set = (patch: Partial<InboxFilter>): void => setFilter((f) => ({ ...f, ...patch }));
  const waiting = waitingCount(items);

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <div className="library-head">
        <h1 id="inbox-title" className="screen-title">
          {t('inbox.title')}
        </h1>
        {desk?.path && <code className="path">{desk.path}</code>}
        <div className="library-tools">
          <button type="button" className="button" onClick={() => void refresh()} disabled={!desk?.path}>
            {t('inbox.refresh')}
          </button>
        </div>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {desk && !desk.path && <p className="placeholder">{t('inbox.noDesk')}</p>}
      {inbox && items.length === 0 && desk?.path && <p className="placeholder">{t('inbox.empty')}</p>}
      {items.length > 0 && (
        <>
          <p className="inbox-waiting" role="status" data-waiting={waiting}>
            {t('inbox.waiting', { count: waiting })}
          </p>
          <div className="inbox-filters" role="group" aria-label={t('inbox.filters')}>
            <label className="inline-field">
              {t('inbox.filter.state')}
              <select value={filter.state} onChange={(e) => set({ state: e.target.value as StateFilter })}>
                {STATES.map((s) => (
                  <option key={s} value={s}>
                    {t(`inbox.states.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              {t('inbox.filter.reporter')}
              <select value={filter.reporter} onChange={(e) => set({ reporter: e.target.value })}>
                <option value="">{t('inbox.filter.everyone')}</option>
                {choices.reporters.map((r) => (
                  <option key={r.keyId} value={r.keyId}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              {t('inbox.filter.category')}
              <select value={filter.category} onChange={(e) => set({ category: e.target.value })}>
                <option value="">{t('inbox.filter.anyCategory')}</option>
                {choices.categories.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              {t('inbox.filter.from')}
              <input type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
            </label>
            <label className="inline-field">
              {t('inbox.filter.to')}
              <input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
            </label>
            <label className="inline-field">
              {t('inbox.filter.sort')}
              <select value={filter.sort} onChange={(e) => set({ sort: e.target.value as InboxFilter['sort'] })}>
                <option value="waiting">{t('inbox.sort.waiting')}</option>
                <option value="newest">{t('inbox.sort.newest')}</option>
              </select>
            </label>
          </div>
          {shown.length === 0 ? (
            <p className="placeholder">{t('inbox.noneMatch')}</p>
          ) : (
            <ul className="inbox-list" aria-label={t('inbox.title')}>
              {shown.map((item) => (
                <Item key={item.submission.packageId} item={item} navigate={navigate} now={now} />
              ))}
            </ul>
          )}
        </>
      )}
      {inbox && inbox.incomplete.length > 0 && (
        <>
          <h2 className="inbox-sub">{t('inbox.incomplete')}</h2>
          <ul className="inbox-list">
            {inbox.incomplete.map((i) => (
              <li key={i.name} className="inbox-item hint">
                {i.name}
              </li>
            ))}
          </ul>
        </>
      )}
      {inbox && inbox.conflicts.length > 0 && (
        <>
          <h2 className="inbox-sub">{t('inbox.conflicts')}</h2>
          <ul className="inbox-list">
            {inbox.conflicts.map((c) => (
              <li key={c.copy} className="inbox-item inbox-refused" data-conflict={c.copy}>
                <code>{c.copy}</code>
                <div>{c.message}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {inbox && inbox.refused.length > 0 && (
        <>
          <h2 className="inbox-sub">{t('inbox.refused')}</h2>
          <ul className="inbox-list">
            {inbox.refused.map((r) => (
              <li key={`${r.name}|${r.refusedAt}`} className="inbox-item inbox-refused" data-reason={r.reason}>
                <code>{r.name}</code>
                <div>{r.message}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

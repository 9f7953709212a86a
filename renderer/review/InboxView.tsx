// The editor's inbox: every submission this laptop took in from the desk (new, in review,
// decided, conflict), the packages refused (and why) and those still being copied. It asks the
// service every 2 s; the service's watcher is what reads the desk.

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskInfo, Inbox, InboxItem } from '../../main/common/review/types.ts';
import { formatNewsroomTime } from '../app/format.ts';
import type { Route } from '../app/route.ts';
import { usePoll, useReviewCall } from './use-review.ts';
import './review.css';

function Item({ item, navigate }: { item: InboxItem; navigate: (to: Route) => void }): ReactNode {
  const { t } = useTranslation('reviewUi');
  const s = item.submission;
  const badge = item.state === 'conflict' ? 'badge-danger' : item.state === 'decided' ? 'badge-approved' : item.state === 'new' ? 'badge-submitted' : '';
  return (
    <li className="inbox-item" data-submission-id={s.packageId} data-state={item.state}>
      <div className="inbox-item-head">
        <span className={`badge ${badge}`}>{t(`review:inbox.${item.state}`)}</span>
        {!item.latest && <span className="badge">{t('inbox.older')}</span>}
        <a href={`#/inbox/${s.articleId}`} className="inbox-headline" onClick={(e) => (e.preventDefault(), navigate({ view: 'inbox', id: s.articleId }))}>
          {s.headline || s.articleId}
        </a>
      </div>
      <div className="hint">{t('inbox.by', { name: s.submitter.name, version: s.version, time: formatNewsroomTime(s.submittedAt) })}</div>
      {item.latest && (item.openThreads > 0 || item.openSuggestions > 0) && <div className="hint">{t('inbox.counts', { threads: item.openThreads, suggestions: item.openSuggestions })}</div>}
      {item.decisions.map((d) => (
        <div key={d.packageId} className={`hint inbox-verdict inbox-verdict-${d.verdict}`}>
          {t(`inbox.verdict.${d.verdict}`, { name: d.editor.name })} · {formatNewsroomTime(d.decidedAt)}
          {d.note && ` · “${d.note}”`}
        </div>
      ))}
    </li>
  );
}

export function InboxView({ navigate }: { navigate: (to: Route) => void }): ReactNode {
  const { t } = useTranslation('reviewUi');
  const call = useReviewCall();
  const [problem, setProblem] = useState<string | null>(null);
  const quiet = useReviewCall(setProblem);
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [desk, setDesk] = useState<DeskInfo | null>(null);

  const load = async (): Promise<void> => {
    const [i, d] = await Promise.all([quiet('review.inbox', {}), quiet('review.desk', {})]);
    if (i && d) setProblem(null);
    if (i) setInbox(i);
    if (d) setDesk(d);
  };
  usePoll(load, []);

  const refresh = async (): Promise<void> => {
    await call('review.refresh', {});
    await load();
  };

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
      {inbox && inbox.items.length === 0 && desk?.path && <p className="placeholder">{t('inbox.empty')}</p>}
      {inbox && inbox.items.length > 0 && (
        <ul className="inbox-list" aria-label={t('inbox.title')}>
          {inbox.items.map((item) => (
            <Item key={item.submission.packageId} item={item} navigate={navigate} />
          ))}
        </ul>
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

// One article in review mode (`#/inbox/<id>`): the text with comments and suggestions drawn on
// it, the threads and the suggestions beside it, a word diff between any two versions, and (for
// the editor) Approve / Return with a note. The reporter opens the same screen from the editor
// to read the desk's notes, reply, and accept or reject suggestions.

import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { articleHeadline } from '../../main/common/article/model.ts';
import type { ReviewView as View } from '../../main/common/review/types.ts';
import { latestSubmission } from '../../main/common/review/status.ts';
import { useDates } from '../app/format.ts';
import { useNotices } from '../app/notices.tsx';
import type { Route } from '../app/route.ts';
import { DecidePanel } from './DecidePanel.tsx';
import { DiffPanel } from './DiffPanel.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { ReviewArticle, type SelectedRange } from './ReviewArticle.tsx';
import { usePoll, useReviewCall } from './use-review.ts';
import './review.css';

export function ReviewView({ id, navigate }: { id: string; navigate: (to: Route) => void }): ReactNode {
  const { t } = useTranslation('reviewUi');
  const { formatTime } = useDates();
  const call = useReviewCall();
  const { notify } = useNotices();
  const [view, setView] = useState<View | null>(null);
  const [selection, setSelection] = useState<SelectedRange | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [composing, setComposing] = useState<'comment' | 'suggest' | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const quiet = useReviewCall(setProblem);

  const load = useCallback(async () => {
    const v = await quiet('review.open', { id });
    if (v) {
      setView(v);
      setProblem(null);
    }
  }, [quiet, id]);
  usePoll(load, [id]);
  const onSelect = useCallback((r: SelectedRange | null) => setSelection(r), []);

  if (!view) return problem ? <p role="alert">{problem}</p> : <p className="placeholder">{t('review.loading')}</p>;
  const submission = latestSubmission(view.submissions);
  const fixed = selection && (composing === 'suggest' ? true : selection.end > selection.start) ? selection : null;

  const compose = (kind: 'comment' | 'suggest'): void => {
    if (kind === 'suggest' && !selection) return notify({ kind: 'error', message: t('review.selectFirst') });
    setComposing(kind);
    setText(kind === 'suggest' ? (selection?.quote ?? '') : '');
  };

  const send = async (): Promise<void> => {
    if (composing === 'comment') {
      if (!text.trim()) return;
      const range = fixed ? { blockId: fixed.blockId, field: fixed.field, start: fixed.start, end: fixed.end } : undefined;
      if (!(await call('review.comment', { id, text: text.normalize('NFC'), ...(range ? { range } : {}) }))) return;
    } else if (composing === 'suggest' && selection) {
      const range = { blockId: selection.blockId, field: selection.field, start: selection.start, end: selection.end };
      if (!(await call('review.suggest', { id, range, text: text.normalize('NFC') }))) return;
    }
    setComposing(null);
    setText('');
    await load();
  };

  const headline = articleHeadline(view.article.content) || submission?.headline || id;
  // The editor's working copy differs from the submission once a suggestion is accepted; that is
  // not the reporter's edit, so the editor sees the submission's state (or the decision on it).
  const onLatest = submission ? view.decisions.filter((d) => d.submissionId === submission.packageId) : [];
  const state = view.side === 'reporter' ? view.status.status : onLatest.length === 1 ? onLatest[0].verdict : 'submitted';
  return (
    <section className="review-screen" aria-labelledby="review-title">
      <div className="library-head">
        <button type="button" className="button button-quiet" onClick={() => navigate(view.side === 'reporter' ? { view: 'article', id } : { view: 'inbox' })}>
          {view.side === 'reporter' ? t('review.backToArticle') : t('review.back')}
        </button>
        <h1 id="review-title" className="screen-title">
          {headline}
        </h1>
        <span className={`badge badge-${state}`} data-review-status={state}>
          {t(`review:status.${view.status.conflict.length ? 'conflict' : state}`)}
        </span>
      </div>
      {submission && <p className="hint">{t('review.submittedBy', { name: submission.submitter.name, version: submission.version, time: formatTime(submission.submittedAt) })}</p>}
      {view.status.conflict.length > 0 && (
        <div className="review-conflict" role="alert">
          <p>{t('review.conflict')}</p>
          <ul>
            {view.status.conflict.map((d) => (
              <li key={d.packageId} data-verdict={d.verdict}>
                {t(`inbox.verdict.${d.verdict}`, { name: d.editor.name })} · {formatTime(d.decidedAt)}
                {d.note && ` · “${d.note}”`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="review-layout">
        <div className="review-main">
          <div className="review-tools" role="toolbar" aria-label={t('review.article')}>
            <button type="button" className="button" onClick={() => compose('comment')}>
              {selection && selection.end > selection.start ? t('review.commentOnSelection') : t('review.commentWhole')}
            </button>
            <button type="button" className="button" onClick={() => compose('suggest')}>
              {t('review.suggest')}
            </button>
          </div>
          {composing && (
            <form
              className="review-compose"
              onSubmit={(e) => {
                e.preventDefault();
                void send();
              }}
            >
              {composing === 'suggest' && selection && <p className="hint">{t('review.suggestLabel')} (“{selection.quote}”)</p>}
              {composing === 'comment' && fixed && <p className="hint">“{fixed.quote}”</p>}
              <textarea
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-label={composing === 'comment' ? t('review.comment') : t('review.suggestLabel')}
                placeholder={composing === 'comment' ? t('review.commentPlaceholder') : t('review.suggestPlaceholder')}
                rows={3}
                autoFocus
              />
              <div className="review-actions">
                <button type="submit" className="button button-primary">
                  {t('review.add')}
                </button>
                <button type="button" className="button button-quiet" onClick={() => setComposing(null)}>
                  {t('bar.cancel')}
                </button>
              </div>
            </form>
          )}
          <div className="page review-page">
            <ReviewArticle key={view.status.contentHash} article={view.article} threads={view.threads} suggestions={view.suggestions} activeId={activeId} label={t('review.article')} onSelect={onSelect} />
          </div>
          <DiffPanel view={view} />
        </div>
        <aside className="review-side">
          {view.side === 'editor' && submission && <DecidePanel view={view} submissionId={submission.packageId} onDecided={load} />}
          <NotesPanel view={view} activeId={activeId} onActivate={setActiveId} onChanged={load} setView={setView} />
        </aside>
      </div>
    </section>
  );
}

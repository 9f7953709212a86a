// One article in review mode (`#/inbox/<id>`): everything the approval signs on one screen. The
// text with comments, suggestions and what changed since the previous submission drawn on it;
// every photo as the reporter's editor shows it; the details, counts and preflight beside it;
// the threads and suggestions; a word diff between any two versions; and (for the editor) the
// decision. "Đề xuất" turns on suggesting mode: the editor types straight into the text and
// every change is kept as a suggestion (suggesting.ts). The reporter opens the same screen from
// the editor to read the desk's notes and decisions, reply, and accept or reject suggestions.

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces } from './review-t.ts';
import { articleHeadline } from '../../main/common/article/model.ts';
import type { Proposal } from '../../main/common/review/suggestions.ts';
import type { ProfileInfo, ReviewView as View } from '../../main/common/review/types.ts';
import { decisionsOn, latestSubmission } from '../../main/common/review/status.ts';
import { figureBlocks, unitKey } from '../../main/common/review/units.ts';
import { useDates } from '../app/format.ts';
import type { Route } from '../app/route.ts';
import { DecidePanel } from './DecidePanel.tsx';
import { DecisionList } from './DecisionList.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { DiffPanel } from './DiffPanel.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { ReviewDocument, type SelectedRange } from './ReviewDocument.tsx';
import { FigureReviewContext, type FigureFieldName, type FigureReview } from './ReviewFigure.tsx';
import type { SuggestSync } from './suggest-sync.ts';
import { unitTexts } from './suggesting.ts';
import { useLive } from '../api/use-live.ts';
import { useReviewCall } from './use-review.ts';
import './review.css';

/** What a comment is about: a range of the text under review, a photo, or the whole article. */
interface Composing {
  range: { blockId: string; field: 'text' | FigureFieldName; start: number; end: number } | null;
  figure: { blockId: string; number: number; caption: string } | null;
  quote: string;
}

export function ReviewView({ id, navigate }: { id: string; navigate: (to: Route) => void }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const { formatTime } = useDates();
  const call = useReviewCall();
  const [view, setView] = useState<View | null>(null);
  // undefined until asked: the text is built once, knowing whose suggestions it shows applied.
  const [profile, setProfile] = useState<ProfileInfo | null | undefined>(undefined);
  const [selection, setSelection] = useState<SelectedRange | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [composing, setComposing] = useState<Composing | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  // Bumped when the text as this editor has it changes other than by their typing (a suggestion
  // accepted or rejected): the text is then built again from the service's view.
  const [docVersion, setDocVersion] = useState(0);
  const sync = useRef<SuggestSync | null>(null);
  const quiet = useReviewCall(setProblem);

  useEffect(() => {
    void quiet('review.profile', {}).then((p) => setProfile(p ?? null));
  }, [quiet]);
  // A reload that brings nothing new changes nothing on the screen: no render while the editor types.
  const lastJson = useRef('');
  const load = useCallback(async () => {
    const v = await quiet('review.open', { id });
    if (!v) return;
    setProblem(null);
    const json = JSON.stringify(v);
    if (json === lastJson.current) return;
    lastJson.current = json;
    setView(v);
  }, [quiet, id]);
  // Read again when something arrives for this article (a comment, a decision, a resubmission).
  useLive(load, [{ topic: 'review.status', when: (e) => e.articleId === id }, { topic: 'desk.arrivals' }], [id]);
  const onSelect = useCallback((r: SelectedRange | null) => setSelection(r), []);
  const onSync = useCallback((s: SuggestSync | null) => {
    sync.current = s;
  }, []);
  const flush = useCallback(async () => {
    await sync.current?.flush();
  }, []);
  const send = useCallback((units: Proposal[]) => call('review.propose', { id, units }), [call, id]);
  const onSent = useCallback((suggestions: View['suggestions']) => setView((v) => (v ? { ...v, suggestions } : v)), []);

  const contentHash = view?.status.contentHash;
  // The text under review, unit by unit (anchors and the editor's changes are measured against it).
  const article = view?.article;
  const base = useMemo(() => unitTexts(article?.content ?? []), [contentHash]);
  const layers = useMemo(
    () => ({ base, threads: view?.threads ?? [], since: view?.since ?? null, activeId }),
    [base, view?.threads, view?.since, activeId],
  );
  const side = view?.side;
  const me = useMemo(() => (side === 'editor' && profile ? { keyId: profile.keyId, name: profile.name } : null), [side, profile]);
  const activeFigure = view?.threads.find((th) => th.id === activeId && th.figure && th.anchorState !== 'lost')?.figure?.blockId ?? null;
  // A photo's comment chosen in the list brings the photo into sight.
  useEffect(() => {
    if (activeFigure)
      document.querySelector(`.review-figure[data-block-id="${CSS.escape(activeFigure)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeFigure]);
  const figureReview = useMemo((): FigureReview | null => {
    if (!view) return null;
    const figures = figureBlocks(view.article.content);
    const openComments = new Map<string, number>();
    for (const th of view.threads)
      if (th.figure && !th.resolved && th.anchorState !== 'lost')
        openComments.set(th.figure.blockId, (openComments.get(th.figure.blockId) ?? 0) + 1);
    return {
      articleId: view.articleId,
      photos: new Map(view.photos.map((p) => [p.assetId, p])),
      base,
      changes: new Map((view.since?.figures ?? []).map((f) => [f.blockId, f.kind])),
      changedUnits: new Set((view.since?.units ?? []).filter((u) => u.field !== 'text').map((u) => unitKey(u.blockId, u.field))),
      suggesting,
      numbers: new Map(figures.map((f, i) => [f.blockId, i + 1])),
      openComments,
      activeFigure,
      onComment: (blockId) => {
        const i = figures.findIndex((f) => f.blockId === blockId);
        setComposing({ range: null, figure: { blockId, number: i + 1, caption: figures[i]?.caption ?? '' }, quote: '' });
        setText('');
      },
    };
  }, [view, base, suggesting, activeFigure]);

  if (!view || profile === undefined) return problem ? <p role="alert">{problem}</p> : <p className="placeholder">{t('review.loading')}</p>;
  const submission = latestSubmission(view.submissions);
  const onLatest = submission ? decisionsOn(view.decisions, submission.packageId) : [];
  const canSuggest = !!(
    me &&
    submission &&
    profile?.roles.includes('editor') &&
    submission.submitter.keyId !== me.keyId &&
    !onLatest.some((d) => d.own)
  );
  const isSuggesting = suggesting && canSuggest;

  const compose = (): void => {
    const fixed = selection && selection.end > selection.start ? selection : null;
    setComposing(
      fixed
        ? { range: { blockId: fixed.blockId, field: fixed.field, start: fixed.start, end: fixed.end }, figure: null, quote: fixed.quote }
        : { range: null, figure: null, quote: '' },
    );
    setText('');
  };

  const sendComment = async (): Promise<void> => {
    if (!composing || !text.trim()) return;
    const on = composing.figure ? { figure: { blockId: composing.figure.blockId } } : composing.range ? { range: composing.range } : {};
    if (!(await call('review.comment', { id, text: text.normalize('NFC'), ...on }))) return;
    setComposing(null);
    setText('');
    await load();
  };

  const headline = articleHeadline(view.article.content) || submission?.headline || id;
  // The editor's working copy differs from the submission once a suggestion is accepted; that is
  // not the reporter's edit, so the editor sees the submission's state (or the decision on it).
  const state = view.side === 'reporter' ? view.status.status : onLatest.length === 1 ? onLatest[0].verdict : 'submitted';
  return (
    <section className="review-screen" aria-labelledby="review-title">
      <div className="library-head">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => navigate(view.side === 'reporter' ? { view: 'article', id } : { view: 'inbox' })}
        >
          {view.side === 'reporter' ? t('review.backToArticle') : t('review.back')}
        </button>
        <h1 id="review-title" className="screen-title">
          {headline}
        </h1>
        <span className={`badge badge-${state}`} data-review-status={state}>
          {t(`review:status.${onLatest.length > 1 ? 'conflict' : state}`)}
        </span>
      </div>
      {submission && (
        <p className="hint">
          {t('review.submittedBy', {
            name: submission.submitter.name,
            version: submission.version,
            time: formatTime(submission.submittedAt),
          })}
        </p>
      )}
      {view.since && <p className="hint review-since-legend">{t('since.legend', { version: view.since.fromVersion })}</p>}
      {onLatest.length > 1 && (
        <div className="review-conflict" role="alert">
          <p>{t('review.conflict')}</p>
        </div>
      )}
      <div className="review-layout">
        <div className="review-main">
          <div className="review-tools" role="toolbar" aria-label={t('review.tools')}>
            <button type="button" className="button" onClick={compose}>
              {selection && selection.end > selection.start ? t('review.commentOnSelection') : t('review.commentWhole')}
            </button>
            {view.side === 'editor' && (
              <button
                type="button"
                className="button"
                aria-pressed={isSuggesting}
                disabled={!canSuggest}
                title={t('review.suggestModeHint')}
                onClick={() => setSuggesting(!isSuggesting)}
              >
                {t('review.suggestMode')}
              </button>
            )}
          </div>
          {isSuggesting && (
            <p className="review-suggest-hint" role="status">
              {t('review.suggesting')}
            </p>
          )}
          {composing && (
            <form
              className="review-compose"
              onSubmit={(e) => {
                e.preventDefault();
                void sendComment();
              }}
            >
              {composing.range && <p className="hint">“{composing.quote}”</p>}
              {composing.figure && (
                <p className="hint">
                  {t('review.photo', { number: composing.figure.number })}
                  {composing.figure.caption && ` · “${composing.figure.caption}”`}
                </p>
              )}
              <textarea
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-label={t('review.comment')}
                placeholder={t('review.commentPlaceholder')}
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
            <FigureReviewContext.Provider value={figureReview}>
              <ReviewDocument
                key={`${view.status.contentHash}:${docVersion}`}
                view={view}
                me={me}
                suggesting={isSuggesting}
                layers={layers}
                label={t('review.article')}
                onSelect={onSelect}
                send={canSuggest ? send : null}
                onSent={onSent}
                onSync={onSync}
              />
            </FigureReviewContext.Provider>
          </div>
          <DiffPanel view={view} />
        </div>
        <aside className="review-side" aria-label={t('review.side')}>
          {view.side === 'editor' && submission ? (
            <DecidePanel
              view={view}
              submissionId={submission.packageId}
              beforeDecide={flush}
              onDecided={async () => {
                setSuggesting(false);
                await load();
              }}
            />
          ) : (
            view.decisions.length > 0 && (
              <section className="review-panel" aria-labelledby="review-decisions">
                <h2 id="review-decisions">{t('decisions.title')}</h2>
                <DecisionList view={view} onChanged={load} />
              </section>
            )
          )}
          <DetailsPanel view={view} />
          <NotesPanel
            view={view}
            activeId={activeId}
            onActivate={setActiveId}
            onChanged={load}
            beforeDecide={flush}
            onDecided={(next) => {
              setView(next);
              setDocVersion((v) => v + 1);
            }}
          />
        </aside>
      </div>
    </section>
  );
}

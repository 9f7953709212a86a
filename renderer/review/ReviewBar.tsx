// The review in the editor: the article's review status (the same word the library and the
// review screen use), the submission's delivery ticks and "Gửi duyệt" in the toolbar (the desk is
// asked in a small dialog), and under the toolbar what the desk decided (ReviewBanner): who
// approved and when, with the editor's note (the article is then locked until "Sửa (hủy
// duyệt)"), a void approval, a returned article's note, a withdrawn decision, a conflict, an edit
// made after submitting, with "Xem ý kiến" when the desk said something. The banner
// sits below the toolbar, never in it, so the toolbar keeps its height whatever the status.
// Decisions arrive by themselves: the service watches the desk and useReviewState asks every 2 s.

import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces } from './review-t.ts';
import type { Editor } from 'slate';
import type { Article } from '../../main/common/article/model.ts';
import type { SubmissionDelivery } from '../../main/common/desk/types.ts';
import type { ApprovalStatus } from '../../main/common/review/types.ts';
import { DeliveryTicks } from '../desk/DeliveryTicks.tsx';
import { useDates } from '../app/format.ts';
import { commandProps } from '../app/keymap.ts';
import { useNotices } from '../app/notices.tsx';
import type { Route } from '../app/route.ts';
import { forget, type ArticleSaver } from '../editor/savers.ts';
import { setLocked } from './lock.ts';
import { useLive } from '../api/use-live.ts';
import { useReviewCall } from './use-review.ts';
import './review.css';

interface StateProps {
  editor: Editor;
  article: Article;
  saver: ArticleSaver;
  /** The desk's decision brought new content (the editor's accepted suggestions): show it. */
  onReplaced: (article: Article) => void;
}

export interface ReviewState {
  status: ApprovalStatus | null;
  /** The status word's key (`draft`, `submitted`, `changed`, `approved`, …). */
  key: string;
  /** Where the latest submissions are on their way to the newsroom (desk.deliveries). */
  deliveries: SubmissionDelivery[];
  locked: boolean;
  unlock(): void;
  refresh(): Promise<void>;
}

const ignore = (): void => undefined;

/**
 * The state kept when a poll brings the same answer. The hook lives in the article editor, so a new
 * object every 2 s would render the whole editor from a timer, and a render landing between two
 * Shift+Arrows puts back the selection slate-react has not copied in yet (frame-first.e2e.ts).
 */
const keepIfSame =
  <T,>(next: T) =>
  (prev: T): T =>
    JSON.stringify(prev) === JSON.stringify(next) ? prev : next;

/** What the banner explains beyond the status word: what an edit or the desk did to it. */
function statusKey(s: ApprovalStatus): string {
  if (s.conflict.length) return 'conflict';
  if (s.approval && !s.approval.valid) return 'voided';
  if (s.changedSinceSubmission && s.status !== 'approved' && s.status !== 'returned') return 'changed';
  return s.status;
}

/** The article's review status, kept fresh, and the lock an approval puts on the text. */
export function useReviewState({ editor, article, saver, onReplaced }: StateProps): ReviewState {
  const { t } = useTranslation(reviewNamespaces);
  // The reloads keep quiet: a failing status (an unreadable article) is the editor's to report.
  const quiet = useReviewCall(ignore);
  const { notify } = useNotices();
  const [status, setStatus] = useState<ApprovalStatus | null>(null);
  const [deliveries, setDeliveries] = useState<SubmissionDelivery[]>([]);
  const [unlocked, setUnlocked] = useState(false);
  const seenDecision = useRef<string | null | undefined>(undefined);

  const refresh = async (): Promise<void> => {
    const s = await quiet('review.status', { id: article.id });
    if (!s) return;
    setStatus(keepIfSame<ApprovalStatus | null>(s));
    const decision = s.decision?.packageId ?? null;
    const before = seenDecision.current;
    seenDecision.current = decision;
    if (before === undefined || before === decision || !decision) return;
    // A new decision may have brought the approved text into the library: reload when nothing
    // typed here is waiting (the Saver would otherwise meet a conflict at its next save).
    const state = saver.getState();
    const fresh = await quiet('library.get', { id: article.id });
    if (fresh && state.kind === 'saved' && fresh.version > state.version && !saver.hasUnsaved()) {
      forget(article.id);
      notify({ kind: 'info', message: t('bar.reloaded') });
      onReplaced(fresh);
    }
  };
  // Pushed: a decision arriving, a status the review wrote, an edit here (it may void an approval).
  useLive(
    refresh,
    [
      { topic: 'review.status', when: (e) => e.articleId === article.id },
      { topic: 'article.changed', when: (e) => e.articleId === article.id },
    ],
    [article.id],
  );
  // The ticks: a submission (its status), a receipt taken in (the article's status changes), and,
  // on a lanes desk, Syncthing saying the hub has more of the lane (desk.sync, followed in the Core).
  useLive(
    async () => {
      const d = await quiet('desk.deliveries', { id: article.id });
      if (d) setDeliveries(keepIfSame(d));
    },
    [
      { topic: 'review.status', when: (e) => e.articleId === article.id },
      { topic: 'desk.sync', when: (e) => e.kind === 'completion' || e.kind === 'engine' },
    ],
    [article.id],
  );

  const locked = status?.locked === true && !unlocked;
  // The model locks in the same commit as the page (ArticleEditor's `<Editable readOnly>`).
  useLayoutEffect(() => {
    setLocked(editor, locked);
  }, [editor, locked]);
  // Once the edit voided the approval, a later approval locks again.
  useEffect(() => {
    if (status && !status.locked) setUnlocked(false);
  }, [status]);

  return { status, key: status ? statusKey(status) : 'draft', deliveries, locked, unlock: () => setUnlocked(true), refresh };
}

/** The status word and "Gửi duyệt" (toolbar). */
export function ReviewBar({ review, article, saver }: { review: ReviewState; article: Article; saver: ArticleSaver }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const [asking, setAsking] = useState(false);
  const { key, locked, status } = review;
  const word = status?.status ?? 'draft';
  const badge =
    word === 'approved' ? 'badge-approved' : word === 'submitted' ? 'badge-submitted' : word === 'returned' ? 'badge-returned' : '';
  // The latest submission's journey, until an editor's decision says more.
  const delivery = !status?.decision ? review.deliveries.find((d) => d.packageId === status?.submission?.packageId) : undefined;

  return (
    <>
      <span className={`badge ${badge}`} role="status" aria-label={t('bar.status')} data-review-status={key}>
        {t(`review:status.${word}`)}
      </span>
      {delivery && <DeliveryTicks delivery={delivery} />}
      <button
        type="button"
        className="button"
        {...commandProps('review.submit', t('bar.submitLabel'))}
        disabled={locked}
        onClick={() => setAsking(true)}
      >
        {t('bar.submit')}
      </button>
      {asking && <SubmitDialog article={article} saver={saver} onDone={() => void review.refresh()} onClose={() => setAsking(false)} />}
    </>
  );
}

/** Asks which desk (the one in Settings, changeable here) and submits. */
function SubmitDialog({
  article,
  saver,
  onDone,
  onClose,
}: {
  article: Article;
  saver: ArticleSaver;
  onDone: () => void;
  onClose: () => void;
}): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const call = useReviewCall();
  const { notify } = useNotices();
  const deskId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [deskPath, setDeskPath] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    let live = true;
    void call('review.desk', {}).then((desk) => {
      if (live) setDeskPath(desk?.path ?? '');
    });
    return () => {
      live = false;
    };
  }, [call]);
  // Once the desk is known, the keyboard is in its field: Enter sends.
  const known = deskPath !== null;
  useEffect(() => {
    if (known) field.current?.focus();
  }, [known]);

  const submit = async (): Promise<void> => {
    const path = (deskPath ?? '').trim();
    if (busy || !path) return;
    setBusy(true);
    try {
      await saver.flush();
      if (saver.hasUnsaved()) return;
      const desk = await call('review.desk', {});
      if (desk && desk.path !== path && !(await call('review.setDesk', { path }))) return;
      const receipt = await call('review.submit', { id: article.id });
      if (!receipt) return;
      dialog.current?.close();
      notify({
        kind: 'info',
        message: receipt.alreadySubmitted ? t('bar.already') : t('bar.submitted', { version: receipt.submission.version }),
      });
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog review-submit-dialog" aria-labelledby={`${deskId}-title`} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <header className="dialog-head">
          <h2 id={`${deskId}-title`}>{t('bar.deskPrompt')}</h2>
        </header>
        <div className="field">
          <label htmlFor={deskId}>{t('profile.deskPath')}</label>
          <input
            ref={field}
            id={deskId}
            type="text"
            value={deskPath ?? ''}
            disabled={deskPath === null}
            onChange={(e) => setDeskPath(e.target.value)}
            spellCheck={false}
          />
        </div>
        <div className="form-actions dialog-actions">
          <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
            {t('bar.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !(deskPath ?? '').trim()}>
            {t('bar.send')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** What the desk decided, under the toolbar; "Sửa (hủy duyệt)" and "Xem ý kiến" are here. */
export function ReviewBanner({
  review,
  article,
  navigate,
}: {
  review: ReviewState;
  article: Article;
  navigate: (to: Route) => void;
}): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const { formatTime } = useDates();
  const { status, locked } = review;
  if (!status) return null;
  const decision = status.decision;
  const approval = status.approval;
  const who = (name: string, at: string) => ({ name, time: formatTime(at) });
  const withdrawn = status.withdrawn.at(-1);
  const note = decision?.note ? <span className="review-banner-note">{t('bar.note', { note: decision.note })}</span> : null;
  const notes = !!(decision || withdrawn || status.conflict.length) && (
    <button type="button" className="button button-quiet" onClick={() => navigate({ view: 'inbox', id: article.id })}>
      {t('bar.notes')}
    </button>
  );

  let kind: string;
  let text: ReactNode;
  let unlock: ReactNode = null;
  if (status.conflict.length) {
    kind = 'conflict';
    text = t('bar.conflict', {
      list: status.conflict.map((d) => `${d.editor.name}: ${t(`review:status.${d.verdict}`)}${d.note ? ` “${d.note}”` : ''}`).join(' · '),
    });
  } else if (approval?.valid && locked) {
    kind = 'approved';
    text = (
      <>
        {t('bar.approvedBy', who(approval.by.name, approval.at))} {note}
      </>
    );
    unlock = (
      <button type="button" className="button button-quiet" title={t('bar.unlockLabel')} onClick={review.unlock}>
        {t('bar.unlock')}
      </button>
    );
  } else if (approval?.valid) {
    kind = 'unlocked';
    text = (
      <>
        {t('bar.unlocked', { name: approval.by.name })} {note}
      </>
    );
  } else if (approval && !approval.valid) {
    kind = 'void';
    text = t('bar.voided', who(approval.by.name, approval.at));
  } else if (decision?.verdict === 'returned') {
    kind = 'returned';
    text = t('bar.returned', { ...who(decision.editor.name, decision.decidedAt), note: decision.note });
  } else if (withdrawn?.withdrawn && !decision) {
    const w = withdrawn.withdrawn;
    kind = 'withdrawn';
    text = `${t('bar.withdrawn', { ...who(w.by.name, w.at), verdict: t(`bar.verdict.${withdrawn.verdict}`) })}${w.reason ? ` “${w.reason}”` : ''}`;
  } else if (review.key === 'changed') {
    kind = 'void';
    text = t('review:status.changed');
  } else if (decision) {
    kind = 'decided';
    text = null;
  } else return null;

  return (
    <div className={`review-banner review-banner-${kind}`} data-testid="review-banner">
      {text && <p>{text}</p>}
      <span className="review-banner-actions">
        {unlock}
        {notes}
      </span>
    </div>
  );
}

// The review in the editor's toolbar: the article's review status (the same word the library and
// the review screen use), "Gửi duyệt" (asking which desk), and under the toolbar what the desk
// decided: who approved and when, with the editor's note (the article is then locked until
// "Sửa (hủy duyệt)"), a void approval, a returned article's note, a withdrawn decision, a
// conflict, an edit made after submitting.
// Decisions arrive by themselves: the service watches the desk and this bar asks every 2 s.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'slate';
import type { Article } from '../../main/common/article/model.ts';
import type { ApprovalStatus } from '../../main/common/review/types.ts';
import type { SubmissionDelivery } from '../../main/common/desk/types.ts';
import { DeliveryTicks } from '../desk/DeliveryTicks.tsx';
import { formatNewsroomTime } from '../app/format.ts';
import { useNotices } from '../app/notices.tsx';
import type { Route } from '../app/route.ts';
import { forget, type ArticleSaver } from '../editor/savers.ts';
import { setLocked } from './lock.ts';
import { usePoll, useReviewCall } from './use-review.ts';
import './review.css';

interface Props {
  editor: Editor;
  article: Article;
  saver: ArticleSaver;
  navigate: (to: Route) => void;
  /** The desk's decision brought new content (the editor's accepted suggestions): show it. */
  onReplaced: (article: Article) => void;
}

const ignore = (): void => undefined;

/** What the banner explains beyond the status word: what an edit or the desk did to it. */
function statusKey(s: ApprovalStatus): string {
  if (s.conflict.length) return 'conflict';
  if (s.approval && !s.approval.valid) return 'voided';
  if (s.changedSinceSubmission && s.status !== 'approved' && s.status !== 'returned') return 'changed';
  return s.status;
}

export function ReviewBar({ editor, article, saver, navigate, onReplaced }: Props): ReactNode {
  const { t } = useTranslation('reviewUi');
  const call = useReviewCall();
  // The poll keeps quiet: a failing status (an unreadable article) is the editor's to report.
  const quiet = useReviewCall(ignore);
  const { notify } = useNotices();
  const deskId = useId();
  const [status, setStatus] = useState<ApprovalStatus | null>(null);
  const [deliveries, setDeliveries] = useState<SubmissionDelivery[]>([]);
  const [unlocked, setUnlocked] = useState(false);
  const [asking, setAsking] = useState(false);
  const [deskPath, setDeskPath] = useState('');
  const [busy, setBusy] = useState(false);
  const seenDecision = useRef<string | null | undefined>(undefined);

  const refresh = async (): Promise<void> => {
    const [s, d] = await Promise.all([quiet('review.status', { id: article.id }), quiet('desk.deliveries', { id: article.id })]);
    if (d) setDeliveries(d);
    if (!s) return;
    setStatus(s);
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
  usePoll(refresh, [article.id]);

  const locked = status?.locked === true && !unlocked;
  useEffect(() => {
    setLocked(editor, locked);
  }, [editor, locked]);
  // Once the edit voided the approval, a later approval locks again.
  useEffect(() => {
    if (status && !status.locked) setUnlocked(false);
  }, [status]);

  const openPrompt = async (): Promise<void> => {
    const desk = await call('review.desk', {});
    setDeskPath(desk?.path ?? '');
    setAsking(true);
  };

  const submit = async (): Promise<void> => {
    setBusy(true);
    try {
      await saver.flush();
      if (saver.hasUnsaved()) return;
      const desk = await call('review.desk', {});
      if (desk && deskPath.trim() && desk.path !== deskPath.trim()) {
        if (!(await call('review.setDesk', { path: deskPath.trim() }))) return;
      }
      const receipt = await call('review.submit', { id: article.id });
      if (!receipt) return;
      setAsking(false);
      notify({ kind: 'info', message: receipt.alreadySubmitted ? t('bar.already') : t('bar.submitted', { version: receipt.submission.version }) });
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const key = status ? statusKey(status) : 'draft';
  const word = status?.status ?? 'draft';
  const badge = word === 'approved' ? 'badge-approved' : word === 'submitted' ? 'badge-submitted' : word === 'returned' ? 'badge-returned' : '';
  const decision = status?.decision;
  const approval = status?.approval;
  // The latest submission's journey, until an editor's decision says more.
  const delivery = !decision ? deliveries.find((d) => d.packageId === status?.submission?.packageId) : undefined;
  const who = (name: string, at: string) => ({ name, time: formatNewsroomTime(at) });
  const withdrawn = status?.withdrawn.at(-1);
  const note = decision?.note ? <span className="review-banner-note">{t('bar.note', { note: decision.note })}</span> : null;

  let banner: ReactNode = null;
  if (status?.conflict.length) {
    const list = status.conflict.map((d) => `${d.editor.name}: ${t(`review:status.${d.verdict}`)}${d.note ? ` “${d.note}”` : ''}`).join(' · ');
    banner = <p className="review-banner review-banner-conflict">{t('bar.conflict', { list })}</p>;
  } else if (approval?.valid && locked) {
    banner = (
      <p className="review-banner review-banner-approved" data-testid="review-banner">
        <span>
          {t('bar.approvedBy', who(approval.by.name, approval.at))} {note}
        </span>
        <button type="button" className="button button-quiet" aria-label={t('bar.unlockLabel')} onClick={() => setUnlocked(true)}>
          {t('bar.unlock')}
        </button>
      </p>
    );
  } else if (approval?.valid) {
    banner = (
      <p className="review-banner review-banner-unlocked" data-testid="review-banner">
        {t('bar.unlocked', { name: approval.by.name })} {note}
      </p>
    );
  } else if (approval && !approval.valid) {
    banner = <p className="review-banner review-banner-void" data-testid="review-banner">{t('bar.voided', who(approval.by.name, approval.at))}</p>;
  } else if (decision?.verdict === 'returned') {
    banner = (
      <p className="review-banner review-banner-returned" data-testid="review-banner">
        {t('bar.returned', { ...who(decision.editor.name, decision.decidedAt), note: decision.note })}
      </p>
    );
  } else if (withdrawn?.withdrawn && !decision) {
    const w = withdrawn.withdrawn;
    banner = (
      <p className="review-banner review-banner-withdrawn" data-testid="review-banner">
        {t('bar.withdrawn', { ...who(w.by.name, w.at), verdict: t(`bar.verdict.${withdrawn.verdict}`) })}
        {w.reason && ` “${w.reason}”`}
      </p>
    );
  } else if (key === 'changed') {
    banner = <p className="review-banner review-banner-void" data-testid="review-banner">{t('review:status.changed')}</p>;
  }

  return (
    <>
      <span className={`badge ${badge}`} role="status" aria-label={t('bar.status')} data-review-status={key}>
        {t(`review:status.${word}`)}
      </span>
      {delivery && <DeliveryTicks delivery={delivery} />}
      {!!(decision || withdrawn || status?.conflict.length) && (
        <button type="button" className="button button-quiet" onClick={() => navigate({ view: 'inbox', id: article.id })}>
          {t('bar.notes')}
        </button>
      )}
      <button type="button" className="button" aria-label={t('bar.submitLabel')} disabled={busy || locked} onClick={() => void openPrompt()}>
        {t('bar.submit')}
      </button>
      {asking && (
        <form
          className="review-prompt"
          aria-label={t('bar.deskPrompt')}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={deskId}>{t('bar.deskPrompt')}</label>
          <input id={deskId} type="text" value={deskPath} onChange={(e) => setDeskPath(e.target.value)} placeholder={t('profile.deskPath')} />
          <button type="submit" className="button button-primary" disabled={busy || !deskPath.trim()}>
            {t('bar.send')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
            {t('bar.cancel')}
          </button>
        </form>
      )}
      {banner}
    </>
  );
}

// The editor's decision on the latest submission: Approve (signs exactly the text under review,
// with the suggestions accepted) or Return with a note. Earlier decisions are listed.

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewView } from '../../main/common/review/types.ts';
import { useDates } from '../app/format.ts';
import { useNotices } from '../app/notices.tsx';
import { useReviewCall } from './use-review.ts';

export function DecidePanel({ view, submissionId, onDecided }: { view: ReviewView; submissionId: string; onDecided: () => Promise<void> }): ReactNode {
  const { t } = useTranslation('reviewUi');
  const { formatTime } = useDates();
  const call = useReviewCall();
  const { notify } = useNotices();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const decided = view.decisions.filter((d) => d.submissionId === submissionId);
  const mine = decided.some((d) => d.own);

  const decide = async (verdict: 'approve' | 'return'): Promise<void> => {
    if (verdict === 'return' && !note.trim()) return notify({ kind: 'error', message: t('review.needNote') });
    setBusy(true);
    try {
      const done =
        verdict === 'approve'
          ? await call('review.approve', { id: view.articleId, submissionId, ...(note.trim() ? { note: note.normalize('NFC') } : {}) })
          : await call('review.return', { id: view.articleId, submissionId, note: note.normalize('NFC') });
      if (!done) return;
      notify({ kind: 'info', message: verdict === 'approve' ? t('review.approved') : t('review.returnedDone') });
      setNote('');
      await onDecided();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="review-panel review-decide" aria-labelledby="review-decide">
      <h2 id="review-decide">{t('review.decide')}</h2>
      {decided.map((d) => (
        <p key={d.packageId} className={`hint inbox-verdict inbox-verdict-${d.verdict}`} data-decision-id={d.packageId}>
          {t(`inbox.verdict.${d.verdict}`, { name: d.editor.name })} · {formatTime(d.decidedAt)}
          {d.note && ` · “${d.note}”`}
        </p>
      ))}
      {!mine && (
        <>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} aria-label={t('review.returnNote')} placeholder={t('review.returnNote')} rows={3} />
          <div className="review-actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void decide('approve')}>
              {t('review.approve')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void decide('return')}>
              {t('review.return')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

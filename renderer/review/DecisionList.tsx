// Every decision on the article, newest first, as both sides see them: who approved or returned
// which version and when, with the editor's note; a withdrawn decision says who withdrew it,
// when and why. On the editor's side a decision in force can be withdrawn from here: one's own
// at once, another editor's with a reason (main/core/review/withdraw.ts).

import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces } from './review-t.ts';
import type { DecisionRecord, ReviewView } from '../../main/common/review/types.ts';
import { formatNewsroomTime } from '../app/format.ts';
import { useNotices } from '../app/notices.tsx';
import { useReviewCall } from './use-review.ts';

function Withdraw({ decision, view, onDone }: { decision: DecisionRecord; view: ReviewView; onDone: () => Promise<void> }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const call = useReviewCall();
  const { notify } = useNotices();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const needReason = !decision.own;
  const run = async (): Promise<void> => {
    if (needReason && !reason.trim()) return notify({ kind: 'error', message: t('decisions.needReason') });
    setBusy(true);
    try {
      const done = await call('review.withdraw', {
        id: view.articleId,
        decisionId: decision.packageId,
        ...(reason.trim() ? { reason: reason.normalize('NFC') } : {}),
      });
      if (!done) return;
      notify({ kind: 'info', message: t('decisions.withdrawn') });
      setAsking(false);
      await onDone();
    } finally {
      setBusy(false);
    }
  };
  if (!asking) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setAsking(true)}>
        {t('decisions.withdraw')}
      </button>
    );
  }
  return (
    <form
      className="review-withdraw"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <label htmlFor={id}>{needReason ? t('decisions.reasonRequired') : t('decisions.reason')}</label>
      <textarea id={id} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      <div className="review-actions">
        <button type="submit" className="button button-danger" disabled={busy}>
          {t('decisions.confirmWithdraw')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
          {t('bar.cancel')}
        </button>
      </div>
    </form>
  );
}

export function DecisionList({ view, onChanged }: { view: ReviewView; onChanged: () => Promise<void> }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const versionOf = new Map(view.submissions.map((s) => [s.packageId, s.version]));
  const list = [...view.decisions].sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : -1));
  if (list.length === 0) return null;
  return (
    <ul className="review-decisions">
      {list.map((d) => (
        <li
          key={d.packageId}
          className={`review-decision inbox-verdict-${d.verdict}${d.withdrawn ? ' is-withdrawn' : ''}`}
          data-decision-id={d.packageId}
          data-withdrawn={d.withdrawn ? 'true' : 'false'}
        >
          <div>
            {t(`inbox.verdict.${d.verdict}`, { name: d.editor.name })} ·{' '}
            {t('decisions.version', { version: versionOf.get(d.submissionId) ?? '?' })} · {formatNewsroomTime(d.decidedAt)}
          </div>
          {d.note && <blockquote className="review-note">{d.note}</blockquote>}
          {d.withdrawn && (
            <div className="review-withdrawn">
              {t('decisions.withdrawnBy', { name: d.withdrawn.by.name, time: formatNewsroomTime(d.withdrawn.at) })}
              {d.withdrawn.reason && ` · “${d.withdrawn.reason}”`}
            </div>
          )}
          {view.side === 'editor' && !d.withdrawn && <Withdraw decision={d} view={view} onDone={onChanged} />}
        </li>
      ))}
    </ul>
  );
}

// The editor's decision on the latest submission. "Duyệt…" first shows exactly what will be
// signed (version, counts, photos, the suggestions accepted into the text, its fingerprint) and
// warns of comments still open and suggestions not decided; signing takes a second, explicit
// confirmation. "Trả bài" needs a note. The note travels with either decision to the reporter.
// Every decision so far is listed, with its note and whether it was withdrawn.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces } from './review-t.ts';
import type { ReviewView } from '../../main/common/review/types.ts';
import { readingTime } from '../../main/common/vietnamese/counts.ts';
import { useNotices } from '../app/notices.tsx';
import { useSettings } from '../app/settings-context.tsx';
import { articleCounts } from '../editor/StatusBarCounts.ts';
import { DecisionList } from './DecisionList.tsx';
import { describeSuggestion } from './NotesPanel.tsx';
import { useReviewCall } from './use-review.ts';

interface Props {
  view: ReviewView;
  submissionId: string;
  /** Sends what suggesting mode still holds, so the summary and the signature see it. */
  beforeDecide: () => Promise<void>;
  onDecided: () => Promise<void>;
}

/** What will be signed, and what is still open: the second step of "Duyệt". */
function SignDialog({
  view,
  note,
  busy,
  onSign,
  onClose,
}: {
  view: ReviewView;
  note: string;
  busy: boolean;
  onSign: () => void;
  onClose: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation(reviewNamespaces);
  const { settings } = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  const submission = view.status.submission;
  const counts = articleCounts(view.article.content, settings.paperPrefix || 'BHG');
  const chu = counts.sapo.chu + counts.body.chu;
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'vi-VN');
  const figures = view.article.content.filter((b) => b.type === 'figure');
  const accepted = view.suggestions.filter(
    (s) => s.status === 'accepted' && s.decidedBy && s.decidedAt && (!submission || s.decidedAt >= submission.receivedAt),
  );
  const openThreads = view.threads.filter((th) => !th.resolved).length;
  const openSuggestions = view.suggestions.filter((s) => s.status === 'open').length;
  return (
    <dialog ref={dialog} className="dialog review-sign" aria-labelledby={`${id}-title`} onCancel={onClose} onClose={onClose}>
      <header className="dialog-head">
        <h2 id={`${id}-title`}>{t('sign.title')}</h2>
      </header>
      <p>{t('sign.intro')}</p>
      <ul className="review-sign-list" data-testid="sign-summary">
        <li>{t('sign.version', { version: submission?.version ?? '?', name: submission?.submitter.name ?? '' })}</li>
        <li>
          {t('sign.counts', {
            chu: number.format(chu),
            characters: number.format(counts.sapo.characters + counts.body.characters),
            minutes: readingTime(chu).minutes,
          })}
        </li>
        <li>
          {t('sign.photos', { count: figures.length })}
          {figures.length > 0 && (
            <ul>
              {figures.map(
                (f) =>
                  f.type === 'figure' && (
                    <li key={f.id}>
                      {f.caption || t('figure.noCaption')}
                      {f.credit && ` · ${f.credit}`}
                    </li>
                  ),
              )}
            </ul>
          )}
        </li>
        <li>
          {t('sign.accepted', { count: accepted.length })}
          {accepted.length > 0 && (
            <ul>
              {accepted.map((s) => (
                <li key={s.id}>{describeSuggestion(s, t)}</li>
              ))}
            </ul>
          )}
        </li>
        <li>{t('sign.details')}</li>
        {note.trim() && <li>{t('sign.note', { note: note.trim() })}</li>}
        <li className="hint">{t('sign.fingerprint', { hash: view.status.contentHash.slice(0, 16) })}</li>
      </ul>
      {(openThreads > 0 || openSuggestions > 0) && (
        <div className="review-sign-warn" role="alert">
          {openThreads > 0 && <p>{t('sign.openThreads', { count: openThreads })}</p>}
          {openSuggestions > 0 && <p>{t('sign.openSuggestions', { count: openSuggestions })}</p>}
        </div>
      )}
      <div className="review-actions">
        <span className="toolbar-spacer" />
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('sign.back')}
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={onSign}>
          {t('sign.confirm')}
        </button>
      </div>
    </dialog>
  );
}

export function DecidePanel({ view, submissionId, beforeDecide, onDecided }: Props): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const call = useReviewCall();
  const { notify } = useNotices();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState(false);
  const mine = view.decisions.some((d) => d.submissionId === submissionId && d.own && !d.withdrawn);

  const approve = async (): Promise<void> => {
    setBusy(true);
    try {
      await beforeDecide();
      const done = await call('review.approve', {
        id: view.articleId,
        submissionId,
        ...(note.trim() ? { note: note.normalize('NFC') } : {}),
      });
      if (!done) return;
      setSigning(false);
      notify({ kind: 'info', message: t('review.approved') });
      setNote('');
      await onDecided();
    } finally {
      setBusy(false);
    }
  };

  const giveBack = async (): Promise<void> => {
    if (!note.trim()) return notify({ kind: 'error', message: t('review.needNote') });
    setBusy(true);
    try {
      await beforeDecide();
      if (!(await call('review.return', { id: view.articleId, submissionId, note: note.normalize('NFC') }))) return;
      notify({ kind: 'info', message: t('review.returnedDone') });
      setNote('');
      await onDecided();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="review-panel review-decide" aria-labelledby="review-decide">
      <h2 id="review-decide">{t('review.decide')}</h2>
      <DecisionList view={view} onChanged={onDecided} />
      {!mine && (
        <>
          <label htmlFor={noteId} className="review-note-label">
            {t('review.note')}
          </label>
          <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('review.notePlaceholder')} rows={3} />
          <div className="review-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={async () => {
                await beforeDecide();
                setSigning(true);
              }}
            >
              {t('review.approve')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void giveBack()}>
              {t('review.return')}
            </button>
          </div>
        </>
      )}
      {signing && <SignDialog view={view} note={note} busy={busy} onSign={() => void approve()} onClose={() => setSigning(false)} />}
    </section>
  );
}

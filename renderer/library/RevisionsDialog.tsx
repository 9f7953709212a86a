// The revisions of one article, newest first, each restorable. A restore loses nothing: the
// service snapshots the current version first.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, RevisionSummary } from '../../main/common/article/model.ts';
import { useApi } from '../api/context.tsx';
import { formatNewsroomTime } from '../app/format.ts';
import { useNotices } from '../app/notices.tsx';

interface Props {
  articleId: string;
  headline: string;
  onClose: () => void;
  onRestored: (article: Article) => void;
  /** Called before a restore, e.g. to save what the editor still holds. */
  beforeRestore?: () => Promise<void>;
}

export function RevisionsDialog({ articleId, headline, onClose, onRestored, beforeRestore }: Props): ReactNode {
  const { t } = useTranslation();
  const api = useApi();
  const { notify } = useNotices();
  const dialog = useRef<HTMLDialogElement>(null);
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    let live = true;
    void api['library.revisions']({ id: articleId }).then((result) => {
      if (!live) return;
      if (result.ok) setRevisions(result.value);
      else {
        setRevisions([]);
        notify({ kind: 'error', message: result.error.message });
      }
    });
    return () => {
      live = false;
    };
  }, [api, articleId, notify]);

  const restore = async (rev: RevisionSummary): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      await beforeRestore?.();
      const result = await api['library.restoreRevision']({ id: articleId, revisionId: rev.id });
      if (!result.ok) return notify({ kind: 'error', message: result.error.message });
      notify({ kind: 'info', message: t('revisions.restored', { version: rev.version }) });
      onRestored(result.value);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="revisions-title" onClose={onClose} onCancel={onClose}>
      <header className="dialog-head">
        <h2 id="revisions-title">
          {t('revisions.title')} <span className="dialog-sub">{t('revisions.of', { headline })}</span>
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('revisions.close')}
        </button>
      </header>
      <p className="hint">{t('revisions.hint')}</p>
      {revisions === null ? (
        <p className="placeholder">{t('revisions.loading')}</p>
      ) : revisions.length === 0 ? (
        <p className="placeholder">{t('revisions.empty')}</p>
      ) : (
        <ol className="revisions">
          {revisions.map((rev) => {
            const time = formatNewsroomTime(rev.savedAt);
            return (
              <li key={rev.id} className="revision" data-revision-id={rev.id}>
                <div className="revision-meta">
                  <strong>{t('revisions.version', { version: rev.version })}</strong>
                  <time dateTime={rev.savedAt}>{time}</time>
                  <span className="revision-reason">{t(`revisions.reason.${rev.reason}`)}</span>
                </div>
                <div className="revision-headline">{rev.headline || t('library.untitled')}</div>
                <button type="button" className="button" aria-label={t('revisions.restoreLabel', { version: rev.version, time })} onClick={() => void restore(rev)} disabled={busy}>
                  {t('revisions.restore')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </dialog>
  );
}

// The revisions of one article, newest first, each told apart by what it changed since the one
// before (`+12 chữ · −3 chữ · “sâu sắc” → “rõ”`, from the service: main/common/review/change-summary.ts),
// with a preview of its text and a word-by-word compare with the current text (the review's diff,
// main/common/review/diff.ts). Each is restorable; a restore loses nothing: the service snapshots
// the current version first.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { blockText, type Article, type Block, type RevisionSummary } from '../../main/common/article/model.ts';
import type { ChangeSummary } from '../../main/common/article/model.ts';
import { summarizeChanges } from '../../main/common/review/change-summary.ts';
import { diffArticles } from '../../main/common/review/diff.ts';
import { useApi } from '../api/context.tsx';
import { useDates } from '../app/format.ts';
import { useNotices } from '../app/notices.tsx';

interface Props {
  articleId: string;
  headline: string;
  onClose: () => void;
  onRestored: (article: Article) => void;
  /** Called before a restore, e.g. to save what the editor still holds. */
  beforeRestore?: () => Promise<void>;
  /** The text as it is now (the editor's, with what is not saved yet); else the library's. */
  current?: () => Block[];
}

/** `+12 chữ · −3 chữ · “sâu sắc” → “rõ”`: one revision's change in a line. */
export function ChangeLine({ changes }: { changes: ChangeSummary | undefined }): ReactNode {
  const { t } = useTranslation();
  if (!changes) return null;
  const parts: string[] = [];
  if (changes.added) parts.push(t('revisions.added', { count: changes.added }));
  if (changes.removed) parts.push(t('revisions.removed', { count: changes.removed }));
  if (!parts.length) parts.push(changes.metaChanged ? t('revisions.onlyDetails') : t('revisions.noChange'));
  const first = changes.first;
  return (
    <span className="revision-changes" data-added={changes.added} data-removed={changes.removed}>
      {parts.join(' · ')}
      {first && (
        <>
          {' · '}
          {first.before && <del>{first.before}</del>}
          {first.before && first.after && ' → '}
          {first.after && <ins>{first.after}</ins>}
        </>
      )}
    </span>
  );
}

function Preview({ article }: { article: Article }): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="revision-text">
      {article.content.map((b, i) =>
        b.type === 'figure' ? (
          <p key={i} className="revision-figure">
            {t('revisions.figure', { caption: b.caption || '…' })}
          </p>
        ) : (
          <p key={i} className={`revision-block revision-block-${b.type}`}>
            {blockText(b) || '\u00a0'}
          </p>
        ),
      )}
    </div>
  );
}

function Compare({ before, after }: { before: Block[]; after: Block[] }): ReactNode {
  const { t } = useTranslation();
  const units = diffArticles(before, after).filter((u) => u.change !== 'same');
  const summary = summarizeChanges({ content: before }, { content: after });
  return (
    <div className="revision-compare">
      <p className="hint">
        {units.length ? t('revisions.compareSummary', { added: summary.added, removed: summary.removed }) : t('revisions.compareSame')}
      </p>
      {units.map((u) => (
        <p key={`${u.blockId}#${u.field}`} className={`review-diff-unit review-diff-${u.change}`} data-block-id={u.blockId}>
          {u.ops.map((op, i) =>
            op.op === 'insert' ? (
              <ins key={i}>{op.text}</ins>
            ) : op.op === 'delete' ? (
              <del key={i}>{op.text}</del>
            ) : (
              <span key={i}>{op.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}

export function RevisionsDialog({ articleId, headline, onClose, onRestored, beforeRestore, current }: Props): ReactNode {
  const { t } = useTranslation();
  const api = useApi();
  const { notify } = useNotices();
  const { formatTime } = useDates();
  const dialog = useRef<HTMLDialogElement>(null);
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<{ rev: RevisionSummary; article: Article; now: Block[] } | null>(null);
  const [mode, setMode] = useState<'text' | 'compare'>('text');
  const previewTitle = useRef<HTMLHeadingElement>(null);

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

  const show = async (rev: RevisionSummary, as: 'text' | 'compare'): Promise<void> => {
    const [r, now] = await Promise.all([
      api['library.getRevision']({ id: articleId, revisionId: rev.id }),
      current ? Promise.resolve(null) : api['library.get']({ id: articleId }),
    ]);
    if (!r.ok) return notify({ kind: 'error', message: r.error.message });
    const nowContent = current ? current() : now?.ok ? now.value.content : [];
    setShown({ rev, article: r.value, now: nowContent });
    setMode(as);
  };

  // Each View or Compare moves the focus to the preview's heading, once React has drawn it: a
  // frame can come before React's render (a busy machine), so focusing from the next frame
  // found no heading yet and the focus stayed on the button.
  useEffect(() => {
    if (shown) previewTitle.current?.focus();
  }, [shown]);

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
    <dialog ref={dialog} className="dialog revisions-dialog" aria-labelledby="revisions-title" onClose={onClose} onCancel={onClose}>
      <header className="dialog-head">
        <h2 id="revisions-title">
          {t('revisions.title')} <span className="dialog-sub">{t('revisions.of', { headline })}</span>
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('revisions.close')}
        </button>
      </header>
      <p className="hint">{t('revisions.hint')}</p>
      <div className="dialog-body revisions-layout">
        {revisions === null ? (
          <p className="placeholder">{t('revisions.loading')}</p>
        ) : revisions.length === 0 ? (
          <p className="placeholder">{t('revisions.empty')}</p>
        ) : (
          <ol className="revisions">
            {revisions.map((rev) => {
              const time = formatTime(rev.savedAt);
              return (
                <li
                  key={rev.id}
                  className="revision"
                  data-revision-id={rev.id}
                  aria-current={shown?.rev.id === rev.id ? 'true' : undefined}
                >
                  <div className="revision-meta">
                    <strong>{t('revisions.version', { version: rev.version })}</strong>
                    <time dateTime={rev.savedAt}>{time}</time>
                    <span className="revision-reason">{t(`revisions.reason.${rev.reason}`)}</span>
                  </div>
                  <div className="revision-summary">
                    <ChangeLine changes={rev.changes} />
                  </div>
                  <div className="revision-actions">
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('revisions.viewLabel', { version: rev.version })}
                      onClick={() => void show(rev, 'text')}
                    >
                      {t('revisions.view')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('revisions.compareLabel', { version: rev.version })}
                      onClick={() => void show(rev, 'compare')}
                    >
                      {t('revisions.compare')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('revisions.restoreLabel', { version: rev.version, time })}
                      onClick={() => void restore(rev)}
                      disabled={busy}
                    >
                      {t('revisions.restore')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {shown && (
          <section className="revision-preview" aria-labelledby="revision-preview-title" data-testid="revision-preview">
            <h3 id="revision-preview-title" tabIndex={-1} ref={previewTitle}>
              {mode === 'text'
                ? t('revisions.previewTitle', { version: shown.rev.version })
                : t('revisions.compareTitle', { version: shown.rev.version })}
            </h3>
            <div className="revision-modes" role="group" aria-label={t('revisions.modes')}>
              <button type="button" className="button button-quiet" aria-pressed={mode === 'text'} onClick={() => setMode('text')}>
                {t('revisions.view')}
              </button>
              <button type="button" className="button button-quiet" aria-pressed={mode === 'compare'} onClick={() => setMode('compare')}>
                {t('revisions.compare')}
              </button>
            </div>
            {mode === 'text' ? <Preview article={shown.article} /> : <Compare before={shown.article.content} after={shown.now} />}
          </section>
        )}
      </div>
    </dialog>
  );
}

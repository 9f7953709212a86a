// Beside the article under review: the comment threads (reply, resolve, reopen; a thread whose
// text is gone is shown detached; a thread about a photo is named "Ảnh N" with a thumbnail and
// the caption, on the editor's and the reporter's side alike) and the suggestions, each with its author and time (accept or
// reject one by one, or all).

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces, type ReviewT } from './review-t.ts';
import type { FigureBlock } from '../../main/common/article/model.ts';
import type { PhotoLabel } from '../../main/common/review/figure-target.ts';
import type { PlacedSuggestion, PlacedThread, ReviewView } from '../../main/common/review/types.ts';
import { useDates } from '../app/format.ts';
import { CroppedPhoto } from '../media/CroppedPhoto.tsx';
import { useReviewCall } from './use-review.ts';

interface Props {
  view: ReviewView;
  activeId: string | null;
  onActivate: (id: string | null) => void;
  onChanged: () => Promise<void>;
  /** Before accepting or rejecting: suggesting mode sends what it still holds. */
  beforeDecide: () => Promise<void>;
  /** The view after accepting or rejecting (the text under review may have changed). */
  onDecided: (view: ReviewView) => void;
}

/** A small copy of the photo a thread is about, framed as in the article; decorative (the label names it). */
function PhotoThumb({ view, photo }: { view: ReviewView; photo: PhotoLabel }): ReactNode {
  const info = view.photos.find((p) => p.assetId === photo.assetId)?.info;
  if (!info) return null;
  const figure = view.article.content.find((b): b is FigureBlock => b.type === 'figure' && b.id === photo.blockId);
  return (
    <span className="review-thread-thumb" aria-hidden="true">
      <CroppedPhoto articleId={view.articleId} info={info} figure={figure ?? {}} alt="" lazy />
    </span>
  );
}

/** What a thread is about, as its button says it: a photo, a quote (of a photo's field, named so), or the whole article. */
function subjectOf(thread: PlacedThread, t: ReviewT): string {
  if (thread.figure)
    return thread.photo
      ? `${t('review.photo', { number: thread.photo.number })}${thread.photo.caption ? ` · “${thread.photo.caption}”` : ''}`
      : t('review.photoLost');
  if (!thread.anchor) return t('review.whole');
  const quote = `“${thread.anchor.quote}”`;
  return thread.photo && thread.anchor.field !== 'text'
    ? `${t('review.photoField', { number: thread.photo.number, field: t(`photos:figure.${thread.anchor.field}`) })}: ${quote}`
    : quote;
}

function ThreadItem({
  thread,
  view,
  active,
  onActivate,
  onChanged,
}: {
  thread: PlacedThread;
  view: ReviewView;
  active: boolean;
  onActivate: Props['onActivate'];
  onChanged: Props['onChanged'];
}): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const { formatTime } = useDates();
  const call = useReviewCall();
  const [reply, setReply] = useState('');
  const send = async (): Promise<void> => {
    if (!reply.trim()) return;
    if (await call('review.comment', { id: view.articleId, text: reply.normalize('NFC'), threadId: thread.id })) {
      setReply('');
      await onChanged();
    }
  };
  const resolve = async (resolved: boolean): Promise<void> => {
    if (await call('review.resolve', { id: view.articleId, threadId: thread.id, resolved })) await onChanged();
  };
  return (
    <li
      className={`review-thread${thread.resolved ? ' review-thread-resolved' : ''}${active ? ' review-thread-active' : ''}`}
      data-thread-id={thread.id}
      data-resolved={thread.resolved ? 'true' : 'false'}
    >
      <div className="review-thread-subject">
        {thread.photo && <PhotoThumb view={view} photo={thread.photo} />}
        <button
          type="button"
          className="review-quote"
          onClick={() => onActivate(active ? null : thread.id)}
          aria-pressed={active}
          data-photo={thread.photo?.number}
        >
          {subjectOf(thread, t)}
          {thread.anchorState === 'lost' && !thread.figure && <span className="badge badge-danger">{t('review.lost')}</span>}
        </button>
      </div>
      <ol className="review-comments">
        {thread.comments.map((c) => (
          <li key={c.id}>
            <strong>{c.author.name}</strong>{' '}
            <time className="hint" dateTime={c.createdAt}>
              {formatTime(c.createdAt)}
            </time>
            <div className="review-comment-text">{c.text}</div>
          </li>
        ))}
      </ol>
      <form
        className="review-reply"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <input
          type="text"
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          placeholder={t('review.replyPlaceholder')}
          aria-label={t('review.reply')}
        />
        <button type="submit" className="button button-quiet">
          {t('review.reply')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => void resolve(!thread.resolved)}>
          {thread.resolved ? t('review.reopen') : t('review.resolve')}
        </button>
      </form>
    </li>
  );
}

/** A suggestion in words: insert, delete or replace what. */
export function describeSuggestion(s: PlacedSuggestion, t: ReviewT): string {
  const what = !s.anchor.quote
    ? t('review.insert', { text: s.insert })
    : !s.insert
      ? t('review.delete', { text: s.anchor.quote })
      : t('review.replace', { quote: s.anchor.quote, text: s.insert });
  // A photo's caption, credit or alt text says which.
  return s.anchor.field === 'text' ? what : `${t(`photos:figure.${s.anchor.field}`)}: ${what}`;
}

export function NotesPanel({ view, activeId, onActivate, onChanged, beforeDecide, onDecided }: Props): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const { formatTime } = useDates();
  const call = useReviewCall();
  const open = view.suggestions.filter((s) => s.status === 'open');
  const decide = async (verb: 'review.accept' | 'review.reject', ids?: string[]): Promise<void> => {
    await beforeDecide();
    const next = await call(verb, { id: view.articleId, ...(ids ? { suggestionIds: ids } : {}) });
    if (next) onDecided(next);
  };
  const statusWord = { open: t('review.statusOpen'), accepted: t('review.statusAccepted'), rejected: t('review.statusRejected') };

  return (
    <>
      <section className="review-panel" aria-labelledby="review-threads">
        <h2 id="review-threads">{t('review.threads')}</h2>
        {view.threads.length === 0 ? (
          <p className="hint">{t('review.noThreads')}</p>
        ) : (
          <ul className="review-threads">
            {view.threads.map((th) => (
              <ThreadItem key={th.id} thread={th} view={view} active={th.id === activeId} onActivate={onActivate} onChanged={onChanged} />
            ))}
          </ul>
        )}
      </section>
      <section className="review-panel" aria-labelledby="review-suggestions">
        <h2 id="review-suggestions">{t('review.suggestions')}</h2>
        {open.length > 1 && (
          <div className="review-actions">
            <button type="button" className="button" onClick={() => void decide('review.accept')}>
              {t('review:actions.acceptAll')}
            </button>
            <button type="button" className="button" onClick={() => void decide('review.reject')}>
              {t('review:actions.rejectAll')}
            </button>
          </div>
        )}
        {view.suggestions.length === 0 ? (
          <p className="hint">{t('review.noSuggestions')}</p>
        ) : (
          <ul className="review-suggestions">
            {view.suggestions.map((s) => (
              <li key={s.id} className={`review-suggestion review-suggestion-${s.status}`} data-suggestion-id={s.id} data-status={s.status}>
                <button
                  type="button"
                  className="review-quote"
                  onClick={() => onActivate(activeId === s.id ? null : s.id)}
                  aria-pressed={activeId === s.id}
                >
                  {describeSuggestion(s, t)}
                </button>
                <div className="hint">
                  {s.author.name} · <time dateTime={s.createdAt}>{formatTime(s.createdAt)}</time> · {statusWord[s.status]}
                  {s.decidedBy && ` · ${s.decidedBy.name}`}
                  {s.status === 'open' && s.anchorState === 'lost' && ` · ${t('review.lost')}`}
                </div>
                {s.status === 'open' && (
                  <div className="review-actions">
                    <button type="button" className="button" onClick={() => void decide('review.accept', [s.id])}>
                      {t('review:actions.accept')}
                    </button>
                    <button type="button" className="button button-quiet" onClick={() => void decide('review.reject', [s.id])}>
                      {t('review:actions.reject')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

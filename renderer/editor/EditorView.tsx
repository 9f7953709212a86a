// Opens an article for writing. A damaged article.json is never overwritten: the user sees why
// it cannot be opened and is offered its last good revision.

import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Block, RevisionSummary } from '../../main/common/article/model.ts';
import type { ErrorInfo } from '../../main/common/result.ts';
import { useApi } from '../api/context.tsx';
import { useDates } from '../app/format.ts';
import { useNotices } from '../app/notices.tsx';
import type { Route } from '../app/route.ts';
import { ArticleEditor } from './ArticleEditor.tsx';
import { unsavedSaver } from './savers.ts';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; article: Article; content?: Block[]; generation: number }
  | { kind: 'failed'; error: ErrorInfo; revisions: RevisionSummary[] };

const revisionsOf = (error: ErrorInfo): RevisionSummary[] => {
  const list = error.details?.revisions;
  return Array.isArray(list) ? (list as RevisionSummary[]) : [];
};

export function EditorView({ id, navigate }: { id: string; navigate: (to: Route) => void }): ReactNode {
  const { t } = useTranslation();
  const { formatTime } = useDates();
  const api = useApi();
  const { notify } = useNotices();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      // Text left unsaved by an earlier visit is newer than the disk: finish or continue it.
      const leftover = unsavedSaver(id);
      await leftover?.flush();
      const result = await api['library.get']({ id });
      if (!live) return;
      if (!result.ok) return setLoaded({ kind: 'failed', error: result.error, revisions: revisionsOf(result.error) });
      const content = unsavedSaver(id)?.unsaved() ?? undefined;
      setLoaded({ kind: 'ready', article: result.value, content, generation: 0 });
    })();
    return () => {
      live = false;
    };
  }, [api, id]);

  const replace = useCallback((article: Article) => {
    setLoaded((prev) => ({ kind: 'ready', article, generation: prev.kind === 'ready' ? prev.generation + 1 : 0 }));
  }, []);

  const restoreLast = async (rev: RevisionSummary): Promise<void> => {
    const result = await api['library.restoreRevision']({ id, revisionId: rev.id });
    if (!result.ok) return notify({ kind: 'error', message: result.error.message });
    notify({ kind: 'info', message: t('revisions.restored', { version: rev.version }) });
    replace(result.value);
  };

  if (loaded.kind === 'loading') return <p className="placeholder">{t('editor.loading')}</p>;
  if (loaded.kind === 'failed') {
    const last = loaded.revisions[0];
    return (
      <section className="open-failed" aria-labelledby="open-failed-title">
        <h1 id="open-failed-title" className="screen-title">
          {loaded.error.code === 'CORRUPT' ? t('editor.corruptTitle') : t('editor.openFailed')}
        </h1>
        <p role="alert">{loaded.error.message}</p>
        {loaded.error.code === 'CORRUPT' &&
          (last ? (
            <button type="button" className="button button-primary" onClick={() => void restoreLast(last)}>
              {t('editor.restoreLast', { version: last.version, time: formatTime(last.savedAt) })}
            </button>
          ) : (
            <p>{t('editor.noRevisions')}</p>
          ))}
        <p>
          <button type="button" className="button button-quiet" onClick={() => navigate({ view: 'library' })}>
            <span aria-hidden="true">← </span>
            {t('editor.back')}
          </button>
        </p>
      </section>
    );
  }
  return (
    <ArticleEditor
      key={`${loaded.article.id}:${loaded.generation}`}
      article={loaded.article}
      content={loaded.content}
      navigate={navigate}
      onReplaced={replace}
    />
  );
}

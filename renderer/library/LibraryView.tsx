// The library: every article with its headline, section, byline, publish time, status and last
// change (two articles with one headline are told apart), newest first or in Vietnamese
// alphabetical order (the service sorts); New, "Mở bản thảo…" (or a draft dropped on the list,
// DraftImport.tsx), Open, Duplicate, Delete (to the trash), Revisions. With `trash`, the trashed
// articles and Restore. Dates follow the UI language (app/format.ts), never the browser's.

import { useCallback, useEffect, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../main/common/article/model.ts';
import { useApi } from '../api/context.tsx';
import { useDates } from '../app/format.ts';
import { commandProps } from '../app/keymap.ts';
import { useNotices } from '../app/notices.tsx';
import type { Route } from '../app/route.ts';
import { useDraftImport } from './DraftImport.tsx';
import { looksLikeDraft } from './drafts.ts';
import { LibrarySearch } from './LibrarySearch.tsx';
import { RevisionsDialog } from './RevisionsDialog.tsx';

type Sort = 'changed' | 'headline';

// A page of rows at a time: a library of thousands stays quick to show; more on request.
const PAGE = 200;

interface Props {
  trash: boolean;
  navigate: (to: Route) => void;
}

const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function LibraryView({ trash, navigate }: Props): ReactNode {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('screens');
  const { formatTime } = useDates();
  const api = useApi();
  const { notify } = useNotices();
  const [sort, setSort] = useState<Sort>('changed');
  const [items, setItems] = useState<ArticleSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [limit, setLimit] = useState(PAGE);
  const [revisionsOf, setRevisionsOf] = useState<ArticleSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await api['library.list']({ sort, trash, offset: 0, limit });
    if (result.ok) {
      setItems(result.value.items);
      setTotal(result.value.total);
    } else {
      setItems([]);
      notify({ kind: 'error', message: result.error.message });
    }
  }, [api, sort, trash, limit, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  const drafts = useDraftImport({ navigate, onImported: () => void load() });
  const [dropping, setDropping] = useState(false);

  const title = (a: { headline: string }): string => a.headline || t('library.untitled');

  // One action at a time: a double click must not create two articles or trash twice.
  const act = async (fn: () => Promise<void>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };

  const create = (): Promise<void> =>
    act(async () => {
      const result = await api['library.create']({});
      if (result.ok) navigate({ view: 'article', id: result.value.id });
      else notify({ kind: 'error', message: result.error.message });
    });

  const duplicate = (a: ArticleSummary): Promise<void> =>
    act(async () => {
      const result = await api['library.duplicate']({ id: a.id });
      if (!result.ok) return notify({ kind: 'error', message: result.error.message });
      notify({ kind: 'info', message: t('library.duplicated', { headline: title(a) }) });
      await load();
    });

  const restore = async (a: ArticleSummary): Promise<void> => {
    const result = await api['library.restore']({ id: a.id });
    if (!result.ok) return notify({ kind: 'error', message: result.error.message });
    notify({ kind: 'info', message: t('library.restored', { headline: title(a) }) });
    await load();
  };

  const moveToTrash = (a: ArticleSummary): Promise<void> =>
    act(async () => {
      const result = await api['library.trash']({ id: a.id });
      if (!result.ok) return notify({ kind: 'error', message: result.error.message });
      notify({
        kind: 'info',
        message: t('library.trashed', { headline: title(a) }),
        action: { label: t('library.undo'), run: () => void restore(a) },
      });
      await load();
    });

  const heading = trash ? t('library.trashTitle') : t('library.title');
  return (
    <section
      className={`library${trash ? ' library-trash' : ''}`}
      aria-labelledby="library-title"
      data-dropping={dropping ? 'true' : undefined}
      onDragOver={(e) => {
        if (trash || !hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(e) => {
        if (trash || !hasFiles(e)) return;
        e.preventDefault();
        setDropping(false);
        const files = Array.from(e.dataTransfer.files);
        drafts.drop(files.filter(looksLikeDraft).length ? files.filter(looksLikeDraft) : files);
      }}
    >
      <div className="library-head">
        <h1 id="library-title" className="screen-title">
          {heading}
        </h1>
        {items && <span className="count">{t('library.count', { count: total })}</span>}
        <div className="library-tools">
          <label className="inline-field">
            <span>{t('library.sortLabel')}</span>
            <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              <option value="changed">{t('library.sortChanged')}</option>
              <option value="headline">{t('library.sortHeadline')}</option>
            </select>
          </label>
          {!trash && (
            <>
              <button type="button" className="button" {...commandProps('draft.open', ts('drafts.openHint'))} onClick={drafts.choose}>
                {ts('drafts.open')}
              </button>
              <button type="button" className="button button-primary" onClick={() => void create()} disabled={busy}>
                {t('library.new')}
              </button>
            </>
          )}
        </div>
      </div>
      {!trash && drafts.ui}
      {dropping && (
        <p className="drop-hint" aria-hidden="true">
          {ts('drafts.dropHere')}
        </p>
      )}
      {trash && <p className="hint">{t('library.trashHint')}</p>}
      {!trash && <LibrarySearch navigate={navigate} />}
      {items === null ? (
        <p className="placeholder">{t('library.loading')}</p>
      ) : items.length === 0 ? (
        <p className="placeholder">{trash ? t('library.trashEmpty') : t('library.empty')}</p>
      ) : (
        <table className="articles">
          <thead>
            <tr>
              <th scope="col">{t('library.colHeadline')}</th>
              <th scope="col">{t('library.colCategory')}</th>
              <th scope="col">{t('library.colByline')}</th>
              <th scope="col">{t('library.colPublish')}</th>
              <th scope="col">{t('library.colStatus')}</th>
              <th scope="col">{t('library.colChanged')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-article-id={a.id}>
                <td className="col-headline">
                  {trash ? (
                    <span className={a.headline ? '' : 'untitled'}>{title(a)}</span>
                  ) : (
                    <a href={`#/article/${a.id}`} className={a.headline ? 'article-link' : 'article-link untitled'}>
                      {title(a)}
                    </a>
                  )}
                </td>
                <td className="col-category">{a.category}</td>
                <td className="col-byline">{a.byline}</td>
                <td className="col-publish">
                  {a.publishAt ? (
                    <time dateTime={a.publishAt}>{formatTime(a.publishAt)}</time>
                  ) : (
                    <span className="hint-inline">{t('library.notScheduled')}</span>
                  )}
                </td>
                <td className="col-status">
                  {a.corrupt ? (
                    <span className="badge badge-danger">{t('library.corrupt')}</span>
                  ) : (
                    <span className={`badge badge-${a.status}`}>{t(`status.${a.status}`)}</span>
                  )}
                </td>
                <td className="col-changed">
                  <time dateTime={a.updatedAt}>{formatTime(a.updatedAt)}</time>
                </td>
                <td className="col-actions">
                  {trash ? (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('library.restoreLabel', { headline: title(a) })}
                      onClick={() => void act(() => restore(a))}
                      disabled={busy}
                    >
                      {t('library.restore')}
                    </button>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="button button-quiet"
                        aria-label={t('library.revisionsLabel', { headline: title(a) })}
                        onClick={() => setRevisionsOf(a)}
                      >
                        {t('library.revisions')}
                      </button>
                      <button
                        type="button"
                        className="button button-quiet"
                        aria-label={t('library.duplicateLabel', { headline: title(a) })}
                        onClick={() => void duplicate(a)}
                        disabled={busy}
                      >
                        {t('library.duplicate')}
                      </button>
                      <button
                        type="button"
                        className="button button-quiet button-danger"
                        aria-label={t('library.deleteLabel', { headline: title(a) })}
                        onClick={() => void moveToTrash(a)}
                        disabled={busy}
                      >
                        {t('library.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items && items.length < total && (
        <p className="more">
          <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
            {t('library.more', { shown: items.length, total })}
          </button>
        </p>
      )}
      {revisionsOf && (
        <RevisionsDialog
          articleId={revisionsOf.id}
          headline={title(revisionsOf)}
          onClose={() => setRevisionsOf(null)}
          onRestored={() => {
            setRevisionsOf(null);
            void load();
          }}
        />
      )}
    </section>
  );
}

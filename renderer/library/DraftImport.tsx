// "Mở bản thảo…" in the library: a draft (.docx, .txt, .md, .html) chosen with the file chooser
// (Ctrl+O) or dropped on the library becomes a new article (drafts.ts says how it travels). Then
// the import's report, in a dialog: what the reporter should check, what was put aside out of the
// body and why, the captions and related articles it recognised; "Mở bài" opens the article. A
// draft that looks typed in TCVN3/VNI can be opened again converted to Unicode (the first copy
// goes to the trash). docs/import.md describes it.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { articleHeadline } from '../../main/common/article/model.ts';
import type { ErrorInfo } from '../../main/common/result.ts';
import { useApi, useTransport } from '../api/context.tsx';
import { useNotices } from '../app/notices.tsx';
import type { Route } from '../app/route.ts';
import { desktopPathForFile } from '../media/photo-input.ts';
import { DRAFT_ACCEPT, draftName, draftSources, importDraft, type DraftSource, type Imported } from './drafts.ts';

type Outcome = { source: DraftSource; name: string } & ({ ok: true; value: Imported } | { ok: false; error: ErrorInfo });

interface Props {
  navigate: (to: Route) => void;
  /** A new article is in the library (refresh the list). */
  onImported: () => void;
}

export interface DraftImport {
  /** Opens the chooser (the native picker in the desktop app). */
  choose(): void;
  /** Opens dropped files. */
  drop(files: File[]): void;
  /** The hidden input and the report dialog. */
  ui: ReactNode;
}

export function useDraftImport({ navigate, onImported }: Props): DraftImport {
  const { t } = useTranslation('screens');
  const { t: tUi } = useTranslation();
  const api = useApi();
  const transport = useTransport();
  const { notify, progress } = useNotices();
  const input = useRef<HTMLInputElement>(null);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const busy = useRef(false);
  const messages = { unreachable: tUi('errors.hostUnreachable'), noPath: (name: string) => t('drafts.noPath', { name }) };

  const open = async (sources: DraftSource[]): Promise<void> => {
    if (!sources.length || busy.current) return;
    busy.current = true;
    const done: Outcome[] = [];
    try {
      for (const [i, source] of sources.entries()) {
        const name = draftName(source);
        progress('drafts', { label: t('drafts.opening', { name }), name: t('drafts.open'), done: i, total: sources.length });
        done.push({ source, name, ...(await importDraft(api, transport, source, false, messages)) });
      }
    } finally {
      progress('drafts', null);
      busy.current = false;
    }
    if (done.some((o) => o.ok)) onImported();
    setOutcomes(done);
  };

  const choose = (): void => {
    if (transport === 'browser') {
      input.current?.click();
      return;
    }
    void api['library.chooseDraft']({}).then((picked) => {
      if (!picked.ok) notify({ kind: 'error', message: picked.error.message });
      else void open(picked.value.paths.map((path) => ({ kind: 'path' as const, path })));
    });
  };

  /** Opens the draft again converted from TCVN3/VNI…; the first copy goes to the trash. */
  const convert = async (outcome: Outcome): Promise<void> => {
    if (!outcome.ok) return;
    const again = await importDraft(api, transport, outcome.source, true, messages);
    if (!again.ok) return notify({ kind: 'error', message: again.error.message });
    await api['library.trash']({ id: outcome.value.article.id });
    notify({ kind: 'info', message: t('drafts.converted') });
    onImported();
    setOutcomes((list) => list?.map((o) => (o === outcome ? { ...o, ...again } : o)) ?? null);
  };

  const ui = (
    <>
      {/* Opened by "Mở bản thảo…": not a control of its own. */}
      <input
        ref={input}
        type="file"
        multiple
        accept={DRAFT_ACCEPT}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="draft-file-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          void open(draftSources(files, null));
        }}
      />
      {outcomes && (
        <DraftReport
          outcomes={outcomes}
          onConvert={(o) => void convert(o)}
          onOpen={(id) => navigate({ view: 'article', id })}
          onClose={() => setOutcomes(null)}
        />
      )}
    </>
  );
  return { choose, drop: (files) => void open(draftSources(files, desktopPathForFile(transport))), ui };
}

/** One part of the report: a heading, why (optional), and its lines; nothing when it has none. */
function ReportList({
  title,
  hint,
  className,
  items,
}: {
  title: string;
  hint?: string;
  className?: string;
  items: { text: string; code?: string }[];
}): ReactNode {
  if (!items.length) return null;
  return (
    <>
      <h3>{title}</h3>
      {hint && <p className="hint">{hint}</p>}
      <ul className={className}>
        {items.map((item, k) => (
          <li key={k} data-code={item.code}>
            {item.text}
          </li>
        ))}
      </ul>
    </>
  );
}

function DraftReport({
  outcomes,
  onConvert,
  onOpen,
  onClose,
}: {
  outcomes: Outcome[];
  onConvert: (o: Outcome) => void;
  onOpen: (id: string) => void;
  onClose: () => void;
}): ReactNode {
  const { t } = useTranslation('screens');
  const { t: ti } = useTranslation('import');
  const { t: tUi } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    // One article made: "Mở bài" is the next step (showModal would pick the first button).
    openButton.current?.focus();
  }, []);
  const opened = outcomes.filter((o): o is Outcome & { ok: true; value: Imported } => o.ok);
  const title = opened.length ? t('drafts.reportTitle') : t('drafts.failedTitle');

  return (
    <dialog ref={dialog} className="dialog draft-report" aria-labelledby="draft-report-title" onClose={onClose} data-testid="draft-report">
      <header className="dialog-head">
        <h2 id="draft-report-title">{title}</h2>
      </header>
      <div className="dialog-body" tabIndex={0} aria-labelledby="draft-report-title">
        {outcomes.map((o, i) => {
          if (!o.ok)
            return (
              <section key={i} className="draft-outcome draft-failed">
                <p className="export-problem" role="alert">
                  {o.error.message}
                </p>
              </section>
            );
          const { article, report } = o.value;
          const headline = articleHeadline(article.content) || tUi('library.untitled');
          const clean = !report.warnings.length && !report.notes.length && !report.captions.length && !report.related.length;
          return (
            <section key={i} className="draft-outcome" aria-label={report.fileName} data-article-id={article.id}>
              <p className="draft-of">
                {t('drafts.reportOf', { name: report.fileName, headline })}{' '}
                {opened.length > 1 && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`${t('drafts.openArticle')} “${headline}”`}
                    onClick={() => onOpen(article.id)}
                  >
                    {t('drafts.openArticle')}
                  </button>
                )}
              </p>
              {clean && <p className="export-ok">{t('drafts.clean')}</p>}
              <ReportList
                title={t('drafts.warnings')}
                className="draft-warnings"
                items={report.warnings.map((w) => ({ text: ti(`warning.${w.code}`, { ...w.params }), code: w.code }))}
              />
              {report.legacy && !report.legacy.converted && (
                <button type="button" className="button" onClick={() => onConvert(o)}>
                  {t('drafts.convert')}
                </button>
              )}
              <ReportList
                title={t('drafts.notes')}
                hint={t('drafts.notesWhy')}
                className="draft-notes"
                items={report.notes.map((text) => ({ text }))}
              />
              <ReportList title={t('drafts.captions')} items={report.captions.map((text) => ({ text }))} />
              <ReportList
                title={t('drafts.related')}
                items={report.related.map((r) => ({ text: r.date ? `${r.headline} (${r.date})` : r.headline }))}
              />
            </section>
          );
        })}
      </div>
      <div className="dialog-actions">
        <button type="button" className={opened.length === 1 ? 'button' : 'button button-primary'} onClick={() => dialog.current?.close()}>
          {t('drafts.close')}
        </button>
        {opened.length === 1 && (
          <button ref={openButton} type="button" className="button button-primary" onClick={() => onOpen(opened[0].value.article.id)}>
            {t('drafts.openArticle')}
          </button>
        )}
      </div>
    </dialog>
  );
}

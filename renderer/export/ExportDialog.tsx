// The export dialog: preflight first (errors block, warnings ask "Vẫn xuất"), each finding with a
// link to its block; then where the package goes, which parts, zip or folder, and a progress bar
// the service feeds (the export.progress topic of the push channel). Cancel stops
// the service, which removes its temporary package: nothing half-written is left behind.
// The head and the foot (progress, the result, the buttons) stay in view and the middle scrolls,
// so on a 768 px screen the result and the buttons are never below the fold. Once a package is
// made, "Đóng" is the main button and the other one offers to export again.
// The page may name only folders the user chose (docs/security.md): in the desktop app the folder
// comes from the system's folder picker (opened by "Xuất" when none was chosen yet); in a browser
// the package is a .zip written to the library's download folder and downloaded.

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'slate';
import type { Article, Block } from '../../main/common/article/model.ts';
import {
  PACKAGE_PARTS,
  type ExportProgress,
  type PackageKind,
  type PackagePart,
  type PackageResult,
  type PreflightFinding,
  type PreflightReport,
} from '../../main/common/contract/export.ts';
import {
  cleanPackageName,
  downloadFolder,
  isAbsolutePath,
  packageName,
  packagePath,
  parentFolder,
  progressFraction,
} from '../../main/common/export/target.ts';
import { downloadUrl } from '../app/download.ts';
import { useApi, useTransport } from '../api/context.tsx';
import { useTopic } from '../api/use-live.ts';
import { useSettings } from '../app/settings-context.tsx';
import { jumpToBlock, jumpToDetails } from './jump.ts';
import './export.css';

interface Props {
  article: Article;
  editor: Editor;
  /** Saves what the editor holds, so preflight and export see the text on screen. */
  flush: () => Promise<void>;
  onClose: () => void;
}

const newJobId = (): string => `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function Findings({
  report,
  onJump,
  disabled,
}: {
  report: PreflightReport;
  onJump: (f: PreflightFinding) => void;
  disabled: boolean;
}): ReactNode {
  const { t } = useTranslation('exportUi');
  const { t: te } = useTranslation('export');
  if (!report.findings.length) return <p className="export-ok">{t('allGood')}</p>;
  const groups = [
    { severity: 'error' as const, head: t('errorsHead', { count: report.errors }) },
    { severity: 'warning' as const, head: t('warningsHead', { count: report.warnings }) },
  ];
  return (
    <>
      {groups.map(({ severity, head }) => {
        const items = report.findings.filter((f) => f.severity === severity);
        if (!items.length) return null;
        return (
          <div key={severity} className={`export-findings export-${severity}s`}>
            <h3>{head}</h3>
            <ul>
              {items.map((f, i) => (
                <li key={`${f.code}-${f.blockId ?? ''}-${i}`} data-code={f.code} data-severity={f.severity}>
                  <span>{te(`finding.${f.code}`, f.params ?? {})}</span>{' '}
                  <button type="button" className="link-button" onClick={() => onJump(f)} disabled={disabled}>
                    {t('jump')}
                  </button>
                  {!f.blockId && <span className="export-where"> {t('noBlock')}</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

const formatSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function ExportDialog({ article, editor, flush, onClose }: Props): ReactNode {
  const { t } = useTranslation('exportUi');
  const { t: te } = useTranslation('export');
  const api = useApi();
  const transport = useTransport();
  const { settings } = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { folder: useId(), name: useId() };
  const [report, setReport] = useState<PreflightReport | null>(null);
  const [folder, setFolder] = useState(settings.exportFolder);
  // In a browser tab: the library's download folder (the page cannot choose one).
  const [downloads, setDownloads] = useState<string | null>(null);
  const browser = transport !== 'electron';
  const [name, setName] = useState(() => packageName(article, editor.children as Block[]));
  const [kindChosen, setKind] = useState<PackageKind>('zip');
  const kind: PackageKind = browser ? 'zip' : kindChosen;
  const [parts, setParts] = useState<PackagePart[]>([...PACKAGE_PARTS]);
  const [replace, setReplace] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [result, setResult] = useState<PackageResult | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // The export button was disabled while it ran (the keyboard lost it): done, the keyboard is on "Đóng".
  useEffect(() => {
    if (result) closeButton.current?.focus();
  }, [result]);

  const check = useCallback(async () => {
    setReport(null);
    await flush();
    const r = await api['export.preflight']({ id: article.id });
    if (r.ok) setReport(r.value);
    else setProblem(r.error.message);
  }, [api, article.id, flush]);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    void check();
    // Without a default folder, propose the one that holds the library (~/Documents by default).
    void api['app.info']({}).then((r) => {
      if (!r.ok) return;
      setDownloads(downloadFolder(r.value.libraryDir));
      if (!settings.exportFolder) setFolder((f) => f || parentFolder(r.value.libraryDir));
    });
    // Only on opening: a settings change later does not overwrite what the user typed.
  }, []);

  // While an export runs, the service tells where it is (export.progress on the push channel).
  useTopic('export.progress', ({ jobId: job, ...p }) => {
    if (job === jobId) setProgress(p);
  });

  const jump = (f: PreflightFinding): void => {
    dialog.current?.close();
    if (f.blockId) jumpToBlock(editor, f.blockId);
    else jumpToDetails();
  };

  /** The system's folder picker (desktop app); the folder it answers may take the package. */
  const chooseFolder = async (): Promise<string | null> => {
    const r = await api['export.chooseFolder']({ ...(folder ? { defaultPath: folder } : {}) });
    if (r.ok && r.value.path) setFolder(r.value.path);
    else if (!r.ok) setProblem(r.error.message);
    return r.ok ? r.value.path : null;
  };

  const start = async (): Promise<void> => {
    setProblem('');
    setResult(null);
    let dir = browser ? (downloads ?? '') : folder.trim();
    const clean = cleanPackageName(name);
    if (!isAbsolutePath(dir)) return setProblem(t('folderMissing'));
    if (!clean) return setProblem(t('nameMissing'));
    const id = newJobId();
    setJobId(id);
    setProgress({ stage: 'preflight', done: 0, total: 1 });
    try {
      await flush();
      const write = (into: string) =>
        api['export.package']({
          id: article.id,
          target: packagePath(into, clean, kind),
          kind,
          // The download folder is the host's: an earlier package of the same name gives way.
          replace: browser || replace,
          acceptWarnings: (report?.warnings ?? 0) > 0,
          parts,
          jobId: id,
        });
      let r = await write(dir);
      // A folder typed or remembered, not chosen in the picker since the app started: ask the picker.
      if (!r.ok && r.error.code === 'PATH_NOT_GRANTED' && !browser) {
        const chosen = await chooseFolder();
        if (!chosen) return setProgress(null);
        dir = chosen;
        r = await write(dir);
      }
      if (r.ok) {
        setResult(r.value);
        setProgress({ stage: 'done', done: 1, total: 1 });
        if (browser) {
          const file = packagePath('', clean, 'zip').slice(1);
          downloadUrl(`downloads/${encodeURIComponent(file)}`, file);
        }
      } else {
        setProblem(r.error.message);
        setProgress(null);
        // The article may have changed since the check (a photo removed…): check again.
        if (r.error.code === 'EXPORT') void check();
      }
    } finally {
      setJobId(null);
    }
  };

  const cancel = (): void => {
    if (jobId) void api['export.cancel']({ jobId });
    else dialog.current?.close();
  };

  const togglePart = (part: PackagePart): void =>
    setParts((ps) => (ps.includes(part) ? ps.filter((p) => p !== part) : PACKAGE_PARTS.filter((p) => p === part || ps.includes(p))));

  const running = jobId !== null;
  const blocked = !report || report.errors > 0;
  const target = folder.trim() && cleanPackageName(name) ? packagePath(folder.trim(), cleanPackageName(name), kind) : '';

  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby="export-title"
      onClose={onClose}
      onCancel={(e) => (running ? e.preventDefault() : undefined)}
    >
      <div className="dialog-head">
        <h2 id="export-title">{t('title')}</h2>
      </div>

      <div className="dialog-body export-body">
        <section className="export-preflight" aria-labelledby="export-preflight-title" aria-busy={!report}>
          <h3 id="export-preflight-title" className="export-section-title">
            {t('preflight')}{' '}
            <button type="button" className="link-button" onClick={() => void check()} disabled={running}>
              {t('recheck')}
            </button>
          </h3>
          {report ? <Findings report={report} onJump={jump} disabled={running} /> : <p>{t('checking')}</p>}
        </section>

        <div className="export-form">
          {browser ? (
            <p className="hint">{t('downloadHint')}</p>
          ) : (
            <div className="field">
              <label htmlFor={ids.folder}>{t('folder')}</label>
              <div className="export-folder">
                <input
                  id={ids.folder}
                  type="text"
                  value={folder}
                  onChange={(e) => setFolder(e.target.value.normalize('NFC'))}
                  disabled={running}
                  spellCheck={false}
                  aria-describedby={`${ids.folder}-hint`}
                />
                <button type="button" className="button" onClick={() => void chooseFolder()} disabled={running}>
                  {t('chooseFolder')}
                </button>
              </div>
              <p id={`${ids.folder}-hint`} className="hint">
                {t('folderHint')}
              </p>
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.name}>{t('name')}</label>
            <input
              id={ids.name}
              type="text"
              value={name}
              onChange={(e) => setName(e.target.value.normalize('NFC'))}
              disabled={running}
              spellCheck={false}
              aria-describedby={`${ids.name}-hint`}
            />
            <p id={`${ids.name}-hint`} className="hint">
              {target && t('nameHint', { path: target })}
            </p>
          </div>
          <fieldset className="export-choices" disabled={running}>
            <legend>{t('kind')}</legend>
            {(browser ? (['zip'] as const) : (['zip', 'folder'] as const)).map((k) => (
              <label key={k}>
                <input type="radio" name="export-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
                {t(k === 'zip' ? 'kindZip' : 'kindFolder')}
              </label>
            ))}
            {!browser && (
              <label>
                <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {t('replace')}
              </label>
            )}
          </fieldset>
          <fieldset className="export-choices" disabled={running}>
            <legend>{t('parts')}</legend>
            {PACKAGE_PARTS.map((p) => (
              <label key={p}>
                <input type="checkbox" name={`part-${p}`} checked={parts.includes(p)} onChange={() => togglePart(p)} /> {t(`part.${p}`)}
              </label>
            ))}
            <label>
              <input type="checkbox" checked disabled /> {t('part.ninjs')}
            </label>
          </fieldset>
        </div>
      </div>

      <div className="export-foot">
        {progress && (
          <div className="export-progress">
            <progress
              max={1}
              value={progressFraction(progress)}
              aria-label={te(`stage.${progress.stage}`, { done: progress.done, total: progress.total })}
            />
            <span role="status">{te(`stage.${progress.stage}`, { done: progress.done, total: progress.total })}</span>
          </div>
        )}
        {problem && (
          <p className="export-problem" role="alert">
            {problem}
          </p>
        )}
        {result && (
          <p className="export-done" role="status" data-path={result.path}>
            {t('done', { files: result.files, path: result.path, size: formatSize(result.bytes) })}
          </p>
        )}

        <div className="form-actions">
          <button ref={closeButton} type="button" className={result && !running ? 'button button-primary' : 'button'} onClick={cancel}>
            {running ? t('cancel') : t('close')}
          </button>
          <button
            type="button"
            className={result ? 'button' : 'button button-primary'}
            onClick={() => void start()}
            disabled={running || blocked}
          >
            {result ? t('exportAgain') : report && report.warnings > 0 ? t('exportAnyway') : t('export')}
          </button>
        </div>
      </div>
    </dialog>
  );
}

// "Văn phong": the house-style findings of the article as it is in the editor, in a side panel.
// Each finding shows its rule and sentence, a one-click fix where the rule has one (applied
// through Slate: one undo step each) and a link to the passage. The checker runs in the language
// worker; the panel checks when opened, after every fix, and on "Kiểm tra lại".

import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Node, type Path } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Block } from '../../main/common/article/model.ts';
import { sentenceParams } from '../../main/common/i18n/index.ts';
import type { StyleSettingsPatch } from '../../main/common/vietnamese/style/config.ts';
import { profileStyle } from '../../main/common/vietnamese/style/profile.ts';
import type { StyleFinding } from '../../main/common/vietnamese/style/types.ts';
import { commandProps } from '../app/keymap.ts';
import { useSettings } from '../app/settings-context.tsx';
import { languageWorker } from './language-worker.ts';
import { applyStyleFix, pointAt, styleBlocks, targetUnchanged, type StyleTarget } from './style-fixes.ts';
import './language.css';

interface Checked {
  findings: StyleFinding[];
  targets: StyleTarget[];
}

/** The day a text speaks from, in the newsroom's time zone (`YYYY-MM-DD`). */
const dayIn = (d: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/**
 * The toolbar button and, once pressed, the panel. `publishAt` is read at each check: the
 * reporter may have set the publication time in the details panel since the article opened.
 */
export function StyleButton({ editor, publishAt }: { editor: Editor; publishAt: () => string | null }): ReactNode {
  const { t } = useTranslation('languageUi');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        {...commandProps('style.check', t('toolbar.styleLabel'))}
        aria-pressed={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t('toolbar.style')}
      </button>
      {open && <StylePanel editor={editor} publishAt={publishAt} onClose={() => setOpen(false)} />}
    </>
  );
}

export function StylePanel({
  editor,
  publishAt,
  onClose,
}: {
  editor: Editor;
  publishAt: () => string | null;
  onClose: () => void;
}): ReactNode {
  const { t } = useTranslation('languageUi');
  const { settings } = useSettings();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = useCallback(async () => {
    setBusy(true);
    const { blocks, targets } = styleBlocks(editor.children as Block[]);
    // A rule with a date (the 2025 mergers) applies only to articles published after it.
    const published = publishAt();
    const patch: StyleSettingsPatch = {
      ...profileStyle(settings.paperPrefix, settings.paperProfile),
      'merged-place': { asOf: dayIn(published ? new Date(published) : new Date()) },
    };
    try {
      const findings = await languageWorker().style(blocks, patch);
      setChecked({ findings, targets });
      setProblem(null);
    } catch (err) {
      setProblem(t('style.failed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }, [editor, settings.paperPrefix, settings.paperProfile, publishAt, t]);

  useEffect(() => void check(), [check]);

  const fix = (finding: StyleFinding): void => {
    const target = checked?.targets[finding.block];
    if (!target || !applyStyleFix(editor, target, finding)) setProblem(t('style.gone'));
    void check();
  };

  const show = (finding: StyleFinding): void => {
    const target = checked?.targets[finding.block];
    if (!target || !Node.has(editor, target.path)) return;
    reveal(editor, target, finding);
  };

  return (
    <aside className="style-panel" aria-labelledby="style-panel-title">
      <header className="style-panel-head">
        <h2 id="style-panel-title">{t('style.title')}</h2>
        <button type="button" className="button button-quiet" disabled={busy} onClick={() => void check()}>
          {t('style.refresh')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('style.close')}
        </button>
      </header>
      <p className="style-panel-status hint">{t('style.profile', { name: settings.paperProfile.name })}</p>
      {problem && (
        <p className="style-panel-status" role="alert">
          {problem}
        </p>
      )}
      {checked === null ? (
        <p className="style-panel-status">{t('style.checking')}</p>
      ) : checked.findings.length === 0 ? (
        <p className="style-panel-status">{t('style.none')}</p>
      ) : (
        <>
          <p className="style-panel-status" aria-live="polite">
            {t('style.count', { count: checked.findings.length })}
          </p>
          <ul className="style-findings">
            {checked.findings.map((f, i) => (
              <FindingItem
                key={`${f.ruleId}-${f.block}-${f.start}-${i}`}
                finding={f}
                text={checked.targets[f.block]?.text ?? ''}
                busy={busy}
                onFix={fix}
                onShow={show}
              />
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

function FindingItem({
  finding,
  text,
  busy,
  onFix,
  onShow,
}: {
  finding: StyleFinding;
  text: string;
  busy: boolean;
  onFix: (f: StyleFinding) => void;
  onShow: (f: StyleFinding) => void;
}): ReactNode {
  const { t } = useTranslation('languageUi');
  const { t: tl } = useTranslation('language');
  const replacement = finding.fix?.replacement;
  return (
    <li className={`style-finding style-finding-${finding.severity}`} data-rule={finding.ruleId}>
      <span className="style-finding-rule">
        {tl(`severity.${finding.severity}`)} · {tl(`rule.${finding.ruleId}`)}
      </span>
      <p>{tl(finding.message.key, sentenceParams(finding.message.params))}</p>
      <div className="style-finding-actions">
        {finding.fix && (
          <button type="button" className="button" disabled={busy} onClick={() => onFix(finding)}>
            {replacement
              ? t('style.fix', { replacement: replacement.trim() || replacement })
              : t('style.fixRemove', { text: text.slice(finding.start, finding.end) })}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={() => onShow(finding)}>
          {t('style.jump')}
        </button>
      </div>
    </li>
  );
}

/** Selects the finding's passage (or its block, for a caption) and scrolls it into view. */
function reveal(editor: Editor, target: StyleTarget, finding: StyleFinding): void {
  const path: Path = target.path;
  try {
    ReactEditor.toDOMNode(editor, Node.get(editor, path)).scrollIntoView({ block: 'center' });
    if (target.field === 'text' && targetUnchanged(editor, target)) {
      ReactEditor.focus(editor);
      editor.select({ anchor: pointAt(editor, path, finding.start), focus: pointAt(editor, path, finding.end) });
    } else {
      ReactEditor.focus(editor);
      editor.select(Editor.start(editor, path));
    }
  } catch {
    // The block is gone (edited away since the check): nothing to show.
  }
}

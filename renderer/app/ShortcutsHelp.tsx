// "Phím tắt": the whole keyboard map in one dialog (Ctrl+/ or the masthead's button), built from
// keymap.ts so the dialog, the buttons' tooltips and the handlers cannot disagree.

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onMac } from '../editor/shortcuts.ts';
import { modText, OTHER_KEYS, SHORTCUTS, shortcutText, type ShortcutHelp, type ShortcutScope } from './keymap.ts';

const SCOPES: readonly ShortcutScope[] = ['app', 'editor', 'library'];

export function ShortcutsHelp({ onClose }: { onClose: () => void }): ReactNode {
  const { t } = useTranslation('screens');
  const dialog = useRef<HTMLDialogElement>(null);
  const mac = onMac();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const rows = (scope: ShortcutScope): { keys: string; help: ShortcutHelp }[] => [
    ...SHORTCUTS.filter((s) => s.scope === scope).map((s) => ({ keys: shortcutText(s, mac), help: s.help })),
    ...OTHER_KEYS.filter((k) => k.scope === scope).map((k) => ({ keys: modText(k.keys, mac), help: k.help })),
  ];

  return (
    <dialog ref={dialog} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <header className="dialog-head">
        <h2 id="shortcuts-title">{t('help.title')}</h2>
        <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
          {t('help.close')}
        </button>
      </header>
      {/* Scrolls on a small screen: focusable, so the keyboard can scroll it. */}
      <div className="dialog-body" tabIndex={0} aria-labelledby="shortcuts-title">
        <p className="hint">{t('help.intro')}</p>
        <p className="hint">{t('help.regionsHint')}</p>
        {SCOPES.map((scope) => (
          <table key={scope} className="shortcuts-table">
            <caption>{t(`help.${scope}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('help.keys')}</th>
                <th scope="col">{t('help.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows(scope).map((r) => (
                <tr key={`${r.keys}-${r.help}`}>
                  <td>
                    <kbd>{r.keys}</kbd>
                  </td>
                  <td>{t(`keys.${r.help}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </dialog>
  );
}

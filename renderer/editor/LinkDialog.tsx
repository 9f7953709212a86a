// The small dialog behind the Link button and Ctrl+K: the address (http, https or mailto only),
// and the words to show when there is no selection. A refused address is said in words and the
// dialog stays open with what was typed.

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeLinkUrl } from './formatting.ts';

interface Props {
  /** The link being edited, or '' for a new one. */
  initialUrl: string;
  /** Ask for the words to show (a bare caret, no link under it). */
  askText: boolean;
  onSave: (url: string, text: string) => void;
  /** Only when editing an existing link. */
  onRemove?: () => void;
  onClose: () => void;
}

export function LinkDialog({ initialUrl, askText, onSave, onRemove, onClose }: Props): ReactNode {
  const { t } = useTranslation('formatting');
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState(initialUrl);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = useId();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const normalized = normalizeLinkUrl(url);
    if (!normalized) return setInvalid(true);
    onSave(normalized, text);
  };

  return (
    <dialog ref={dialog} className="dialog link-dialog" aria-labelledby={`${id}-title`} onCancel={onClose} onClose={onClose}>
      <form onSubmit={submit}>
        <header className="dialog-head">
          <h2 id={`${id}-title`}>{initialUrl ? t('linkDialog.titleEdit') : t('linkDialog.titleNew')}</h2>
        </header>
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('linkDialog.url')}</label>
          <input
            id={`${id}-url`}

            type="text"
            inputMode="url"
            autoFocus
            spellCheck={false}
            value={url}
            placeholder={t('linkDialog.urlPlaceholder')}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setUrl(e.target.value);
              setInvalid(false);
            }}
          />
          <p id={`${id}-hint`} className={invalid ? 'link-dialog-error' : 'hint'} role={invalid ? 'alert' : undefined}>
            {invalid ? t('linkDialog.invalid') : t('linkDialog.urlHint')}
          </p>
        </div>
        {askText && (
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('linkDialog.text')}</label>
            <input id={`${id}-text`} type="text" value={text} onChange={(e) => setText(e.target.value)} />
            <p className="hint">{t('linkDialog.textHint')}</p>
          </div>
        )}
        <div className="link-dialog-actions">
          {onRemove && (
            <button type="button" className="button button-danger" onClick={onRemove}>
              {t('linkDialog.remove')}
            </button>
          )}
          <span className="toolbar-spacer" />
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('linkDialog.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('linkDialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

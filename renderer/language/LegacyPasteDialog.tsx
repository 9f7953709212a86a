// Asks before converting a paste that looks typed in a legacy encoding, showing the text as
// pasted and as it would read converted. The editor listens for pastes (capture phase, before
// Slate) and hands the clipboard on unchanged when the text does not look legacy.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { useEditorEvent } from './editor-events.ts';
import { convertPaste, legacyOffer, type LegacyOffer, type ParseHtml } from './legacy-paste.ts';
import './language.css';

interface Pending {
  offer: LegacyOffer;
  html: string;
  plain: string;
  files: File[];
  others: Array<[string, string]>;
}

const parse: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

const SLATE_FRAGMENT = 'application/x-slate-fragment';

/** The paste listener and, when a paste looks legacy, the question. */
export function LegacyPaste({ editor }: { editor: Editor }): ReactNode {
  const [pending, setPending] = useState<Pending | null>(null);

  useEditorEvent(
    editor,
    'paste',
    (event) => {
      const data = event.clipboardData;
      if (!data || data.types.includes(SLATE_FRAGMENT)) return;
      const html = data.types.includes('text/html') ? data.getData('text/html') : '';
      const plain = data.types.includes('text/plain') ? data.getData('text/plain') : '';
      const offer = legacyOffer(html, plain, parse);
      if (!offer) return;
      // Ours now: the clipboard is copied, since it cannot be read once the event is over.
      event.preventDefault();
      event.stopPropagation();
      const others = data.types
        .filter((t) => t !== 'Files' && t !== 'text/html' && t !== 'text/plain')
        .map((t): [string, string] => [t, data.getData(t)]);
      setPending({ offer, html, plain, files: Array.from(data.files), others });
    },
    true,
  );

  if (!pending) return null;
  const finish = (convert: boolean): void => {
    setPending(null);
    const converted = convert ? convertPaste(pending.html, pending.plain, pending.offer.encoding, parse) : pending;
    const data = new DataTransfer();
    for (const [type, value] of pending.others) data.setData(type, value);
    if (converted.html) data.setData('text/html', converted.html);
    if (converted.plain) data.setData('text/plain', converted.plain);
    for (const file of pending.files) data.items.add(file);
    ReactEditor.focus(editor);
    editor.insertData(data);
  };
  return <LegacyPasteDialog offer={pending.offer} onConvert={() => finish(true)} onKeep={() => finish(false)} />;
}

export function LegacyPasteDialog({
  offer,
  onConvert,
  onKeep,
}: {
  offer: LegacyOffer;
  onConvert: () => void;
  onKeep: () => void;
}): ReactNode {
  const { t } = useTranslation('languageUi');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog legacy-dialog"
      aria-labelledby="legacy-title"
      onCancel={(e) => {
        e.preventDefault();
        onKeep();
      }}
    >
      <header className="dialog-head">
        <h2 id="legacy-title">{t('legacy.title', { encoding: t(`legacy.encoding.${offer.encoding}`) })}</h2>
      </header>
      <div className="legacy-compare">
        <section>
          <h3>{t('legacy.before')}</h3>
          <blockquote className="legacy-before">{offer.before}</blockquote>
        </section>
        <section>
          <h3>{t('legacy.after')}</h3>
          <blockquote className="legacy-after" lang="vi">
            {offer.after}
          </blockquote>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onKeep}>
          {t('legacy.keep')}
        </button>
        <button type="button" className="button button-primary" autoFocus onClick={onConvert}>
          {t('legacy.convert')}
        </button>
      </div>
    </dialog>
  );
}

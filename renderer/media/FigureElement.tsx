// A photo in the article as the reporter edits it: the preview (cropped and turned as stored),
// and the figure's fields in an island Slate does not edit (contentEditable={false}): caption,
// credit, alt text, size, crop. Every change is a Slate setNodes, so it is saved with the
// article and undone with Ctrl+Z like typing. Fields keep their own draft while an IME composes
// and store NFC.

import { memo, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Transforms, type Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { FigureBlock } from '../../main/common/article/model.ts';
import { nfc } from '../../main/common/text/nfc.ts';
import { useApi } from '../api/context.tsx';
import { useAssetInfo } from './asset-cache.ts';
import { CropDialog } from './CropDialog.tsx';
import { CroppedPhoto } from './CroppedPhoto.tsx';
import './photos.css';

/** A text field of the figure: its own draft while typing or composing, NFC in the article. */
export function FigureField({ label, value, placeholder, onCommit, maxLength, name }: { label: string; value: string; placeholder: string; onCommit: (v: string) => void; maxLength?: number; name: string }): ReactNode {
  const [draft, setDraft] = useState(value);
  const composing = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  useEffect(() => {
    // A change from elsewhere (undo, another window's save) shows, except mid-composition.
    if (!composing.current && value !== nfc(draftRef.current)) setDraft(value);
  }, [value]);
  return (
    <label className={`figure-field figure-field-${name}`}>
      <span className="figure-field-label">{label}</span>
      <input
        type="text"
        value={draft}
        placeholder={placeholder}
        maxLength={maxLength}
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          if (!composing.current) onCommit(nfc(e.target.value));
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          onCommit(nfc(e.currentTarget.value));
        }}
      />
    </label>
  );
}

/**
 * Keys typed in the figure's fields are the fields' own (Tab moves between them, Ctrl+B is not the
 * article's bold), except undo and redo: they are the article's, whose history holds the fields'
 * changes (the browser's own undo inside a field would not be saved). Slate passes no key event
 * from a void's fields to the editor's handlers, so undo and redo are run here.
 */
export function fieldKeys(editor: Editor): (e: KeyboardEvent) => void {
  return (e) => {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && !e.altKey && (key === 'z' || key === 'y')) {
      e.preventDefault();
      e.stopPropagation();
      if (key === 'y' || e.shiftKey) editor.redo();
      else editor.undo();
      return;
    }
    if (!mod || /^[biukejlr]$/.test(key)) e.stopPropagation();
  };
}

const FigureIsland = memo(function FigureIsland({ articleId, figure, onChange, onRemove }: { articleId: string; figure: FigureBlock; onChange: (patch: Partial<FigureBlock>) => void; onRemove: () => void }): ReactNode {
  const { t } = useTranslation('photos');
  const api = useApi();
  const editor = useSlateStatic();
  const info = useAssetInfo(api, articleId, figure.assetId);
  const [cropping, setCropping] = useState(false);
  return (
    <div
      className="figure-island"
      contentEditable={false}
      onKeyDown={fieldKeys(editor)}
      // Slate still counts itself focused when focus moves into a void's field, and would then pull
      // the caret back into the text on the next render (each keystroke here is a setNodes).
      onFocus={() => ReactEditor.blur(editor)}
    >
      <div className="figure-photo">
        {info ? <CroppedPhoto articleId={articleId} info={info} figure={figure} alt={figure.alt || figure.caption} /> : <div className="figure-missing">{info === null ? t('figure.missing') : t('figure.loading')}</div>}
        {info?.hasGps && (
          <span className="figure-gps" title={t('figure.gpsTitle')}>
            {t('figure.gps')}
          </span>
        )}
      </div>
      <div className="figure-fields">
        <FigureField name="caption" label={t('figure.caption')} placeholder={t('figure.captionPlaceholder')} value={figure.caption} onCommit={(caption) => onChange({ caption })} />
        <FigureField name="credit" label={t('figure.credit')} placeholder={t('figure.creditPlaceholder')} value={figure.credit} onCommit={(credit) => onChange({ credit })} />
        <FigureField name="alt" label={t('figure.alt')} placeholder={t('figure.altPlaceholder')} value={figure.alt} maxLength={250} onCommit={(alt) => onChange({ alt })} />
        <div className="figure-actions">
          <label className="figure-field-inline">
            <span className="figure-field-label">{t('figure.layout')}</span>
            <select value={figure.layout} onChange={(e) => onChange({ layout: e.target.value as FigureBlock['layout'] })}>
              <option value="small">{t('figure.small')}</option>
              <option value="medium">{t('figure.medium')}</option>
              <option value="full">{t('figure.full')}</option>
            </select>
          </label>
          <button type="button" className="button button-quiet" disabled={!info} onClick={() => setCropping(true)}>
            {t('figure.crop')}
          </button>
          <button type="button" className="button button-quiet button-danger" onClick={onRemove}>
            {t('figure.remove')}
          </button>
        </div>
      </div>
      {cropping && info && (
        <CropDialog
          articleId={articleId}
          info={info}
          figure={figure}
          onClose={() => setCropping(false)}
          onApply={(patch) => {
            setCropping(false);
            onChange(patch);
          }}
        />
      )}
    </div>
  );
});

const lastFieldBatch = new WeakMap<Editor, { key: string; batch: unknown }>();

/**
 * One undo step per run of typing in one field: a keystroke joins the previous step when that
 * step is still the newest and was the same field of the same figure; anything else starts anew.
 */
function recordFieldChange(editor: Editor, key: string, apply: () => void): void {
  const last = lastFieldBatch.get(editor);
  const newest = editor.history.undos.at(-1);
  if (last && last.key === key && newest !== undefined && newest === last.batch) HistoryEditor.withMerging(editor, apply);
  else HistoryEditor.withNewBatch(editor, apply);
  lastFieldBatch.set(editor, { key, batch: editor.history.undos.at(-1) });
}

/** The 'figure' element of the article editor. */
export function FigureElement({ attributes, children, element, articleId }: RenderElementProps & { articleId: string }): ReactNode {
  const editor = useSlateStatic();
  const selected = useSelected();
  const figure = element as FigureBlock;
  const { t } = useTranslation('photos');
  // The path is looked up at each change: blocks above may have moved since the last render.
  const change = (patch: Partial<FigureBlock>): void => {
    const at = ReactEditor.findPath(editor, element);
    recordFieldChange(editor, `${figure.id}:${Object.keys(patch).join(',')}`, () => Transforms.setNodes<FigureBlock>(editor, patch, { at }));
  };
  const remove = (): void => {
    Transforms.removeNodes(editor, { at: ReactEditor.findPath(editor, element) });
  };
  return (
    <figure {...attributes} className={`block block-figure figure-${figure.layout}${selected ? ' is-selected' : ''}`} data-block-id={figure.id} aria-label={t('figure.label')}>
      <FigureIsland articleId={articleId} figure={figure} onChange={change} onRemove={remove} />
      {children}
    </figure>
  );
}

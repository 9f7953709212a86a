// A photo in the article as the reporter edits it: the preview (cropped and turned as stored),
// and the figure's fields in an island Slate does not edit (contentEditable={false}): caption,
// credit, alt text, size, crop. Every change is a Slate setNodes, so it is saved with the
// article (and the article's Ctrl+Z in the text takes back a run of typing in a field); inside
// a text field, Ctrl+Z is the field's own undo, a word at a time (renderer/fields).

import { memo, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { FigureBlock } from '../../main/common/article/model.ts';
import { useApi } from '../api/context.tsx';
import { commandFor, isComposingKey, onMac } from '../editor/shortcuts.ts';
import { PlainInput, PlainTextArea } from '../fields/PlainField.tsx';
import { useAssetInfo } from './asset-cache.ts';
import { CropDialog } from './CropDialog.tsx';
import { CroppedPhoto } from './CroppedPhoto.tsx';
import './photos.css';

/**
 * A text field of the figure: a plain field (its own undo, IME-safe, NFC in the article). The
 * caption and the alt text wrap and grow with their words, still one line of text each.
 */
export function FigureField({
  label,
  value,
  placeholder,
  onCommit,
  maxLength,
  name,
  multiline = false,
}: {
  label: string;
  value: string;
  placeholder: string;
  onCommit: (v: string) => void;
  maxLength?: number;
  name: string;
  multiline?: boolean;
}): ReactNode {
  return (
    <label className={`figure-field figure-field-${name}`}>
      <span className="figure-field-label">{label}</span>
      {multiline ? (
        <PlainTextArea rows={1} singleLine smartQuotes value={value} placeholder={placeholder} maxLength={maxLength} onValue={onCommit} />
      ) : (
        <PlainInput value={value} placeholder={placeholder} maxLength={maxLength} onValue={onCommit} />
      )}
    </label>
  );
}

/**
 * Keys typed in the figure's controls are the controls' own (Tab moves between them, Ctrl+B is not
 * the article's bold), except undo and redo on a control that is not a text field: they are the
 * article's, whose history holds the figure's changes (a crop, a size). Shift+Tab on the first
 * control goes back into the text, just before the photo; Tab on the last goes on to whatever
 * follows in the page (the browser's own order, so the keyboard is never trapped here).
 */
export function figureKeys(editor: Editor, figure: FigureBlock): (e: KeyboardEvent) => void {
  return (e) => {
    e.stopPropagation();
    if (e.defaultPrevented || isComposingKey(e)) return;
    const command = commandFor(e, onMac());
    if (command?.kind === 'undo' || command?.kind === 'redo') {
      e.preventDefault();
      if (command.kind === 'undo') editor.undo();
      else editor.redo();
      return;
    }
    if (e.key === 'Tab' && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && isFirstControl(e.currentTarget, e.target)) {
      e.preventDefault();
      const at = ReactEditor.findPath(editor, figure);
      Transforms.select(editor, Editor.end(editor, [at[0] - 1]));
      ReactEditor.focus(editor);
    }
  };
}

const CONTROLS = 'input, textarea, select, button:not(:disabled)';
const isFirstControl = (island: Element, target: EventTarget): boolean => island.querySelector(CONTROLS) === target;

/**
 * What happens in the figure's controls stays there. slate-react takes a click, focus or blur
 * inside a void element for one on the figure itself: it selects the figure and, restoring the
 * page's selection into the text, pulls the focus back there, so the next keys land in the
 * article (or a Backspace removes the photo). Its handlers hear the React events that bubble
 * out of here, so these stop at the island; the browser does the rest.
 */
const stop = (e: SyntheticEvent): void => e.stopPropagation();
export const KEEP_TO_FIGURE = {
  onMouseDown: stop,
  onMouseUp: stop,
  onClick: stop,
  onFocus: stop,
  onBlur: stop,
  onKeyUp: stop,
  onBeforeInput: stop,
  onInput: stop,
  onCompositionStart: stop,
  onCompositionUpdate: stop,
  onCompositionEnd: stop,
  onCopy: stop,
  onCut: stop,
  onPaste: stop,
  onDragStart: stop,
  onDrop: stop,
};

const FigureIsland = memo(function FigureIsland({
  articleId,
  figure,
  onChange,
  onRemove,
}: {
  articleId: string;
  figure: FigureBlock;
  onChange: (patch: Partial<FigureBlock>) => void;
  onRemove: () => void;
}): ReactNode {
  const { t } = useTranslation('photos');
  const api = useApi();
  const editor = useSlateStatic();
  const info = useAssetInfo(api, articleId, figure.assetId);
  const [cropping, setCropping] = useState(false);
  const cropButton = useRef<HTMLButtonElement>(null);
  const wasCropping = useRef(false);
  // Once the crop dialog is gone (applied or cancelled), the keyboard is back on the button that
  // opened it: Ctrl+Z there undoes the crop, Tab goes on from there.
  useEffect(() => {
    if (wasCropping.current && !cropping) cropButton.current?.focus();
    wasCropping.current = cropping;
  }, [cropping]);
  return (
    <div className="figure-island" contentEditable={false}>
      <div className="figure-photo" onMouseDown={(e) => selectFigure(e, editor, figure)}>
        {info ? (
          <CroppedPhoto articleId={articleId} info={info} figure={figure} alt={figure.alt || figure.caption} />
        ) : (
          <div className="figure-missing">{info === null ? t('figure.missing') : t('figure.loading')}</div>
        )}
        {info?.hasGps && (
          <span className="figure-gps" title={t('figure.gpsTitle')}>
            {t('figure.gps')}
          </span>
        )}
      </div>
      <div className="figure-fields" {...KEEP_TO_FIGURE} onKeyDown={figureKeys(editor, figure)}>
        <FigureField
          name="caption"
          multiline
          label={t('figure.caption')}
          placeholder={t('figure.captionPlaceholder')}
          value={figure.caption}
          onCommit={(caption) => onChange({ caption })}
        />
        <FigureField
          name="credit"
          label={t('figure.credit')}
          placeholder={t('figure.creditPlaceholder')}
          value={figure.credit}
          onCommit={(credit) => onChange({ credit })}
        />
        <FigureField
          name="alt"
          multiline
          label={t('figure.alt')}
          placeholder={t('figure.altPlaceholder')}
          value={figure.alt}
          maxLength={250}
          onCommit={(alt) => onChange({ alt })}
        />
        <div className="figure-actions">
          <label className="figure-field-inline">
            <span className="figure-field-label">{t('figure.layout')}</span>
            <select value={figure.layout} onChange={(e) => onChange({ layout: e.target.value as FigureBlock['layout'] })}>
              <option value="small">{t('figure.small')}</option>
              <option value="medium">{t('figure.medium')}</option>
              <option value="full">{t('figure.full')}</option>
            </select>
          </label>
          <button ref={cropButton} type="button" className="button button-quiet" disabled={!info} onClick={() => setCropping(true)}>
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

/** A click on the photo selects the figure (Backspace or Delete then removes it, Enter opens a line below). */
function selectFigure(e: MouseEvent, editor: Editor, figure: FigureBlock): void {
  if (e.button !== 0) return;
  e.preventDefault();
  Transforms.select(editor, ReactEditor.findPath(editor, figure));
  ReactEditor.focus(editor);
}

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
    recordFieldChange(editor, `${figure.id}:${Object.keys(patch).join(',')}`, () =>
      Transforms.setNodes<FigureBlock>(editor, patch, { at }),
    );
  };
  const remove = (): void => {
    Transforms.removeNodes(editor, { at: ReactEditor.findPath(editor, element) });
  };
  return (
    <figure
      {...attributes}
      className={`block block-figure figure-${figure.layout}${selected ? ' is-selected' : ''}`}
      data-block-id={figure.id}
      aria-label={t('figure.label')}
    >
      <FigureIsland articleId={articleId} figure={figure} onChange={change} onRemove={remove} />
      {children}
    </figure>
  );
}

// A photo of the article on the review screen, as the reporter's editor shows it: the preview at
// its layout size with the crop and turn applied (CroppedPhoto) and the focal point marked, then
// caption, credit and alt text, the GPS flag and the pixel size (of the original, and as cropped).
// Each photo is numbered as the comments name it ("Ảnh 2") and takes a comment about the photo
// itself (anchored to the figure, not to its caption's words); in suggesting mode its caption, credit and alt are fields the editor
// types into (the reporter's FigureField), which become suggestions like the text.

import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces, type ReviewKey } from './review-t.ts';
import { Transforms } from 'slate';
import { ReactEditor, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { FigureBlock } from '../../main/common/article/model.ts';
import { croppedSize } from '../../main/common/export/preflight.ts';
import type { FigureChangeKind } from '../../main/common/review/changes.ts';
import type { ReviewPhoto } from '../../main/common/review/types.ts';
import { FIGURE_FIELDS, unitKey } from '../../main/common/review/units.ts';
import { CroppedPhoto } from '../media/CroppedPhoto.tsx';
import { FigureField, figureKeys, KEEP_TO_FIGURE } from '../media/FigureElement.tsx';
import '../media/photos.css';

export type FigureFieldName = (typeof FIGURE_FIELDS)[number];

/** What a figure on the review screen needs from the screen. */
export interface FigureReview {
  articleId: string;
  photos: ReadonlyMap<string, ReviewPhoto>;
  /** The text under review of each unit (`blockId#field`). */
  base: ReadonlyMap<string, string>;
  /** Photos new, replaced or framed differently since the previous submission. */
  changes: ReadonlyMap<string, FigureChangeKind>;
  /** Units (`blockId#field`) whose text changed since the previous submission. */
  changedUnits: ReadonlySet<string>;
  suggesting: boolean;
  /** Each figure's number among the article's photos ("Ảnh 1" is the first). */
  numbers: ReadonlyMap<string, number>;
  /** Open comments about each figure's photo. */
  openComments: ReadonlyMap<string, number>;
  /** The figure whose comment is selected in the list, drawn highlighted. */
  activeFigure: string | null;
  onComment: (blockId: string) => void;
}

export const FigureReviewContext = createContext<FigureReview | null>(null);

const FIELD_LABEL: Record<FigureFieldName, ReviewKey> = {
  caption: 'photos:figure.caption',
  credit: 'photos:figure.credit',
  alt: 'photos:figure.alt',
};

/** A field as read: the text, or the editor's change of it (the text under review struck, theirs after). */
function FieldText({ base, shown }: { base: string; shown: string }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  if (base === shown) return shown || <span className="hint">{t('figure.empty')}</span>;
  return (
    <>
      {base && <del className="review-del">{base}</del>} {shown && <ins className="review-ins">{shown}</ins>}
    </>
  );
}

export function ReviewFigure({ attributes, children, element }: RenderElementProps): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const editor = useSlateStatic();
  const ctx = useContext(FigureReviewContext);
  const figure = element as FigureBlock;
  if (!ctx) return <div {...attributes}>{children}</div>;
  const photo = ctx.photos.get(figure.assetId);
  const info = photo?.info ?? null;
  const change = ctx.changes.get(figure.id);
  const cropped = info ? croppedSize(figure, info) : null;
  const number = ctx.numbers.get(figure.id) ?? 0;
  const comments = ctx.openComments.get(figure.id) ?? 0;
  const set = (field: FigureFieldName, value: string): void => {
    Transforms.setNodes<FigureBlock>(editor, { [field]: value }, { at: ReactEditor.findPath(editor, element) });
  };
  return (
    <figure
      {...attributes}
      className={`block block-figure figure-${figure.layout} review-figure${ctx.activeFigure === figure.id ? ' review-figure-active' : ''}`}
      data-block-id={figure.id}
      aria-label={`${t('figure.number', { number })} · ${t('figure.label', { caption: figure.caption || t('figure.noCaption') })}`}
    >
      <div
        className="figure-island"
        contentEditable={false}
        // A click in a field here is the field's, not a click on the figure (see FigureElement):
        // without this, slate-react selects the figure and takes the focus back into the text.
        {...KEEP_TO_FIGURE}
        onKeyDown={figureKeys(editor, figure)}
        onFocus={(e) => {
          e.stopPropagation();
          // Slate would pull the caret back into the text at its next render (see FigureElement).
          ReactEditor.blur(editor);
        }}
      >
        <p className="review-figure-number">
          {t('figure.number', { number })}
          {comments > 0 && <span className="badge">{t('figure.comments', { count: comments })}</span>}
        </p>
        <div className="figure-photo">
          {info ? (
            <CroppedPhoto articleId={ctx.articleId} info={info} figure={figure} alt={figure.alt || figure.caption} lazy />
          ) : (
            <div className="figure-missing" data-photo-state={photo?.state ?? 'failed'}>
              {photo?.state === 'preparing' ? t('figure.preparing') : (photo?.problem ?? t('figure.noPhoto'))}
            </div>
          )}
          {info && figure.focus && (
            <span
              className="review-focus"
              style={{ left: `${figure.focus.x * 100}%`, top: `${figure.focus.y * 100}%` }}
              title={t('figure.focus')}
              aria-hidden="true"
            />
          )}
          {info?.hasGps && (
            <span className="figure-gps" title={t('photos:figure.gpsTitle')}>
              {t('photos:figure.gps')}
            </span>
          )}
          {change && <span className="badge badge-since review-figure-change">{t(`figure.change.${change}`)}</span>}
        </div>
        <dl className="review-figure-fields">
          {FIGURE_FIELDS.map((field) => {
            const key = unitKey(figure.id, field);
            const base = ctx.base.get(key) ?? '';
            return (
              <div key={field} className="review-figure-field" data-field={field}>
                <dt>
                  {t(FIELD_LABEL[field])}
                  {ctx.changedUnits.has(key) && <span className="badge badge-since">{t('since.changed')}</span>}
                </dt>
                <dd>
                  {ctx.suggesting ? (
                    <FigureField
                      name={field}
                      label={t('figure.suggestField', { field: t(FIELD_LABEL[field]) })}
                      value={figure[field]}
                      placeholder={base}
                      onCommit={(v) => set(field, v)}
                    />
                  ) : (
                    <FieldText base={base} shown={figure[field]} />
                  )}
                </dd>
              </div>
            );
          })}
          <div className="review-figure-field">
            <dt>{t('figure.size')}</dt>
            <dd data-testid="photo-size">
              {info ? t('figure.pixels', { width: info.width, height: info.height }) : '—'}
              {info &&
                cropped &&
                (cropped.width !== info.width || cropped.height !== info.height) &&
                ` · ${t('figure.cropped', { width: cropped.width, height: cropped.height })}`}
            </dd>
          </div>
        </dl>
        <button type="button" className="button button-quiet" onClick={() => ctx.onComment(figure.id)}>
          {t('figure.comment', { number })}
        </button>
      </div>
      {children}
    </figure>
  );
}

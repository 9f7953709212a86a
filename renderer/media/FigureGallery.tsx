// The article's photos at a glance: a thumbnail per figure, in order, with the ones still missing
// a caption or a credit marked; a click scrolls to the figure and selects it.

import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Transforms, type Editor } from 'slate';
import { ReactEditor, useSlateSelector } from 'slate-react';
import { useApi } from '../api/context.tsx';
import { mediaUrl } from '../api/media-url.ts';
import { useAssetInfo } from './asset-cache.ts';
import { listFigures, sameFigures, type FigureSummary } from './figure-nodes.ts';
import './photos.css';

function Thumb({ articleId, assetId }: { articleId: string; assetId: string }): ReactNode {
  const info = useAssetInfo(useApi(), articleId, assetId);
  return info ? (
    <img src={mediaUrl(articleId, info.renditions.thumb.path)} alt="" draggable={false} />
  ) : (
    <span className="gallery-thumb-empty" />
  );
}

export function FigureGallery({ editor, articleId, onClose }: { editor: Editor; articleId: string; onClose: () => void }): ReactNode {
  const { t } = useTranslation('photos');
  // Re-rendered only when a figure changes, not on every keystroke.
  const figures = useSlateSelector((e) => listFigures(e.children), sameFigures);

  const goTo = useCallback(
    (f: FigureSummary) => {
      const node = editor.children[f.index];
      if (!node) return;
      Transforms.select(editor, [f.index]);
      try {
        ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
        ReactEditor.focus(editor);
      } catch {
        // Not rendered yet: the selection still moved there.
      }
    },
    [editor],
  );

  return (
    <aside className="figure-gallery" aria-label={t('gallery.title')}>
      <header className="figure-gallery-head">
        <h2>
          {t('gallery.title')} ({figures.length})
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('gallery.close')}
        </button>
      </header>
      {figures.length === 0 ? (
        <p className="figure-gallery-empty">{t('gallery.empty')}</p>
      ) : (
        <ul>
          {figures.map((f) => (
            <li key={f.id}>
              <button type="button" className="figure-gallery-item" onClick={() => goTo(f)}>
                <Thumb articleId={articleId} assetId={f.assetId} />
                <span className="figure-gallery-text">
                  <span className="figure-gallery-caption">{f.caption || t('gallery.untitled')}</span>
                  {!f.caption.trim() && <span className="badge badge-danger">{t('gallery.noCaption')}</span>}
                  {!f.credit.trim() && <span className="badge badge-danger">{t('gallery.noCredit')}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

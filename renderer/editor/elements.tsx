// How each block of the article looks while it is written. The headline, sapo and first body
// paragraph show a hint while empty (a data attribute drawn by CSS, never text in the document).

import { memo, useEffect, useState, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Node } from 'slate';
import { useSelected, type RenderElementProps } from 'slate-react';
import type { FigureBlock } from '../../main/common/article/model.ts';
import { useApi } from '../api/context.tsx';
import { mediaUrl } from '../api/media-url.ts';
import { useSettings } from '../app/settings-context.tsx';
import './slate-types.ts';

function Placeholder({ attributes, children, element, as: Tag, className, hint }: RenderElementProps & { as: 'h1' | 'p'; className: string; hint: string }): ReactNode {
  const empty = Node.string(element) === '';
  return (
    <Tag {...attributes} className={className} data-block-id={'id' in element ? element.id : undefined} data-empty={empty ? 'true' : undefined} data-placeholder={hint}>
      {children}
    </Tag>
  );
}

function Headline(props: RenderElementProps): ReactNode {
  const { t } = useTranslation();
  return <Placeholder {...props} as="h1" className="block block-headline" hint={t('editor.headlinePlaceholder')} />;
}

function Sapo(props: RenderElementProps): ReactNode {
  const { t } = useTranslation();
  const { settings } = useSettings();
  return <Placeholder {...props} as="p" className="block block-sapo" hint={t('editor.sapoPlaceholder', { prefix: settings.paperPrefix || 'BHG' })} />;
}

// Every paragraph carries the hint; CSS shows it only on an empty one right after the sapo.
function Paragraph(props: RenderElementProps): ReactNode {
  const { t } = useTranslation();
  return <Placeholder {...props} as="p" className="block block-paragraph" hint={t('editor.bodyPlaceholder')} />;
}

const FigureView = memo(function FigureView({ articleId, figure }: { articleId: string; figure: FigureBlock }): ReactNode {
  const { t } = useTranslation();
  const api = useApi();
  const [src, setSrc] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    void api['media.info']({ id: articleId, assetId: figure.assetId }).then((r) => {
      if (!live) return;
      if (r.ok) setSrc(mediaUrl(articleId, r.value.renditions.preview.path));
      else setMissing(true);
    });
    return () => {
      live = false;
    };
  }, [api, articleId, figure.assetId]);
  return (
    <>
      {src ? <img src={src} alt={figure.alt || figure.caption} /> : <div className="figure-missing">{missing ? t('editor.figureMissing') : t('editor.figure')}</div>}
      {(figure.caption || figure.credit) && (
        <figcaption>
          {figure.caption} {figure.credit && <span className="figure-credit">{figure.credit}</span>}
        </figcaption>
      )}
    </>
  );
});

function Figure({ attributes, children, element, articleId }: RenderElementProps & { articleId: string }): ReactNode {
  const selected = useSelected();
  return (
    <figure {...attributes} className={`block block-figure figure-${(element as FigureBlock).layout}${selected ? ' is-selected' : ''}`}>
      <div contentEditable={false}>
        <FigureView articleId={articleId} figure={element as FigureBlock} />
      </div>
      {children}
    </figure>
  );
}

/** The element renderer for one article (figures need its id to find their photos). */
export function makeRenderElement(articleId: string): (props: RenderElementProps) => JSX.Element {
  return function renderElement(props) {
    const { attributes, children, element } = props;
    switch (element.type) {
      case 'headline':
        return <Headline {...props} />;
      case 'sapo':
        return <Sapo {...props} />;
      case 'heading':
        return element.level === 3 ? <h3 {...attributes} className="block block-heading">{children}</h3> : <h2 {...attributes} className="block block-heading">{children}</h2>;
      case 'blockquote':
        return <blockquote {...attributes} className="block block-quote">{children}</blockquote>;
      case 'bulleted-list':
        return <ul {...attributes} className="block block-list">{children}</ul>;
      case 'numbered-list':
        return <ol {...attributes} className="block block-list">{children}</ol>;
      case 'list-item':
        return <li {...attributes}>{children}</li>;
      case 'link':
        // Not followable from the editor (no navigation away from the article); shown as a link.
        return <span {...attributes} className="inline-link" title={element.url}>{children}</span>;
      case 'figure':
        return <Figure {...props} articleId={articleId} />;
      default:
        return <Paragraph {...props} />;
    }
  };
}

// How each block of the article looks while it is written. The headline, sapo and first body
// paragraph show a hint while empty (a data attribute drawn by CSS, never text in the document).

import { type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Node } from 'slate';
import { type RenderElementProps } from 'slate-react';
import { useSettings } from '../app/settings-context.tsx';
import { FigureElement } from '../media/FigureElement.tsx';
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
        return <FigureElement {...props} articleId={articleId} />;
      default:
        return <Paragraph {...props} />;
    }
  };
}

// How each block of the article looks while it is written. The headline, sapo and first body
// paragraph show a hint while empty (a data attribute drawn by CSS, never text in the document).

import { createContext, useContext, useMemo, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Node } from 'slate';
import { type RenderElementProps } from 'slate-react';
import { useSettings } from '../app/settings-context.tsx';
import { FigureElement } from '../media/FigureElement.tsx';
import './slate-types.ts';

function Placeholder({
  attributes,
  children,
  element,
  as: Tag,
  className,
  hint,
}: RenderElementProps & { as: 'h1' | 'p'; className: string; hint: string }): ReactNode {
  const empty = Node.string(element) === '';
  return (
    <Tag
      {...attributes}
      className={className}
      data-block-id={'id' in element ? element.id : undefined}
      data-empty={empty ? 'true' : undefined}
      data-placeholder={hint}
    >
      {children}
    </Tag>
  );
}

/** The hints an empty headline, sapo and body show, in the UI language. */
interface Hints {
  headline: string;
  sapo: string;
  body: string;
}

const HintsContext = createContext<Hints>({ headline: '', sapo: '', body: '' });

/** Provides the hints to the blocks below it. The translations are looked up here, once per
 * language and paper prefix, not in each block: a paragraph re-renders with every key, and a
 * translation hook per render showed in the profile. Changing settings re-renders this and the
 * blocks, not the editor around them. */
export function EditorHints({ children }: { children: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const prefix = settings.paperPrefix || 'BHG';
  const hints = useMemo(
    () => ({ headline: t('editor.headlinePlaceholder'), sapo: t('editor.sapoPlaceholder', { prefix }), body: t('editor.bodyPlaceholder') }),
    [t, prefix],
  );
  return <HintsContext.Provider value={hints}>{children}</HintsContext.Provider>;
}

function Headline(props: RenderElementProps): ReactNode {
  return <Placeholder {...props} as="h1" className="block block-headline" hint={useContext(HintsContext).headline} />;
}

function Sapo(props: RenderElementProps): ReactNode {
  return <Placeholder {...props} as="p" className="block block-sapo" hint={useContext(HintsContext).sapo} />;
}

// Every paragraph carries the hint; CSS shows it only on an empty one right after the sapo.
function Paragraph(props: RenderElementProps): ReactNode {
  return <Placeholder {...props} as="p" className="block block-paragraph" hint={useContext(HintsContext).body} />;
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
        return element.level === 3 ? (
          <h3 {...attributes} className="block block-heading">
            {children}
          </h3>
        ) : (
          <h2 {...attributes} className="block block-heading">
            {children}
          </h2>
        );
      case 'blockquote':
        return (
          <blockquote {...attributes} className="block block-quote">
            {children}
          </blockquote>
        );
      case 'bulleted-list':
        return (
          <ul {...attributes} className="block block-list">
            {children}
          </ul>
        );
      case 'numbered-list':
        return (
          <ol {...attributes} className="block block-list">
            {children}
          </ol>
        );
      case 'list-item':
        return <li {...attributes}>{children}</li>;
      case 'link':
        // Not followable from the editor (no navigation away from the article); shown as a link.
        return (
          <span {...attributes} className="inline-link" title={element.url}>
            {children}
          </span>
        );
      case 'figure':
        return <FigureElement {...props} articleId={articleId} />;
      default:
        return <Paragraph {...props} />;
    }
  };
}

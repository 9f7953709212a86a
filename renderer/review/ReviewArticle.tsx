// The article in review mode: read-only Slate over the text under review, with comments
// highlighted and suggestions drawn as track changes (struck-through deletions, inserted text in
// its place). It reports the selection as a review range, for commenting and suggesting.

import { useEffect, useMemo, type JSX, type ReactNode } from 'react';
import { createEditor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import type { Article } from '../../main/common/article/model.ts';
import type { PlacedSuggestion, PlacedThread } from '../../main/common/review/types.ts';
import { combineDecorators } from '../editor/decorations.ts';
import { renderLeaf } from '../editor/leaves.tsx';
import { reviewDecorator, selectionToRange } from './decorations.ts';

export type SelectedRange = NonNullable<ReturnType<typeof selectionToRange>>;

function renderElement({ attributes, children, element }: RenderElementProps): JSX.Element {
  const id = 'id' in element ? element.id : undefined;
  switch (element.type) {
    case 'headline':
      return <h1 {...attributes} className="block block-headline" data-block-id={id}>{children}</h1>;
    case 'sapo':
      return <p {...attributes} className="block block-sapo" data-block-id={id}>{children}</p>;
    case 'heading':
      return <h2 {...attributes} className="block block-heading" data-block-id={id}>{children}</h2>;
    case 'blockquote':
      return <blockquote {...attributes} className="block block-quote" data-block-id={id}>{children}</blockquote>;
    case 'bulleted-list':
      return <ul {...attributes} className="block block-list">{children}</ul>;
    case 'numbered-list':
      return <ol {...attributes} className="block block-list">{children}</ol>;
    case 'list-item':
      return <li {...attributes} data-block-id={id}>{children}</li>;
    case 'link':
      return <span {...attributes} className="inline-link" title={element.url}>{children}</span>;
    case 'figure':
      // Photos are reviewed by their caption and credit here; the pictures stay in the package.
      return (
        <div {...attributes} className="block review-figure" data-block-id={id}>
          <div contentEditable={false}>
            <span aria-hidden="true">▣ </span>
            {element.caption} {element.credit && <em>{element.credit}</em>}
          </div>
          {children}
        </div>
      );
    default:
      return <p {...attributes} className="block block-paragraph" data-block-id={id}>{children}</p>;
  }
}

function renderReviewLeaf(props: RenderLeafProps): JSX.Element {
  const { leaf } = props;
  let out: ReactNode = props.children;
  if (leaf.reviewDelete) out = <del className="review-del">{out}</del>;
  if (leaf.reviewThread) out = <mark className={`review-mark review-mark-${leaf.reviewThread}`}>{out}</mark>;
  if (leaf.reviewInsertBefore) out = <><ins className="review-ins" contentEditable={false}>{leaf.reviewInsertBefore}</ins>{out}</>;
  if (leaf.reviewInsertAfter) out = <>{out}<ins className="review-ins" contentEditable={false}>{leaf.reviewInsertAfter}</ins></>;
  if (leaf.reviewActive) out = <span className="review-active">{out}</span>;
  return renderLeaf({ ...props, children: out });
}

interface Props {
  article: Article;
  threads: PlacedThread[];
  suggestions: PlacedSuggestion[];
  activeId: string | null;
  label: string;
  onSelect: (range: SelectedRange | null) => void;
}

export function ReviewArticle({ article, threads, suggestions, activeId, label, onSelect }: Props): ReactNode {
  const editor = useMemo(() => {
    const e = withHistory(withReact(createEditor()));
    const { isInline, isVoid } = e;
    e.isInline = (el) => el.type === 'link' || isInline(el);
    e.isVoid = (el) => el.type === 'figure' || isVoid(el);
    return e;
  }, []);
  const decorate = useMemo(() => combineDecorators([reviewDecorator(editor, threads, suggestions, activeId)]), [editor, threads, suggestions, activeId]);

  // A read-only Editable keeps no selection of its own: read the page's.
  useEffect(() => {
    const onChange = (): void => {
      const dom = window.getSelection();
      if (!dom || dom.rangeCount === 0) return;
      const root = ReactEditor.toDOMNode(editor, editor);
      if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
      const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
      onSelect(range ? selectionToRange(editor, range) : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [editor, onSelect]);

  return (
    <Slate editor={editor} initialValue={article.content as Descendant[]}>
      <Editable className="article-editor review-article" readOnly aria-label={label} renderElement={renderElement} renderLeaf={renderReviewLeaf} decorate={decorate} spellCheck={false} />
    </Slate>
  );
}

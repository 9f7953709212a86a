// The article on the review screen: the reporter's editor (the same Slate plugins, blocks and
// photos), read-only to read and comment, editable in suggesting mode ("Đề xuất", suggesting.ts),
// where what the editor types becomes suggestions instead of changes. Over the text: comments,
// everyone's suggestions as track changes, and what changed since the previous submission
// (decorations.ts). It reports the selection as a range of the text under review.

import { useEffect, useMemo, useRef, useState, type JSX, type ReactNode } from 'react';
import { Editor, Range, Transforms, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import type { Person } from '../../main/common/review/notes.ts';
import type { ReviewView } from '../../main/common/review/types.ts';
import { createArticleEditor } from '../editor/create-editor.ts';
import { syncSelectionFromDom } from '../editor/dom-selection.ts';
import { EditorHints, makeRenderElement } from '../editor/elements.tsx';
import { frameFirstEnabled, useFrameFirst } from '../editor/slate-compat/frame-first.ts';
import { useSettings } from '../app/settings-context.tsx';
import { renderLeaf } from '../editor/leaves.tsx';
import { commandFor, handleEditorKeyDown, isComposingKey, type KeyEventLike } from '../editor/shortcuts.ts';
import { lengthensInsertion, selectionToRange, trackDecorator, type TrackLayers } from './decorations.ts';
import { ReviewFigure } from './ReviewFigure.tsx';
import { SuggestSync, type SendProposals } from './suggest-sync.ts';
import { suggestingContent, withSuggesting } from './suggesting.ts';

export type SelectedRange = NonNullable<ReturnType<typeof selectionToRange>>;

/** Draws the review's marks around a leaf; deleted text is CSS content of a wrapper (see decorations.ts). */
function renderReviewLeaf(props: RenderLeafProps): JSX.Element {
  const { leaf } = props;
  let out: ReactNode = props.children;
  if (leaf.reviewDelete) out = <del className="review-del">{out}</del>;
  if (leaf.suggestInsert) out = <ins className="review-ins">{out}</ins>;
  if (leaf.sinceInsert) out = <span className="since-ins">{out}</span>;
  if (leaf.reviewThread) out = <mark className={`review-mark review-mark-${leaf.reviewThread}`}>{out}</mark>;
  const beside: [string | undefined, string][] = [
    [leaf.suggestDeleted, 'pseudo-before pseudo-del'],
    [leaf.suggestDeletedAfter, 'pseudo-after pseudo-del'],
    [leaf.reviewInsertBefore, 'pseudo-before pseudo-ins'],
    [leaf.reviewInsertAfter, 'pseudo-after pseudo-ins'],
    [leaf.sinceDeleted, 'pseudo-before pseudo-since'],
    [leaf.sinceDeletedAfter, 'pseudo-after pseudo-since'],
  ];
  for (const [text, className] of beside) {
    if (text)
      out = (
        <span className={className} data-text={text}>
          {out}
        </span>
      );
  }
  if (leaf.reviewActive) out = <span className="review-active">{out}</span>;
  return renderLeaf({ ...props, children: out });
}

/** The value, or the one before it when it has the same JSON. */
function useSame<T>(value: T): T {
  const last = useRef<{ json: string; value: T } | null>(null);
  const json = JSON.stringify(value);
  if (!last.current || last.current.json !== json) last.current = { json, value };
  return last.current.value;
}

/** Keys in suggesting mode: undo and redo as in the editor; no formatting (it cannot be suggested). */
function suggestKeyDown(editor: Editor, event: KeyEventLike): void {
  if (isComposingKey(event)) return;
  const command = commandFor(event, /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent));
  if (command && command.kind !== 'undo' && command.kind !== 'redo' && command.kind !== 'tab') {
    event.preventDefault();
    return;
  }
  handleEditorKeyDown(editor, event);
}

interface Props {
  view: ReviewView;
  /** The editor whose own open suggestions the text shows applied (null: show the text under review). */
  me: Person | null;
  suggesting: boolean;
  layers: Omit<TrackLayers, 'mine' | 'suggestions'>;
  label: string;
  onSelect: (range: SelectedRange | null) => void;
  /** Null where nothing may be proposed (the reporter's side, once decided). */
  send: SendProposals | null;
  onSent: (view: ReviewView['suggestions']) => void;
  /** Receives the screen's SuggestSync (to flush before deciding or accepting). */
  onSync: (sync: SuggestSync | null) => void;
}

export function ReviewDocument({ view, me, suggesting, layers, label, onSelect, send, onSent, onSync }: Props): ReactNode {
  const frameFirst = frameFirstEnabled(useSettings().settings.frameFirst);
  const editor = useMemo(() => withSuggesting(createArticleEditor({ frameFirst })), []);
  useFrameFirst(editor);
  // The text as this reader would have it, made once: the screen is keyed by what can change it.
  const initialValue = useMemo(() => suggestingContent(view.article.content, view.suggestions, me) as Descendant[], []);
  const baseElement = useMemo(() => makeRenderElement(view.articleId), [view.articleId]);
  const renderElement = useMemo(
    () =>
      (props: RenderElementProps): JSX.Element =>
        props.element.type === 'figure' ? <ReviewFigure {...props} /> : baseElement(props),
    [baseElement],
  );

  // Redrawing the marks redraws the article: only when they change, not when a list is new; and
  // never while an input method composes a word (a render under the composition moves or doubles
  // it, editor.md A2), but right after.
  const mine = useSame(view.suggestions.filter((s) => s.id === layers.activeId && me && s.author.keyId === me.keyId));
  const others = useSame(view.suggestions.filter((s) => !me || s.author.keyId !== me.keyId));
  const fresh = useMemo(() => trackDecorator(editor, { ...layers, suggestions: others, mine }), [editor, layers, others, mine]);
  const composing = useRef(false);
  const shown = useRef(fresh);
  const [, afterComposition] = useState(0);
  if (!composing.current) shown.current = fresh;
  const decorate = shown.current;

  const sender = useRef(send);
  sender.current = send;
  const sync = useMemo(() => new SuggestSync(editor, initialValue, () => sender.current, onSent), [editor]);
  useEffect(() => {
    onSync(sync);
    const stop = editor.registerUpdateListener(({ contentChanged }) => {
      if (contentChanged) sync.changed();
    });
    return () => {
      stop();
      void sync.flush();
      sync.dispose();
      onSync(null);
    };
  }, [editor, sync, onSync]);

  // Leaving suggesting mode sends what is still waiting.
  useEffect(() => {
    if (!suggesting) void sync.flush();
  }, [suggesting, sync]);

  // A read-only Editable keeps no selection of its own: read the page's (in either mode).
  useEffect(() => {
    const onChange = (): void => {
      const dom = window.getSelection();
      if (!dom || dom.rangeCount === 0) return;
      let root: HTMLElement;
      try {
        root = ReactEditor.toDOMNode(editor, editor);
      } catch {
        return;
      }
      if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
      const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
      // The editor takes the page's selection now, not at slate-react's throttled update: the
      // screen re-renders on a selection (its buttons change), and a render with the older
      // selection would put that one back on the page (the next letter would land there).
      if (range && !ReactEditor.isComposing(editor) && !(editor.selection && Range.equals(range, editor.selection)))
        Transforms.select(editor, range);
      onSelect(range ? selectionToRange(editor, range, layers.base) : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [editor, onSelect, layers.base]);

  return (
    <Slate editor={editor} initialValue={initialValue}>
      <EditorHints>
        <Editable
          className={`article-editor review-article${suggesting ? ' is-suggesting' : ''}`}
          readOnly={!suggesting}
          aria-label={label}
          renderElement={renderElement}
          renderLeaf={renderReviewLeaf}
          decorate={decorate}
          onKeyDown={(e) => suggestKeyDown(editor, e)}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={() => {
            composing.current = false;
            afterComposition((n) => n + 1);
          }}
          onDOMBeforeInput={(event) => {
            // A letter that starts a new insertion is typed through the model (see lengthensInsertion).
            if (!suggesting || event.inputType !== 'insertText' || !event.data || event.isComposing) return;
            syncSelectionFromDom(editor);
            const sel = editor.selection;
            if (!sel || !Range.isCollapsed(sel) || lengthensInsertion(editor, sel.anchor, layers.base)) return;
            event.preventDefault();
            Editor.insertText(editor, event.data);
          }}
          onBlur={() => void sync.flush()}
          spellCheck={false}
        />
      </EditorHints>
    </Slate>
  );
}

// The editor's toolbar: one WAI-ARIA toolbar (a single Tab stop, arrow keys inside, Home/End;
// roving-toolbar.ts) in two rows of fixed content, so its height never changes with the review
// status. In the page's order, which is the order on screen:
//   row 1: navigation | text formatting | photos
//   row 2: checks and review | export | saved versions            … save status
// Every command has a shortcut (keymap.ts) or is at most three keys from the text: Esc lands on
// the toolbar, Home and End reach its ends. The toolbar and the find bar under it make the
// editor's head, which sticks under the masthead.

import { useCallback, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'slate';
import type { Article } from '../../main/common/article/model.ts';
import { commandProps } from '../app/keymap.ts';
import type { Route } from '../app/route.ts';
import { useRovingToolbar } from '../app/roving-toolbar.ts';
import { ExportTools } from '../export/ExportTools.tsx';
import { StyleButton } from '../language/StylePanel.tsx';
import { PhotoToolbar } from '../media/PhotoToolbar.tsx';
import { ReviewBar, type ReviewState } from '../review/ReviewBar.tsx';
import { FormatToolbar } from './FormatToolbar.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import type { ArticleSaver } from './savers.ts';

interface Props {
  editor: Editor;
  article: Article;
  saver: ArticleSaver;
  review: ReviewState;
  navigate: (to: Route) => void;
  onRevisions: () => void;
}

export function EditorToolbar({ editor, article, saver, review, navigate, onRevisions }: Props): ReactNode {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('screens');
  const bar = useRef<HTMLDivElement>(null);
  useRovingToolbar(bar);
  // The publication time as the details panel has it now (the style panel's dated rules need it).
  const publishAt = useCallback(() => (saver.currentMeta() ?? article.meta).publishAt, [saver, article.meta]);
  const group = (label: string, children: ReactNode, className = ''): ReactNode => (
    <div role="group" aria-label={label} className={`toolbar-group ${className}`}>
      {children}
    </div>
  );
  return (
    <div className="editor-head">
      <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')} data-region="toolbar" ref={bar}>
        <div className="toolbar-row">
          {group(
            ts('toolbar.navigation'),
            <button
              type="button"
              className="button button-quiet"
              title={t('editor.backLabel')}
              onClick={() => navigate({ view: 'library' })}
            >
              <span aria-hidden="true">← </span>
              {t('editor.back')}
            </button>,
          )}
          <FormatToolbar editor={editor} />
          {group(ts('toolbar.photos'), <PhotoToolbar editor={editor} />)}
        </div>
        <div className="toolbar-row">
          {group(
            ts('toolbar.review'),
            <>
              <StyleButton editor={editor} publishAt={publishAt} />
              <ReviewBar review={review} article={article} saver={saver} />
            </>,
          )}
          {group(
            ts('toolbar.export'),
            <>
              <ExportTools article={article} editor={editor} flush={saver.flush} />
              <button
                type="button"
                className="button button-quiet"
                {...commandProps('article.revisions', t('editor.revisions'))}
                onClick={onRevisions}
              >
                {t('editor.revisions')}
              </button>
            </>,
          )}
          <span className="toolbar-spacer" />
          <SaveIndicator saver={saver} />
        </div>
      </div>
      {/* Find and replace opens here (FindReplace.tsx): in the sticky head, it covers nothing. */}
      <div className="find-slot" />
    </div>
  );
}

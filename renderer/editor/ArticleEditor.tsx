// The article being written: Slate over the article's content, saved by its Saver. The
// keystroke path only hands the new value to the Saver (no await, no React state), so typing
// stays quick however long the article is.

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { Article, Block } from '../../main/common/article/model.ts';
import { articleHeadline } from '../../main/common/article/model.ts';
import { curlyQuotesWanted } from '../../main/common/text/smart-quotes.ts';
import { useApi, useTransport } from '../api/context.tsx';
import { useSettings } from '../app/settings-context.tsx';
import type { Route } from '../app/route.ts';
import { RevisionsDialog } from '../library/RevisionsDialog.tsx';
import { PhotoDesk } from '../media/PhotoDesk.tsx';
import { ArticleMetaPanel } from '../meta/ArticleMetaPanel.tsx';
import { ReviewBanner, useReviewState } from '../review/ReviewBar.tsx';
import { LegacyPaste } from '../language/LegacyPasteDialog.tsx';
import { SpellMenu } from '../language/SpellMenu.tsx';
import { useSpelling } from '../language/useSpelling.ts';
import { createArticleEditor } from './create-editor.ts';
import { combineDecorators } from './decorations.ts';
import { useFindDecorator } from './find.ts';
import { FindReplace } from './FindReplace.tsx';
import { frameFirstEnabled, useFrameFirst } from './slate-compat/frame-first.ts';
import { scrollCaretIntoView } from './scroll-caret.ts';
import { handleEditorKeyDown } from './shortcuts.ts';
import { stepOverFigures } from './figure-keys.ts';
import { setSmartQuotes } from './with-smart-quotes.ts';
import { handlePaste } from './with-paste.ts';
import { StatusBar } from './StatusBar.tsx';
import { EditorHints, makeRenderElement } from './elements.tsx';
import { renderLeaf } from './leaves.tsx';
import { SaveProblem } from './SaveIndicator.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { adopt, forget, release, saverFor } from './savers.ts';

interface Props {
  article: Article;
  /** Content to start from instead of the article's (unsaved text kept from an earlier visit). */
  content?: Block[];
  navigate: (to: Route) => void;
  /** A revision was restored: show this article instead. */
  onReplaced: (article: Article) => void;
}

export function ArticleEditor({ article, content, navigate, onReplaced }: Props): ReactNode {
  const { t } = useTranslation();
  const api = useApi();
  const transport = useTransport();
  const { settings } = useSettings();
  // Made once per article: the frame-first setting applies to the next article opened.
  const editor = useMemo(() => createArticleEditor({ frameFirst: frameFirstEnabled(settings.frameFirst) }), []);
  useFrameFirst(editor);
  const saver = useMemo(() => saverFor(api, article.id, article.version), [api, article.id, article.version]);
  const renderElement = useMemo(() => makeRenderElement(article.id), [article.id]);
  const [showRevisions, setShowRevisions] = useState(false);
  const findDecorate = useFindDecorator(editor);
  const spellDecorate = useSpelling(editor);
  const decorate = useMemo(() => combineDecorators([findDecorate, spellDecorate]), [findDecorate, spellDecorate]);
  const initialValue = useMemo(() => (content ?? article.content) as Descendant[], [article.content, content]);
  const review = useReviewState({ editor, article, saver, onReplaced });
  const smartQuotes = curlyQuotesWanted(settings);
  useEffect(() => setSmartQuotes(editor, smartQuotes), [editor, smartQuotes]);

  // The Saver follows the editor itself, not React's render of it (which may wait a frame after
  // a typed letter, see frame-first.ts): a letter typed just before the window closes is saved.
  useEffect(
    () =>
      editor.registerUpdateListener(({ contentChanged }) => {
        // Moving the caret is not a change of the article.
        if (contentChanged) saver.change(editor.children as Block[]);
      }),
    [editor, saver],
  );

  useEffect(() => {
    adopt(article.id, saver);
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onUnload = (e: BeforeUnloadEvent): void => {
      void saver.flush();
      // In a browser tab, ask before closing over unsaved text. (In Electron a cancelled unload
      // would silently keep the window open, so there the glue decides.)
      if (transport === 'browser' && saver.hasUnsaved()) e.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onUnload);
      void release(article.id, saver);
    };
  }, [saver, transport, article.id]);

  return (
    <div className="editor-screen">
      <EditorToolbar
        editor={editor}
        article={article}
        saver={saver}
        review={review}
        navigate={navigate}
        onRevisions={() => setShowRevisions(true)}
      />
      <ReviewBanner review={review} article={article} navigate={navigate} />
      <SaveProblem saver={saver} />
      <div className="page">
        <Slate editor={editor} initialValue={initialValue}>
          <PhotoDesk editor={editor} articleId={article.id} />
          <EditorHints>
            <Editable
              className="article-editor"
              aria-label={t('editor.label')}
              data-region="text"
              // An approved article (review/lock.ts guards the model too).
              readOnly={review.locked}
              aria-readonly={review.locked || undefined}
              renderElement={renderElement}
              renderLeaf={renderLeaf}
              decorate={decorate}
              scrollSelectionIntoView={scrollCaretIntoView}
              onKeyDown={(e) => {
                handleEditorKeyDown(editor, e);
                stepOverFigures(editor, e);
              }}
              onPaste={(e) => handlePaste(editor, e)}
              onBlur={() => void saver.flush()}
              // Chromium's checker knows no Vietnamese offline and would underline every word; the
              // app's own checker (bundled dictionaries) marks spelling instead.
              spellCheck={false}
              autoFocus={articleHeadline(article.content) === ''}
            />
          </EditorHints>
          <FindReplace editor={editor} />
          <SpellMenu editor={editor} />
          <LegacyPaste editor={editor} />
          <StatusBar />
        </Slate>
      </div>
      <ArticleMetaPanel article={article} saver={saver} editor={editor} />
      {showRevisions && (
        <RevisionsDialog
          articleId={article.id}
          headline={articleHeadline(editor.children as Block[]) || t('library.untitled')}
          beforeRestore={() => saver.flush()}
          current={() => editor.children as Block[]}
          onClose={() => setShowRevisions(false)}
          onRestored={(restored) => {
            setShowRevisions(false);
            forget(article.id);
            onReplaced(restored);
          }}
        />
      )}
    </div>
  );
}

// The photo tools that live inside the article's Slate: the session's services (which article,
// how to add, where to say what happened), photos dropped or pasted onto the article, the
// progress (shown in the notice area), and the gallery panel.

import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Range, type Editor, type Point } from 'slate';
import { ReactEditor } from 'slate-react';
import { useApi, useTransport } from '../api/context.tsx';
import { useNotices } from '../app/notices.tsx';
import { useSettings } from '../app/settings-context.tsx';
import { FigureGallery } from './FigureGallery.tsx';
import { desktopPathForFile, photoInputs } from './photo-input.ts';
import { photoAdder } from './photo-sources.ts';
import { photoSession } from './photo-session.ts';
import './photos.css';

const imageFiles = (data: DataTransfer | null): File[] =>
  Array.from(data?.files ?? []).filter((f) => f.type.startsWith('image/') || /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i.test(f.name));
/** A picture inlined in pasted HTML as a data: URL, as a File (null when it is not base64 data). */
export function dataUrlFile(src: string, stem: string): File | null {
  const m = /^data:(image\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=\s]+)$/i.exec(src);
  if (!m) return null;
  const ext = m[1].split('/')[1].replace('jpeg', 'jpg').split('+')[0];
  const bytes = Uint8Array.from(atob(m[2].replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  return new File([bytes], `${stem}.${ext}`, { type: m[1] });
}

const hasFiles = (data: DataTransfer | null): boolean => !!data && Array.from(data.types).includes('Files');

export function PhotoDesk({ editor, articleId }: { editor: Editor; articleId: string }): ReactNode {
  const { t } = useTranslation('photos');
  const { t: tUi, i18n } = useTranslation();
  const api = useApi();
  const transport = useTransport();
  const { notify, progress: showProgress } = useNotices();
  const { settings } = useSettings();
  const session = photoSession(editor);
  const progress = useSyncExternalStore(session.subscribe, session.getProgress);
  const galleryOpen = useSyncExternalStore(session.subscribe, session.isGalleryOpen);

  session.deps = {
    articleId,
    addOne: photoAdder(api, transport, tUi('errors.hostUnreachable')),
    notify,
    // The session names its strings in full (`photos:…`), like the services do.
    t: i18n.t,
    reporterName: () => settings.reporterName,
  };

  useEffect(() => {
    // Pictures in a paste (renderer/editor/with-paste.ts): files, or pictures inlined in pasted
    // HTML as data: URLs. Linked ones (a web address, Word's file: references) cannot be read
    // from here: the reporter is told to save and add them.
    editor.onPastedImages = (files, images) => {
      const inline = files.length ? [] : images.filter((i) => i.origin === 'data').map((i, n) => dataUrlFile(i.src, `image-${n + 1}`));
      const photos = [...files, ...inline.filter((f): f is File => f !== null)];
      const linked = images.filter((i) => i.origin !== 'data').length;
      // A file copied in the file manager and pasted has a path; a screenshot does not.
      if (photos.length) void session.add(photoInputs(photos, desktopPathForFile(transport)));
      else if (linked) notify({ kind: 'info', message: t('pastedLinked', { count: linked }) });
    };
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return undefined;
    }
    const onDragOver = (e: DragEvent): void => {
      if (!hasFiles(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent): void => {
      const files = imageFiles(e.dataTransfer);
      if (!hasFiles(e.dataTransfer)) return;
      // Files are ours; Slate's own drop handling is for text moved inside the article.
      e.preventDefault();
      e.stopPropagation();
      let at: Point | null = null;
      try {
        const range = ReactEditor.findEventRange(editor, e);
        at = Range.start(range);
      } catch {
        // Dropped beside the text: the caret's place then.
      }
      // In the desktop app a file from the disk goes by its path (photo-input.ts), else as bytes.
      void session.add(photoInputs(files.length ? files : Array.from(e.dataTransfer?.files ?? []), desktopPathForFile(transport)), { at });
    };
    // Typing in a figure's field moves the page's selection inside the figure, which Slate would
    // map to the figure and answer by putting its caret there, taking focus from the field. While
    // a field has focus, selection changes are the field's own.
    const keepFieldSelection = (e: Event): void => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && root.contains(active) && active.closest('.figure-island')) e.stopImmediatePropagation();
    };
    document.addEventListener('selectionchange', keepFieldSelection, true);
    root.addEventListener('dragover', onDragOver);
    root.addEventListener('drop', onDrop);
    return () => {
      delete editor.onPastedImages;
      document.removeEventListener('selectionchange', keepFieldSelection, true);
      root.removeEventListener('dragover', onDragOver);
      root.removeEventListener('drop', onDrop);
    };
  }, [editor, session, notify, t, transport]);

  // The progress shows in the masthead's notice area, where it covers nothing.
  useEffect(() => {
    const key = `photos-${articleId}`;
    showProgress(
      key,
      progress.total > 0
        ? {
            label: t('progress', { done: progress.done, total: progress.total }),
            name: t('progressLabel'),
            done: progress.done,
            total: progress.total,
          }
        : null,
    );
  }, [showProgress, articleId, progress.done, progress.total, t]);
  useEffect(() => () => showProgress(`photos-${articleId}`, null), [showProgress, articleId]);

  return <>{galleryOpen && <FigureGallery editor={editor} articleId={articleId} onClose={() => session.setGalleryOpen(false)} />}</>;
}

// The photo buttons of the editor's toolbar: "Thêm ảnh" (a file input in a browser tab, the
// native picker in the desktop app) and the gallery of the article's photos.

import { useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'slate';
import { useApi, useTransport } from '../api/context.tsx';
import { commandProps } from '../app/keymap.ts';
import { useNotices } from '../app/notices.tsx';
import { desktopPathForFile, photoInputs } from './photo-input.ts';
import { photoSession } from './photo-session.ts';
import './photos.css';

// Formats a browser can hand over; the service judges each file by its bytes anyway.
export const PHOTO_ACCEPT = 'image/*,.jpg,.jpeg,.png,.webp,.avif,.gif,.tif,.tiff,.heic,.heif';

export function PhotoToolbar({ editor }: { editor: Editor }): ReactNode {
  const { t } = useTranslation('photos');
  const api = useApi();
  const transport = useTransport();
  const { notify } = useNotices();
  const session = photoSession(editor);
  const input = useRef<HTMLInputElement>(null);
  const galleryOpen = useSyncExternalStore(session.subscribe, session.isGalleryOpen);

  const choose = async (): Promise<void> => {
    if (transport === 'browser') {
      input.current?.click();
      return;
    }
    const picked = await api['media.choose']({});
    if (!picked.ok) notify({ kind: 'error', message: picked.error.message });
    else if (picked.value.paths.length) void session.add(picked.value.paths.map((path) => ({ kind: 'path' as const, path })));
  };

  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        {...commandProps('photo.add', t('addLabel'))}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void choose()}
      >
        {t('add')}
      </button>
      {/* Not a control of its own: the button above opens it (hidden from the keyboard and screen readers). */}
      <input
        ref={input}
        type="file"
        multiple
        accept={PHOTO_ACCEPT}
        className="photo-file-input"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          void session.add(photoInputs(files, desktopPathForFile(transport)));
        }}
      />
      <button
        type="button"
        className="button button-quiet"
        {...commandProps('photo.gallery', t('gallery.title'))}
        aria-pressed={galleryOpen}
        onClick={() => session.setGalleryOpen(!galleryOpen)}
      >
        {t('gallery.title')}
      </button>
    </>
  );
}

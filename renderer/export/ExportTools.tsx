// The editor's export buttons: "Xuất bản gói" opens the export dialog, "In / PDF" prints the
// article as the paper lays it out (the system's print dialog also saves as PDF). One element
// in the editor's toolbar (ArticleEditor.tsx).

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'slate';
import type { Article } from '../../main/common/article/model.ts';
import { useApi } from '../api/context.tsx';
import { commandProps, modText } from '../app/keymap.ts';
import { onMac } from '../editor/shortcuts.ts';
import { useNotices } from '../app/notices.tsx';
import { assetInfo } from '../media/asset-cache.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { PrintView } from './PrintView.tsx';

interface Props {
  article: Article;
  editor: Editor;
  /** Saves what the editor holds (the Saver's flush). */
  flush: () => Promise<void>;
}

const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** Waits until the print view's photos are decoded, so the page never prints with holes. */
async function photosReady(root: HTMLElement | null): Promise<void> {
  await nextFrame();
  await nextFrame();
  const imgs = root ? [...root.querySelectorAll('img')] : [];
  await Promise.all(imgs.map((img) => img.decode().catch(() => undefined)));
}

export function ExportTools({ article, editor, flush }: Props): ReactNode {
  const { t } = useTranslation('exportUi');
  const api = useApi();
  const { notify } = useNotices();
  const [exporting, setExporting] = useState(false);
  const [printing, setPrinting] = useState<Article | null>(null);
  const printRoot = useRef<HTMLDivElement>(null);

  const print = async (): Promise<void> => {
    await flush();
    const r = await api['library.get']({ id: article.id });
    if (!r.ok) return notify({ kind: 'error', message: r.error.message });
    // Photo details asked before the view mounts, so its figures render at once.
    await Promise.all(r.value.content.flatMap((b) => (b.type === 'figure' ? [assetInfo(api, article.id, b.assetId)] : [])));
    setPrinting(r.value);
  };

  // Ctrl+P (⌘P) prints the paper's layout too, not the app's screen around the article.
  const printLatest = useRef(print);
  printLatest.current = print;
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing || e.keyCode === 229 || e.altKey || e.shiftKey) return;
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'p') return;
      e.preventDefault();
      void printLatest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!printing) return;
    let live = true;
    document.body.classList.add('printing-article');
    void photosReady(printRoot.current).then(() => {
      if (!live) return;
      window.print();
      setPrinting(null);
    });
    return () => {
      live = false;
      document.body.classList.remove('printing-article');
    };
  }, [printing]);

  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        title={`${t('printLabel')} (${modText('Mod+P')})`}
        aria-keyshortcuts={onMac() ? 'Meta+P' : 'Control+P'}
        onClick={() => void print()}
        disabled={printing !== null}
      >
        {t('print')}
      </button>
      <button type="button" className="button" {...commandProps('export.package', t('openLabel'))} onClick={() => setExporting(true)}>
        {t('open')}
      </button>
      {exporting && <ExportDialog article={article} editor={editor} flush={flush} onClose={() => setExporting(false)} />}
      {printing &&
        createPortal(
          <div className="print-root" ref={printRoot}>
            <PrintView article={printing} />
          </div>,
          document.body,
        )}
    </>
  );
}

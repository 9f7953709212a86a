// slate-react copies the browser's selection into the editor on `selectionchange`, throttled to
// 100 ms. A shortcut or toolbar button pressed right after Shift+Arrow would act on the
// selection as it was a moment before (`gạ` bolded instead of `gạch`), so commands bring it up
// to date first. Mid-composition the browser's selection is the IME's business: left alone.

import { Range, Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { flushTypedText } from './slate-compat/frame-first.ts';

/** Makes editor.selection the browser's selection, when the editor has focus and one. */
export function syncSelectionFromDom(editor: Editor): void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return;
  try {
    // The page's selection is mapped through React's picture of the article: bring it up to date.
    flushTypedText(editor);
    if (ReactEditor.isComposing(editor) || !ReactEditor.isFocused(editor)) return;
    const dom = window.getSelection();
    if (!dom || dom.rangeCount === 0) return;
    const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
    if (range && (!editor.selection || !Range.equals(range, editor.selection))) Transforms.select(editor, range);
  } catch {
    // The DOM is between renders: Slate's own selection stands.
  }
}

/** Whether slate-react knows of a composition in progress (false outside a window). */
export function editorIsComposing(editor: Editor): boolean {
  try {
    return typeof window !== 'undefined' && ReactEditor.isComposing(editor);
  } catch {
    return false;
  }
}

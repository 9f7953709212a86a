// Following an editor's changes outside React's render: the toolbar's button states and the
// status bar's counts listen here, so a keystroke re-renders them only when what they show
// changes (a `useSlateSelector` on the content would re-render them on every key).

import type { Editor } from 'slate';

const listeners = new WeakMap<Editor, Set<() => void>>();

/** Calls `listener` after every change of the editor (content or selection); returns the unsubscribe. */
export function onEditorChange(editor: Editor, listener: () => void): () => void {
  let set = listeners.get(editor);
  if (!set) {
    const all = (set = new Set());
    listeners.set(editor, all);
    // Wrapped once per editor, as slate-react itself does for its version counter.
    const { onChange } = editor;
    editor.onChange = (options) => {
      onChange(options);
      for (const l of all) l();
    };
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** Whether the change just made touched the article (not only the caret). */
export const changedContent = (editor: Editor): boolean => editor.operations.some((op) => op.type !== 'set_selection');

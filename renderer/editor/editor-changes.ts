// The one way to follow an article editor's changes: `editor.registerUpdateListener(listener)`,
// installed when the editor is made (createArticleEditor), returning its own unsubscribe, as
// Lexical's does. The Saver, the toolbar's button states, the status bar's counts, spelling and
// the review's suggestion sync listen here, outside React's render (which may wait a frame after
// a typed letter, slate-compat/frame-first.ts): a keystroke re-renders them only when what they
// show changes, and no listener can unhook another by putting back an `onChange` it saved.

import type { BaseOperation, Editor } from 'slate';

/** One change of the editor, as Slate ended it (a keystroke, a command, a move of the caret). */
export interface EditorUpdate {
  /** The operations of the change (empty when only the marks to type with changed). */
  readonly operations: readonly BaseOperation[];
  /** Whether the change touched the article (not only the caret or the marks to type with). */
  readonly contentChanged: boolean;
}

export type UpdateListener = (update: EditorUpdate) => void;

/** What `withUpdateListeners` adds to the editor. */
export interface UpdateListenersEditor {
  /** Calls `listener` after every change of the editor, in the order registered; returns the unsubscribe. */
  registerUpdateListener(listener: UpdateListener): () => void;
}

/** Installs `registerUpdateListener` (call last when making the editor, so listeners see every change at once). */
export function withUpdateListeners<T extends Editor>(editor: T): T & UpdateListenersEditor {
  const e = editor as T & UpdateListenersEditor;
  const listeners = new Set<UpdateListener>();
  const { onChange } = e;
  e.onChange = (options) => {
    onChange(options);
    const operations = [...e.operations];
    const update: EditorUpdate = { operations, contentChanged: operations.some((op) => op.type !== 'set_selection') };
    // A copy: a listener may unsubscribe itself, or another, while this runs.
    for (const listener of [...listeners]) if (listeners.has(listener)) listener(update);
  };
  e.registerUpdateListener = (listener) => {
    // Each registration is its own: registering the same function twice needs two unsubscribes.
    const own: UpdateListener = (update) => listener(update);
    listeners.add(own);
    return () => void listeners.delete(own);
  };
  return e;
}

// A DOM listener on the editor's editable element, for the language tools that act before (or
// instead of) Slate's own handlers: the spelling menu on right-click, the legacy-paste question.

import { useEffect, useRef } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/** Listens for `type` on the editable (capture phase when asked) while the component is mounted. */
export function useEditorEvent<K extends keyof HTMLElementEventMap>(
  editor: Editor,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
  capture = false,
): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return;
    }
    const listener = (event: HTMLElementEventMap[K]): void => latest.current(event);
    root.addEventListener(type, listener, capture);
    return () => root.removeEventListener(type, listener, capture);
  }, [editor, type, capture]);
}

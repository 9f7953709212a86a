// An approved article is read-only until the reporter chooses to edit it ("Sửa (hủy duyệt)").
// Two halves, neither patched on from a React effect:
//   - the page: ArticleEditor renders `<Editable readOnly>` while locked, so the caret and the
//     keyboard say so (React owns `contenteditable`);
//   - the model: `withReviewLock`, installed when the editor is made (createArticleEditor), drops
//     every change while locked (typing, paste, a photo, a tool, a shortcut), whatever called it;
//     moving the caret is still allowed, to read and copy.

import type { Editor } from 'slate';

const locked = new WeakMap<Editor, boolean>();
const guarded = new WeakSet<Editor>();

/** The apply guard of the review lock (part of createArticleEditor). */
export function withReviewLock<T extends Editor>(editor: T): T {
  guarded.add(editor);
  const { apply } = editor;
  editor.apply = (op) => {
    if (locked.get(editor) && op.type !== 'set_selection') return;
    apply(op);
  };
  return editor;
}

/** Locks or unlocks the article's editor (the model; the Editable follows `locked` as a prop). */
export function setLocked(editor: Editor, on: boolean): void {
  // A lock without its guard would only look locked.
  if (!guarded.has(editor)) throw new Error('setLocked: the editor was not made by createArticleEditor (no withReviewLock)');
  locked.set(editor, on);
}

export const isLocked = (editor: Editor): boolean => locked.get(editor) === true;

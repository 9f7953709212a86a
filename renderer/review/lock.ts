// An approved article is read-only until the reporter chooses to edit it ("Sửa (hủy duyệt)").
// The lock lives on the editor itself, so the editor component needs no new prop: every change
// (typing, paste, a photo, a tool) goes through editor.apply and is dropped while locked; the
// Editable is also made non-editable so the caret and the keyboard say so.

import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import '../editor/slate-types.ts';

const locked = new WeakMap<Editor, boolean>();
const guarded = new WeakSet<Editor>();

/** Locks or unlocks the article's editor. */
export function setLocked(editor: Editor, on: boolean): void {
  if (!guarded.has(editor)) {
    guarded.add(editor);
    const apply = editor.apply.bind(editor);
    editor.apply = (op) => {
      if (locked.get(editor) && op.type !== 'set_selection') return;
      apply(op);
    };
  }
  locked.set(editor, on);
  try {
    const el = ReactEditor.toDOMNode(editor, editor);
    // React set contenteditable once and will not set it again while the prop stays the same.
    el.setAttribute('contenteditable', on ? 'false' : 'true');
    if (on) el.setAttribute('aria-readonly', 'true');
    else el.removeAttribute('aria-readonly');
  } catch {
    // Not mounted yet: editor.apply still refuses changes.
  }
}

export const isLocked = (editor: Editor): boolean => locked.get(editor) === true;

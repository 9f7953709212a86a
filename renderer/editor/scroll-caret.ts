// Keeping the caret in view after each change. Slate's default asks every scrolling ancestor for
// its computed style on every key (scroll-into-view-if-needed), about half a millisecond a key in
// a long article. The page scrolls as a whole, so one rectangle answers "already in view",
// which is nearly always true while typing; only a caret outside the window pays for the
// default, which then scrolls exactly as before.

import { Range } from 'slate';
import { defaultScrollSelectionIntoView, type ReactEditor } from 'slate-react';

export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  const selection = editor.selection;
  if (selection && Range.isCollapsed(selection)) {
    const rect = domRange.getBoundingClientRect();
    // A zero rectangle (Chrome gives one at some line breaks) proves nothing: ask the default.
    const measured = rect.width > 0 || rect.height > 0;
    if (measured && rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth) return;
  }
  defaultScrollSelectionIntoView(editor, domRange);
}

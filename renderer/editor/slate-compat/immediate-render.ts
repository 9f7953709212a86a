// React renders each change of the article before the task that made it ends, also when a timer
// made it.
//
// slate-react copies the page's selection into the editor from a throttled timer (`selectionchange`,
// at most every 100 ms), and React 18+ renders state set outside a browser event a task later.
// A Shift+Arrow that lands between the two moves the page's selection; the late render, whose
// `selectionchange` has not come yet, puts the editor's older selection back on the page, and the
// selection comes out a letter short (`gạ` bolded instead of `gạch`; a composition over
// `hai ¶ ba ` replacing `hai ¶ ba` and leaving `Một tiếng bốn` for `Một tiếngbốn`). Rendering
// with `flushSync` leaves no task in between.
//
// Installed right after withReact in both rendering modes: frame-first.ts, when on, holds back
// only a letter the browser typed itself and hands every other change straight through to this.
// Leans on F3 (slate-compat/frame-first.ts): the onChange withReact installs is what renders.

import { flushSync } from 'react-dom';
import type { Editor } from 'slate';

/** Makes every change of a slate-react editor render synchronously (call right after withReact). */
export function withImmediateRender<T extends Editor>(editor: T): T {
  const { onChange } = editor;
  editor.onChange = (options) => flushSync(() => onChange(options));
  return editor;
}

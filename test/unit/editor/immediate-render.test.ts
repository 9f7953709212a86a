// @vitest-environment jsdom
// The article editor renders each change before the task that made it ends, in both rendering
// modes (renderer/editor/slate-compat/immediate-render.ts). The race it closes, played out in
// order rather than hoped for: slate-react copies the page's selection into the editor from a
// timer, a Shift+Arrow moves the page's selection before React has rendered that copy, and the
// late render puts the older selection back (the A3 case saved `Một tiếng bốn` for
// `Một tiếngbốn` with frame-first off).

import './jsdom-beforeinput.ts';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Transforms, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';

// React as in the window, rendering on its own schedule: inside act() it would render when act ends.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
const settled = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(async () => {
  root?.unmount();
  host?.remove();
  root = host = null;
  await settled();
});

const content = [
  { type: 'headline', id: 'h', children: [{ text: 'Tin' }] },
  { type: 'sapo', id: 's', children: [{ text: 'BHG - Sapo' }] },
  { type: 'paragraph', id: 'p', children: [{ text: 'Một hai ba' }] },
] as Descendant[];

describe('withImmediateRender', () => {
  for (const frameFirst of [true, false]) {
    it(`a Shift+Arrow right after slate-react's timer copied the selection in keeps its letter (frame-first ${frameFirst ? 'on' : 'off'})`, async () => {
      const editor = createArticleEditor({ frameFirst });
      host = document.body.appendChild(document.createElement('div'));
      root = createRoot(host);
      root.render(createElement(Slate, { editor, initialValue: content, children: createElement(Editable) }));
      await settled();
      ReactEditor.focus(editor);
      await settled();
      const text = ReactEditor.toDOMNode(editor, editor.children[2]!).querySelector('[data-slate-string]')!.firstChild!;
      const page = document.getSelection()!;
      // The reporter has selected `h` of `hai` (Shift+Arrow once); the page shows it.
      page.setBaseAndExtent(text, 4, text, 5);

      await new Promise<void>((done) =>
        setTimeout(() => {
          // slate-react's throttled selectionchange handler copies the page's selection in...
          Transforms.select(editor, { anchor: { path: [2, 0], offset: 4 }, focus: { path: [2, 0], offset: 5 } });
          // ...and Slate tells React in a microtask. Queued after it, before any other task: the
          // next Shift+Arrow, whose selectionchange comes later still.
          queueMicrotask(() => {
            page.extend(text, 6);
            done();
          });
        }, 0),
      );
      // Whatever React still had to render has rendered now.
      await settled();

      expect(page.toString()).toBe('ha');
    });
  }
});

// When React renders the editor's changes: a typed letter after the frame that shows it,
// anything else at once.
//
// For a plain letter typed with a collapsed caret, slate-react lets the browser insert it into
// the page itself and then applies the same text to the model. The page already shows the key,
// yet React re-rendered the editor (about 1.3 ms per key in a 5,000-word article) before the
// browser could paint it. Here that re-render waits until just after the frame that shows the
// letter. Only that case waits: the batch must be exactly what the browser inserted (an
// uncancelled `beforeinput` of type insertText, not composing) and the page's text of every
// changed text node must already equal the model's. Anything else renders at once, and
// synchronously, even when it comes from a timer: this sits on withImmediateRender
// (immediate-render.ts), which also renders the editor when frame-first is off.
//
// The model (editor.children, undo history, the Saver, counts and spelling, which all listen to
// the editor directly) is up to date at every moment; only React's picture of it lags, for at
// most one frame. Whatever needs that picture renders it first: the next key, click, paste,
// drag or composition (document listeners in the capture phase, before slate-react's own), and
// `flushTypedText` for code that reads the page from a timer.
//
// What this leans on inside Slate (each checked by a named canary in
// test/unit/editor/slate-compat.test.ts, or in Chromium by test/e2e/frame-first.e2e.ts):
//   F1 slate: `editor.onChange` runs once per change, from a microtask, while `editor.operations`
//      holds the change; Slate empties `editor.operations` after it returns.
//   F2 slate-react: `<Slate>` tells a content change from a caret move by reading
//      `editor.operations` when onChange runs (so the late render is given its own batch back).
//   F3 slate-react / slate-dom: the `onChange` withReact installs is the one that reaches
//      `<Slate>`, so calling the one saved here later renders the change.
//   F4 slate-dom: a text node changed by insert_text keeps its key, so `toDOMNode` finds the
//      element still on the page before React renders it (two letters in one frame).
//   F5 slate-dom: `findPath` of a node changed since the last render still finds it (the
//      node maps are stale while the render waits; it falls back to a search).
//   F6 slate-react: the node maps count as dirty until React renders, and Editable's own
//      `beforeinput` handler sits on the editable element, so the capture-phase listener here
//      renders first and slate-react meets clean maps (it declines native typing otherwise).
//   F7 slate-react: Editable lets the browser type a plain letter itself (frame-first.e2e.ts:
//      without it nothing ever waits, and the e2e test finds no deferred render).
// Turned off by the `frameFirst` setting or `?frameFirst=0` in the address (createArticleEditor
// then leaves it out): the fallback if an upgrade breaks one of these.

import { useEffect } from 'react';
import { Editor, Node, Text, type BaseOperation } from 'slate';
import { ReactEditor } from 'slate-react';

/** The versions F1-F7 were checked against (slate-compat.test.ts fails when the installed ones differ). */
export const FRAME_FIRST_CHECKED_AGAINST = { slate: '0.146.0', 'slate-dom': '0.146.1', 'slate-react': '0.146.1' } as const;

/** Whether frame-first rendering is wanted: the setting, unless the address says `frameFirst=0` (query or hash query). */
export function frameFirstEnabled(setting: boolean, href = typeof location === 'undefined' ? '' : location.href): boolean {
  return setting && !/[?&]frameFirst=0(?![\w])/.test(href);
}

/** The performance mark left each time typed text waited for the frame and was then rendered. */
export const TYPED_TEXT_RENDERED = 'dateline:typed-text-rendered';

type ChangeOptions = Parameters<Editor['onChange']>[0];

/** What the browser said it was about to type. */
export interface TypedInput {
  inputType: string;
  data: string | null;
  isComposing: boolean;
  defaultPrevented: boolean;
}

/** A text node the batch changed: the page's text of it (read after the change) and the model's. */
export interface ChangedText {
  pageText: string;
  modelText: string;
}

/**
 * Whether a batch of operations is a letter the browser has already put on the page, so that
 * React's render of it can wait for the frame. Pure, for the tests.
 */
export function typedByBrowser(operations: readonly BaseOperation[], input: TypedInput | null, texts: readonly ChangedText[]): boolean {
  if (!input || input.inputType !== 'insertText' || input.defaultPrevented || input.isComposing || !input.data) return false;
  const inserts = operations.filter((op) => op.type === 'insert_text');
  if (inserts.length === 0 || inserts.length !== texts.length) return false;
  if (!operations.every((op) => op.type === 'insert_text' || op.type === 'set_selection')) return false;
  if (!inserts.every((op) => op.type === 'insert_text' && op.text === input.data)) return false;
  // The page shows the text the model now holds (a zero-width placeholder char does not count).
  return texts.every((t) => t.modelText !== '' && t.pageText.replace(/\uFEFF/g, '') === t.modelText);
}

interface State {
  /** The render that is waiting, with the operations it is about. */
  pending: { options: ChangeOptions; operations: BaseOperation[] } | null;
  scheduled: boolean;
  /** The last `beforeinput` seen, until the change it caused has been handled. */
  input: (TypedInput & { event: InputEvent }) | null;
  /** DOM elements of the text nodes changed by insert_text in this batch, with their paths. */
  touched: { el: HTMLElement; path: number[] }[];
  /** Renders what is waiting; true when there was something. */
  render: () => boolean;
}

const states = new WeakMap<Editor, State>();

/** Renders now whatever typed text is still waiting for React. */
export function flushTypedText(editor: Editor): void {
  states.get(editor)?.render();
}

/** Wraps a slate-react editor (call right after withReact and withImmediateRender, so every other plugin sees changes at once). */
export function withFrameFirst<T extends Editor>(editor: T): T {
  const { onChange, apply } = editor;
  const state: State = {
    pending: null,
    scheduled: false,
    input: null,
    touched: [],
    render: () => {
      const waiting = state.pending;
      if (!waiting) return false;
      state.pending = null;
      // slate-react reads editor.operations to tell content from caret changes: give it the
      // batch it is rendering, not the (already emptied) current one.
      const current = editor.operations;
      editor.operations = waiting.operations;
      try {
        onChange(waiting.options);
      } finally {
        editor.operations = current;
      }
      // A mark per deferred render, for the profiler and the tests (the keys it waited for).
      performance.mark(TYPED_TEXT_RENDERED);
      return true;
    },
  };
  states.set(editor, state);

  editor.apply = (op) => {
    if (op.type === 'insert_text' && state.input) {
      // The element of the text node as rendered before the change, to read the page's text after it.
      try {
        const node = Node.get(editor, op.path);
        if (Text.isText(node)) state.touched.push({ el: ReactEditor.toDOMNode(editor as unknown as ReactEditor, node), path: op.path });
      } catch {
        // Not on the page: this batch renders at once.
      }
    }
    apply(op);
  };

  editor.onChange = (options) => {
    const touched = state.touched;
    const input = state.input;
    state.touched = [];
    state.input = null;
    const texts = touched.map(({ el, path }) => ({
      pageText: el.textContent ?? '',
      modelText: Node.has(editor, path) ? Node.string(Node.get(editor, path)) : '',
    }));
    const typed = input ? { ...input, defaultPrevented: input.event.defaultPrevented } : null;
    if (!typedByBrowser(editor.operations, typed, texts)) {
      // Render now (synchronously: withImmediateRender), including anything that was waiting
      // (this render shows it too).
      state.pending = null;
      onChange(options);
      return;
    }
    state.pending = { options, operations: [...(state.pending?.operations ?? []), ...editor.operations] };
    if (state.scheduled) return;
    state.scheduled = true;
    // After the next frame has been produced: rAF runs just before it, the timer just after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        state.scheduled = false;
        state.render();
      }, 0),
    );
  };
  return editor;
}

// Everything that may act on the page's picture of the article, caught before slate-react sees it.
const RENDER_BEFORE = ['keydown', 'compositionstart', 'mousedown', 'pointerdown', 'paste', 'cut', 'copy', 'dragstart', 'drop', 'focusout'];

/** Listens for what must find React's picture up to date; detaches (and renders) on unmount. */
export function useFrameFirst(editor: Editor): void {
  useEffect(() => {
    const state = states.get(editor);
    if (!state) return;
    const render = (): void => void state.render();
    const onBeforeInput = (e: Event): void => {
      const event = e as InputEvent;
      // The browser fixed where this input goes (its target range) before any listener ran.
      const target = targetText(event);
      if (state.render() && target && !sameText(target)) {
        // That render re-drew the text the target range points into (decorations split the
        // leaf anew, e.g. the review's track changes): the range now points elsewhere, and
        // slate-react, which trusts it for what it inserts itself, would put an IME's committed
        // `ắ` before the `ng` typed just before it (`ắngm` for `ngắm`). The model's caret is
        // where the browser's was: insert there instead.
        if (event.inputType === 'insertText' && !event.isComposing && event.data && event.cancelable) {
          event.preventDefault();
          event.stopImmediatePropagation();
          Editor.insertText(editor, event.data);
          return;
        }
      }
      state.input = { event, inputType: event.inputType, data: event.data, isComposing: event.isComposing, defaultPrevented: false };
      // Its change, if any, comes in this same task; a later one is not this input's.
      setTimeout(() => {
        if (state.input?.event === event) state.input = null;
      }, 0);
    };
    for (const type of RENDER_BEFORE) document.addEventListener(type, render, true);
    document.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      for (const type of RENDER_BEFORE) document.removeEventListener(type, render, true);
      document.removeEventListener('beforeinput', onBeforeInput, true);
      state.pending = null;
    };
  }, [editor]);
}

/** The text node an input event's target range starts in, with its text then. */
function targetText(event: InputEvent): { node: globalThis.Node; text: string | null } | null {
  const [range] = event.getTargetRanges();
  return range ? { node: range.startContainer, text: range.startContainer.textContent } : null;
}

/** Whether that node is still on the page with the same text (so the range still means the same place). */
function sameText(target: { node: globalThis.Node; text: string | null }): boolean {
  return target.node.isConnected && target.node.textContent === target.text;
}

const waitingForFrame = new Set<() => void>();

/** Calls `fn` once just after the next frame, however often it is asked for before then. For
 * what shows the article's state beside it (the toolbar's buttons) and need not hold up the
 * frame that shows a key. */
export function afterFrame(fn: () => void): void {
  if (waitingForFrame.has(fn)) return;
  waitingForFrame.add(fn);
  requestAnimationFrame(() =>
    setTimeout(() => {
      waitingForFrame.delete(fn);
      fn();
    }, 0),
  );
}

// The editor's spelling as a hook: one SpellingState per editor, fed the reporter's own words,
// watching the editor's changes, and a `decorate` that changes identity when findings change
// (Slate then re-decorates, re-rendering only the text whose underlines moved).
// Spelling is off with `spell=off` in the page's address (the benchmark compares typing with and
// without it).

import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Editor, NodeEntry } from 'slate';
import type { Decorator } from '../editor/decorations.ts';
import { useSettings } from '../app/settings-context.tsx';
import { syncSelectionFromDom } from '../editor/dom-selection.ts';
import { languageWorker } from './language-worker.ts';
import { SpellingState } from './spelling.ts';

/** True unless the page was opened with `spell=off` (query or hash query). */
export function spellingEnabled(href = typeof location === 'undefined' ? '' : location.href): boolean {
  return !/[?&]spell=off\b/.test(href);
}

const states = new WeakMap<Editor, SpellingState>();

/** The spelling of an editor, for the context menu (null when spelling is off). */
export function spellingOf(editor: Editor): SpellingState | null {
  return states.get(editor) ?? null;
}

/** Spelling for the editor: its decorator, or null when spelling is off. */
export function useSpelling(editor: Editor): Decorator | null {
  const { settings } = useSettings();
  const [version, setVersion] = useState(0);
  const enabled = useMemo(() => spellingEnabled(), []);
  const state = useMemo(() => {
    if (!enabled) return null;
    return new SpellingState(editor, {
      check: (texts, userWords) => languageWorker().check(texts, userWords),
      // New underlines re-render the Editable, which puts editor.selection back on the page. After
      // Shift+Arrow the page's selection is ahead (Slate learns of it up to 100 ms later), so the
      // re-render would shrink it by a letter. Bring the editor up to date and re-render in one
      // synchronous step, outside Slate's own change handling, so no key lands in between.
      onUpdate: () =>
        setTimeout(() =>
          flushSync(() => {
            syncSelectionFromDom(editor);
            setVersion((v) => v + 1);
          }),
        ),
    });
  }, [editor, enabled]);

  useEffect(() => {
    if (!state) return;
    states.set(editor, state);
    state.open();
    // Every change (typing holds the word at the caret back from checking until the caret moves on).
    const stop = editor.registerUpdateListener(({ operations }) => state.observe(operations));
    return () => {
      stop();
      state.close();
      states.delete(editor);
    };
  }, [editor, state]);

  useEffect(() => state?.setUserWords(settings.userWords ?? []), [state, settings.userWords]);

  const decorate = useCallback((entry: NodeEntry) => (state ? state.decorate(entry) : []), [state, version]);
  return state ? decorate : null;
}

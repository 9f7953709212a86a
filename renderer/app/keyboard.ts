// The window's keyboard, installed once by App: F6 / Shift+F6 between regions (regions.ts), Esc in
// the article text to the toolbar, Tab round an open dialog (dialog-tab.ts), Ctrl+/ for the help,
// and the commands of keymap.ts (each clicks its `data-command` button). Listened to on the document in the capture phase, so the
// editor never sees a chord that is the app's; nothing fires while an input method composes.

import { useEffect, useRef } from 'react';
import { isComposingKey, onMac } from '../editor/shortcuts.ts';
import { shortcutFor, type ShortcutScope } from './keymap.ts';
import { wrapTabInDialog } from './dialog-tab.ts';
import { cycleRegions, focusRegion, modalOpen, regionNamed, trackLastUsed } from './regions.ts';

/** The enabled, visible button of a command on screen (outside any open dialog unless in it). */
export function commandButton(id: string, doc: Document = document): HTMLElement | null {
  const all = [...doc.querySelectorAll<HTMLElement>(`[data-command="${CSS.escape(id)}"]`)];
  return all.find((el) => !(el as HTMLButtonElement).disabled && !el.closest('[hidden]') && el.getClientRects().length > 0) ?? null;
}

/** The scope of the screen shown: an article, the library, or another screen. */
export const screenScope = (doc: Document = document): ShortcutScope | null =>
  doc.querySelector('.editor-screen') ? 'editor' : doc.querySelector('.library:not(.library-trash)') ? 'library' : null;

export function useAppKeyboard(openHelp: () => void): void {
  const help = useRef(openHelp);
  help.current = openHelp;

  useEffect(() => {
    const stopTracking = trackLastUsed();
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || isComposingKey(e)) return;
      const shortcut = shortcutFor(e, onMac());
      if (!shortcut) return;
      const modal = modalOpen();
      if (shortcut.id === 'help') {
        if (modal) return;
        e.preventDefault();
        help.current();
        return;
      }
      if (shortcut.id === 'region.next' || shortcut.id === 'region.previous') {
        e.preventDefault();
        if (!modal) cycleRegions(shortcut.id === 'region.next' ? 1 : -1);
        return;
      }
      if (modal || (shortcut.scope !== 'app' && shortcut.scope !== screenScope())) return;
      const button = commandButton(shortcut.id);
      if (!button) return;
      e.preventDefault();
      e.stopPropagation();
      button.click();
    };
    // Esc in the text, when nothing else took it (Find, a spelling menu close themselves first).
    const onEscape = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || isComposingKey(e) || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (!target?.closest('[data-region="text"]') || target.closest('[contenteditable="false"]')) return;
      const toolbar = regionNamed('toolbar');
      if (toolbar && focusRegion(toolbar)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey, true);
    // Bubble phase on the document: after a dialog's own handling of Tab, if it has any.
    const onTab = (e: KeyboardEvent): void => {
      if (!isComposingKey(e)) wrapTabInDialog(e);
    };
    document.addEventListener('keydown', onTab);
    // Bubble phase on the window: after the editor's and the panels' own handlers.
    window.addEventListener('keydown', onEscape);
    return () => {
      stopTracking();
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('keydown', onTab);
      window.removeEventListener('keydown', onEscape);
    };
  }, []);
}

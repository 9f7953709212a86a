// The app's keyboard map in one place: which keys run which command, how each is written for
// the reader (Ctrl on Windows and Linux, ⌘ on a Mac) and what the help dialog ("Phím tắt",
// Ctrl+/) lists. Commands in the toolbar are buttons marked `data-command="<id>"`: a shortcut
// clicks the button, so a shortcut can do exactly what the button does, no more (disabled
// button, nothing happens) and there is one code path per command. docs/editor.md has the table.

import type { Catalogs } from '../../main/common/i18n/index.ts';
import { isComposingKey, onMac, type KeyEventLike } from '../editor/shortcuts.ts';

/** Where a shortcut works: everywhere, while an article is open, or in the library. */
export type ShortcutScope = 'app' | 'editor' | 'library';

/** A description of the help dialog, `screens:keys.<help>`. */
export type ShortcutHelp = keyof Catalogs['screens']['keys'];

export interface Shortcut {
  /** The `data-command` of the button it clicks (or a command the app runs itself). */
  id: string;
  scope: ShortcutScope;
  /** The chord: `Mod` is Ctrl (⌘ on a Mac); keys are physical (KeyboardEvent.code), so any layout works. */
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
  code: string;
  /** How to write the key when it is not the code's letter (`/`, `Enter`, `F6`). */
  label?: string;
  /** Key of its description in the `screens` catalog (`keys.<id>`). */
  help: ShortcutHelp;
}

/**
 * Commands of the app. The editor's formatting keys (Ctrl+B…) live in editor/shortcuts.ts; the
 * help dialog lists them from FORMAT_KEYS below so that the whole map is in one dialog.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'help', scope: 'app', mod: true, code: 'Slash', label: '/', help: 'help' },
  { id: 'region.next', scope: 'app', code: 'F6', label: 'F6', help: 'regionNext' },
  { id: 'region.previous', scope: 'app', shift: true, code: 'F6', label: 'F6', help: 'regionPrevious' },
  { id: 'draft.open', scope: 'library', mod: true, code: 'KeyO', help: 'draftOpen' },
  { id: 'photo.add', scope: 'editor', mod: true, alt: true, code: 'KeyP', help: 'photoAdd' },
  { id: 'photo.gallery', scope: 'editor', mod: true, alt: true, code: 'KeyG', help: 'photoGallery' },
  { id: 'style.check', scope: 'editor', mod: true, alt: true, code: 'KeyX', help: 'styleCheck' },
  { id: 'review.submit', scope: 'editor', mod: true, code: 'Enter', label: 'Enter', help: 'reviewSubmit' },
  { id: 'export.package', scope: 'editor', mod: true, shift: true, code: 'KeyE', help: 'exportPackage' },
  { id: 'article.revisions', scope: 'editor', mod: true, alt: true, shift: true, code: 'KeyH', help: 'revisions' },
];

/** Keys the help lists that other modules handle (the editor, Find, printing). */
export const OTHER_KEYS: readonly { keys: string; help: ShortcutHelp; scope: ShortcutScope }[] = [
  { keys: 'Esc', help: 'escToToolbar', scope: 'editor' },
  { keys: '← → Home End', help: 'toolbarArrows', scope: 'editor' },
  { keys: 'Mod+P', help: 'print', scope: 'editor' },
  { keys: 'Mod+F', help: 'find', scope: 'editor' },
  { keys: 'Mod+H', help: 'replace', scope: 'editor' },
  { keys: 'Mod+B', help: 'bold', scope: 'editor' },
  { keys: 'Mod+I', help: 'italic', scope: 'editor' },
  { keys: 'Mod+U', help: 'underline', scope: 'editor' },
  { keys: 'Mod+K', help: 'link', scope: 'editor' },
  { keys: 'Mod+Alt+2', help: 'heading2', scope: 'editor' },
  { keys: 'Mod+Alt+3', help: 'heading3', scope: 'editor' },
  { keys: 'Mod+Alt+0', help: 'paragraph', scope: 'editor' },
  { keys: 'Mod+Shift+7', help: 'numbered', scope: 'editor' },
  { keys: 'Mod+Shift+8', help: 'bulleted', scope: 'editor' },
  { keys: 'Mod+Shift+9', help: 'quote', scope: 'editor' },
  { keys: 'Mod+Z', help: 'undo', scope: 'editor' },
  { keys: 'Mod+Y', help: 'redo', scope: 'editor' },
  { keys: 'Mod+F', help: 'search', scope: 'library' },
];

const keyOfCode = (s: Shortcut): string => s.label ?? s.code.replace(/^Key|^Digit/, '');

/** `Ctrl+Alt+P` (`⌘⌥P` style words on a Mac: `⌘+Alt+P`) for the reader. */
export function shortcutText(s: Pick<Shortcut, 'mod' | 'alt' | 'shift' | 'code' | 'label'>, mac = onMac()): string {
  return [s.mod ? (mac ? '⌘' : 'Ctrl') : '', s.alt ? (mac ? '⌥' : 'Alt') : '', s.shift ? 'Shift' : '', keyOfCode(s as Shortcut)]
    .filter(Boolean)
    .join('+');
}

/** `Mod+P` → `Ctrl+P` or `⌘+P`. */
export const modText = (keys: string, mac = onMac()): string => keys.replace(/Mod/g, mac ? '⌘' : 'Ctrl').replace(/Alt/g, mac ? '⌥' : 'Alt');

/** What a command's button carries: its `data-command` (the shortcut clicks it), its keys for
 * assistive technology, and a tooltip of what it does with its keys. */
export function commandProps(
  id: string,
  hint: string,
  mac = onMac(),
): { 'data-command': string; 'aria-keyshortcuts'?: string; title: string } {
  return { 'data-command': id, 'aria-keyshortcuts': ariaKeys(id, mac), title: withKeys(hint, id, mac) };
}

/** The aria-keyshortcuts value of a command's button (`Control+Alt+P`), '' when it has none. */
export function ariaKeys(id: string, mac = onMac()): string | undefined {
  const s = SHORTCUTS.find((x) => x.id === id);
  if (!s) return undefined;
  const key = s.code === 'Slash' ? '/' : keyOfCode(s);
  return [s.mod ? (mac ? 'Meta' : 'Control') : '', s.alt ? 'Alt' : '', s.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** A button's tooltip: its description and its keys. */
export function withKeys(label: string, id: string, mac = onMac()): string {
  const s = SHORTCUTS.find((x) => x.id === id);
  return s ? `${label} (${shortcutText(s, mac)})` : label;
}

/** The shortcut a keydown means, or null (never while an input method is composing). */
export function shortcutFor(event: KeyEventLike, mac = onMac()): Shortcut | null {
  if (isComposingKey(event)) return null;
  const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  const bare = !event.ctrlKey && !event.metaKey;
  for (const s of SHORTCUTS) {
    if (s.code !== event.code) continue;
    if ((s.mod ? !mod : !bare) || !!s.alt !== event.altKey || !!s.shift !== event.shiftKey) continue;
    return s;
  }
  return null;
}

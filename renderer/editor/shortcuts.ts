// Keyboard shortcuts of the article editor, as in Word and Google Docs (docs/editor.md has the
// table). Nothing fires while an input method is composing a word: Ctrl+B or Enter there would
// change the DOM under the IME and lose or double the word (editor.md, case A13). Enter on an
// empty list item and Backspace at the start of a subheading, quote or list item are editor
// rules (formatting.ts withFormatting), so they hold for every way Enter and Backspace arrive.

import type { Editor } from 'slate';
import { editorIsComposing, syncSelectionFromDom } from './dom-selection.ts';
import { type BlockFormat, type Mark, requestLinkPrompt, toggleBlock, toggleMark } from './formatting.ts';

/** The parts of a keydown event the shortcuts read (a React KeyboardEvent has them all). */
export interface KeyEventLike {
  key: string;
  code?: string;
  keyCode?: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  nativeEvent?: { isComposing?: boolean };
  defaultPrevented?: boolean;
  preventDefault(): void;
}

export type EditorCommand =
  | { kind: 'mark'; mark: Mark }
  | { kind: 'block'; format: BlockFormat }
  | { kind: 'link' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'tab' };

/** Whether the key belongs to an IME composition (Chromium: isComposing, 'Process', keyCode 229). */
export function isComposingKey(event: KeyEventLike): boolean {
  return event.nativeEvent?.isComposing === true || event.key === 'Process' || event.keyCode === 229;
}

/** The letter or digit pressed, whatever the layout and Shift (code first: Shift+7 is `&` on US keys). */
function keyName(event: KeyEventLike): string {
  const code = event.code ?? '';
  const m = /^(?:Key([A-Z])|Digit(\d)|Numpad(\d))$/.exec(code);
  if (m) return (m[1] ?? m[2] ?? m[3]).toLowerCase();
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

const MARK_KEYS: Record<string, Mark> = { b: 'bold', i: 'italic', u: 'underline' };
const ALT_BLOCKS: Record<string, BlockFormat> = { '0': 'paragraph', '2': 'heading-2', '3': 'heading-3' };
const SHIFT_BLOCKS: Record<string, BlockFormat> = { '7': 'numbered-list', '8': 'bulleted-list', '9': 'blockquote' };

/** The command a key combination means, or null (mid-composition: always null). */
export function commandFor(event: KeyEventLike, isMac: boolean): EditorCommand | null {
  if (isComposingKey(event)) return null;
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  const { shiftKey: shift, altKey: alt } = event;
  if (!mod) {
    if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !alt) return { kind: 'tab' };
    return null;
  }
  const key = keyName(event);
  if (!shift && !alt && key in MARK_KEYS) return { kind: 'mark', mark: MARK_KEYS[key] };
  if (!shift && !alt && key === 'k') return { kind: 'link' };
  if (alt && !shift && key in ALT_BLOCKS) return { kind: 'block', format: ALT_BLOCKS[key] };
  if (shift && !alt && key in SHIFT_BLOCKS) return { kind: 'block', format: SHIFT_BLOCKS[key] };
  if (!alt && key === 'z') return { kind: shift ? 'redo' : 'undo' };
  if (!alt && !shift && key === 'y' && !isMac) return { kind: 'redo' };
  return null;
}

/** Carries out a command; false when it did nothing (e.g. Ctrl+B in the headline). */
export function runCommand(editor: Editor, command: EditorCommand): boolean {
  switch (command.kind) {
    case 'mark':
      return toggleMark(editor, command.mark);
    case 'block':
      return toggleBlock(editor, command.format);
    case 'link':
      return requestLinkPrompt(editor);
    case 'undo':
      editor.undo();
      return true;
    case 'redo':
      editor.redo();
      return true;
    case 'tab':
      // No tab characters in an article, and focus must not jump to another field mid-sentence
      // (the next words would land there). Escape, then Tab, leaves the editor.
      return false;
  }
}

// Escape hands the next Tab back to the browser, so keyboard users can leave the editor.
const tabReleased = new WeakSet<Editor>();

/** Whether the keyboard is a Mac's (⌘ for Ctrl). */
export const onMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export interface KeyDownOptions {
  isMac?: boolean;
  /** Brings editor.selection up to the screen's before a command (default: from the DOM). */
  sync?: (editor: Editor) => void;
}

/** The editor's onKeyDown: shortcuts only, and never during composition. */
export function handleEditorKeyDown(
  editor: Editor,
  event: KeyEventLike,
  { isMac = onMac(), sync = syncSelectionFromDom }: KeyDownOptions = {},
): void {
  if (event.defaultPrevented || isComposingKey(event) || editorIsComposing(editor)) return;
  if (event.key === 'Escape') {
    tabReleased.add(editor);
    return;
  }
  const released = tabReleased.delete(editor);
  const command = commandFor(event, isMac);
  if (!command || (command.kind === 'tab' && released)) return;
  // Even when the command does nothing here, the browser's own Ctrl+B/I/U would change the DOM
  // behind Slate's back.
  event.preventDefault();
  if (command.kind !== 'undo' && command.kind !== 'redo') sync(editor);
  runCommand(editor, command);
}

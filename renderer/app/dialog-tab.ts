// Tab in a modal dialog goes round it, as in Word's and Google Docs' dialogs: from its last
// control to its first, and Shift+Tab the other way. Left to Chromium, Tab past the last control
// leaves the page for the browser's own UI (in the desktop app: for nothing), one key press with
// the keyboard nowhere to be seen, and a reporter thinks the dialog has lost it. The dialog's
// controls are tabbable's (the browser's own rules: visible, enabled, tabindex ≥ 0), in order.

import { tabbable } from 'tabbable';

/** The open modal dialog on top, if any (the last opened is the last in the top layer's order). */
const topModal = (doc: Document): HTMLDialogElement | null =>
  [...doc.querySelectorAll<HTMLDialogElement>('dialog[open]')].filter((d) => d.matches(':modal')).at(-1) ?? null;

/** Moves Tab round the open modal dialog's ends; returns whether it took the key. */
export function wrapTabInDialog(e: KeyboardEvent, doc: Document = document): boolean {
  if (e.key !== 'Tab' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return false;
  const dialog = topModal(doc);
  if (!dialog) return false;
  const controls = tabbable(dialog);
  if (!controls.length) return false;
  const first = controls[0] as HTMLElement;
  const last = controls[controls.length - 1] as HTMLElement;
  const at = doc.activeElement;
  const inside = at instanceof Element && dialog.contains(at) && at !== dialog;
  let next: HTMLElement | null = null;
  if (!inside) next = e.shiftKey ? last : first;
  else if (!e.shiftKey && at === last) next = first;
  else if (e.shiftKey && at === first) next = last;
  if (!next) return false;
  e.preventDefault();
  next.focus();
  return true;
}

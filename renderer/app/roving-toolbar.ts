// A toolbar per WAI-ARIA (https://www.w3.org/WAI/ARIA/apg/patterns/toolbar/): one Tab stop for
// the whole bar, the arrow keys move between its controls, Home and End go to the ends. The
// controls are whatever enabled buttons the bar holds at the moment (components add and remove
// theirs freely); the hook keeps exactly one of them at tabindex 0, the one last used. Controls
// inside a dialog or popup opened from the bar are not part of it.

import { useEffect, type RefObject } from 'react';

const CONTROL = 'button, a[href], select, input:not([type="hidden"])';

/** The bar's controls in visual order (the DOM's, which the layout follows). */
export function toolbarControls(bar: HTMLElement): HTMLElement[] {
  return [...bar.querySelectorAll<HTMLElement>(CONTROL)].filter(
    (el) =>
      el.closest('[role="toolbar"]') === bar &&
      !el.closest('dialog, [role="dialog"], [data-toolbar-skip]') &&
      !(el as HTMLButtonElement).disabled &&
      !el.hidden &&
      !el.closest('[hidden]'),
  );
}

/** Makes `current` the bar's one Tab stop. */
function setCurrent(bar: HTMLElement, controls: HTMLElement[], current: HTMLElement): void {
  for (const el of controls) {
    const want = el === current ? '0' : '-1';
    if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
  }
  bar.dataset.rovingReady = 'true';
}

/** Keeps one Tab stop after any change of the bar's controls (the last used one if still there). */
function sync(bar: HTMLElement): void {
  const controls = toolbarControls(bar);
  if (!controls.length) return;
  const current = controls.find((el) => el.getAttribute('tabindex') === '0') ?? controls[0];
  setCurrent(bar, controls, current);
}

/** Arrow, Home and End keys over the bar; returns whether the key was the bar's. */
export function moveInToolbar(bar: HTMLElement, key: string, from: Element | null): boolean {
  const controls = toolbarControls(bar);
  if (!controls.length) return false;
  const at = controls.findIndex((el) => el === from || el.contains(from));
  let next: number;
  if (key === 'ArrowRight') next = at < 0 ? 0 : (at + 1) % controls.length;
  else if (key === 'ArrowLeft') next = at < 0 ? controls.length - 1 : (at - 1 + controls.length) % controls.length;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = controls.length - 1;
  else return false;
  setCurrent(bar, controls, controls[next]);
  controls[next].focus();
  return true;
}

/** Installs the roving Tab stop and the arrow keys on a `role="toolbar"` element. */
export function useRovingToolbar(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    sync(bar);
    const observer = new MutationObserver(() => sync(bar));
    observer.observe(bar, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.target instanceof Element ? e.target : null;
      // Keys typed in a field of a popup opened from the bar (the link dialog…) are that field's.
      if (!target || target.closest('dialog, [role="dialog"], [data-toolbar-skip], input, select, textarea')) return;
      if (moveInToolbar(bar, e.key, target)) e.preventDefault();
    };
    const onFocus = (e: FocusEvent): void => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const controls = toolbarControls(bar);
      if (target && controls.includes(target)) setCurrent(bar, controls, target);
    };
    bar.addEventListener('keydown', onKey);
    bar.addEventListener('focusin', onFocus);
    return () => {
      observer.disconnect();
      bar.removeEventListener('keydown', onKey);
      bar.removeEventListener('focusin', onFocus);
    };
  }, [ref]);
}

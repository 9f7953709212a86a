// The window's keyboard regions, as in Google Docs and VS Code: F6 and Shift+F6 go round the
// regions present on the screen (masthead, toolbar, text, details panel, status bar on an
// article; masthead and the screen elsewhere), landing where the reporter last was in that
// region, else on its first control. A region is any element marked `data-region="<name>"`, in
// the order of REGION_ORDER (the status bar sits inside the page, before the details panel, but
// is visited last, as the bottom of the window). While a modal dialog is open the regions behind
// it are inert, so F6 does nothing there.

/** The focusable controls of a region, in the page's order (tabbable ones: no tabindex -1 except the roving toolbar's). */
const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), summary, [contenteditable="true"], [tabindex]';

const lastUsed = new WeakMap<Element, HTMLElement>();

function visible(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.hidden || el.closest('[hidden], [inert]')) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** The order F6 visits the regions in. */
export const REGION_ORDER = ['masthead', 'toolbar', 'text', 'details', 'status', 'screen'] as const;
const rank = (r: HTMLElement): number => {
  const i = (REGION_ORDER as readonly string[]).indexOf(r.dataset.region ?? '');
  return i < 0 ? REGION_ORDER.length : i;
};

/** The regions on screen, in F6's order. */
export function regions(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-region]')]
    .filter((r) => visible(r) && !r.parentElement?.closest('[data-region]'))
    .sort((a, b) => rank(a) - rank(b));
}

export const regionOf = (el: Element | null): HTMLElement | null => el?.closest<HTMLElement>('[data-region]') ?? null;

const usable = (el: HTMLElement, region: HTMLElement): boolean =>
  el.isConnected && region.contains(el) && visible(el) && !(el as HTMLButtonElement).disabled && !el.closest('dialog, [role="dialog"]');

/** Where focus lands in a region: the control last used there, else the roving toolbar's current one, else the first. */
export function landingOf(region: HTMLElement): HTMLElement | null {
  const last = lastUsed.get(region);
  if (last && usable(last, region)) return last;
  if (region.matches('[contenteditable="true"]')) return region;
  const candidates = [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => usable(el, region) && el.tabIndex >= 0);
  // A roving toolbar (roving-toolbar.ts) has one control with tabindex 0: its current one.
  return candidates[0] ?? null;
}

/** Focuses a region (its landing control); false when it has none. */
export function focusRegion(region: HTMLElement): boolean {
  const target = landingOf(region);
  if (!target) return false;
  target.focus();
  return document.activeElement === target || target.contains(document.activeElement);
}

/** The region named `name` on screen. */
export const regionNamed = (name: string): HTMLElement | null => regions().find((r) => r.dataset.region === name) ?? null;

/** Moves to the next (or previous) region that has a control to land on. */
export function cycleRegions(step: 1 | -1): boolean {
  const list = regions();
  if (!list.length) return false;
  const here = regionOf(document.activeElement);
  const at = here ? list.indexOf(here) : -1;
  for (let i = 1; i <= list.length; i++) {
    const index = at < 0 ? (step === 1 ? i - 1 : list.length - i) : (at + step * i + list.length * i) % list.length;
    if (focusRegion(list[index])) return true;
  }
  return false;
}

/** Remembers, per region, the control the reporter was last in (installed once by the app). */
export function trackLastUsed(doc: Document = document): () => void {
  const onFocus = (e: FocusEvent): void => {
    const target = e.target instanceof HTMLElement ? e.target : null;
    const region = regionOf(target);
    if (!target || !region || target.closest('dialog, [role="dialog"]')) return;
    // In the text, the editable itself is what to come back to (the caret stays where it was).
    lastUsed.set(region, target.closest<HTMLElement>('[contenteditable="true"]') ?? target);
  };
  doc.addEventListener('focusin', onFocus);
  return () => doc.removeEventListener('focusin', onFocus);
}

/** Whether a modal dialog is open (the page behind it is inert: no region moves). */
export const modalOpen = (doc: Document = document): boolean => doc.querySelector('dialog[open]:modal') !== null;

// The keyboard as a person walks it, shared by the keyboard-only journeys: where the keyboard is
// (region and control), Tab or Shift+Tab pressed until a control has it (at most so many times,
// the path reported when it never gets there), that every stop shows where it is, and a new
// article typed from its headline down.

import type { Locator, Page } from '@playwright/test';
import { articleText, expect } from './fixtures.ts';

/** Where the keyboard is: the region and the control's test id, label or text. */
export const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const region = el.closest('[data-region]')?.getAttribute('data-region') ?? (el.closest('dialog') ? 'dialog' : '-');
    const name = el.dataset.testid ?? el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '';
    return `${region}:${name.trim().slice(0, 40)}`;
  });

/**
 * Why the focused control does not show the keyboard is there, or '' when it does: the page has
 * the focus, `:focus-visible` applies, an outline or a shadow is drawn, and it is in the window.
 * The article's text shows its caret instead of a ring.
 */
export const focusProblem = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return 'the keyboard is nowhere (body)';
    const what = `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}”`;
    if (!document.hasFocus()) return `${what}: the page does not have the focus`;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return `${what}: has no size`;
    if (box.bottom <= 0 || box.top >= window.innerHeight || box.right <= 0 || box.left >= window.innerWidth)
      return `${what}: out of the window`;
    if (el.isContentEditable) return '';
    if (!el.matches(':focus-visible')) return `${what}: no :focus-visible`;
    const s = getComputedStyle(el);
    const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
    if (!ring && s.boxShadow === 'none') return `${what}: no focus ring`;
    return '';
  });

/**
 * Presses `key` until `target` has the keyboard (as a person tabs along), at most `max` times;
 * every control passed on the way must show its focus. Returns the number of presses.
 */
export async function pressUntil(page: Page, key: string, target: Locator, max: number): Promise<number> {
  const path: string[] = [];
  for (let n = 0; n <= max; n++) {
    if (await target.evaluate((el) => el === document.activeElement)) return n;
    if (n === max) break;
    await page.keyboard.press(key);
    const where = await focused(page);
    const problem = await focusProblem(page);
    if (problem) throw new Error(`${key} ×${n + 1} → ${where}: ${problem} (path: ${path.join(' → ')})`);
    path.push(where);
  }
  throw new Error(`${key} ×${max} never reached ${target.toString()}: ${path.join(' → ')}`);
}

/** A new article's first words, as the reporter types them. */
export interface FirstWords {
  headline: string;
  /** After the prefilled `BHG - `. */
  sapo: string;
  body: string;
}

/**
 * In the article just opened (the caret in its headline): the headline, Enter, the sapo, Enter,
 * the first paragraph, typed without a pause. Returns the article's id once the address names it.
 */
export async function typeNewArticle(page: Page, words: FirstWords): Promise<string> {
  await expect(articleText(page)).toBeFocused();
  await page.keyboard.type(words.headline);
  await page.keyboard.press('Enter');
  await page.keyboard.type(words.sapo);
  await page.keyboard.press('Enter');
  await page.keyboard.type(words.body);
  await expect(page).toHaveURL(/#\/article\/a-/);
  return /#\/article\/(a-[0-9a-z-]+)/.exec(page.url())?.[1] ?? '';
}

// Undo in a plain text field as a reporter meets it (renderer/fields): a name typed with UniKey
// (Backspace bursts) and words composed by an IME, then Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y. After
// every key the field shows a whole word's worth of change, never a form an input method passes
// through (`Phươ`, `Phuo`, `Nguyên`, `Nguye`).

import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { backspaceBursts, cdpFor, composeWord, seeded, sendBursts, type Burst } from './ime.ts';

const space: Burst = [{ kind: 'key', char: ' ' }];

/** UniKey (Telex) for words separated by spaces. */
const uniKey = (words: string[]): Burst[] => words.flatMap((w, i) => [...(i > 0 ? [space] : []), ...backspaceBursts(w, 'telex')]);

/**
 * Clicks `field`, goes to its end and runs the case; returns what the field holds at the end
 * (its start + `Nguyễn tiếng Việt`), for the caller to find in the saved article.
 */
export async function undoCase(page: Page, field: Locator): Promise<string> {
  await field.click();
  await page.keyboard.press('End');
  const start = await field.inputValue();
  const cdp = await cdpFor(page);
  const random = seeded(17);
  await sendBursts(cdp, uniKey(['Nguyễn', 'Thị', 'Phương']), { gapMs: [0, 5], random });
  await expect(field).toHaveValue(`${start}Nguyễn Thị Phương`);
  for (const back of ['Nguyễn Thị ', 'Nguyễn ']) {
    await page.keyboard.press('Control+z');
    await expect(field).toHaveValue(start + back);
  }
  // Composed words (macOS Telex, ibus pre-edit) count once each, when committed.
  await composeWord(cdp, 'tiếng');
  await sendBursts(cdp, [space]);
  await composeWord(cdp, 'Việt');
  await expect(field).toHaveValue(`${start}Nguyễn tiếng Việt`);
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(`${start}Nguyễn tiếng `);
  await page.keyboard.press('Control+Shift+z');
  await expect(field).toHaveValue(`${start}Nguyễn tiếng Việt`);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(`${start}Nguyễn `);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(field).toHaveValue(`${start}Nguyễn tiếng Việt`);
  await cdp.detach();
  return `${start}Nguyễn tiếng Việt`;
}

// Sizes as the desk's screens and the CLI show them: `130 MB`, `1,2 MB` in Vietnamese (decimal
// comma), `1.2 MB` in English.

import type { Language } from '../settings.ts';

/** A byte count in B, kB, MB or GB, one decimal below ten. */
export function formatSize(bytes: number, language: Language): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  const text = value.toFixed(digits);
  return `${language === 'vi' ? text.replace('.', ',') : text} ${units[unit]}`;
}

// Small text helpers the style rules share.

/** Spans of links and e-mail addresses, which punctuation and spacing rules leave alone. */
export function linkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s“”"<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export const inSpans = (spans: Array<[number, number]>, i: number): boolean => spans.some(([s, e]) => i >= s && i < e);

/** Words (letters and their marks) with their offsets. */
export function* words(text: string): Generator<{ word: string; start: number; end: number }> {
  const re = /[\p{L}\p{M}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) yield { word: m[0], start: m.index, end: m.index + m[0].length };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-07-01` → `1/7/2025` (for Vietnamese sentences) and `1 July 2025` (for English ones). */
export function dateParams(iso: string): { date: string; dateEn: string } {
  const [y, m, d] = iso.split('-').map(Number);
  return { date: `${d}/${m}/${y}`, dateEn: `${d} ${MONTHS_EN[m - 1] ?? m} ${y}` };
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

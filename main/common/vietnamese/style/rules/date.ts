// Dates in the house's form: `23/3/2021` (slash) or `23.3.2021` (dot). Full dates are checked
// everywhere; a day and month without a year (`31.12`) only after a word that announces a date
// (`ngày`, `sáng`, `hôm`…), since `1.5` alone may be something else. The two have their own
// settings: Báo Hà Giang prints `ngày 01/11/2023` but `Sáng 31.12`.

import type { RawFinding, StyleRule } from '../types.ts';

const FULL = /(?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\p{N})(?![./-]\p{N})/gu;
const SHORT =
  /(?<![\p{L}])((?:ngày|sáng|chiều|tối|trưa|đêm|hôm|rạng sáng|từ|đến|tới)\s+)(\d{1,2})([./])(\d{1,2})(?!\p{N})(?![./-]\p{N})/giu;

const isDate = (d: string, m: string): boolean => +d >= 1 && +d <= 31 && +m >= 1 && +m <= 12;

export const dateRule: StyleRule<'date-format'> = {
  id: 'date-format',
  severity: 'warning',
  check(blocks, settings) {
    const sep = settings.style === 'dot' ? '.' : '/';
    const shortSep = settings.shortStyle === 'dot' ? '.' : '/';
    const out: RawFinding[] = [];
    blocks.forEach((block, index) => {
      const text = block.text;
      for (const m of text.matchAll(FULL)) {
        const [found, d, s, mo, y] = m;
        if (s === sep || !isDate(d, mo)) continue;
        const expected = [d, mo, y].join(sep);
        out.push({
          block: index,
          start: m.index,
          end: m.index + found.length,
          message: { key: `style.date.${settings.style}`, params: { found, expected } },
          fix: { replacement: expected },
        });
      }
      for (const m of text.matchAll(SHORT)) {
        const [, cue, d, s, mo] = m;
        if (s === shortSep || !isDate(d, mo)) continue;
        const start = m.index + cue.length;
        const found = `${d}${s}${mo}`;
        const expected = `${d}${shortSep}${mo}`;
        out.push({
          block: index,
          start,
          end: start + found.length,
          message: { key: `style.date.${settings.shortStyle}`, params: { found, expected } },
          fix: { replacement: expected },
        });
      }
    });
    return out.sort((a, b) => a.block - b.block || a.start - b.start);
  },
};

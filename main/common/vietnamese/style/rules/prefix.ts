// The sapo opens with the paper's prefix in one form: `BHG - ` (not `BHG-`, `BHG –`, `BHG:`).

import type { StyleRule } from '../types.ts';
import { escapeRegExp } from '../text.ts';

export const prefixRule: StyleRule<'prefix'> = {
  id: 'prefix',
  severity: 'error',
  check(blocks, settings) {
    const prefix = settings.prefix.trim();
    const index = blocks.findIndex((b) => b.kind === 'sapo');
    if (!prefix || index < 0) return [];
    const text = blocks[index].text;
    if (!text.trim()) return [];
    const expected = `${prefix} - `;
    if (text.startsWith(expected)) return [];
    // The prefix in any case, then any dash, colon or spacing: all of it is the prefix's form.
    const m = new RegExp(`^\\s*${escapeRegExp(prefix)}(?![\\p{L}\\p{N}])[\\s\\-‐‑‒–—―−:]*`, 'iu').exec(text);
    if (m) {
      return [
        {
          block: index,
          start: 0,
          end: m[0].length,
          message: { key: 'style.prefix.form', params: { expected: expected.trim(), found: m[0].trim() } },
          fix: { replacement: expected },
        },
      ];
    }
    return [
      {
        block: index,
        start: 0,
        end: 0,
        severity: 'warning',
        message: { key: 'style.prefix.missing', params: { expected: expected.trim() } },
        fix: { replacement: expected },
      },
    ];
  },
};

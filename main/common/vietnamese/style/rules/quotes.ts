// Quotations in the house's marks, every one closed. In a curly house (`“ ”`) a straight `"`
// becomes `“` where a quotation opens (start, after a space or bracket) and `”` elsewhere; in a
// straight house `“` and `”` become `"`. The balance check counts each mark as what it opens or
// closes. Nested quotes in the same marks are fine (`“… “bốn tốt” …”`).

import type { RawFinding, StyleRule } from '../types.ts';
import { inSpans, linkSpans } from '../text.ts';

const OPENS_AFTER = /[\s([{“‘–—-]/;

export const quotesRule: StyleRule<'quotes'> = {
  id: 'quotes',
  severity: 'error',
  check(blocks, settings) {
    const straightHouse = settings.style === 'straight';
    const out: RawFinding[] = [];
    blocks.forEach((block, index) => {
      const text = block.text;
      const links = text.includes('"') ? linkSpans(text) : [];
      const open: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        let kind: 'open' | 'close' | null = c === '“' ? 'open' : c === '”' ? 'close' : null;
        if (c === '"' && !inSpans(links, i)) {
          kind = i === 0 || OPENS_AFTER.test(text[i - 1]) ? 'open' : 'close';
          const replacement = kind === 'open' ? '“' : '”';
          if (!straightHouse)
            out.push({
              block: index,
              start: i,
              end: i + 1,
              severity: 'warning',
              message: { key: 'style.quotes.straight', params: { expected: replacement } },
              fix: { replacement },
            });
        } else if (kind && straightHouse) {
          out.push({
            block: index,
            start: i,
            end: i + 1,
            severity: 'warning',
            message: { key: 'style.quotes.curly', params: { expected: '"' } },
            fix: { replacement: '"' },
          });
        }
        if (kind === 'open') open.push(i);
        else if (kind === 'close') {
          if (open.length) open.pop();
          else out.push({ block: index, start: i, end: i + 1, message: { key: 'style.quotes.unopened' } });
        }
      }
      for (const i of open) out.push({ block: index, start: i, end: i + 1, message: { key: 'style.quotes.unclosed' } });
    });
    return out.sort((a, b) => a.block - b.block || a.start - b.start);
  },
};

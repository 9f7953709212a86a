// An abbreviation is spelled out where the reader first meets it: `Ủy ban nhân dân (UBND)`.
// Headlines and bylines are exempt; well-known ones (`known` in abbreviations.txt, or the
// house's own list) need no spelling out. Document codes (`229-KH/HU`) are not abbreviations
// in running text.

import { foldVietnamese } from '../../../text/fold.ts';
import type { RawFinding, StyleRule } from '../types.ts';
import { escapeRegExp } from '../text.ts';

const EXEMPT = new Set(['headline', 'byline']);
const LOOK_AHEAD = 80;

export const abbreviationRule: StyleRule<'abbreviation-first-use'> = {
  id: 'abbreviation-first-use',
  severity: 'warning',
  check(blocks, settings, resources) {
    const wellKnown = new Set(settings.wellKnown);
    const list = resources.abbreviations.filter((a) => a.expansion && !a.wellKnown && !wellKnown.has(a.abbr));
    if (!list.length) return [];
    const byAbbr = new Map(list.map((a) => [a.abbr, a]));
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...byAbbr.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    let foldedBefore = '';
    blocks.forEach((block, index) => {
      const text = block.text;
      if (EXEMPT.has(block.kind)) return;
      for (const m of text.matchAll(pattern)) {
        const abbr = m[0];
        if (seen.has(abbr)) continue;
        // A code inside a document number: `229-KH/HU`, `01/NQ-TU`.
        const chunkStart = text.lastIndexOf(' ', m.index) + 1;
        const chunkEnd = text.indexOf(' ', m.index);
        const before = text.slice(chunkStart, m.index);
        const after = text.slice(m.index + abbr.length, chunkEnd < 0 ? text.length : chunkEnd);
        if (/[\d/]/.test(before + after) || before.endsWith('-') || after.startsWith('-')) continue;
        seen.add(abbr);
        const entry = byAbbr.get(abbr)!;
        const expansion = foldVietnamese(entry.expansion);
        const context = foldedBefore + foldVietnamese(text.slice(0, m.index + abbr.length + LOOK_AHEAD));
        if (context.includes(expansion)) continue;
        out.push({
          block: index,
          start: m.index,
          end: m.index + abbr.length,
          message: { key: 'style.abbreviation.firstUse', params: { abbr, expansion: entry.expansion } },
          fix: { replacement: `${entry.expansion} (${abbr})` },
        });
      }
      foldedBefore += foldVietnamese(text) + '\n';
    });
    return out;
  },
};

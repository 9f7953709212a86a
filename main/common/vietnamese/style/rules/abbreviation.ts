// An abbreviation is spelled out where the reader first meets it: `Ủy ban nhân dân (UBND)`.
// Headlines and bylines are exempt; well-known ones (`known` in abbreviations.txt, or the
// house's own list) need no spelling out. Document codes (`229-KH/HU`) are not abbreviations
// in running text.

import { foldVietnamese } from '../../../text/fold.ts';
import type { RawFinding, StyleRule } from '../types.ts';
import { escapeRegExp } from '../text.ts';

const EXEMPT = new Set(['headline', 'byline']);
const LOOK_AHEAD = 80;
const CODE_REACH = 64;

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
    // The blocks before, folded only once an abbreviation asks (a text without any costs nothing).
    const before: string[] = [];
    let foldedBefore = '';
    const spelledBefore = (expansion: string): boolean => {
      if (before.length) foldedBefore += before.splice(0).map((t) => foldVietnamese(t) + '\n').join('');
      return foldedBefore.includes(expansion);
    };
    blocks.forEach((block, index) => {
      const text = block.text;
      if (EXEMPT.has(block.kind)) return;
      // The block folded up to where the last check looked, grown as the matches move on: each
      // character is folded once, whatever the number of abbreviations (linear on any text).
      let foldedTo = 0;
      let foldedHere = '';
      for (const m of text.matchAll(pattern)) {
        const abbr = m[0];
        if (seen.has(abbr)) continue;
        // A code inside a document number: `229-KH/HU`, `01/NQ-TU`. Looked for within CODE_REACH
        // characters on each side, so a long token without spaces is not read again for each match.
        const end = m.index + abbr.length;
        const near = text.slice(Math.max(0, m.index - CODE_REACH), m.index);
        const before = near.slice(near.lastIndexOf(' ') + 1);
        const ahead = text.slice(end, end + CODE_REACH);
        const after = ahead.includes(' ') ? ahead.slice(0, ahead.indexOf(' ')) : ahead;
        if (/[\d/]/.test(before + after) || before.endsWith('-') || after.startsWith('-')) continue;
        seen.add(abbr);
        const entry = byAbbr.get(abbr)!;
        const expansion = foldVietnamese(entry.expansion);
        const lookTo = Math.min(text.length, end + LOOK_AHEAD);
        if (lookTo > foldedTo) {
          foldedHere += foldVietnamese(text.slice(foldedTo, lookTo));
          foldedTo = lookTo;
        }
        if (foldedHere.includes(expansion) || spelledBefore(expansion)) continue;
        out.push({
          block: index,
          start: m.index,
          end: m.index + abbr.length,
          message: { key: 'style.abbreviation.firstUse', params: { abbr, expansion: entry.expansion } },
          fix: { replacement: `${entry.expansion} (${abbr})` },
        });
      }
      before.push(text);
    });
    return out;
  },
};

// Spaces around punctuation as Vietnamese print sets them: none before `, . ; : ! ? % ) ”`, one
// after `, ; :` and after a full stop between sentences, none inside brackets and quotes, never
// two in a row. Numbers (`96,7%`, `4.000`, `17:43`), abbreviations (`TP.HCM`) and links are left alone.

import type { RawFinding, StyleRule } from '../types.ts';
import { inSpans, linkSpans } from '../text.ts';
import type { Catalogs } from '../../../i18n/index.ts';

// Starts only where a run of spaces starts, so a long run read once (linear on any text).
const SPACE_BEFORE = /(?<![ \t\u00a0])[ \t\u00a0]+(?=[,.;:!?%)\]”…])/g;
const NO_SPACE_AFTER = /[,;:!?](?=[\p{L}“(])/gu;
const NO_SPACE_AFTER_STOP = /(?<=\p{Ll})\.(?=\p{Lu})/gu;
const DOUBLE = /(?<=\S)[ \u00a0]{2,}(?=\S)/g;
const SPACE_INSIDE = /(?<=[“([])[ \u00a0]+(?=\S)/g;

const LETTER = /\p{L}/u;

/** The letters just before an offset (`Tp` in `Tp.HCM`), read backwards: no copy of the text before. */
function letterRunBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && LETTER.test(text[start - 1])) start--;
  return text.slice(start, at);
}

export const spacingRule: StyleRule<'spacing'> = {
  id: 'spacing',
  severity: 'warning',
  check(blocks, _settings, resources) {
    const abbreviations = new Set(resources.abbreviations.map((a) => a.abbr.split('.')[0]));
    const out: RawFinding[] = [];
    blocks.forEach((block, index) => {
      const text = block.text;
      const links = linkSpans(text);
      const push = (start: number, end: number, key: keyof Catalogs['language']['style']['spacing'], replacement: string, mark: string) => {
        if (!inSpans(links, start) && !inSpans(links, Math.max(start, end - 1))) {
          out.push({ block: index, start, end, message: { key: `style.spacing.${key}`, params: { mark } }, fix: { replacement } });
        }
      };
      for (const m of text.matchAll(SPACE_BEFORE)) {
        if (m.index === 0) continue;
        push(m.index, m.index + m[0].length, 'before', '', text[m.index + m[0].length]);
      }
      for (const m of text.matchAll(NO_SPACE_AFTER)) push(m.index, m.index + 1, 'after', m[0] + ' ', m[0]);
      for (const m of text.matchAll(NO_SPACE_AFTER_STOP)) {
        // `Tp.HCM`, `Th.S`: the word before the stop is an abbreviation, not a sentence's end.
        const before = letterRunBefore(text, m.index);
        if (before.length < 2 || abbreviations.has(before) || (before.length <= 3 && /^\p{Lu}/u.test(before))) continue;
        push(m.index, m.index + 1, 'after', '. ', '.');
      }
      for (const m of text.matchAll(DOUBLE)) push(m.index, m.index + m[0].length, 'double', ' ', ' ');
      for (const m of text.matchAll(SPACE_INSIDE)) push(m.index, m.index + m[0].length, 'inside', '', text[m.index - 1]);
    });
    return out.sort((a, b) => a.block - b.block || a.start - b.start);
  },
};

// An abbreviation is spelled out where the reader first meets it: `Ủy ban nhân dân (UBND)`.
// Headlines and bylines are exempt; well-known ones (`known` in abbreviations.txt, or the
// house's own list) need no spelling out. Document codes (`229-KH/HU`) are not abbreviations
// in running text, and one inside a proper name is part of the name, not its first use: `Văn
// phòng HĐND - UBND huyện`, `Trường THCS Xuân Giang`, `BTV Huyện ủy`, `UBND huyện Vị Xuyên`.

import { foldVietnamese } from '../../../text/fold.ts';
import type { RawFinding, StyleRule } from '../types.ts';
import { escapeRegExp } from '../text.ts';

const EXEMPT = new Set(['headline', 'byline']);
const LOOK_AHEAD = 80;
const CODE_REACH = 64;

/** Words that make an abbreviation before them the name of one body: `UBND tỉnh`, `HĐND huyện`. */
const LEVELS = new Set(['tỉnh', 'huyện', 'xã', 'thị trấn', 'thị xã', 'thành phố', 'phường', 'quận', 'thôn']);
// A list of bodies names each one (`Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh`): a comma joins too.
const WORD_BEFORE = /(?<!\p{L})(\p{L}+)(\s+-\s+|,?\s+)$/u;
const WORD_AFTER = /^(\s+-\s+|\s+)(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/u;
const isCapital = (w: string): boolean => w[0] !== w[0].toLowerCase();
const isAbbreviation = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
const NAME_REACH = 4;
const WINDOW = 40;

/** Whether the word at [start, end) opens a sentence (nothing before it but a stop and spaces). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  // After a stop, or after the sapo's prefix (`BHG - Hôm qua`).
  return before === '' || /[.!?:…]["”’)]*$/u.test(before) || /^\p{Lu}+ -$/u.test(before);
}

/** A name begun with a capital a few words before `start` (`Chi bộ Văn phòng HĐND`), through a
 * list of bodies (`Tỉnh ủy, HĐND, UBND`); the capital must not be the sentence's first word. */
function nameBefore(text: string, start: number): boolean {
  let at = start;
  for (let n = 0; n < NAME_REACH; n++) {
    // A bounded window: the pattern is anchored at its end, and a word is short.
    const from = Math.max(0, at - WINDOW);
    const m = WORD_BEFORE.exec(text.slice(from, at));
    if (!m) return false;
    at = from + m.index;
    const word = m[1];
    // Another abbreviation of the chain (`HĐND - UBND`, `HĐND, UBND`): look on before it.
    if (isAbbreviation(word)) continue;
    if (isCapital(word)) return !opensSentence(text, at);
  }
  return false;
}

/** The name going on after `end`: a capital within three words (`THCS Xuân Giang`, `HTX chè Phìn
 * Hồ`, `BTV Huyện ủy`), a level (`UBND huyện`, `UBND tỉnh`), or another abbreviation of the chain. */
function nameAfter(text: string, end: number): boolean {
  const after = WORD_AFTER.exec(text.slice(end, end + 3 * WINDOW));
  if (!after) return false;
  const [, gap, next, third, fourth] = after;
  if (isAbbreviation(next)) return gap.includes('-') && nameAfter(text, end + gap.length + next.length);
  if (gap.trim() !== '') return false;
  if (isCapital(next) || (third !== undefined && isCapital(third)) || (fourth !== undefined && isCapital(fourth))) return true;
  return LEVELS.has(next) || (third !== undefined && LEVELS.has(`${next} ${third}`));
}

/** Whether the abbreviation at [start, end) is part of a proper name (`Văn phòng HĐND - UBND huyện`). */
const inProperName = (text: string, start: number, end: number): boolean => nameBefore(text, start) || nameAfter(text, end);

export const abbreviationRule: StyleRule<'abbreviation-first-use'> = {
  id: 'abbreviation-first-use',
  severity: 'warning',
  check(blocks, settings, resources) {
    const wellKnown = new Set(settings.wellKnown);
    const list = resources.abbreviations.filter((a) => a.expansion && !a.wellKnown && !wellKnown.has(a.abbr));
    if (!list.length) return [];
    const byAbbr = new Map(list.map((a) => [a.abbr, a]));
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...byAbbr.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    // The blocks before, folded only once an abbreviation asks (a text without any costs nothing).
    const before: string[] = [];
    let foldedBefore = '';
    const spelledBefore = (expansion: string): boolean => {
      if (before.length)
        foldedBefore += before
          .splice(0)
          .map((t) => foldVietnamese(t) + '\n')
          .join('');
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
        if (inProperName(text, m.index, m.index + abbr.length)) continue;
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

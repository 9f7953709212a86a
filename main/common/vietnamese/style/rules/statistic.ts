// A figure with no source: a heuristic warning, because Decree 119/2020 fines unattributed
// official information. A sentence with a statistic (a percentage, a decimal, a large number,
// an amount in tỷ/triệu/tấn/ha…) and none of the attribution words (`theo`, `cho biết`,
// `thống kê`…) is flagged, unless the figure is inside a quotation, which has its speaker.

import type { RawFinding, StyleRule, TextBlock } from '../types.ts';
import { escapeRegExp } from '../text.ts';

const CHECKED = new Set<TextBlock['kind']>(['sapo', 'paragraph']);

const STATISTIC = new RegExp(
  [
    // Only where the number starts (not after a digit or `1,`): a long run of digits is read once.
    String.raw`(?<!\d[.,]?)\d+(?:[.,]\d+)*\s?%`,
    String.raw`(?<![\d./-])\d+,\d+(?![\d./-])`,
    String.raw`(?<![\d./-])\d{1,3}(?:\.\d{3})+(?![\d./-])`,
    String.raw`(?<![\d./-])\d+(?:[.,]\d+)?\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|tấn|ha|hécta|héc-ta|USD|đồng)(?![\p{L}])`,
    String.raw`phần trăm`,
  ].join('|'),
  'gu',
);
// Phrases that contain a cue word but attribute nothing.
const FALSE_CUES = /(?<![\p{L}])(?:theo dõi|tiếp theo|làm theo|theo đó|kèm theo|đi theo)(?![\p{L}])/giu;

/** Sentences of a block as [start, end) offsets. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    const next = text[i + 1];
    // A sentence ends at a stop followed by a space or the end; `4.000` is a number.
    if (next !== undefined && next !== ' ' && next !== '\n' && next !== '”') continue;
    let end = i + 1;
    while (text[end] === '”') end++;
    out.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (text.slice(start).trim()) out.push([start, text.length]);
  return out;
}

/**
 * How many quotations are open at an offset, for offsets asked in increasing order: one pass over
 * the text for the whole block (a count from the start for each figure was quadratic).
 */
function quoteDepths(text: string): (at: number) => number {
  let i = 0;
  let depth = 0;
  return (at) => {
    for (; i < at; i++) {
      if (text[i] === '“') depth++;
      else if (text[i] === '”') depth = Math.max(0, depth - 1);
    }
    return depth;
  };
}

export const statisticRule: StyleRule<'unattributed-statistic'> = {
  id: 'unattributed-statistic',
  severity: 'warning',
  check(blocks, settings) {
    if (!settings.cues.length) return [];
    const cues = new RegExp(`(?<![\\p{L}])(?:${settings.cues.map((c) => escapeRegExp(c.normalize('NFC'))).join('|')})(?![\\p{L}])`, 'iu');
    const out: RawFinding[] = [];
    blocks.forEach((block, index) => {
      if (!CHECKED.has(block.kind)) return;
      const text = block.text;
      const quoteDepth = quoteDepths(text);
      for (const [from, to] of sentences(text)) {
        const sentence = text.slice(from, to);
        // The first figure said in the paper's own voice; inside a quotation the speaker is the source.
        const figure = [...sentence.matchAll(STATISTIC)].find((m) => quoteDepth(from + m.index) === 0);
        if (!figure) continue;
        if (cues.test(sentence.replace(FALSE_CUES, (m) => ' '.repeat(m.length)))) continue;
        const start = from + figure.index;
        out.push({ block: index, start, end: start + figure[0].length, message: { key: 'style.statistic.unattributed', params: { figure: figure[0] } } });
      }
    });
    return out;
  },
};

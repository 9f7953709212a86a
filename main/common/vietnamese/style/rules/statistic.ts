// A figure with no source: a heuristic warning, because Decree 119/2020 fines unattributed
// official information. A sentence with a statistic (a percentage, a decimal, a large number,
// an amount in tỷ/triệu/tấn/ha…) is flagged unless its source is named in it or in the sentence
// before (across a paragraph break too): an attribution word (`theo`, `cho biết`, `thống kê`…,
// which covers the rest of its paragraph as well), a body (`Sở Y tế`, `Chi bộ thôn…`, `UBND
// huyện`; in lower case when it acts: `đồn đã tổ chức`) or a person (`anh Hùng`, `Thiếu tá Hầu A Lềnh`). So `Theo Sở Y tế, … . Trong đó,
// 12,5% …` is attributed. A sentence right after that points back to the figures and names
// their source (`Các số liệu trên được nêu trong báo cáo…`) covers them too. A figure inside a
// quotation has its speaker.

import type { RawFinding, StyleRule, TextBlock } from '../types.ts';
import type { Abbreviation } from '../../lists.ts';
import { escapeRegExp } from '../text.ts';

const CHECKED = new Set<TextBlock['kind']>(['sapo', 'paragraph']);

const STATISTIC = new RegExp(
  [
    // Only where the number starts (not after a digit or `1,`): a long run of digits is read once.
    String.raw`(?<!\d[.,]?)\d+(?:[.,]\d+)*\s?%`,
    // A length or height (`dài 11,6 km`, `độ cao 1.000 m`) describes a thing, it is not a statistic.
    String.raw`(?<![\d./-])\d+,\d+(?![\d./-])(?!\s?(?:km|m|cm|mm)(?![\p{L}\d]))`,
    String.raw`(?<![\d./-])\d{1,3}(?:\.\d{3})+(?![\d./-])(?!\s?(?:km|m|cm|mm)(?![\p{L}\d]))`,
    String.raw`(?<![\d./-])\d+(?:[.,]\d+)?\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|tấn|ha|hécta|héc-ta|USD|đồng)(?![\p{L}])`,
    String.raw`phần trăm`,
  ].join('|'),
  'gu',
);
/** A person named with a title or a form of address: `anh Hùng`, `Thiếu tá Hầu`, `đồng chí Lò`. */
const PERSON =
  /(?<![\p{L}])(?:ông|bà|anh|chị|em|cô|thầy|đồng chí|bác sĩ|nghệ nhân|giáo sư|tiến sĩ|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|trung úy|thiếu úy)\s+\p{Lu}/iu;
/**
 * A body in lower case doing something (`đồn đã tổ chức`, `xã vừa hoàn thành`): the figures are
 * its own account of its work. A scope is not an actor: `Toàn tỉnh có`, `các xã đã` still warn.
 */
const ACTOR =
  /(?<![\p{L}])(?<!(?:toàn|cả|các|nhiều|những|mỗi)\s)(?:đồn|xã|huyện|tỉnh|thôn|bản|trường|nhà trường|bệnh viện|trạm|hợp tác xã|HTX|công ty|đơn vị|chi bộ|đảng bộ)\s(?:đã|vừa|đang|sẽ)(?![\p{L}])/iu;
/** A sentence that points back to the figures before it: `Các số liệu trên…`, `Những con số này…`. */
const BACK_REFERENCE = /^[\s“"(]*(?:(?:các|những)\s+)?(?:số liệu|con số|chỉ tiêu)\s+(?:trên|này|nói trên)(?![\p{L}])/iu;
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

/** Bodies named by their abbreviation: those whose spelled-out form is a name (`UBND`: Ủy ban…). */
const bodyAbbreviations = (list: readonly Abbreviation[]): string[] =>
  list.filter((a) => a.expansion && a.expansion[0] !== a.expansion[0].toLowerCase()).map((a) => a.abbr);

const words = (list: readonly string[], flags: string): RegExp | null =>
  list.length ? new RegExp(`(?<![\\p{L}])(?:${list.map((c) => escapeRegExp(c.normalize('NFC'))).join('|')})(?![\\p{L}])`, flags) : null;

interface Sentence {
  block: number;
  from: number;
  to: number;
  text: string;
  /** The block's quotation depth at an offset (asked in increasing order, block by block). */
  quoteDepth: (at: number) => number;
}

export const statisticRule: StyleRule<'unattributed-statistic'> = {
  id: 'unattributed-statistic',
  severity: 'warning',
  check(blocks, settings, resources) {
    if (!settings.cues.length) return [];
    const cues = words(settings.cues, 'iu')!;
    // Bodies are named with a capital (`Sở Y tế`, not `sở thích`).
    const bodies = words([...settings.sources, ...bodyAbbreviations(resources.abbreviations)], 'u');
    const attributes = (sentence: string): boolean => cues.test(sentence.replace(FALSE_CUES, (m) => ' '.repeat(m.length)));
    const names = (sentence: string): boolean =>
      attributes(sentence) || PERSON.test(sentence) || ACTOR.test(sentence) || (bodies?.test(sentence) ?? false);

    // The sentences of the sapo and the paragraphs in reading order; another kind of block
    // (a caption, a heading) breaks the chain.
    const all: (Sentence | null)[] = [];
    blocks.forEach((block, index) => {
      if (!CHECKED.has(block.kind)) return void all.push(null);
      const quoteDepth = quoteDepths(block.text);
      for (const [from, to] of sentences(block.text)) all.push({ block: index, from, to, text: block.text.slice(from, to), quoteDepth });
    });

    const out: RawFinding[] = [];
    all.forEach((s, i) => {
      if (!s) return;
      // The first figure said in the paper's own voice; inside a quotation the speaker is the source.
      const figure = [...s.text.matchAll(STATISTIC)].find((m) => s.quoteDepth(s.from + m.index) === 0);
      if (!figure) return;
      const before = all[i - 1];
      const after = all[i + 1];
      // `Theo báo cáo của Sở…` opening a paragraph attributes the figures that follow in it, as
      // reporters write; a body or a person merely named covers its sentence and the next only.
      const earlierInParagraph = (): boolean => {
        for (let j = i - 1; j >= 0; j--) {
          const e = all[j];
          if (!e || e.block !== s.block) return false;
          if (attributes(e.text)) return true;
        }
        return false;
      };
      if (
        names(s.text) ||
        (before && names(before.text)) ||
        earlierInParagraph() ||
        (after && BACK_REFERENCE.test(after.text) && names(after.text))
      )
        return;
      const start = s.from + figure.index;
      out.push({
        block: s.block,
        start,
        end: start + figure[0].length,
        message: { key: 'style.statistic.unattributed', params: { figure: figure[0] } },
      });
    });
    return out;
  },
};

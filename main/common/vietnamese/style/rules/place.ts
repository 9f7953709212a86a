// Place names that no longer exist: from 1 July 2025 Hà Giang and 28 other provinces were merged
// (resources/language/merged-places-2025.tsv) and the district level (huyện, quận, thị xã) ended.
// A warning with the date, only for text that speaks from that date on (`asOf`). `tỉnh Hà Giang`
// gets a one-click fix to `tỉnh Tuyên Quang`; a bare name may be history or a ward's name, so
// it is only pointed out.

import { placeTone } from '../../tone.ts';
import type { RawFinding, StyleRule } from '../types.ts';
import { dateParams, escapeRegExp, words } from '../text.ts';

/** The text with every tone in the new placement; same length, so offsets still hold. */
function newPlacement(text: string): string {
  let out = '';
  let last = 0;
  for (const { word, start, end } of words(text)) {
    out += text.slice(last, start) + placeTone(word, 'new');
    last = end;
  }
  return out + text.slice(last);
}

/** Today in the newsroom's time zone, `YYYY-MM-DD`. */
const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const forms = (s: string): string[] => [...new Set([s, capitalised(s), s.toUpperCase()])];

export const placeRule: StyleRule<'merged-place'> = {
  id: 'merged-place',
  severity: 'warning',
  check(blocks, settings, resources) {
    // A change with a date applies only to text that speaks from that date on; without a
    // publication date, the text speaks from today.
    const asOf = settings.asOf ?? today();
    const current = resources.places.filter((p) => p.effective <= asOf);
    const merged = new Map<string, (typeof current)[number]>();
    for (const p of current) {
      if (p.kind !== 'merged') continue;
      const name = newPlacement(p.name.normalize('NFC'));
      merged.set(name, p);
      merged.set(name.toUpperCase(), p);
    }
    const ended = current.filter((p) => p.kind === 'level-ended');
    if (!merged.size && !ended.length) return [];

    const names = [...merged.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const mergedPattern = names.length
      ? new RegExp(
          `(?<![\\p{L}\\p{M}])(?:(tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ)\\s+)?(${names.join('|')})(?![\\p{L}\\p{M}])(?!\\s*\\d)`,
          'gu',
        )
      : null;
    const levels = ended.flatMap((p) => forms(p.level).map((f) => [f, p] as const));
    const levelOf = new Map(levels);
    const endedPattern = levels.length
      ? new RegExp(
          `(?<![\\p{L}\\p{M}])(${levels
            .map(([f]) => escapeRegExp(f))
            .sort((a, b) => b.length - a.length)
            .join('|')})\\s+(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*)`,
          'gu',
        )
      : null;

    const out: RawFinding[] = [];
    blocks.forEach((block, index) => {
      const text = newPlacement(block.text.normalize('NFC'));
      if (mergedPattern) {
        for (const m of text.matchAll(mergedPattern)) {
          const [found, level, name] = m;
          const place = merged.get(name)!;
          const original = block.text.slice(m.index, m.index + found.length);
          const params = { name: original.slice(found.length - name.length), successor: place.successor, ...dateParams(place.effective) };
          out.push({
            block: index,
            start: m.index,
            end: m.index + found.length,
            message: { key: 'style.place.merged', params },
            ...(level ? { fix: { replacement: `${level} ${place.successor}` } } : {}),
          });
        }
      }
      if (endedPattern) {
        for (const m of text.matchAll(endedPattern)) {
          const place = levelOf.get(m[1])!;
          const found = block.text.slice(m.index, m.index + m[0].length);
          out.push({
            block: index,
            start: m.index,
            end: m.index + m[0].length,
            message: { key: 'style.place.levelEnded', params: { name: found, level: place.level, ...dateParams(place.effective) } },
          });
        }
      }
    });
    return out.sort((a, b) => a.block - b.block || a.start - b.start);
  },
};

// Names in the byline in capitals: `Bài, ảnh: TRUNG HẬU (Quang Bình)`. The role words, the place
// in parentheses and source lines (`Theo VOV`, `Nhóm PV`) are not names.

import type { RawFinding, StyleRule } from '../types.ts';

const ROLE =
  /^\s*(?:(?:bài|tin|ảnh|video|clip|đồ họa|đồ hoạ|thực hiện|nhóm thực hiện|trình bày)(?:\s*(?:,|và)\s*(?:ảnh|video|clip|đồ họa|đồ hoạ))*)\s*:\s*/iu;
const NAME_RUN = /[\p{L}\p{M}.'’]+(?:[ \u00a0]+[\p{L}\p{M}.'’]+)*/gu;
const NOT_A_NAME = /^(?:nhóm pv|pv|ctv|nhóm phóng viên|theo|nguồn)$/iu;

export const bylineRule: StyleRule<'byline-caps'> = {
  id: 'byline-caps',
  severity: 'error',
  check(blocks) {
    const out: RawFinding[] = [];
    blocks.forEach((block, index) => {
      if (block.kind !== 'byline' || /^\s*(?:theo|nguồn)\b/iu.test(block.text)) return;
      let offset = 0;
      for (const segment of block.text.split(';')) {
        const role = ROLE.exec(segment);
        const namesStart = role ? role[0].length : 0;
        // Parentheses hold the place: blank them out, keeping offsets.
        const names = segment.slice(namesStart).replace(/\([^)]*\)?/g, (p) => ' '.repeat(p.length));
        for (const run of names.matchAll(NAME_RUN)) {
          // `TRUNG HẬU và MINH ANH`: `và` joins two names.
          let partStart = 0;
          for (const part of run[0].split(/((?<!\s)\s+và\s+)/u)) {
            const at = offset + namesStart + run.index + partStart;
            partStart += part.length;
            if (/^\s+và\s+$/u.test(part) || NOT_A_NAME.test(part)) continue;
            const upper = part.toLocaleUpperCase('vi');
            if (upper === part) continue;
            out.push({
              block: index,
              start: at,
              end: at + part.length,
              message: { key: 'style.byline.caps', params: { name: part, expected: upper } },
              fix: { replacement: upper },
            });
          }
        }
        offset += segment.length + 1;
      }
    });
    return out;
  },
};

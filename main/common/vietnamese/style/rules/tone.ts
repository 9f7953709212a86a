// Tone placement as the house writes it: old (`hòa`, `thủy`) or new (`hoà`, `thuỷ`); the new
// style also writes `quy` for `qui`.

import type { RawFinding, StyleRule } from '../types.ts';
import { placeTone, quiToQuy, tonePlacementOf } from '../../tone.ts';
import { words } from '../text.ts';

export const toneRule: StyleRule<'tone-placement'> = {
  id: 'tone-placement',
  severity: 'warning',
  check(blocks, settings) {
    const out: RawFinding[] = [];
    blocks.forEach((block, index) => {
      for (const { word, start, end } of words(block.text)) {
        if (settings.skipNames && word[0] !== word[0].toLowerCase()) continue;
        let expected = word;
        if (tonePlacementOf(word) === (settings.style === 'old' ? 'new' : 'old')) expected = placeTone(word, settings.style);
        else if (settings.style === 'new') expected = quiToQuy(word);
        if (expected === word) continue;
        out.push({
          block: index,
          start,
          end,
          message: { key: `style.tone.${settings.style}`, params: { word, expected } },
          fix: { replacement: expected },
        });
      }
    });
    return out;
  },
};

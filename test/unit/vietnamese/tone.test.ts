// The shape of a syllable, and moving the tone between the old and the new placement.

import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, splitTone } from '../../../main/common/vietnamese/syllable.ts';
import { placeTone, quiToQuy, tonePlacementOf } from '../../../main/common/vietnamese/tone.ts';
import { fixtureText } from './helpers.ts';

describe('syllables', () => {
  it.each([
    'Việt',
    'NGHĨA',
    'gì',
    'gìn',
    'giếng',
    'khuya',
    'quốc',
    'thuở',
    'xoong',
    'oà',
    'hòa',
    'thuỷ',
    'ủy',
    'người',
    'khuỷu',
    'a',
    'ở',
    'nghiêng',
    'Quang',
    'quyết',
    'yên',
    'khuyên',
  ])('%s is one', (w) => expect(isVietnameseSyllable(w)).toBe(true));

  it.each([
    'Peña',
    'café',
    'UBND',
    'HĐND',
    'nghành',
    'hòc',
    'ca' + '\u0301' + '\u0300',
    'and',
    'with',
    "H'Mông",
    'Mỹller',
    'kăn',
    'cem',
    '',
  ])('%s is not', (w) => expect(isVietnameseSyllable(w)).toBe(false));

  it('accepts every word of the fixture made only of letters (bar a few loan shapes)', () => {
    const words = fixtureText().match(/\p{L}+/gu) ?? [];
    const rejected = [...new Set(words.filter((w) => !isVietnameseSyllable(w)))];
    // Abbreviations only: BHG, BTV, KH, HU, HĐND, UBND, THCS, KHKT.
    expect(rejected.every((w) => w === w.toUpperCase())).toBe(true);
  });

  it('splits off the tone', () => {
    expect(splitTone('Việt')).toEqual({ base: 'Viêt', tone: '\u0323', tones: 1 });
    expect(splitTone('quốc').base).toBe('quôc');
  });
});

describe('tone placement', () => {
  it.each([
    ['hòa', 'hoà'],
    ['Hòa', 'Hoà'],
    ['HÒA', 'HOÀ'],
    ['thủy', 'thuỷ'],
    ['khỏe', 'khoẻ'],
    ['ủy', 'uỷ'],
    ['Tụy', 'Tuỵ'],
    ['hóa', 'hoá'],
    ['tỏa', 'toả'],
    ['khóa', 'khoá'],
    ['xòe', 'xoè'],
  ])('old %s ↔ new %s', (old, neu) => {
    expect(placeTone(old, 'new')).toBe(neu);
    expect(placeTone(neu, 'old')).toBe(old);
    expect(placeTone(old, 'old')).toBe(old);
    expect(placeTone(neu, 'new')).toBe(neu);
    expect(tonePlacementOf(old)).toBe('old');
    expect(tonePlacementOf(neu)).toBe('new');
  });

  it.each(['hoàn', 'thuyền', 'quý', 'quà', 'hoa', 'thuy', 'người', 'khuỷu', 'hoài', 'xoáy', 'Việt', 'của', 'mùa', 'gìa'])(
    '%s does not move',
    (w) => {
      expect(placeTone(w, 'new')).toBe(w);
      expect(placeTone(w, 'old')).toBe(w);
      expect(tonePlacementOf(w)).toBeNull();
    },
  );

  it('works on decomposed input and returns NFC', () => {
    expect(placeTone('ho\u0300a', 'new')).toBe('hoà');
  });

  it('writes qui as quy', () => {
    expect(quiToQuy('qui')).toBe('quy');
    expect(quiToQuy('Quí')).toBe('Quý');
    expect(quiToQuy('QUỊ')).toBe('QUỴ');
    expect(quiToQuy('quit')).toBe('quit');
    expect(quiToQuy('quy')).toBe('quy');
  });
});

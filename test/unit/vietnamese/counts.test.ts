// Counting as Word counts Vietnamese (chữ = syllables between spaces), characters by grapheme,
// and reading time.

import { describe, expect, it } from 'vitest';
import {
  addCounts,
  countCharacters,
  countChu,
  countText,
  DEFAULT_CHU_PER_MINUTE,
  readingTime,
} from '../../../main/common/vietnamese/counts.ts';
import { fixtureBlocks, fixtureText } from './helpers.ts';

describe('chữ (Word’s rule: tokens between spaces that hold a letter or a digit)', () => {
  it.each([
    ["H'Mông", 1],
    ['2023 - 2025', 2],
    ['96,7%', 1],
    ['229-KH/HU', 1],
    ['Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình', 12],
    ['BTV Huyện ủy đã ban hành 3 kế hoạch, 1 hướng dẫn', 12],
    ['a — b … c', 3],
    ['“ ” - – — ...', 0],
    ['', 0],
    [' \t\n  ', 0],
    ['10\u00a0000 người', 2],
    ['Tie\u0302\u0301ng Vie\u0323\u0302t', 2],
    ['một\ttab\r\nhai\u2003em-space', 4],
    ['Xin chào 👋 các bạn', 4],
    ['北京 欢迎你', 2],
  ])('%j → %i', (text, expected) => {
    expect(countChu(text)).toBe(expected);
  });

  it('agrees with a plain split over the whole fixture article', () => {
    const text = fixtureText();
    // Split on white space except the no-break spaces, which join as in Word.
    const oracle = text.split(/[^\S\u00a0\u202f]+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    expect(countChu(text)).toBe(oracle);
    expect(countChu(text)).toBeGreaterThan(900);
  });

  it('is additive over blocks split at spaces (what the editor sums)', () => {
    const blocks = fixtureBlocks();
    const total = addCounts(...blocks.map((b) => countText(b.text)));
    expect(total.chu).toBe(countChu(blocks.map((b) => b.text).join('\n')));
  });
});

describe('characters', () => {
  it('counts graphemes, with and without spaces, line breaks never', () => {
    expect(countCharacters('Tiếng Việt')).toEqual({ characters: 10, charactersNoSpaces: 9 });
    // The same text decomposed counts the same.
    expect(countCharacters('Tie\u0302\u0301ng Vie\u0323\u0302t')).toEqual({ characters: 10, charactersNoSpaces: 9 });
    expect(countCharacters('a\r\nb\nc')).toEqual({ characters: 3, charactersNoSpaces: 3 });
    expect(countCharacters('👍🏽 ok')).toEqual({ characters: 4, charactersNoSpaces: 3 });
    expect(countCharacters('10\u00a0000')).toEqual({ characters: 6, charactersNoSpaces: 5 });
    expect(countCharacters('')).toEqual({ characters: 0, charactersNoSpaces: 0 });
  });

  it('matches Intl.Segmenter on the fixture', () => {
    const text = fixtureText();
    const graphemes = [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
    const counted = countCharacters(text);
    expect(counted.characters).toBe(graphemes.filter((g) => !/^[\n\r]+$/.test(g)).length);
    expect(counted.charactersNoSpaces).toBe(graphemes.filter((g) => !/^\s+$/.test(g)).length);
  });

  // Long texts are segmented a chunk at a time (one pass over 1 MB of emoji took minutes): a
  // cluster across a chunk's edge still counts once, whatever its length.
  it.each([
    ['decomposed Vietnamese', 'Tie\u0302\u0301ng Vie\u0323\u0302t '.repeat(400)],
    ['emoji with skin tones and joiners', '👍🏽 👨‍👩‍👧 🌾'.repeat(300)],
    ['flags (regional indicator pairs), one left over', '🇻🇳'.repeat(700) + '🇻'],
    ['one letter with 5,000 marks, then more', 'x' + '\u0301'.repeat(5000) + 'yz🌾'],
    ['lone surrogates', '\ud808'.repeat(3000) + '\udc08a'.repeat(300)],
  ])('counts %s across chunk edges as one segmentation does', (_name, text) => {
    const graphemes = [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
    expect(countCharacters(text)).toEqual({
      characters: graphemes.length,
      charactersNoSpaces: graphemes.filter((g) => !/^\s+$/.test(g)).length,
    });
  });
});

describe('reading time', () => {
  it(`reads ${DEFAULT_CHU_PER_MINUTE} chữ a minute, rounds minutes up, at least one`, () => {
    expect(readingTime(0)).toEqual({ minutes: 0, seconds: 0 });
    expect(readingTime(1)).toEqual({ minutes: 1, seconds: 0 });
    expect(readingTime(220)).toEqual({ minutes: 1, seconds: 60 });
    expect(readingTime(221)).toEqual({ minutes: 2, seconds: 60 });
    expect(readingTime(1100)).toEqual({ minutes: 5, seconds: 300 });
    expect(readingTime(500, 250)).toEqual({ minutes: 2, seconds: 120 });
    expect(readingTime(500, 0)).toEqual({ minutes: 0, seconds: 0 });
  });
});

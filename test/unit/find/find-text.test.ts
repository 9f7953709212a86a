import { describe, expect, it } from 'vitest';
import { findInText } from '../../../main/common/text/find-text.ts';

const slices = (text: string, query: string, options = {}): string[] => findInText(text, query, options).map(([a, b]) => text.slice(a, b));

describe('findInText', () => {
  it('without tones: nguoi finds người, Đa Nang finds Đà Nẵng, d finds đ', () => {
    const text = 'Người dân Đà Nẵng đón người thân; nguời viết sai dấu.';
    expect(slices(text, 'nguoi', { ignoreTones: true })).toEqual(['Người', 'người', 'nguời']);
    expect(slices(text, 'Đa Nang', { ignoreTones: true })).toEqual(['Đà Nẵng']);
    expect(slices('đi đâu', 'd', { ignoreTones: true })).toEqual(['đ', 'đ']);
    expect(slices(text, 'nguoi')).toEqual([]);
    expect(slices(text, 'người')).toEqual(['Người', 'người']);
  });

  it('maps matches back to the original offsets when the text is decomposed (NFD)', () => {
    const nfd = 'Ông ' + 'người'.normalize('NFD') + ' ở ' + 'Hòa Bình'.normalize('NFD') + '.';
    const found = findInText(nfd, 'nguoi', { ignoreTones: true });
    expect(found).toHaveLength(1);
    const [a, b] = found[0];
    expect(nfd.slice(a, b)).toBe('người'.normalize('NFD'));
    expect(b - a).toBe(8);
    expect(nfd.slice(b, b + 1)).toBe(' ');
    // Tones kept: an NFC query still finds decomposed text, as whole letters.
    expect(findInText(nfd, 'Hòa Bình').map(([x, y]) => nfd.slice(x, y))).toEqual(['Hòa Bình'.normalize('NFD')]);
    // …and a bare letter does not match the base of an accented one.
    expect(findInText(nfd, 'o', { matchCase: true })).toEqual([]);
  });

  it('a match ending on a letter whose marks folded away covers the marks too', () => {
    const text = 'Nga\u0306\u0303'; // Ngẵ, decomposed
    expect(findInText(text, 'nga', { ignoreTones: true })).toEqual([[0, 5]]);
  });

  it('match case', () => {
    expect(slices('Bình và bình', 'bình', { matchCase: true })).toEqual(['bình']);
    expect(slices('Bình và bình', 'bình')).toEqual(['Bình', 'bình']);
    expect(slices('Đà Nẵng, đà nẵng', 'Da Nang', { matchCase: true, ignoreTones: true })).toEqual(['Đà Nẵng']);
  });

  it('whole word', () => {
    const text = 'an toàn, bàn an ninh, An';
    expect(slices(text, 'an', { wholeWord: true })).toEqual(['an', 'an', 'An']);
    expect(slices(text, 'an', { wholeWord: true, ignoreTones: true })).toEqual(['an', 'an', 'An']);
    expect(slices(text, 'an', { ignoreTones: true })).toHaveLength(5);
    // A folded letter next to the match still counts as a letter: `an` is not whole in `àn`.
    expect(slices('bàn', 'an', { wholeWord: true, ignoreTones: true })).toEqual([]);
  });

  it('matches do not overlap and an empty query finds nothing', () => {
    expect(findInText('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(findInText('abc', '')).toEqual([]);
    expect(findInText('', 'a')).toEqual([]);
  });
});

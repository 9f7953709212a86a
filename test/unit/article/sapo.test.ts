import { describe, expect, it } from 'vitest';
import { ensurePrefix, hasPrefix, splitPrefix, stripPrefix } from '../../../main/common/article/sapo.ts';

const REST = 'Nhận thức sâu sắc về vai trò quan trọng của công tác xây dựng Đảng.';

describe('sapo prefix', () => {
  it('inserts the prefix once', () => {
    expect(ensurePrefix(REST, 'BHG')).toBe(`BHG - ${REST}`);
    expect(ensurePrefix(`BHG - ${REST}`, 'BHG')).toBe(`BHG - ${REST}`);
    expect(ensurePrefix(ensurePrefix(REST, 'BHG'), 'BHG')).toBe(`BHG - ${REST}`);
  });

  it('folds doubled prefixes into one', () => {
    expect(ensurePrefix(`BHG - BHG - ${REST}`, 'BHG')).toBe(`BHG - ${REST}`);
    expect(ensurePrefix(`BHG-BHG – BHG -\u00a0${REST}`, 'BHG')).toBe(`BHG - ${REST}`);
  });

  it('recognises the sloppy forms and normalises them', () => {
    const forms = [
      `BHG-${REST}`,
      `BHG -${REST}`,
      `BHG– ${REST}`,
      `BHG — ${REST}`,
      `BHG -\u00a0${REST}`,
      `BHG\u00a0-\u00a0${REST}`,
      `  BHG - ${REST}`,
      `bhg - ${REST}`,
      `BHG ${REST}`,
      `BHG \u2011 ${REST}`,
    ];
    for (const f of forms) {
      expect(hasPrefix(f, 'BHG'), f).toBe(true);
      expect(ensurePrefix(f, 'BHG'), f).toBe(`BHG - ${REST}`);
      expect(splitPrefix(f, 'BHG').rest, f).toBe(REST);
    }
  });

  it('does not take a longer word for the prefix', () => {
    expect(hasPrefix('BHGiang - tin', 'BHG')).toBe(false);
    expect(hasPrefix(REST, 'BHG')).toBe(false);
    expect(ensurePrefix('BHGiang tin', 'BHG')).toBe('BHG - BHGiang tin');
  });

  it('handles a sapo that is only the prefix, and an empty prefix setting', () => {
    expect(ensurePrefix('', 'BHG')).toBe('BHG - ');
    expect(ensurePrefix('BHG', 'BHG')).toBe('BHG - ');
    expect(ensurePrefix('BHG -', 'BHG')).toBe('BHG - ');
    expect(ensurePrefix(`BHG - ${REST}`, '')).toBe(`BHG - ${REST}`);
    expect(hasPrefix(`BHG - ${REST}`, '')).toBe(false);
  });

  it('works with another paper’s prefix after the 2025 merger', () => {
    expect(ensurePrefix(`BHG - ${REST}`, 'TTV')).toBe(`TTV - BHG - ${REST}`);
    expect(ensurePrefix(`TTV-${REST}`, 'TTV')).toBe(`TTV - ${REST}`);
  });

  it('finds an unknown prefix only with a dash', () => {
    expect(splitPrefix(`TTXVN - ${REST}`)).toEqual({ prefix: 'TTXVN', rest: REST });
    expect(splitPrefix(`QĐND– ${REST}`)).toEqual({ prefix: 'QĐND', rest: REST });
    expect(splitPrefix(`UBND tỉnh đã họp`)).toEqual({ prefix: '', rest: 'UBND tỉnh đã họp' });
    expect(stripPrefix(`BHG - BHG - ${REST}`)).toBe(REST);
  });

  it('returns NFC whatever comes in', () => {
    const out = ensurePrefix(REST.normalize('NFD'), 'BHG');
    expect(out).toBe(`BHG - ${REST}`.normalize('NFC'));
  });
});

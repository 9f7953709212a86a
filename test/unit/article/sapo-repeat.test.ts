// The sapo's prefix never doubles in the editor: repeatedPrefix finds the repeat that
// with-structure deletes (a paste of a whole sapo, or `BHG - ` typed again by habit).

import { describe, expect, it } from 'vitest';
import { repeatedPrefix } from '../../../main/common/article/sapo.ts';

const drop = (text: string, prefix?: string): string => {
  const span = repeatedPrefix(text, prefix);
  return span ? text.slice(0, span.start) + text.slice(span.end) : text;
};

describe('repeatedPrefix', () => {
  it('finds a pasted or retyped prefix after the one already there', () => {
    expect(drop('BHG - BHG - Nhận thức sâu sắc')).toBe('BHG - Nhận thức sâu sắc');
    expect(drop('BHG - BHG– Nhận thức')).toBe('BHG - Nhận thức');
    expect(drop('BHG - bhg - Nhận')).toBe('BHG - Nhận');
    expect(drop('BHG - BHG - BHG - Nhận')).toBe('BHG - Nhận');
    expect(drop('BHG - BHG -\u00a0Nhận', 'BHG')).toBe('BHG - Nhận');
    // The prefix typed again without its dash.
    expect(drop('BHG - BHG Nhận')).toBe('BHG - Nhận');
    expect(repeatedPrefix('BHG - BHG - N')).toEqual({ start: 6, end: 12 });
  });

  it('waits while the repeat is still being typed', () => {
    for (const typing of ['BHG - B', 'BHG - BHG', 'BHG - BHG ', 'BHG - BHG -', 'BHG - BHG - ', 'BHG - BHG –  ']) {
      expect(repeatedPrefix(typing), typing).toBeNull();
    }
  });

  it('leaves a single prefix, another word and no prefix alone', () => {
    for (const text of ['BHG - Nhận thức', 'BHG - BHGiang', 'BHG - UBND tỉnh', 'Nhận thức BHG - BHG - x', '', 'BHG - ']) {
      expect(repeatedPrefix(text), text).toBeNull();
    }
    // An empty prefix setting means no prefix to double.
    expect(repeatedPrefix('BHG - BHG - x', '')).toBeNull();
  });
});

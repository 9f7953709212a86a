// Legacy bytes through iconv-lite (CP1258, VISCII, TCVN 5712) and our tables, and the guess
// that preselects an encoding for an old file.

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeLegacyBytes, guessByteEncoding } from '../../../main/core/language/bytes.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { encodeTcvn3Plain, encodeVni, fixtureBlocks } from '../vietnamese/helpers.ts';

const sapo = fixtureBlocks()[1].text;
// VISCII and TCVN 5712 have no curly quotes; the other encodings do (CP1258, and 1252 for the fonts).
const plainQuotes = sapo.replace(/[“”]/g, '"');
const win1252 = (s: string) => iconv.encode(s, 'win1252');

/** Unicode → CP1258 the way Windows writes it: letters with ^ ( + precomposed, tones combining. */
function encodeCp1258(text: string): Buffer {
  let out = '';
  for (const c of text.normalize('NFC')) {
    const marks = [...c.normalize('NFD')];
    const tones = marks.filter((m) => /[\u0300\u0301\u0303\u0309\u0323]/.test(m)).join('');
    out +=
      marks
        .filter((m) => !tones.includes(m))
        .join('')
        .normalize('NFC') + tones;
  }
  return iconv.encode(out, 'cp1258');
}

describe('decodeLegacyBytes', () => {
  it('round-trips the sapo through CP1258, composing to NFC', () => {
    const bytes = encodeCp1258(sapo);
    expect(bytes.includes(0x3f)).toBe(false);
    expect(decodeLegacyBytes(bytes, 'cp1258')).toBe(sapo);
  });

  it.each(['viscii', 'tcvn'] as const)('round-trips the sapo through %s', (encoding) => {
    const bytes = iconv.encode(plainQuotes, encoding);
    expect(bytes.includes(0x3f)).toBe(false);
    expect(decodeLegacyBytes(bytes, encoding)).toBe(plainQuotes);
  });

  it('composes the CP1258 mix of precomposed letters and combining tones', () => {
    // `Việt` in CP1258: ê (0xEA) followed by the combining dot below (0xF2).
    expect(decodeLegacyBytes(Uint8Array.from([0x56, 0x69, 0xea, 0xf2, 0x74]), 'cp1258')).toBe('Việt');
  });

  it('reads TCVN3 and VNI bytes through our tables', () => {
    expect(decodeLegacyBytes(win1252('Hµ Giang'), 'tcvn3')).toBe('Hà Giang');
    expect(decodeLegacyBytes(win1252('hµ giang'), 'tcvn3-upper')).toBe('HÀ GIANG');
    expect(decodeLegacyBytes(win1252(encodeVni(sapo)), 'vni')).toBe(sapo);
    expect(decodeLegacyBytes(win1252(encodeTcvn3Plain(sapo.toLowerCase())), 'tcvn3')).toBe(sapo.toLowerCase());
    expect(decodeLegacyBytes(Buffer.from('Vie^.t Nam'), 'viqr')).toBe('Việt Nam');
    expect(decodeLegacyBytes(Buffer.from('Việt', 'utf8'), 'utf8')).toBe('Việt');
  });

  it('refuses an encoding it does not know with a LANGUAGE error', () => {
    expect(() => decodeLegacyBytes(Buffer.from('x'), 'ebcdic' as never)).toThrow(DatelineError);
  });
});

describe('guessByteEncoding', () => {
  it('says UTF-8 for UTF-8', () => {
    expect(guessByteEncoding(Buffer.from(sapo, 'utf8'))).toEqual({ encoding: 'utf8', confidence: 1 });
  });

  it('recognises CP1258 and VISCII', () => {
    expect(guessByteEncoding(encodeCp1258(sapo))).toMatchObject({ encoding: 'cp1258' });
    expect(guessByteEncoding(encodeCp1258(sapo)).confidence).toBeGreaterThan(0.8);
    expect(guessByteEncoding(iconv.encode(plainQuotes, 'viscii'))).toMatchObject({ encoding: 'viscii' });
    expect(guessByteEncoding(iconv.encode(plainQuotes, 'viscii')).confidence).toBeGreaterThan(0.8);
  });

  it('recognises TCVN3 and VNI files', () => {
    expect(guessByteEncoding(win1252(encodeTcvn3Plain(sapo.toLowerCase()))).encoding).toBe('tcvn3');
    expect(guessByteEncoding(win1252(encodeVni(sapo))).encoding).toBe('vni');
  });
});

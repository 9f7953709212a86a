// One line of text (main/common/text/one-line.ts): what a caption or a suggestion keeps of a paste
// with line breaks, in linear time.

import { describe, expect, it } from 'vitest';
import { oneLine } from '../../../main/common/text/one-line.ts';

describe('oneLine', () => {
  it('turns each run of line breaks, with the spaces around it, into one space', () => {
    expect(oneLine('Hai dòng\nthành một')).toBe('Hai dòng thành một');
    expect(oneLine('a  \r\n \n\t b')).toBe('a b');
    expect(oneLine('\nđầu')).toBe(' đầu');
    expect(oneLine('cuối \n')).toBe('cuối ');
    expect(oneLine('  không xuống dòng  ')).toBe('  không xuống dòng  ');
  });

  it('takes a megabyte of spaces without a line break at once, and with one at the end', () => {
    const spaces = ' '.repeat(1_000_000);
    expect(oneLine(`${spaces}x`)).toBe(`${spaces}x`);
    expect(oneLine(`${spaces}\nx`)).toBe(' x');
  });
});

import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../main/common/text/fold.ts';
import { BREAK, foldedWords, parseQuery } from '../../../main/core/search/terms.ts';
import { fixtureText } from '../article/fixture.ts';
import { random } from './corpus.ts';

/** The definition foldedWords must match: fold the text, take the words, break at punctuation. */
function reference(text: string): string[] {
  const folded = foldVietnamese(text);
  const out: string[] = [];
  let last = 0;
  for (const m of folded.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    const at = m.index ?? 0;
    if (out.length && out[out.length - 1] !== BREAK && /\S/u.test(folded.slice(last, at))) out.push(BREAK);
    out.push(m[0].replace(/['’]/g, ''));
    last = at + m[0].length;
  }
  return out;
}

describe('foldedWords', () => {
  it('folds tones, đ and case, and breaks at punctuation', () => {
    expect(foldedWords('Đà Nẵng, Hòa Bình và Hoà Bình')).toEqual(['da', 'nang', BREAK, 'hoa', 'binh', 'va', 'hoa', 'binh']);
    expect(foldedWords("Người H'Mông ở Mèo Vạc")).toEqual(['nguoi', 'hmong', 'o', 'meo', 'vac']);
    expect(foldedWords('ĐẮK LẮK')).toEqual(['dak', 'lak']);
    expect(foldedWords('Việt'.normalize('NFD'))).toEqual(['viet']);
  });

  it('equals the reference on the fixture', () => {
    const text = fixtureText();
    expect(foldedWords(text)).toEqual(reference(text));
  });

  // One known difference: a whole-string toLowerCase turns a word-final Greek Σ into ς, a
  // letter-by-letter fold into σ. Queries fold the same way as the index, so it cannot miss.
  it('equals the reference on random text with Vietnamese, punctuation, apostrophes and other scripts', () => {
    const rnd = random(7);
    const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ0123456789'];
    const extras = [
      ' ',
      ' ',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      ',',
      '.',
      '“',
      '”',
      "'",
      '’',
      "''",
      '-',
      '(',
      ')',
      '\u0301',
      '\u0323',
      'ß',
      'İ',
      'ﬁ',
      '中',
      '😀',
      '\t',
      '\u0000',
      'Ω',
    ];
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(rnd() * 60);
      for (let i = 0; i < len; i++)
        s += rnd() < 0.7 ? alphabet[Math.floor(rnd() * alphabet.length)] : extras[Math.floor(rnd() * extras.length)];
      expect(foldedWords(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });
});

describe('parseQuery', () => {
  it('folds words and knows which stood together', () => {
    expect(parseQuery('Hòa Bình, Đà Nẵng')).toEqual({
      words: ['hoa', 'binh', 'da', 'nang'],
      lastIsPrefix: true,
      adjacent: [true, false, true],
      phrase: [false, false, false],
    });
  });

  it('takes the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('phat tri').lastIsPrefix).toBe(true);
    expect(parseQuery('phat tri ').lastIsPrefix).toBe(false);
    expect(parseQuery('"quang binh"').lastIsPrefix).toBe(false);
    expect(parseQuery('').lastIsPrefix).toBe(false);
  });

  it('marks quoted words as a phrase, curly quotes too', () => {
    expect(parseQuery('“quang binh” ha giang').phrase).toEqual([true, false, false]);
    expect(parseQuery('"chi bo bon tot"').phrase).toEqual([true, true, true]);
  });
});

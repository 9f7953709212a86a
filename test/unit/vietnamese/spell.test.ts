// The spell checker over real dictionaries and the newsroom's lists: no false alarms on the
// fixture article, the confused pairs caught with their correction, the lists doing their job.

import { beforeAll, describe, expect, it } from 'vitest';
import { createSpellChecker, type SpellChecker } from '../../../main/common/vietnamese/spell/checker.ts';
import { parseConfused } from '../../../main/common/vietnamese/lists.ts';
import { dictionaries, fixtureText, resource, spellListFiles } from './helpers.ts';

let checker: SpellChecker;
let bare: SpellChecker;
beforeAll(() => {
  const dicts = dictionaries();
  checker = createSpellChecker({ ...dicts, ...spellListFiles() });
  // The dictionaries alone, to show what the lists add.
  bare = createSpellChecker({ vi: dicts.vi });
});

const words = (text: string, c = checker) => c.checkText(text).map((f) => f.word);

describe('the fixture article', () => {
  it('has no false positives on its names and abbreviations', () => {
    expect(checker.checkText(fixtureText())).toEqual([]);
  });

  it('needs the lists: the bare dictionary flags its names', () => {
    const flagged = words('Đồng bào H’Mông ở Mèo Vạc, Pà Thẻn, Hầu A Lềnh, Đắk Lắk', bare);
    expect(flagged).toEqual(expect.arrayContaining(['H’Mông', 'Thẻn', 'Đắk', 'Lắk']));
    expect(words('Đồng bào H’Mông ở Mèo Vạc, Pà Thẻn, Hầu A Lềnh, Đắk Lắk')).toEqual([]);
  });

  it('flags sử lý and suggests xử lý, with the reason', () => {
    const text = fixtureText().replace('ban hành 3 kế hoạch', 'sử lý 3 kế hoạch');
    const findings = checker.checkText(text);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ word: 'sử lý', kind: 'confused', suggestions: ['xử lý'] });
    expect(text.slice(f.start, f.end)).toBe('sử lý');
    expect(f.note).toMatch(/xử/);
  });
});

describe('confused pairs', () => {
  const pairs = parseConfused(resource('confused.tsv')).entries;

  it('ship more than forty, each with a note', () => {
    expect(pairs.length).toBeGreaterThan(40);
    for (const p of pairs) expect(p.note.length, p.wrong).toBeGreaterThan(3);
  });

  it('catch every wrong form as one confused finding, and pass every right one', () => {
    for (const p of pairs) {
      const found = checker.checkText(`Họ ${p.wrong} rồi.`);
      expect(found.map((f) => [f.kind, f.word, f.suggestions[0]]), p.wrong).toEqual([['confused', p.wrong, p.right]]);
      expect(checker.checkText(`Họ ${p.right} rồi.`), p.right).toEqual([]);
    }
  });

  it('keep the writer’s case and the house tone placement in the suggestion', () => {
    expect(checker.checkText('Chia sẽ kinh nghiệm')[0].suggestions).toEqual(['Chia sẻ']);
    expect(checker.checkText('SỬ LÝ NGAY')[0].suggestions).toEqual(['XỬ LÝ']);
    expect(checker.checkText('xáp nhập tỉnh', { tonePlacement: 'new' })[0].suggestions).toEqual(['sáp nhập']);
    expect(checker.checkText('giành dụm')[0].suggestions).toEqual(['dành dụm']);
    expect(checker.checkText('dành chiến thắng')[0].suggestions).toEqual(['giành chiến thắng']);
  });

  it('match only across spaces, not punctuation', () => {
    expect(checker.checkText('lịch sử, lý luận')).toEqual([]);
    expect(checker.checkText('chia sẻ')).toEqual([]);
  });
});

describe('syllables and words', () => {
  it('accepts both tone placements, qui and sỹ, in any case', () => {
    expect(words('hòa hoà thủy thuỷ Hòa Bình HOÀ BÌNH qui định Thạc sỹ lí luận kĩ thuật ỦY BAN')).toEqual([]);
  });

  it('flags a misspelt syllable with suggestions in the writer’s case', () => {
    const [f] = checker.checkText('Các Nghành kinh tế');
    expect(f).toMatchObject({ word: 'Nghành', kind: 'spelling' });
    expect(f.suggestions[0]).toBe('Ngành');
    const [g] = checker.checkText('NGHÀNH');
    expect(g.suggestions[0]).toBe('NGÀNH');
  });

  it('writes suggestions in the house tone placement', () => {
    expect(checker.suggest('khoẻee', 'old')).toContain('khỏe');
    expect(checker.suggest('khoẻee', 'old')).not.toContain('khoẻ');
    expect(checker.suggest('khoẻee', 'new')).toContain('khoẻ');
    expect(checker.suggest('hoàa', 'old')).toContain('hòa');
    expect(checker.suggest('hoàa', 'new')).toContain('hoà');
  });

  it.each([
    ['đươc', 'được'],
    ['thưòng', 'thường'],
    ['quyêt', 'quyết'],
    ['xuât', 'xuất'],
    ['nguời', 'người'],
    ['truờng', 'trường'],
    ['Huyệ', 'Huyện'],
    ['tôii', 'tôi'],
    ['nghành', 'ngành'],
  ])('suggests %s → %s first', (typo, expected) => {
    expect(checker.suggest(typo, 'old')[0]).toBe(expected);
  });

  it('keeps to a time budget for suggestions, and suggest() fills in later', () => {
    const quick = createSpellChecker({ vi: dictionaries().vi }, { suggestionBudgetMs: 0 });
    const [f] = quick.checkText('Các nghành');
    expect(f).toMatchObject({ word: 'nghành', suggestions: [] });
    expect(quick.suggest('nghành')[0]).toBe('ngành');
    // Once worked out, a word's suggestions come with later findings whatever the budget.
    expect(quick.checkText('nghành')[0].suggestions[0]).toBe('ngành');
  });

  it('accepts English words and flags English typos', () => {
    expect(words('Chiến dịch marketing online trên website và email của doanh nghiệp')).toEqual([]);
    const [f] = checker.checkText('một chiến dịch markting');
    expect(f.word).toBe('markting');
    expect(f.suggestions).toContain('marketing');
  });

  it('skips numbers, codes, links, e-mail addresses and abbreviations', () => {
    const text =
      'Kế hoạch 229-KH/HU ngày 01/11/2023, đạt 96,7%, COVID-19, xem https://baohagiang.vn/xa-hoi/abc-xyz.html, ' +
      'www.tuyenquang.gov.vn hoặc toasoan@baohagiang.vn; UBND, HĐND, BTV, THCS, KHKT, TP.HCM, ThS, NN&PTNT, BHG, XYZQ.';
    expect(checker.checkText(text)).toEqual([]);
  });

  it('still checks words in capitals that are syllables', () => {
    expect(words('ĐẢNG BỘ HUYỆN QUANG BÌNH')).toEqual([]);
    expect(words('NGHÀNH GIÁO DỤC')).toEqual(['NGHÀNH']);
  });

  it('accepts gazetteer names as written, not in lower case', () => {
    expect(words('người Pà Thẻn')).toEqual([]);
    expect(words('người thẻn')).toEqual(['thẻn']);
    expect(words('NGƯỜI PÀ THẺN')).toEqual([]);
  });

  it('accepts the reporter’s own words, and forgets them when the list changes', () => {
    expect(words('anh Sùng Mí Chớ và xã Lũng Xoáy')).toEqual([]);
    expect(words('bản Khuổii Tát')).toEqual(['Khuổii']);
    expect(checker.checkText('bản Khuổii Tát', { userWords: ['Khuổii'] })).toEqual([]);
    expect(checker.checkText('BẢN KHUỔII TÁT', { userWords: ['Khuổii'] })).toEqual([]);
    expect(checker.checkText('bản Khuổii Tát', { userWords: [] }).map((f) => f.word)).toEqual(['Khuổii']);
  });

  it('gives offsets into the text as written, decomposed input included', () => {
    const text = 'Xin chào nghành';
    const [f] = checker.checkText(text);
    expect(text.slice(f.start, f.end)).toBe('nghành');
    const nfd = 'Tie\u0302\u0301ng nghành'.normalize('NFD');
    const [g] = checker.checkText(nfd);
    expect(nfd.slice(g.start, g.end).normalize('NFC')).toBe('nghành');
  });

  it('reports no problems in the shipped lists', () => {
    expect(checker.problems).toEqual([]);
  });
});

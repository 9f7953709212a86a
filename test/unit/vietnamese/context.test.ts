// Real-word slips found by their neighbours (spell/context.ts): a good syllable written for
// another (`cho biếc`, `người dâng`) is flagged when a confusable swap of it makes the sequence
// many times likelier (spell/bigram.ts); real words and names are left alone.

import { beforeAll, describe, expect, it } from 'vitest';
import { createSpellChecker, type SpellChecker } from '../../../main/common/vietnamese/spell/checker.ts';
import { createContextModel } from '../../../main/common/vietnamese/spell/context.ts';
import { wordTokens } from '../../../main/common/vietnamese/spell/tokens.ts';
import { parseWordList } from '../../../main/common/vietnamese/spell/word-list.ts';
import { dictionaries, spellListFiles } from './helpers.ts';

// Counts like the shipped list's: the pairs a test is about among 10,000 other sequences (the
// shipped list has about 40,000), so that an unseen sequence is about as unlikely as in news text.
const BACKGROUND = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`nền${i} khác${i}`, 1]));
const frequency = (pairs: Record<string, number>) => ({
  words: new Map<string, number>(),
  pairs: new Map(Object.entries({ ...BACKGROUND, ...pairs })),
});
/** `word` followed once each by n other words: a word news text puts before many. */
const followedBy = (word: string, n: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${word} khác${i}`, 1]));
const syllables = new Set(['biết', 'biếc', 'dân', 'dâng', 'sao', 'xao', 'lo', 'no', 'nở', 'lỡ', 'ra', 'gia', 'sẻ', 'sẽ']);
const isSyllable = (w: string): boolean => syllables.has(w);

function slips(text: string, model = createContextModel(frequency({ 'cho biết': 3, 'người dân': 3 }), [])) {
  const tokens = wordTokens(text);
  return model.slips(text, tokens, isSyllable).map((s) => [tokens[s.index].word, s.right, s.rule]);
}

describe('the context model', () => {
  it('offers the swap that its neighbours make far likelier, with the letters swapped', () => {
    expect(slips('Ông cho biếc rằng người dâng đã về.')).toEqual([
      ['biếc', 'biết', 'c/t'],
      ['dâng', 'dân', 'n/ng'],
    ]);
  });

  it('leaves a syllable its neighbours know, and one no neighbour speaks for', () => {
    expect(slips('Ông cho biết trời xanh biếc.')).toEqual([]);
    // A comma cuts the sequence: `cho, biếc` says nothing.
    expect(slips('Nói cho, biếc nữa.')).toEqual([]);
  });

  it('reads a news word as a known sequence (chăm lo)', () => {
    const model = createContextModel(frequency({}), ['chăm lo']);
    expect(slips('Phải chăm no cho dân.', model)).toEqual([['no', 'lo', 'l/n']]);
  });

  it('weighs a syllable by the words it follows, not by how often it is seen: `sẻ` is for `chia`', () => {
    const model = createContextModel(
      frequency({
        // `sẻ` is counted far more often than `sẽ`, but after one word only.
        'chia sẻ': 50,
        'sẻ kinh': 3,
        // From `chia sẻ tiếp`: the word as written is seen with its neighbour, but `sẽ tiếp` far more.
        'sẻ tiếp': 1,
        'năm sẽ': 1,
        'đó sẽ': 1,
        'xã sẽ': 1,
        'thôn sẽ': 1,
        'tỉnh sẽ': 1,
        'sẽ tiếp': 30,
        'sẽ được': 5,
        'sau đó': 5,
      }),
      [],
    );
    expect(slips('Năm sau sẻ tiếp tục.', model)).toEqual([['sẻ', 'sẽ', 'hỏi/ngã']]);
    expect(slips('Anh chia sẻ tiếp.', model)).toEqual([]);
  });

  it('takes a finger slip (tone, vowel mark, final one key off) only on firmer odds than a confusion', () => {
    const syl = new Set([...syllables, 'tác', 'tắc', 'thì', 'thi']);
    const run = (text: string, pairs: Record<string, number>) => {
      const tokens = wordTokens(text);
      return createContextModel(frequency(pairs), [])
        .slips(text, tokens, (w) => syl.has(w))
        .map((s) => [tokens[s.index].word, s.right, s.rule]);
    };
    // Seen once after a word that twenty others follow: enough for a confusion of the ear…
    const once = { ...followedBy('cho', 20), 'cho biết': 1, ...followedBy('công', 20), 'công tác': 1 };
    expect(run('Ông cho biếc rằng.', once)).toEqual([['biếc', 'biết', 'c/t']]);
    // …not for a slip of the fingers, which makes another good word far more often.
    expect(run('Anh về công tắc tại xã.', once)).toEqual([]);
    expect(run('Anh về công tắc tại xã.', { ...followedBy('công', 20), 'công tác': 30 })).toEqual([['tắc', 'tác', 'dấu mũ, móc']]);
    // A syllable every article uses is never taken for a slip of the fingers.
    expect(run('Kỳ thì học sinh giỏi.', { 'kỳ thi': 30 })).toEqual([]);
  });

  it('does not judge names, nor a sentence start a name may go on from', () => {
    expect(slips('Người Dâng ở đây. Biếc Là tên.')).toEqual([]);
  });

  it('judges a sentence’s first word as a word when the sentence goes on in lower case', () => {
    const model = createContextModel(frequency({ 'xác định': 3 }), []);
    const syl = new Set(['sác', 'xác']);
    const run = (text: string, blockStart = false) => {
      const tokens = wordTokens(text);
      return model.slips(text, tokens, (w) => syl.has(w), blockStart).map((s) => [tokens[s.index].word, s.right]);
    };
    // After a number, too: the stop ends `20%.`, a chunk that is no word.
    expect(run('Tỷ lệ còn trên 20%. Sác định đúng hướng.')).toEqual([['Sác', 'xác']]);
    expect(run('Sác định đúng hướng.')).toEqual([]);
    expect(run('Sác định đúng hướng.', true)).toEqual([['Sác', 'xác']]);
    expect(run('Đến TP. Sác định thì thôi.')).toEqual([]);
  });

  it('takes a sentence’s first word as a neighbour, and no name: `Tối lào`, `Tối Lào`', () => {
    const syl = new Set(['lào', 'nào']);
    const run = (text: string) => {
      const tokens = wordTokens(text);
      return createContextModel(frequency({ 'tối nào': 3 }), [])
        .slips(text, tokens, (w) => syl.has(w), true)
        .map((s) => [tokens[s.index].word, s.right]);
    };
    expect(run('Tối lào cũng tập.')).toEqual([['lào', 'nào']]);
    expect(run('Anh Tối lào cũng tập.')).toEqual([]);
  });

  it('makes little of a pair seen once after a word news text puts before a thousand others', () => {
    const model = (pairs: Record<string, number>) => createContextModel(frequency(pairs), []);
    expect(slips('Ông cho biếc rằng.', model({ ...followedBy('cho', 1000), 'cho biết': 1 }))).toEqual([]);
    expect(slips('Ông cho biếc rằng.', model({ ...followedBy('cho', 1000), 'cho biết': 300 }))).toEqual([['biếc', 'biết', 'c/t']]);
  });

  it('weighs both neighbours: `mang tính hình thức` is no slip of `tình hình`', () => {
    const syl = new Set(['tính', 'tình']);
    const run = (pairs: Record<string, number>) => {
      const text = 'Buổi họp không còn mang tính hình thức.';
      const tokens = wordTokens(text);
      return createContextModel(frequency(pairs), [])
        .slips(text, tokens, (w) => syl.has(w))
        .map((s) => s.right);
    };
    expect(run({ 'tình hình': 30 })).toEqual(['tình']);
    expect(run({ 'tình hình': 30, 'mang tính': 30 })).toEqual([]);
  });
});

describe('with a dictionary’s words (word-list.ts)', () => {
  const syl = new Set(['suất', 'xuất', 'sẽ', 'sẻ', 'lỡ', 'lở', 'nên', 'lên', 'dao', 'giao', 'rao']);
  const run = (text: string, words: string[]) => {
    const tokens = wordTokens(text);
    return createContextModel(frequency({}), [], parseWordList(words.join('\n')))
      .slips(text, tokens, (w) => syl.has(w))
      .map((s) => [tokens[s.index].word, s.right, s.rule]);
  };

  it('takes the swap that makes a word with a free neighbour, where the syllable as written makes none', () => {
    expect(run('Dán tem truy suất nguồn gốc.', ['truy xuất', 'nguồn gốc'])).toEqual([['suất', 'xuất', 's/x']]);
  });

  it('does not take a neighbour that already makes a word on its other side: `sẽ chia sẻ`', () => {
    expect(run('Anh sẽ chia sẻ kinh nghiệm.', ['chia sẻ', 'sẻ chia', 'kinh nghiệm'])).toEqual([]);
  });

  it('takes the swap that makes a longer word than the syllable as written: `lỡ mồm long móng`', () => {
    expect(run('Tiêm vắc-xin lỡ mồm long móng cho bò.', ['lỡ mồm', 'lở mồm long móng'])).toEqual([['lỡ', 'lở', 'hỏi/ngã']]);
    // Two syllables against two: the list cannot say which is meant.
    expect(run('Trót lỡ mồm rồi.', ['lỡ mồm', 'lở mồm'])).toEqual([]);
  });

  it('says nothing when two swaps make a word, or for a syllable every article uses', () => {
    expect(run('Ông dao hàng.', ['giao hàng', 'rao hàng'])).toEqual([]);
    expect(run('Thương lái nên giá bấp bênh.', ['lên giá'])).toEqual([]);
  });

  it('takes no evidence from a grammatical word: `để chống sạt lở` is no slip of `để trống`', () => {
    const text = 'Gia cố bờ ruộng để chống sạt lở.';
    const tokens = wordTokens(text);
    const slipsWith = (words: string[]) =>
      createContextModel(frequency({}), [], parseWordList(words.join('\n'))).slips(text, tokens, (w) => ['chống', 'trống'].includes(w));
    expect(slipsWith(['để trống'])).toEqual([]);
    // The same word with a content word beside it is evidence.
    const other = 'Căn nhà bỏ chống lâu năm.';
    expect(
      createContextModel(frequency({}), [], parseWordList('bỏ trống'))
        .slips(other, wordTokens(other), (w) => ['chống', 'trống'].includes(w))
        .map((s) => s.right),
    ).toEqual(['trống']);
  });

  it('keeps only lower-case entries of two to four syllables, in either tone placement', () => {
    const list = parseWordList('hoà bình\nA Di Đà Phật\nsản xuất\nchào\nmột hai ba bốn năm\n');
    expect(list.size).toBe(2);
    expect(list.has(['hòa', 'bình'])).toBe(true);
    expect(list.has(['Sản', 'Xuất'])).toBe(true);
    expect(list.has(['chào'])).toBe(false);
  });
});

describe('in the spell checker, with the shipped lists', () => {
  let checker: SpellChecker;
  beforeAll(() => {
    checker = createSpellChecker({ ...dictionaries(), ...spellListFiles() }, { tonePlacement: 'old' });
  });

  it.each([
    ['Anh Sùng cho biếc thôn có 40 hộ.', 'biếc', 'biết'],
    ['Người dâng phấn khởi đón Tết.', 'dâng', 'dân'],
    ['Bà cong trong thôn góp công.', 'cong', 'con'],
    ['Đoàn thanh niêm tình nguyện đến.', 'niêm', 'niên'],
    // From the installed word list (@vntk/dictionary), not the newsroom's lists.
    ['Họ đã giải quyết dức điểm vụ việc.', 'dức', 'dứt'],
    ['Đôi bạn trẻ sinh xống ở thôn.', 'xống', 'sống'],
    ['Các em say xưa đọc sách.', 'xưa', 'sưa'],
    ['Tiêm vắc-xin lỡ mồm long móng cho đàn bò.', 'lỡ', 'lở'],
    // From news-phrases.txt: sequences news text uses that are no dictionary word.
    ['Chiều nay trời mua to.', 'mua', 'mưa'],
  ])('%j: %s → %s', (text, word, right) => {
    const found = checker.checkText(text).filter((f) => f.kind === 'confused');
    expect(found.map((f) => [f.word, f.suggestions[0]])).toEqual([[word, right]]);
    expect(found[0].note).toBeTruthy();
  });

  it('passes the same words where they are right', () => {
    for (const text of [
      'Trời xanh biếc.',
      'Người dân dâng hương.',
      'Con đường cong.',
      'Ngày xưa, ông sống ở đây.',
      'Anh sẽ chia sẻ kinh nghiệm.',
      'Trót lỡ mồm nói ra.',
      // `đối với` is listed, but `với` stands beside anything.
      'Giải có 18 đội với 200 vận động viên.',
    ])
      expect(checker.checkText(text), text).toEqual([]);
  });
});

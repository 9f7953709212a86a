// Real-word slips found by their neighbours (spell/context.ts): a good syllable written for
// another (`cho biếc`, `người dâng`) is flagged when a confusable swap of it makes a sequence
// news text uses and it makes none; real words, names and undecided cases are left alone.

import { beforeAll, describe, expect, it } from 'vitest';
import { createSpellChecker, type SpellChecker } from '../../../main/common/vietnamese/spell/checker.ts';
import { createContextModel } from '../../../main/common/vietnamese/spell/context.ts';
import { wordTokens } from '../../../main/common/vietnamese/spell/tokens.ts';
import { NO_WORD_LIST, parseWordList } from '../../../main/common/vietnamese/spell/word-list.ts';
import { dictionaries, spellListFiles } from './helpers.ts';

const frequency = (pairs: Record<string, number>) => ({ words: new Map<string, number>(), pairs: new Map(Object.entries(pairs)) });
const syllables = new Set(['biết', 'biếc', 'dân', 'dâng', 'sao', 'xao', 'lo', 'no', 'nở', 'lỡ', 'ra', 'gia']);
const isSyllable = (w: string): boolean => syllables.has(w);

function slips(text: string, model = createContextModel(frequency({ 'cho biết': 3, 'người dân': 3 }), [])) {
  const tokens = wordTokens(text);
  return model.slips(text, tokens, isSyllable).map((s) => [tokens[s.index].word, s.right, s.rule]);
}

describe('the context model', () => {
  it('offers the swap that its neighbours know, with the letters swapped', () => {
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

  it('reads a news word as a known sequence (chăm lo), but says nothing when two swaps are as likely', () => {
    const model = createContextModel(frequency({}), ['chăm lo']);
    expect(slips('Phải chăm no cho dân.', model)).toEqual([['no', 'lo', 'l/n']]);
    const tied = createContextModel(frequency({ 'hoa nở': 1, 'hoa lỡ': 1 }), []);
    expect(slips('Cây hoa lở rồi.', tied)).toEqual([]);
  });

  it('takes a finger slip (tone, vowel mark, final one key off) only on firmer evidence than a confusion', () => {
    const syl = new Set([...syllables, 'tác', 'tắc', 'niên', 'niêm', 'khách', 'khác', 'thì', 'thi']);
    const run = (text: string, pairs: Record<string, number>, words: string[] = []) => {
      const tokens = wordTokens(text);
      return createContextModel(frequency(pairs), words)
        .slips(text, tokens, (w) => syl.has(w))
        .map((s) => [tokens[s.index].word, s.right, s.rule]);
    };
    expect(run('Anh về công tắc tại xã.', { 'công tác': 5 })).toEqual([['tắc', 'tác', 'dấu mũ, móc']]);
    // A news word counts three sightings: with two more of news text, enough.
    expect(run('Đoàn thanh niêm đến.', { 'thanh niên': 2 }, ['thanh niên'])).toEqual([['niêm', 'niên', 'n/m']]);
    expect(run('Đoàn thanh niêm đến.', {}, ['thanh niên'])).toEqual([]);
    expect(run('Đón du khác về.', { 'du khách': 5 })).toEqual([['khác', 'khách', 'c/ch']]);
    // Seen three times: a confusion would be taken on far less, a finger slip is not.
    expect(run('Anh về công tắc tại xã.', { 'công tác': 3 })).toEqual([]);
    // A syllable every article uses is not taken for a slip on such evidence.
    expect(run('Kỳ thì học sinh giỏi.', { 'kỳ thi': 5 })).toEqual([]);
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

  it('asks more of a slip where the syllable written is one every article uses: `thôn ra giúp`', () => {
    // `gia giúp` is seen once (in `tham gia giúp`): no reason to doubt `ra`.
    expect(slips('Thanh niên trong thôn ra giúp.', createContextModel(frequency({ 'gia giúp': 1 }), []))).toEqual([]);
    expect(slips('Thanh niên trong thôn ra giúp.', createContextModel(frequency({ 'gia giúp': 3 }), []))).toEqual([['ra', 'gia', 'gi/r']]);
  });

  it('counts a pair with a grammatical word only as news text shows it, never from a news word', () => {
    expect(slips('Ông cho biếc rằng.', createContextModel(frequency({}), ['cho biết']))).toEqual([]);
    expect(slips('Ông cho biếc rằng.', createContextModel(frequency({ 'cho biết': 1 }), []))).toEqual([['biếc', 'biết', 'c/t']]);
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

  it('takes no evidence from a neighbour that already makes a word on its other side: `mang tính hình thức`', () => {
    const tokensOf = (text: string) => wordTokens(text);
    const text = 'Buổi họp không còn mang tính hình thức.';
    const model = (words: string[]) => createContextModel(frequency({ 'tình hình': 2 }), ['tình hình'], parseWordList(words.join('\n')));
    const found = (words: string[]) =>
      model(words)
        .slips(text, tokensOf(text), (w) => ['tính', 'tình'].includes(w))
        .map((s) => s.right);
    // Without the word list `hình` is free, and `tình hình` points to `tình`; `hình thức` binds it.
    expect(found([])).toEqual(['tình']);
    expect(found(['hình thức'])).toEqual([]);
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

  it('counts a news phrase as one sighting: enough for a confusion of the ear, not for a finger slip', () => {
    const run = (text: string) =>
      createContextModel(frequency({}), [], NO_WORD_LIST, ['tối nào', 'họp bản'])
        .slips(text, wordTokens(text), (w) => ['lào', 'nào', 'bàn', 'bản'].includes(w))
        .map((s) => [s.right, s.rule]);
    expect(run('Tối lào cũng tập.')).toEqual([['nào', 'l/n']]);
    expect(run('Ai cần thì họp bàn với nhau.')).toEqual([]);
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

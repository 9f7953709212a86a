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
      expect(
        found.map((f) => [f.kind, f.word, f.suggestions[0]]),
        p.wrong,
      ).toEqual([['confused', p.wrong, p.right]]);
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

  it('accepts the syllables of the word list’s words that the syllable dictionary lacks: nòng cốt, hậu duệ', () => {
    const text = 'Lực lượng nòng cốt, hậu duệ của ông, giọng rắn rỏi, cảnh nhếch nhác, băng rôn đỏ.';
    expect(checker.checkText(text)).toEqual([]);
    expect(checker.isCorrect('nòngg')).toBe(false);
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

describe('names, labels and capitals (the gazetteer)', () => {
  it('takes place names of Hà Giang and Tuyên Quang, their Tày, Nùng, Mông and Dao syllables, and news labels', () => {
    const text =
      'Thôn Khuổi Niếng, xã Pờ Ly Ngài; Nặm Đăm, Sủng Là, Tân Trào, Lăng Can; anh Sùng Mí Chứ, bà Vừ Thị Dế; 180 ha đạt VietGAP, 12 ha GlobalGAP, 36 sản phẩm OCOP; homestay, livestream trên TikTok; định danh qua VNeID; bón kali, gia cố mái taluy.';
    expect(checker.checkText(text)).toEqual([]);
  });

  it('accepts a name’s syllable only with its capital, and puts a label’s capitals right', () => {
    const found = checker.checkText('thôn khuổi và chứng nhận Vietgap');
    expect(found.map((f) => [f.kind, f.word, f.suggestions[0]])).toEqual([
      ['capital', 'khuổi', 'Khuổi'],
      ['capital', 'Vietgap', 'VietGAP'],
    ]);
  });

  it.each([
    ['Đoàn về Hà giang làm việc.', 'Hà giang', 'Hà Giang'],
    ['Bà con xã lũng cú đón Tết.', 'lũng cú', 'Lũng Cú'],
    ['Đồn Biên phòng Thanh thủy giúp dân.', 'Thanh thủy', 'Thanh Thủy'],
    ['Học sinh người mông đi học đều.', 'mông', 'Mông'],
    ['Lễ hội của dân tộc dao đỏ.', 'dao', 'Dao'],
    ['Phó Bí thư tỉnh ủy dự họp.', 'tỉnh ủy', 'Tỉnh ủy'],
    ['Đồng chí Hoàng thị Sinh phát biểu.', 'thị', 'Thị'],
    ['Cây chè phát triển tốt. nhiều hộ thoát nghèo.', 'nhiều', 'Nhiều'],
    // A one-word place after its cue, at a phrase's end; a name's later syllable once it has begun.
    ['Đường chạy dọc bờ sông lô.', 'lô', 'Lô'],
    ['Lớp học ở thôn Nà sài, xã Hồ Thầu.', 'sài', 'Sài'],
    ['Đồn khám bệnh cho dân thôn Sủng lìa.', 'lìa', 'Lìa'],
    ['Chị giàng Thị Dung kể chuyện.', 'giàng', 'Giàng'],
    ['Đoàn lên cao nguyên đá Đồng văn.', 'Đồng văn', 'Đồng Văn'],
    // A given name after a family and a middle name; the nation's names of fixed capitals.
    ['Ông Vàng Seo páo cho biết thêm.', 'páo', 'Páo'],
    ['Anh Lò Văn khải làm trưởng thôn.', 'khải', 'Khải'],
    ['Dịp Tết nguyên đán, bà con sắm sửa.', 'Tết nguyên đán', 'Tết Nguyên đán'],
    ['Phẩm chất Bộ đội cụ Hồ được giữ vững.', 'Bộ đội cụ Hồ', 'Bộ đội Cụ Hồ'],
  ])('finds the missing capital in %j', (text, word, suggestion) => {
    const found = checker.checkText(text).filter((f) => f.kind === 'capital');
    expect(found.map((f) => [f.word, f.suggestions[0]])).toEqual([[word, suggestion]]);
  });

  it.each([
    ['Quê ở huyện bắc Quang.', 'bắc Quang', 'Bắc Quang'],
    ['Huyện đoàn bắc Mê đã ra quân.', 'bắc Mê', 'Bắc Mê'],
    ['Các xã Séo Lủng, xín Chải đã về đích.', 'xín Chải', 'Xín Chải'],
    ['Trưởng thôn Thèn pả, xã Lao Chải.', 'Thèn pả', 'Thèn Pả'],
    ['Con em đồng bào mông đến lớp.', 'mông', 'Mông'],
  ])('restores a name plainly meant, not another word its syllable could be: %j', (text, word, suggestion) => {
    const found = checker.checkText(text).filter((f) => f.start <= text.indexOf(word) + word.length && text.indexOf(word) < f.end);
    expect(found.map((f) => [f.kind, f.word, f.suggestions[0]])).toEqual([['capital', word, suggestion]]);
  });

  it.each([
    'Trung thành với Đảng, ông luôn gương mẫu.',
    'Một bức tranh vùng quê thanh bình.',
    'Người kinh doanh nhỏ và bà con chăm sóc vườn.',
    'Các tỉnh ủy đã họp.',
    'Tại TP. Hà Giang, đường được trải nhựa... tạo dựng nên bức tranh mới.',
    'Ông nói: “Sao vậy?” – và cười.',
    'HÀ GIANG VÀO XUÂN',
    // A one-word place that is also a word, inside a phrase: the river flows, it is not sông Chảy.
    'Nước sông chảy xiết sau mưa.',
    'Bà con xã Pả Vi không quên ơn.',
    // After two capitals the name may be over; a number is not the end of a phrase.
    'Đoàn đã đến xã Nà Chì rồi.',
    'Chị gắn bó với huyện Xín Mần gần 5 năm.',
    // A name that is also a word, inside another name: the Women's Union, not the commune Liên Hiệp.
    'Hội Liên hiệp Phụ nữ xã mở lớp.',
    // `Văn` and `Thị` before a word they make (`văn hóa`), or a two-syllable name before a verb.
    'Phòng Văn hóa huyện và Sở Văn hóa, Thể thao tổ chức.',
    'Anh Lê Văn cho biết đường đã thông.',
  ])('leaves prose alone: %j', (text) => {
    expect(checker.checkText(text).filter((f) => f.kind === 'capital')).toEqual([]);
  });

  it('reads a name its cue announces, village or person, when its syllables are spelled as syllables can be', () => {
    expect(checker.checkText('Bà con thôn Nà Lẹng và thôn Tìa Chí Dìa, thôn Xí Phài đón ông Chử.')).toEqual([]);
    // Not where no cue announces it, nor a syllable no Vietnamese syllable is spelled as.
    expect(checker.checkText('Lẹng đến.').map((f) => f.word)).toEqual(['Lẹng']);
    expect(checker.checkText('Thôn Nà Lẹngg.').map((f) => f.word)).toEqual(['Lẹngg']);
  });

  it('reads a given name where a family and a middle name announce it, whatever the dictionary says', () => {
    expect(checker.checkText('Ông Lù Văn Pín và bà Sùng Thị Mỷ cho biết.')).toEqual([]);
    expect(bare.checkText('Hôm qua Lù Văn Pín cho biết.').map((f) => f.word)).toContain('Pín');
  });

  it('asks the first word after the paper’s prefix for a capital when the text starts a block', () => {
    expect(
      checker.checkText('BHG - những năm qua, huyện đã làm tốt.', { blockStart: true }).map((f) => [f.word, f.suggestions[0]]),
    ).toEqual([['những', 'Những']]);
    expect(checker.checkText('BHG - Những năm qua, huyện đã làm tốt.', { blockStart: true })).toEqual([]);
    expect(checker.checkText('BHG - những năm qua', { blockStart: false })).toEqual([]);
  });

  it('asks a block’s first word for a capital only when told the text starts a block', () => {
    expect(checker.checkText('nhiều hộ thoát nghèo.')).toEqual([]);
    expect(checker.checkText('nhiều hộ thoát nghèo.', { blockStart: true }).map((f) => [f.kind, f.suggestions[0]])).toEqual([
      ['capital', 'Nhiều'],
    ]);
  });
});

describe('wrong words of real syllables, grown from the confusion pairs', () => {
  it.each([
    ['Anh bàng hoàn kể lại.', 'bàng hoàn', 'bàng hoàng'],
    ['Đẩy mạnh sản suất nông nghiệp.', 'sản suất', 'sản xuất'],
    ['Thực hiện chương chình mục tiêu.', 'chương chình', 'chương trình'],
    ['Đường giao thông bị sạt lỡ.', 'sạt lỡ', 'sạt lở'],
    ['Xe chạy quá tốc đô cho phép.', 'tốc đô', 'tốc độ'],
  ])('%j: %s → %s', (text, word, right) => {
    const [f] = checker.checkText(text).filter((x) => x.kind === 'confused');
    expect([f?.word, f?.suggestions[0]]).toEqual([word, right]);
    expect(f.note).toBeTruthy();
  });

  it('leaves real words and names alone: hoàng thành, giải phong cách, Quản Bạ', () => {
    for (const text of [
      'Hoàng thành Thăng Long và hoàng thành Huế.',
      'Giải phong cách thuộc về đội xã Lùng Tám.',
      'Huyện Quản Bạ quảng bá du lịch.',
      // `hợp đồng` + `bao tiêu`, two words of the dictionary, not a slip of `đồng bào`.
      'HTX ký hợp đồng bao tiêu sản phẩm cho bà con.',
      // `khả năng` + `xuất hiện`: the hand-written pair `năng xuất` read across two words.
      'Vùng núi cao có khả năng xuất hiện băng giá.',
    ]) {
      expect(
        checker.checkText(text).filter((f) => f.kind === 'confused'),
        text,
      ).toEqual([]);
    }
  });
});

describe('suggestions ranked as a reporter expects', () => {
  it.each([
    ['nguòi', 'người'],
    ['đươc', 'được'],
    ['hoàa', 'hòa'],
    ['dống', 'giống'],
    ['trỉu', 'trĩu'],
    ['suống', 'xuống'],
  ])('%s → %s first', (typo, right) => {
    expect(checker.suggest(typo, 'old')[0]).toBe(right);
  });

  it('uses the words around the typo: `học tậb` → tập, `khẩn trươn` → trương', () => {
    expect(checker.checkText('Các em học tậb chăm chỉ.', { tonePlacement: 'old' })[0].suggestions[0]).toBe('tập');
    expect(checker.checkText('Làm việc khẩn trươn.', { tonePlacement: 'old' })[0].suggestions[0]).toBe('trương');
  });

  it('prefers a word one letter off that the neighbours know to a nearer one they do not: `trình dễn` → diễn, not đến', () => {
    expect(checker.suggest('dễn', 'old')[0]).toBe('đến');
    expect(checker.checkText('Buổi trình dễn trang phục.', { tonePlacement: 'old' })[0].suggestions[0]).toBe('diễn');
  });

  it.each([
    ['chéb', 'chép'],
    ['hạd', 'hạt'],
    ['mád', 'mát'],
    ['nhậb', 'nhập'],
    ['bág', 'bác'],
  ])('reads a final Vietnamese does not write as the stop it sounds like: %s → %s', (typo, right) => {
    expect(checker.suggest(typo, 'old')[0]).toBe(right);
  });

  it.each([
    ['thôgn', 'thông'],
    ['lògn', 'lòng'],
    ['mihn', 'minh'],
    ['qauy', 'quay'],
  ])('reads two letters typed the wrong way round as one slip: %s → %s, before a letter dropped', (typo, right) => {
    expect(checker.suggest(typo, 'old')[0]).toBe(right);
  });

  it('puts a name first when the nearer word is one news text does not use: `giáy` → Giáy, not dáy', () => {
    expect(checker.suggest('giáy', 'old')[0]).toBe('Giáy');
    const [f] = checker.checkText('Nàng Út người giáy.', { tonePlacement: 'old' });
    expect(f).toMatchObject({ word: 'giáy', kind: 'capital' });
    expect(f.suggestions[0]).toBe('Giáy');
  });
});

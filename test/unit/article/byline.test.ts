import { describe, expect, it } from 'vitest';
import { bylineName, defaultByline, formatByline, nameFromCapitals, parseByline } from '../../../main/common/article/byline.ts';
import type { Byline } from '../../../main/common/article/model.ts';

describe('formatByline', () => {
  it('prints each role the paper uses', () => {
    const people = [{ name: 'Trung Hậu' }];
    expect(formatByline({ role: 'bai-anh', people, place: 'Quang Bình' })).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    expect(formatByline({ role: 'tin-anh', people })).toBe('Tin, ảnh: TRUNG HẬU');
    expect(formatByline({ role: 'bai', people })).toBe('Bài: TRUNG HẬU');
    expect(formatByline({ role: 'tin', people })).toBe('Tin: TRUNG HẬU');
    expect(formatByline({ role: 'nhom-pv', people: [] })).toBe('Nhóm PV');
    expect(formatByline({ role: 'nhom-pv', people: [{ name: 'Minh Anh' }, { name: 'Đức Đồng' }] })).toBe('Nhóm PV: MINH ANH - ĐỨC ĐỒNG');
    expect(formatByline({ role: 'theo', people: [], source: 'VOV' })).toBe('Theo VOV');
  });

  it('splits writers and photographers into Bài: …; Ảnh: …', () => {
    const b: Byline = {
      role: 'bai-anh',
      people: [{ name: 'Trung Hậu', role: 'text' }, { name: 'Thu Phương' }, { name: 'Hoàng Nghĩa', role: 'photo' }],
      place: 'Quang Bình',
    };
    expect(formatByline(b)).toBe('Bài: TRUNG HẬU - THU PHƯƠNG; Ảnh: HOÀNG NGHĨA (Quang Bình)');
    expect(formatByline({ ...b, role: 'tin' })).toBe('Tin: TRUNG HẬU - THU PHƯƠNG; Ảnh: HOÀNG NGHĨA (Quang Bình)');
  });

  it('uppercases Vietnamese letters right, from NFD too, and prints NFC', () => {
    const nfd = 'đặng thị ngọc hường'.normalize('NFD');
    const out = bylineName(nfd);
    expect(out).toBe('ĐẶNG THỊ NGỌC HƯỜNG');
    expect(out).toBe(out.normalize('NFC'));
    expect(bylineName('  Lò   Văn\u00a0Sử ')).toBe('LÒ VĂN SỬ');
  });

  it('prints nothing for a byline without anybody', () => {
    expect(formatByline({ role: 'bai-anh', people: [] })).toBe('');
    expect(formatByline({ role: 'bai', people: [{ name: '   ' }] })).toBe('');
    expect(formatByline({ role: 'theo', people: [] })).toBe('');
  });

  it('defaults from settings', () => {
    expect(defaultByline({ reporterName: ' Trung Hậu ', reporterPlace: 'Quang Bình' })).toEqual({
      role: 'bai-anh',
      people: [{ name: 'Trung Hậu' }],
      place: 'Quang Bình',
    });
    expect(defaultByline({ reporterName: '', reporterPlace: '' })).toEqual({ role: 'bai-anh', people: [] });
  });
});

describe('parseByline', () => {
  it('reads the fixture line with its NBSP and double space', () => {
    expect(parseByline('Bài, ảnh:\u00a0 TRUNG HẬU (Quang Bình)')).toEqual({
      role: 'bai-anh',
      people: [{ name: 'Trung Hậu' }],
      place: 'Quang Bình',
    });
  });

  it('reads the other house forms', () => {
    expect(parseByline('Tin, ảnh: MINH ANH')).toEqual({ role: 'tin-anh', people: [{ name: 'Minh Anh' }] });
    expect(parseByline('Bài: TRUNG HẬU')).toEqual({ role: 'bai', people: [{ name: 'Trung Hậu' }] });
    expect(parseByline('Tin: THU PHƯƠNG')).toEqual({ role: 'tin', people: [{ name: 'Thu Phương' }] });
    expect(parseByline('Bài: TRUNG HẬU; Ảnh: HOÀNG NGHĨA')).toEqual({
      role: 'bai',
      people: [
        { name: 'Trung Hậu', role: 'text' },
        { name: 'Hoàng Nghĩa', role: 'photo' },
      ],
    });
    expect(parseByline('Nhóm PV')).toEqual({ role: 'nhom-pv', people: [] });
    expect(parseByline('NHÓM PV: MINH ANH - ĐỨC ĐỒNG')).toEqual({ role: 'nhom-pv', people: [{ name: 'Minh Anh' }, { name: 'Đức Đồng' }] });
    expect(parseByline('Theo TTXVN')).toEqual({ role: 'theo', people: [], source: 'TTXVN' });
    expect(parseByline('Theo VOV.')).toEqual({ role: 'theo', people: [], source: 'VOV' });
  });

  it('accepts sloppy role words and separators', () => {
    expect(parseByline('Bài và ảnh: Trung Hậu – Thu Phương')).toEqual({
      role: 'bai-anh',
      people: [{ name: 'Trung Hậu' }, { name: 'Thu Phương' }],
    });
    expect(parseByline('BÀI, ẢNH: TRUNG HẬU, THU PHƯƠNG')?.people).toEqual([{ name: 'Trung Hậu' }, { name: 'Thu Phương' }]);
    expect(parseByline('Bài:TRUNG HẬU - Ảnh: HOÀNG NGHĨA (Quang Bình)')).toEqual({
      role: 'bai',
      people: [
        { name: 'Trung Hậu', role: 'text' },
        { name: 'Hoàng Nghĩa', role: 'photo' },
      ],
      place: 'Quang Bình',
    });
    // NFD input comes out NFC.
    expect(parseByline('Bài, ảnh: TRUNG HẬU'.normalize('NFD'))?.people[0].name).toBe('Trung Hậu'.normalize('NFC'));
  });

  it('keeps abbreviations and mixed-case names as typed', () => {
    expect(nameFromCapitals('PV')).toBe('PV');
    expect(nameFromCapitals('Đức Đồng')).toBe('Đức Đồng');
    expect(parseByline('Tin: PV')).toEqual({ role: 'tin', people: [{ name: 'PV' }] });
  });

  it('reads a bare line of names in capitals as Bài, and refuses prose', () => {
    expect(parseByline('MINH ANH (Quang Bình)')).toEqual({ role: 'bai', people: [{ name: 'Minh Anh' }], place: 'Quang Bình' });
    expect(parseByline('Đảng viên Chi bộ thôn Trung Thành, xã Vĩ Thượng chia sẻ kinh nghiệm.')).toBeNull();
    expect(parseByline('Ý kiến bạn đọc')).toBeNull();
    expect(parseByline('')).toBeNull();
    expect(parseByline('UBND HUYỆN QUANG BÌNH ĐÃ HỌP VỚI 12 XÃ VÀ THỊ TRẤN TRONG NGÀY 5/1')).toBeNull();
  });

  it('round-trips every form through format and parse', () => {
    const forms: Byline[] = [
      { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' },
      { role: 'tin-anh', people: [{ name: 'Minh Anh' }, { name: 'Đức Đồng' }] },
      {
        role: 'bai',
        people: [
          { name: 'Trung Hậu', role: 'text' },
          { name: 'Hoàng Nghĩa', role: 'photo' },
        ],
        place: 'Bắc Quang',
      },
      { role: 'nhom-pv', people: [] },
      { role: 'theo', people: [], source: 'VOV' },
      { role: 'theo', people: [{ name: 'Thu Phương' }], source: 'TTXVN' },
    ];
    for (const b of forms) {
      const text = formatByline(b);
      expect(parseByline(text), text).toEqual(b);
      expect(formatByline(parseByline(text)!)).toBe(text);
    }
  });
});

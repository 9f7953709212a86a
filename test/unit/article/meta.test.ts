// The metadata panel's pure parts (main/common/article/meta.ts) and the publish-time field's
// conversion (main/common/article/time.ts).

import { describe, expect, it } from 'vitest';
import { formatByline } from '../../../main/common/article/byline.ts';
import {
  addTags,
  bylineForStore,
  bylineWithDefaults,
  cleanSlug,
  isEmptyByline,
  metaForStore,
  normalizeTags,
  slugFromHeadline,
  SLUG_MAX,
} from '../../../main/common/article/meta.ts';
import { emptyMeta, type Byline } from '../../../main/common/article/model.ts';
import { formatPublishTime, parsePublishTime } from '../../../main/common/article/time.ts';

describe('slugFromHeadline', () => {
  it('drops tones, đ and punctuation', () => {
    expect(slugFromHeadline('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình')).toBe(
      'suc-manh-doan-ket-trong-phong-trao-bon-tot-o-quang-binh',
    );
    expect(slugFromHeadline('Đổi thay vùng biên Tả Ván')).toBe('doi-thay-vung-bien-ta-van');
    expect(slugFromHeadline('  Kỳ cuối: Khi lòng dân đồng thuận!  ')).toBe('ky-cuoi-khi-long-dan-dong-thuan');
    expect(slugFromHeadline('Năm 2025, GDP tăng 7,5%')).toBe('nam-2025-gdp-tang-7-5');
    expect(slugFromHeadline('')).toBe('');
    expect(slugFromHeadline('“…”')).toBe('');
  });

  it('reads decomposed (NFD) headlines the same', () => {
    expect(slugFromHeadline('Sức mạnh'.normalize('NFD'))).toBe('suc-manh');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugFromHeadline(
      'Tổ vận động xóa bỏ hủ tục “chìa khóa” mở cửa lòng dân: Kỳ cuối: Khi lòng dân đồng thuận với chính quyền địa phương',
    );
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toMatch(/^to-van-dong-xoa-bo-hu-tuc-chia-khoa-mo-cua-long-dan-ky-cuoi-[a-z-]+[a-z]$/);
    expect(slugFromHeadline('a'.repeat(100))).toBe('a'.repeat(SLUG_MAX));
  });

  it('cleans a slug typed by hand', () => {
    expect(cleanSlug(' Sức mạnh -- đoàn kết ')).toBe('suc-manh-doan-ket');
    expect(cleanSlug('suc-manh-doan-ket')).toBe('suc-manh-doan-ket');
    expect(cleanSlug('-')).toBe('');
  });
});

describe('tags', () => {
  it('NFC, tidy, no case-insensitive repeats (the first spelling wins)', () => {
    expect(
      normalizeTags(['Quang Bình', 'quang bình', 'QUANG BÌNH', 'Quang Bình'.normalize('NFD'), '  xây  dựng Đảng ', '', ' , ']),
    ).toEqual(['Quang Bình', 'xây dựng Đảng']);
    expect(normalizeTags(['Đảng', 'đảng'])).toEqual(['Đảng']);
    expect(normalizeTags(['#nông thôn mới'])).toEqual(['nông thôn mới']);
    for (const tag of normalizeTags(['Hà Giang'.normalize('NFD')])) expect(tag).toBe(tag.normalize('NFC'));
  });

  it('adds one or several typed tags', () => {
    expect(addTags(['Quang Bình'], 'bốn tốt')).toEqual(['Quang Bình', 'bốn tốt']);
    expect(addTags(['Quang Bình'], 'bốn tốt, chi bộ,quang bình,')).toEqual(['Quang Bình', 'bốn tốt', 'chi bộ']);
    expect(addTags([], '  ')).toEqual([]);
  });
});

describe('byline defaults', () => {
  const settings = { reporterName: ' Trung Hậu ', reporterPlace: 'Quang Bình' };

  it('an empty byline starts from the reporter in the settings', () => {
    const empty: Byline = { role: 'bai-anh', people: [{ name: '  ' }] };
    expect(isEmptyByline(empty)).toBe(true);
    const filled = bylineWithDefaults(empty, settings);
    expect(filled).toEqual({ role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' });
    expect(formatByline(filled)).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    // The form already chosen is kept (but `Theo` has no use for a name and place).
    expect(bylineWithDefaults({ role: 'tin', people: [] }, settings).role).toBe('tin');
    expect(bylineWithDefaults({ role: 'theo', people: [] }, settings).role).toBe('bai-anh');
  });

  it('a byline with anything in it, or settings without a name, stay as they are', () => {
    const mine: Byline = { role: 'bai', people: [{ name: 'Minh Anh' }] };
    expect(bylineWithDefaults(mine, settings)).toBe(mine);
    const theo: Byline = { role: 'theo', people: [], source: 'VOV' };
    expect(bylineWithDefaults(theo, settings)).toBe(theo);
    const empty: Byline = { role: 'bai-anh', people: [] };
    expect(bylineWithDefaults(empty, { reporterName: '', reporterPlace: '' })).toBe(empty);
  });
});

describe('metaForStore', () => {
  it('stores names as typed (NFC, trimmed), drops nameless rows, and keeps the photo split only where it prints', () => {
    const byline: Byline = {
      role: 'bai',
      people: [{ name: 'Trung Hậu '.normalize('NFD'), role: 'text' }, { name: '' }, { name: ' Minh  Anh', role: 'photo' }],
      place: ' Quang Bình ',
      source: '',
    };
    expect(bylineForStore(byline)).toEqual({
      role: 'bai',
      people: [
        { name: 'Trung Hậu', role: 'text' },
        { name: 'Minh Anh', role: 'photo' },
      ],
      place: 'Quang Bình',
    });
    expect(formatByline(bylineForStore(byline))).toBe('Bài: TRUNG HẬU; Ảnh: MINH ANH (Quang Bình)');
    // Switched to `Bài, ảnh:`, nobody is a photographer apart.
    expect(formatByline(bylineForStore({ ...byline, role: 'bai-anh' }))).toBe('Bài, ảnh: TRUNG HẬU - MINH ANH (Quang Bình)');
  });

  it('tidies every field and leaves the note’s lines alone', () => {
    const meta = {
      ...emptyMeta(),
      slug: 'Sức mạnh',
      category: ' Xây dựng  Đảng ',
      tags: ['a', 'A', ' b '],
      place: 'Hà Giang'.normalize('NFD'),
      relatedIds: ['a-1', 'a-1', 'a-2'],
      editorNote: 'Dòng một\n  dòng hai'.normalize('NFD'),
    };
    const stored = metaForStore(meta);
    expect(stored).toMatchObject({
      slug: 'suc-manh',
      category: 'Xây dựng Đảng',
      tags: ['a', 'b'],
      place: 'Hà Giang',
      relatedIds: ['a-1', 'a-2'],
      editorNote: 'Dòng một\n  dòng hai',
    });
    expect(JSON.stringify(stored)).toBe(JSON.stringify(stored).normalize('NFC'));
  });
});

describe('the publish-time field (typed the paper’s way, never in the browser’s locale)', () => {
  it('reads `17:43, 05/01/2025` on the newsroom clock whatever the computer’s zone, and round-trips', () => {
    expect(parsePublishTime('17:43, 05/01/2025')).toBe('2025-01-05T10:43:00.000Z');
    // Just after midnight in Hà Giang is the evening before in UTC.
    expect(parsePublishTime('00:05, 01/01/2025')).toBe('2024-12-31T17:05:00.000Z');
    for (const v of ['17:43, 05/01/2025', '23:59, 29/02/2024', '00:00, 31/12/1999']) expect(formatPublishTime(parsePublishTime(v))).toBe(v);
  });

  it('refuses what is not a real time, and the browser picker’s forms', () => {
    for (const bad of ['', '10:00, 30/02/2025', '24:00, 05/01/2025', '05/01/2025', '2025-01-05T17:43', '01/05/2025 17:43']) {
      expect(parsePublishTime(bad), bad).toBeNull();
    }
  });
});

// The newsroom's plain-text lists: the shipped files read cleanly, and a line that cannot be
// read is reported with its number instead of vanishing.

import { describe, expect, it } from 'vitest';
import { parseAbbreviations, parseConfused, parseGazetteer, parsePlaceChanges } from '../../../main/common/vietnamese/lists.ts';
import { gazetteerFiles, resource } from './helpers.ts';

describe('shipped lists', () => {
  it('read without problems and hold what the rules need', () => {
    const abbreviations = parseAbbreviations(resource('abbreviations.txt'));
    expect(abbreviations.problems).toEqual([]);
    const byAbbr = new Map(abbreviations.entries.map((a) => [a.abbr, a]));
    for (const a of ['UBND', 'HĐND', 'BTV', 'THCS', 'KHKT']) expect(byAbbr.get(a)?.expansion, a).toBeTruthy();
    expect(byAbbr.get('TTXVN')?.wellKnown).toBe(true);
    // Printed as they are by the paper and by every writer of the news text (abbreviations.txt).
    expect(byAbbr.get('UBND')?.wellKnown).toBe(true);
    expect(byAbbr.get('HĐND')?.wellKnown).toBe(true);
    expect(byAbbr.get('BTV')?.wellKnown).toBe(false);

    const gazetteer = gazetteerFiles().map((f) => parseGazetteer(f));
    expect(gazetteer.flatMap((g) => g.problems)).toEqual([]);
    const names = gazetteer.flatMap((g) => g.entries.map((e) => e.name));
    for (const name of [
      'Mèo Vạc',
      'Lũng Cú',
      "H'Mông",
      'Pà Thẻn',
      'Hầu A Lềnh',
      'Quang Bình',
      'Vĩ Thượng',
      'Bằng Lang',
      'Xuân Giang',
      'Tả Ván',
      'Quản Bạ',
      'Tân Trào',
      'VietGAP',
      'Khuổi',
    ]) {
      expect(names, name).toContain(name);
    }

    const confused = parseConfused(resource('confused.tsv'));
    expect(confused.problems).toEqual([]);
    expect(confused.entries.length).toBeGreaterThanOrEqual(40);

    const places = parsePlaceChanges(resource('merged-places-2025.tsv'));
    expect(places.problems).toEqual([]);
    expect(places.entries.find((p) => p.name === 'Hà Giang')).toMatchObject({
      kind: 'merged',
      successor: 'Tuyên Quang',
      effective: '2025-07-01',
    });
    expect(places.entries.filter((p) => p.kind === 'level-ended').map((p) => p.level)).toEqual(['huyện', 'quận', 'thị xã']);
  });

  it('are NFC', () => {
    for (const name of [
      'abbreviations.txt',
      'confused.tsv',
      'merged-places-2025.tsv',
      'frequency.tsv',
      'news-words.txt',
      'news-phrases.txt',
    ]) {
      const text = resource(name);
      expect(text.normalize('NFC') === text, name).toBe(true);
    }
    for (const text of gazetteerFiles()) expect(text.normalize('NFC') === text).toBe(true);
  });
});

describe('news-phrases.txt', () => {
  it('holds lower-case sequences of two or three syllables, each once, none a news word', () => {
    const lines = resource('news-phrases.txt')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(500);
    for (const l of lines) expect(l, l).toMatch(/^\p{Ll}+(?: \p{Ll}+){1,2}$/u);
    expect(new Set(lines).size).toBe(lines.length);
    const newsWords = new Set(
      resource('news-words.txt')
        .split('\n')
        .map((l) => l.trim()),
    );
    expect(lines.filter((l) => newsWords.has(l))).toEqual([]);
  });
});

describe('parsers', () => {
  it('take tabs or two spaces, skip comments, and report bad lines by number', () => {
    const a = parseAbbreviations('# comment\nUBND\tỦy ban nhân dân\nWHO  Tổ chức Y tế Thế giới  known\n\nBAD ABBR\tx\n');
    expect(a.entries).toEqual([
      { abbr: 'UBND', expansion: 'Ủy ban nhân dân', wellKnown: false },
      { abbr: 'WHO', expansion: 'Tổ chức Y tế Thế giới', wellKnown: true },
    ]);
    expect(a.problems).toEqual([{ line: 5, text: 'BAD ABBR\tx' }]);

    const c = parseConfused('sử lý\txử lý\tghi chú\nchỉ một cột\nx\tx\n');
    expect(c.entries).toEqual([{ wrong: 'sử lý', right: 'xử lý', note: 'ghi chú' }]);
    expect(c.problems.map((p) => p.line)).toEqual([2, 3]);

    const pl = parsePlaceChanges(
      'merged\tHà Giang\ttỉnh\tTuyên Quang\t2025-07-01\tghi chú\nmerged\tX\ttỉnh\tY\t1/7/2025\nlevel-ended\t\thuyện\t\t2025-07-01\t\nother\tA\tB\tC\t2025-07-01\n',
    );
    expect(pl.entries.map((e) => e.kind)).toEqual(['merged', 'level-ended']);
    expect(pl.problems.map((p) => p.line)).toEqual([2, 4]);
  });

  it('normalise to NFC', () => {
    expect(parseGazetteer('Me\u0300o Va\u0323c\n').entries).toEqual([{ name: 'Mèo Vạc', kind: 'name' }]);
  });
});

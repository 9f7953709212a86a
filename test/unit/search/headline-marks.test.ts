// What the library's search box shows: the headline with the matched words marked (tones or
// not, NFD or not), and the filters the box offers applied together with a query.
import { describe, expect, it } from 'vitest';
import { emptyMeta, type Article, type ArticleStatus } from '../../../main/common/article/model.ts';
import { buildSearchIndex } from '../../../main/core/search/search-index.ts';
import { markWords } from '../../../main/core/search/snippet.ts';

let n = 0;
function article(headline: string, body: string, status: ArticleStatus, category: string, updatedAt: string): Article {
  n++;
  return {
    schemaVersion: 1,
    id: `a-0000001${n}-mark${n}`,
    version: 1,
    createdAt: updatedAt,
    updatedAt,
    status,
    meta: { ...emptyMeta(), category },
    content: [
      { type: 'headline', id: 'h', children: [{ text: headline }] },
      { type: 'sapo', id: 's', children: [{ text: 'BHG - Tin ngắn.' }] },
      { type: 'paragraph', id: 'p', children: [{ text: body }] },
    ],
  };
}

const marked = (text: string, marks: Array<[number, number]>): string[] => marks.map(([a, b]) => text.slice(a, b));

describe('headline marks', () => {
  it('marks the query words in the headline, tone-insensitive, the last one as a prefix', () => {
    expect(marked('Du lịch Đà Nẵng hút khách', markWords('Du lịch Đà Nẵng hút khách', ['da', 'nang'], false))).toEqual(['Đà', 'Nẵng']);
    expect(marked('Hoà Bình đón Tết', markWords('Hoà Bình đón Tết', ['hoa', 'bi'], true))).toEqual(['Hoà', 'Bình']);
    const nfd = 'Người dân Hòa Bình'.normalize('NFD');
    expect(marked(nfd, markWords(nfd, ['hoa', 'binh'], false))).toEqual(['Hòa'.normalize('NFD'), 'Bình'.normalize('NFD')]);
    expect(markWords('Nâng cao năng lực', ['da'], false)).toEqual([]);
  });

  it('comes with every hit', () => {
    const a = article('Đà Nẵng đón khách', 'Biển đẹp.', 'draft', 'Du lịch', '2025-01-05T03:00:00.000Z');
    const b = article('Tin khác', 'Khách đến Đà Nẵng đông.', 'approved', 'Du lịch', '2025-01-06T03:00:00.000Z');
    const index = buildSearchIndex([a, b]);
    const hits = index.search({ query: 'da nang' }).items;
    const byId = new Map(hits.map((h) => [h.id, h]));
    expect(marked('Đà Nẵng đón khách', byId.get(a.id)!.headlineMarks)).toEqual(['Đà', 'Nẵng']);
    expect(byId.get(b.id)!.headlineMarks).toEqual([]);
    expect(index.search({ query: '' }).items.every((h) => h.headlineMarks.length === 0)).toBe(true);
  });
});

describe('filters with a query, as the search box sends them', () => {
  const a = article('Đà Nẵng đón khách', 'Biển đẹp.', 'draft', 'Du lịch', '2025-01-05T03:00:00.000Z');
  const b = article('Khách về Đà Nẵng', 'Đông vui.', 'approved', 'Thời sự', '2025-02-10T03:00:00.000Z');
  const c = article('Hòa Bình', 'Người dân Đà Nẵng ra Hòa Bình.', 'submitted', 'Thời sự', '2025-03-01T03:00:00.000Z');
  const index = buildSearchIndex([a, b, c]);
  const ids = (r: { items: Array<{ id: string }> }): string[] => r.items.map((h) => h.id).sort();

  it('status, category, date range and all of them together', () => {
    expect(ids(index.search({ query: 'da nang' }))).toEqual([a.id, b.id, c.id].sort());
    expect(ids(index.search({ query: 'da nang', status: 'approved' }))).toEqual([b.id]);
    expect(ids(index.search({ query: 'da nang', status: ['draft', 'submitted'] }))).toEqual([a.id, c.id].sort());
    expect(ids(index.search({ query: 'da nang', category: 'thoi su' }))).toEqual([b.id, c.id].sort());
    expect(ids(index.search({ query: 'da nang', from: '2025-02-01', to: '2025-02-28' }))).toEqual([b.id]);
    expect(ids(index.search({ query: 'da nang', status: 'submitted', category: 'Thời sự', from: '2025-02-01' }))).toEqual([c.id]);
    expect(index.search({ query: 'da nang', status: 'returned' }).total).toBe(0);
  });

  it('a category is found by a part of its name, tones and case aside, from a word start', () => {
    const party = article('Hội nghị', 'Đảng bộ họp.', 'draft', 'Xây dựng Đảng', '2025-01-05T03:00:00.000Z');
    const more = buildSearchIndex([a, b, party]);
    for (const typed of ['xây dựng', 'xay dung', 'XÂY DỰNG', 'dựng đảng', 'dang', '  xây   dựng '])
      expect(ids(more.search({ query: '', category: typed })), typed).toEqual([party.id]);
    expect(ids(more.search({ query: '', category: 'ng' }))).toEqual([]);
    expect(ids(more.search({ query: '', category: 'du l' }))).toEqual([a.id]);
    expect(ids(more.search({ query: '', category: 'du' }))).toEqual([a.id, party.id].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { emptyMeta, type Article, type ArticleStatus } from '../../../main/common/article/model.ts';
import { SearchInputSchema } from '../../../main/common/contract/search.ts';
import { foldVietnamese } from '../../../main/common/text/fold.ts';
import { buildSearchIndex, createSearchIndex, loadSearchIndex } from '../../../main/core/search/search-index.ts';
import { fixtureArticle } from '../article/fixture.ts';
import { generateArticles } from './corpus.ts';

let n = 0;
/** A small article; `body` paragraphs as given. */
function article(
  headline: string,
  sapo: string,
  body: string[],
  extra: Partial<Article> & { category?: string; publishAt?: string | null; tags?: string[] } = {},
): Article {
  n++;
  const iso = extra.updatedAt ?? `2025-01-${String((n % 28) + 1).padStart(2, '0')}T03:00:00.000Z`;
  return {
    schemaVersion: 1,
    id: `a-0000000${String(n).padStart(2, '0')}-test${String(n).padStart(2, '0')}`,
    version: extra.version ?? 1,
    createdAt: iso,
    updatedAt: iso,
    status: extra.status ?? 'draft',
    meta: {
      ...emptyMeta(),
      category: extra.category ?? 'Thời sự',
      tags: extra.tags ?? [],
      publishAt: extra.publishAt === undefined ? null : extra.publishAt,
      byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }] },
    },
    content: [
      { type: 'headline', id: 'h', children: [{ text: headline }] },
      { type: 'sapo', id: 's', children: [{ text: `BHG - ${sapo}` }] },
      ...body.map((text, i) => ({ type: 'paragraph' as const, id: `p${i}`, children: [{ text }] })),
    ],
  };
}

const ids = (r: { items: Array<{ id: string }> }): string[] => r.items.map((h) => h.id);

describe('tone-insensitive search', () => {
  const daNang = article('Du lịch Đà Nẵng hút khách', 'Lượng khách đến Đà Nẵng tăng mạnh.', ['Thành phố Đà Nẵng đón 1 triệu lượt khách.']);
  const hoaBinh = article('Hòa Bình mùa lúa chín', 'Ruộng bậc thang ở Hòa Bình.', ['Nông dân thu hoạch.']);
  const hoaBinhNew = article('Hoà Bình đón Tết', 'Người dân Hoà Bình vui Xuân.', ['Chợ phiên đông vui.']);
  const scattered = article('Nâng cao năng lực', 'Huyện đã tổ chức tập huấn.', ['Cán bộ đã được nâng cao trình độ, năng lực quản lý.']);
  const quangBinh = article('Phát triển kinh tế ở Quang Bình', 'Quang Bình phát triển chè.', ['Mô hình trồng chè Shan tuyết.'], {
    status: 'approved',
    category: 'Kinh tế',
  });
  const index = buildSearchIndex([daNang, hoaBinh, hoaBinhNew, scattered, quangBinh]);

  it('finds Đà Nẵng from `da nang`, with tones, and in capitals', () => {
    for (const q of ['da nang', 'Đà Nẵng', 'ĐÀ NẴNG', 'đà nẵng', 'Đà Nẵng'.normalize('NFD')]) {
      const r = index.search({ query: q });
      expect(ids(r)[0], q).toBe(daNang.id);
    }
  });

  it('finds Hòa Bình and Hoà Bình from `hoa binh` alike', () => {
    for (const q of ['hoa binh', 'Hòa Bình', 'Hoà Bình']) {
      expect(new Set(ids(index.search({ query: q }))), q).toEqual(new Set([hoaBinh.id, hoaBinhNew.id]));
    }
  });

  it('ranks the words standing together above the same syllables scattered', () => {
    const r = index.search({ query: 'da nang' });
    // `đã … năng` in the scattered article matches every word, but lower.
    expect(ids(r)).toEqual([daNang.id, scattered.id]);
    expect(r.items[0].score).toBeGreaterThan(r.items[1].score * 2);
  });

  it('ranks a single “Đà Nẵng” in the body above many scattered `đã` and `năng`', () => {
    const once = article('Hội nghị ngành du lịch', 'Các tỉnh trao đổi kinh nghiệm.', ['Đoàn công tác từ Đà Nẵng tham dự.']);
    // Never `đã nâng` side by side: folded, that is `da nang` too.
    const many = article('Đã làm tốt, năng suất cao', 'Huyện đã làm, năng suất đã tăng.', [
      'Xã đã có năng lực; đã đạt năng suất; năng động.',
    ]);
    const r = buildSearchIndex([many, once]).search({ query: 'da nang' });
    expect(ids(r)).toEqual([once.id, many.id]);
  });

  it('requires quoted words to stand together', () => {
    expect(ids(index.search({ query: '"da nang"' }))).toEqual([daNang.id]);
    expect(ids(index.search({ query: '“nang cao”' }))).toEqual([scattered.id]);
  });

  it('matches the last word as a prefix while it is typed', () => {
    expect(ids(index.search({ query: 'phat tri' }))).toEqual([quangBinh.id]);
    expect(ids(index.search({ query: 'quang bi' }))).toEqual([quangBinh.id]);
    // Finished with a space: `tri` is a word of its own, and no article has it.
    expect(ids(index.search({ query: 'phat tri ' }))).toEqual([]);
  });

  it('does not index the paper’s prefix', () => {
    expect(index.search({ query: 'bhg' }).total).toBe(0);
  });

  it('finds by byline', () => {
    expect(index.search({ query: 'trung hau' }).total).toBe(5);
  });

  it('gives a snippet around the match with marks on the matched words', () => {
    const hit = index.search({ query: 'da nang' }).items[0];
    expect(hit.headline).toBe('Du lịch Đà Nẵng hút khách');
    expect(hit.snippet).toBe('Lượng khách đến Đà Nẵng tăng mạnh.');
    expect(hit.marks.map(([a, b]) => foldVietnamese(hit.snippet.slice(a, b)))).toEqual(['da', 'nang']);
  });

  it('returns nothing for a word no article has', () => {
    expect(index.search({ query: 'xyzzy' })).toEqual({ items: [], total: 0 });
    expect(index.search({ query: 'da xyzzy' }).total).toBe(0);
  });
});

describe('filters', () => {
  const mk = (status: ArticleStatus, category: string, publishAt: string | null, updatedAt: string): Article =>
    article(`Tin ${category} ${status}`, 'Bản tin.', ['Nội dung chung.'], { status, category, publishAt, updatedAt });
  const a = mk('draft', 'Thời sự', null, '2025-01-04T16:59:00.000Z'); // 04/01 23:59 in Hà Giang
  const b = mk('approved', 'Thời sự', '2025-01-04T17:00:00.000Z', '2025-01-01T00:00:00.000Z'); // 05/01 00:00
  const c = mk('submitted', 'Kinh tế', '2025-01-05T16:59:59.000Z', '2025-01-01T00:00:00.000Z'); // 05/01 23:59:59
  const d = mk('approved', 'Văn hóa', '2025-01-05T17:00:00.000Z', '2025-01-01T00:00:00.000Z'); // 06/01 00:00
  const index = buildSearchIndex([a, b, c, d]);

  it('filters by status, one or several', () => {
    expect(new Set(ids(index.search({ query: 'tin', status: 'approved' })))).toEqual(new Set([b.id, d.id]));
    expect(new Set(ids(index.search({ query: '', status: ['draft', 'submitted'] })))).toEqual(new Set([a.id, c.id]));
  });

  it('filters by category without tones or case', () => {
    expect(ids(index.search({ query: '', category: 'thoi su' })).sort()).toEqual([a.id, b.id].sort());
    expect(ids(index.search({ query: 'noi dung', category: 'VĂN HOÁ' }))).toEqual([d.id]);
  });

  it('filters by newsroom days, both ends included, in Asia/Ho_Chi_Minh', () => {
    expect(ids(index.search({ query: '', from: '2025-01-05', to: '2025-01-05' })).sort()).toEqual([b.id, c.id].sort());
    expect(ids(index.search({ query: '', to: '2025-01-04' }))).toEqual([a.id]);
    expect(ids(index.search({ query: '', from: '2025-01-06' }))).toEqual([d.id]);
    // An instant as `to` is included.
    expect(ids(index.search({ query: '', from: '2025-01-05T17:00:00+07:00', to: '2025-01-06T06:59:59Z' })).sort()).toEqual(
      [c.id, d.id].sort(),
    );
  });

  it('lists everything newest first for an empty query, with paging', () => {
    const all = index.search({ query: '   ' });
    expect(ids(all)).toEqual([d.id, c.id, b.id, a.id]);
    expect(index.search({ query: '', limit: 2, offset: 1 })).toMatchObject({ total: 4, items: [{ id: c.id }, { id: b.id }] });
  });

  it('validates input at the contract', () => {
    expect(SearchInputSchema.parse({ query: 'x' })).toMatchObject({ query: 'x', limit: 50, offset: 0 });
    expect(SearchInputSchema.safeParse({ query: 'x', from: '05/01/2025' }).success).toBe(false);
    expect(SearchInputSchema.safeParse({ query: 'x', status: 'published' }).success).toBe(false);
    expect(SearchInputSchema.safeParse({ query: 'x', limit: 0 }).success).toBe(false);
    expect(SearchInputSchema.safeParse({ query: 'x', from: '2025-01-05', to: '2025-01-05T10:00:00Z' }).success).toBe(true);
  });
});

describe('keeping the index current', () => {
  it('updates, replaces and removes articles', () => {
    const index = createSearchIndex();
    const a = article('Mèo Vạc đón khách', 'Khách đến cao nguyên đá.', ['Chợ tình Khâu Vai.']);
    index.add(a);
    expect(index.search({ query: 'khau vai' }).total).toBe(1);
    expect(index.stamp(a.id)).toBe(`1|${a.updatedAt}|draft`);

    const edited: Article = {
      ...a,
      version: 2,
      content: [...a.content.slice(0, 2), { type: 'paragraph', id: 'p0', children: [{ text: 'Lễ hội Lũng Cú.' }] }],
    };
    index.update(edited);
    expect(index.size).toBe(1);
    expect(index.search({ query: 'khau vai' }).total).toBe(0);
    expect(index.search({ query: 'lung cu' }).total).toBe(1);
    expect(index.stamp(a.id)).toBe(`2|${a.updatedAt}|draft`);

    index.remove(a.id);
    expect(index.size).toBe(0);
    expect(index.has(a.id)).toBe(false);
    expect(index.search({ query: 'lung cu' }).total).toBe(0);
    expect(index.search({ query: '' }).total).toBe(0);
  });

  it('stays right through many updates (dead entries are compacted)', () => {
    const corpus = generateArticles(60, { paragraphs: 2, seed: 3 });
    const index = buildSearchIndex(corpus);
    const target = corpus[7];
    for (let round = 0; round < 40; round++) {
      for (const a of corpus) index.update({ ...a, version: a.version + round + 1 });
    }
    expect(index.size).toBe(60);
    const marker = {
      ...target,
      version: 999,
      content: [...target.content, { type: 'paragraph' as const, id: 'x', children: [{ text: 'Từ khoá riêng Pà Thẻn.' }] }],
    };
    index.update(marker);
    expect(ids(index.search({ query: 'pa then' }))).toEqual([target.id]);
    const fresh = buildSearchIndex(corpus.map((a) => (a.id === target.id ? marker : a)));
    for (const q of ['quang binh', 'chi bo', 'ha giang', 'dang vien']) {
      expect(index.search({ query: q }).total, q).toBe(fresh.search({ query: q }).total);
    }
  });

  it('serializes and loads back to the same answers', () => {
    const corpus = [...generateArticles(80, { paragraphs: 3, seed: 5 }), fixtureArticle()];
    const index = buildSearchIndex(corpus);
    index.remove(corpus[3].id);
    const loaded = loadSearchIndex(index.serialize());
    expect(loaded.size).toBe(80);
    for (const q of ['quang binh', '"bon tot"', 'hoa binh', 'da nang', 'phat tri', 'trung hau', '']) {
      expect(loaded.search({ query: q, limit: 500 }), q).toEqual(index.search({ query: q, limit: 500 }));
    }
    expect(loaded.stamp(corpus[10].id)).toBe(index.stamp(corpus[10].id));
  });

  it('refuses damaged or foreign saved indexes', () => {
    const text = buildSearchIndex(generateArticles(5, { paragraphs: 1 })).serialize();
    expect(() => loadSearchIndex(text.slice(0, text.length / 2))).toThrow();
    expect(() => loadSearchIndex(JSON.stringify({ ...JSON.parse(text), terms: 999 }))).toThrow();
    expect(() => loadSearchIndex(JSON.stringify({ ...JSON.parse(text), tokens: 'AAAA' }))).toThrow();
    expect(() => loadSearchIndex('{}')).toThrow();
  });
});

describe('the fixture', () => {
  const fixture = fixtureArticle();
  const index = buildSearchIndex([fixture, ...generateArticles(40, { paragraphs: 2 })]);

  it('is found by its own words, tones or not', () => {
    expect(ids(index.search({ query: 'suc manh doan ket' }))[0]).toBe(fixture.id);
    expect(ids(index.search({ query: 'Sức mạnh đoàn kết' }))[0]).toBe(fixture.id);
    const inCategory = index.search({ query: 'xay dung dang', category: 'xay dung dang' });
    expect(ids(inCategory)).toContain(fixture.id);
    for (const hit of inCategory.items) expect(foldVietnamese(hit.category)).toBe('xay dung dang');
  });
});

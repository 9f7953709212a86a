import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleToHtml } from '../../../main/common/article/html.ts';
import { emptyMeta, type Article } from '../../../main/common/article/model.ts';
import { articleToJson, articleToText, articleView } from '../../../main/common/article/text.ts';
import { fixtureArticle, fixtureParts, fixtureText } from './fixture.ts';

/** The fixture up to its byline, with the photo's alt line (page text, not the article) taken out. */
function expectedText(): string {
  const parts = fixtureParts();
  const groups = parts.groups.map((g) => (g.length === 2 && g[0] === g[1] ? [g[1]] : g));
  const byline = parts.byline.replace(/[\s\u00a0]+/g, ' ');
  return [parts.headline, parts.time, parts.sapo, ...groups.map((g) => g.join('\n\n')), byline].join('\n\n') + '\n';
}

describe('articleToText', () => {
  it('prints the fixture back: headline, time, sapo, paragraphs, caption and byline', () => {
    const article = fixtureArticle();
    const text = articleToText(article);
    expect(text).toBe(expectedText());
    expect(text).toBe(text.normalize('NFC'));
    // The fixture page itself, line for line, up to the byline (whose NBSP and double space
    // print as the house's single space).
    const page = fixtureText().split('\n');
    const printed = text.split('\n');
    const parts = fixtureParts();
    expect(printed[0]).toBe(page[0]);
    expect(printed[2]).toBe('17:43, 05/01/2025');
    expect(printed[4]).toBe(parts.sapo);
    expect(printed[4].startsWith('BHG - ')).toBe(true);
    for (const g of parts.groups.filter((g) => g.length === 1)) expect(printed).toContain(g[0]);
    expect(printed.at(-2)).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
  });

  it('is NFC even from NFD content', () => {
    const article = fixtureArticle(fixtureText().normalize('NFD'));
    expect(articleToText(article)).toBe(expectedText().normalize('NFC'));
  });

  it('prints lists, headings, quotes and credits, and skips what is empty', () => {
    const article: Article = {
      schemaVersion: 1,
      id: 'a-0000abcde-xyz123',
      version: 3,
      createdAt: '2025-01-05T00:00:00.000Z',
      updatedAt: '2025-01-05T00:00:00.000Z',
      status: 'draft',
      meta: { ...emptyMeta(), byline: { role: 'tin', people: [{ name: 'Minh Anh' }] } },
      content: [
        { type: 'headline', id: 'h', children: [{ text: 'Tiêu đề' }] },
        { type: 'sapo', id: 's', children: [{ text: '' }] },
        { type: 'heading', id: 'x', level: 2, children: [{ text: 'Mục  một' }] },
        {
          type: 'bulleted-list',
          id: 'l',
          children: [
            { type: 'list-item', id: 'i1', children: [{ text: 'một' }] },
            { type: 'list-item', id: 'i2', children: [{ text: 'hai' }] },
          ],
        },
        { type: 'numbered-list', id: 'n', children: [{ type: 'list-item', id: 'i3', children: [{ text: 'ba' }] }] },
        { type: 'blockquote', id: 'q', children: [{ text: '“Trích dẫn”' }] },
        { type: 'paragraph', id: 'e', children: [{ text: '   ' }] },
        {
          type: 'figure',
          id: 'f',
          assetId: 'b'.repeat(64),
          caption: 'Chú thích',
          credit: 'Hoàng Nghĩa',
          alt: '',
          layout: 'full',
          children: [{ text: '' }],
        },
      ],
    };
    expect(articleToText(article)).toBe(
      'Tiêu đề\n\nMục một\n\n- một\n- hai\n\n1. ba\n\n“Trích dẫn”\n\nChú thích\nẢnh: Hoàng Nghĩa\n\nTin: MINH ANH\n',
    );
  });
});

describe('articleToJson', () => {
  it('gives a flat view of the fixture', () => {
    const article = fixtureArticle();
    const view = JSON.parse(articleToJson(article)) as ReturnType<typeof articleView>;
    expect(view.headline).toBe(fixtureParts().headline);
    expect(view.time).toBe('17:43, 05/01/2025');
    expect(view.publishAt).toBe('2025-01-05T10:43:00.000Z');
    expect(view.byline).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    expect(view.body.filter((b) => b.type === 'figure')).toHaveLength(1);
    expect(view.body.filter((b) => b.type === 'paragraph')).toHaveLength(5);
  });
});

describe('articleToHtml', () => {
  it('is semantic and escaped', () => {
    const article = fixtureArticle();
    article.content[2] = {
      type: 'paragraph',
      id: 'p',
      children: [
        { text: 'a <script>alert(1)</script> & ' },
        { text: 'đậm', bold: true },
        { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'xấu' }] },
        { type: 'link', url: 'https://baohagiang.vn/?a=1&b="2"', children: [{ text: 'tốt', italic: true }] },
        { text: '' },
      ],
    };
    const html = articleToHtml(article, { imageSrc: (id) => `media/${id}.jpg` });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('h1')?.textContent).toBe(fixtureParts().headline);
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-05T10:43:00.000Z');
    expect(doc.querySelector('time')?.textContent).toBe('17:43, 05/01/2025');
    expect(doc.querySelector('.sapo strong')?.textContent).toBe(fixtureParts().sapo);
    const p = doc.querySelector('article > p:not(.time):not(.sapo)');
    expect(p?.textContent).toBe('a <script>alert(1)</script> & đậmxấutốt');
    expect(p?.querySelector('strong')?.textContent).toBe('đậm');
    const links = [...(p?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://baohagiang.vn/?a=1&b="2"']);
    expect(links[0].querySelector('em')?.textContent).toBe('tốt');
    expect(doc.querySelector('figure img')?.getAttribute('src')).toBe(`media/${'a'.repeat(64)}.jpg`);
    expect(doc.querySelector('figcaption')?.textContent).toContain('Đảng viên Chi bộ thôn Trung Thành');
    expect(doc.querySelector('.byline')?.textContent).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
  });

  it('gives the article fragment alone on request', () => {
    const html = articleToHtml(fixtureArticle(), { document: false });
    expect(html.startsWith('<article>')).toBe(true);
    expect(html).not.toContain('<html');
    expect(html).not.toContain('<img');
  });
});

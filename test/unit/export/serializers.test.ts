// The pure serializers: the CMS fragment survives DOMPurify with our allow-list unchanged, the
// page has the paper's structure, ninjs is valid against IPTC's schema and never carries the
// editor's note, and the small formatters (time, byline, credit) print what the paper prints.

import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { formatByline } from '../../../main/common/article/byline.ts';
import type { Article, Block } from '../../../main/common/article/model.ts';
import { creditLine } from '../../../main/common/article/text.ts';
import { formatPublishDate, formatPublishTime, isoInNewsroomZone } from '../../../main/common/article/time.ts';
import { articleFragment, FRAGMENT_ALLOWED_ATTR, FRAGMENT_ALLOWED_TAGS } from '../../../main/common/export/fragment.ts';
import { renditionPath, type FigureRenditions, type PackageRendition } from '../../../main/common/export/layout.ts';
import { buildNinjs, NINJS_VERSION } from '../../../main/common/export/ninjs.ts';
import { articlePage } from '../../../main/common/export/page.ts';
import { resolveExportSettings } from '../../../main/common/export/settings.ts';
import { articleParagraphs, articleText } from '../../../main/common/export/text.ts';
import { ninjsProblems } from '../../../main/core/export/ninjs-schema.ts';
import { EDITOR_NOTE, fixtureStory } from './helpers.ts';

const ASSET = 'a'.repeat(64);
const window = new JSDOM('').window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
const sanitize = (html: string): string =>
  purify.sanitize(html, { ALLOWED_TAGS: [...FRAGMENT_ALLOWED_TAGS], ALLOWED_ATTR: [...FRAGMENT_ALLOWED_ATTR] });

/** Renditions as the core would describe them, for a figure `width`×`height` at its largest. */
function figureSet(blockId: string, name: string, width: number, height: number, widths = [400, 800, 1600]): FigureRenditions {
  const renditions: PackageRendition[] = [];
  for (const w of widths.filter((x) => x <= width))
    for (const format of ['jpeg', 'webp'] as const)
      renditions.push({
        path: renditionPath(name, w, format),
        format,
        width: w,
        height: Math.round((height * w) / width),
        bytes: 1000 + w,
      });
  return { blockId, name, width, height, renditions, creator: 'TRUNG HẬU', copyright: '© Báo Hà Giang' };
}

async function story(): Promise<{
  article: Article;
  figures: Map<string, FigureRenditions>;
  caption: string;
  related: Awaited<ReturnType<typeof fixtureStory>>['related'];
}> {
  const { article, caption, related } = await fixtureStory(ASSET);
  const fig = article.content.find((b) => b.type === 'figure')!;
  return { article, caption, related, figures: new Map([[fig.id, figureSet(fig.id, 'anh-01', 1600, 1067)]]) };
}

/** Every kind of block and mark, with text that needs escaping. */
function trickyArticle(): Article {
  const content: Block[] = [
    { type: 'headline', id: 'h', children: [{ text: 'Tít <thử> & “kiểm tra”' }] },
    { type: 'sapo', id: 's', children: [{ text: 'BHG - Sapo có ' }, { text: 'đậm', bold: true }, { text: '.' }] },
    {
      type: 'paragraph',
      id: 'p1',
      children: [
        { text: 'Văn bản <script>alert(1)</script> & "thẳng" \u00a0 cách ' },
        { text: 'nghiêng', italic: true },
        { text: ' ' },
        { text: 'gạch', underline: true, bold: true },
        { text: ' ' },
        { type: 'link', url: 'https://baohagiang.vn/a?x=1&y="2"', children: [{ text: 'liên kết' }] },
        { text: ' và ' },
        { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'không phải liên kết' }] },
      ],
    },
    { type: 'heading', id: 'h2', level: 2, children: [{ text: 'Tiêu đề phụ' }] },
    { type: 'heading', id: 'h3', level: 3, children: [{ text: 'Tiêu đề nhỏ' }] },
    { type: 'blockquote', id: 'q', children: [{ text: '“Trích dẫn”' }] },
    {
      type: 'bulleted-list',
      id: 'ul',
      children: [
        { type: 'list-item', id: 'li1', children: [{ text: 'Một' }] },
        { type: 'list-item', id: 'li2', children: [{ text: 'Hai' }] },
      ],
    },
    { type: 'numbered-list', id: 'ol', children: [{ type: 'list-item', id: 'li3', children: [{ text: 'Ba' }] }] },
    {
      type: 'figure',
      id: 'f1',
      assetId: ASSET,
      caption: 'Chú thích <b>ảnh</b> & "x"',
      credit: 'Ảnh: TTXVN',
      alt: 'Mô tả "ảnh" <>',
      layout: 'full',
      children: [{ text: '' }],
    },
    { type: 'paragraph', id: 'empty', children: [{ text: '   ' }] },
  ];
  return {
    schemaVersion: 1,
    id: 'a-0m5k2z9a0-tricky',
    version: 1,
    createdAt: '2025-01-05T08:00:00.000Z',
    updatedAt: '2025-01-05T09:00:00.000Z',
    status: 'draft',
    meta: {
      slug: '',
      category: '',
      tags: [],
      place: '',
      publishAt: null,
      byline: { role: 'tin', people: [{ name: 'Hoàng Anh' }] },
      relatedIds: [],
      editorNote: EDITOR_NOTE,
    },
    content,
  };
}

describe('the CMS fragment', () => {
  it('passes DOMPurify with our allow-list unchanged (fixture story)', async () => {
    const { article, figures } = await story();
    const html = articleFragment(article, { figures });
    expect(html).toContain(
      '<figure><img src="images/anh-01-800.jpg" srcset="images/anh-01-400.jpg 400w, images/anh-01-800.jpg 800w, images/anh-01-1600.jpg 1600w"',
    );
    expect(sanitize(html)).toBe(html);
  });

  it('passes DOMPurify unchanged with every block, mark and character that needs escaping', () => {
    const article = trickyArticle();
    const html = articleFragment(article, {
      figures: new Map([['f1', figureSet('f1', 'anh-01', 1200, 800)]]),
      imageBase: 'https://cdn.example.vn/media/a-1/',
    });
    expect(sanitize(html)).toBe(html);
    // Text stays text, the bad link loses only its link, no style or class anywhere.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "thẳng" &nbsp; cách');
    expect(html).toContain('<a href="https://baohagiang.vn/a?x=1&amp;y=&quot;2&quot;">liên kết</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('không phải liên kết');
    expect(html).toContain('<strong><u>gạch</u></strong>');
    expect(html).toContain('src="https://cdn.example.vn/media/a-1/images/anh-01-800.jpg"');
    expect(html).not.toMatch(/\s(style|class)=/);
    expect(html).not.toContain('<p>   </p>');
    const doc = new JSDOM(html).window.document;
    expect([...doc.querySelectorAll('body > *')].map((e) => e.tagName.toLowerCase())).toEqual([
      'p',
      'h2',
      'h3',
      'blockquote',
      'ul',
      'ol',
      'figure',
    ]);
    expect(doc.querySelector('figcaption')?.textContent).toBe('Chú thích <b>ảnh</b> & "x" Ảnh: TTXVN');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('Mô tả "ảnh" <>');
  });

  it('would be caught changing: DOMPurify strips what is not allowed', () => {
    const html = '<p style="color:red" class="x">a<span>b</span><script>c</script></p>\n';
    expect(sanitize(html)).not.toBe(html);
  });
});

describe('the standalone page', () => {
  it('has the paper’s structure for the fixture story', async () => {
    const { article, figures, caption, related } = await story();
    const html = articlePage(article, { figures, related });
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.lang).toBe('vi');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('article h1')?.textContent).toBe('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình');
    const time = doc.querySelector('article header time');
    expect(time?.textContent).toBe('17:43, 05/01/2025');
    expect(time?.getAttribute('datetime')).toBe('2025-01-05T17:43:00+07:00');
    expect(doc.querySelector('.sapo')?.textContent?.startsWith('BHG - Nhận thức sâu sắc')).toBe(true);
    const paragraphs = [...doc.querySelectorAll('article .body > p')].map((p) => p.textContent ?? '');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs.some((p) => p.includes('“Để lan tỏa phong trào “bốn tốt”'))).toBe(true);
    const figure = doc.querySelector('article figure');
    expect(figure?.querySelector('figcaption')?.textContent).toBe(`${caption} Ảnh: TRUNG HẬU`);
    expect(figure?.querySelector('figcaption small')?.textContent).toBe('Ảnh: TRUNG HẬU');
    expect(figure?.querySelector('picture source[type="image/webp"]')?.getAttribute('srcset')).toBe(
      'images/anh-01-400.webp 400w, images/anh-01-800.webp 800w, images/anh-01-1600.webp 1600w',
    );
    expect(figure?.querySelector('img')?.getAttribute('alt')).toContain('đảng viên');
    // The photo sits between the first and second paragraphs, as in the paper.
    const order = [...doc.querySelectorAll('article .body > *')].map((e) => e.tagName.toLowerCase());
    expect(order.slice(0, 3)).toEqual(['p', 'figure', 'p']);
    expect(doc.querySelector('article footer .byline')?.textContent).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    const items = [...doc.querySelectorAll('aside li')];
    expect(doc.querySelector('aside h2')?.textContent).toBe('Cùng chuyên mục');
    expect(items).toHaveLength(4);
    expect(items[1].querySelector('strong')?.textContent).toBe('Xuân sớm với người dân khu tái định cư Đồng Tâm');
    expect(items[1].querySelector('time')?.textContent).toBe('31/12/2024');
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    expect(doc.querySelectorAll('script, link[rel="stylesheet"]')).toHaveLength(0);
    expect(html).not.toContain(EDITOR_NOTE);
  });

  it('links related articles only when a public address is set', async () => {
    const { article, figures, related } = await story();
    const doc = new JSDOM(articlePage(article, { figures, related, publicBaseUrl: 'https://baohagiang.vn/bai' })).window.document;
    expect(doc.querySelector('aside li a')?.getAttribute('href')).toBe(`https://baohagiang.vn/bai/${related[0].id}`);
  });
});

describe('ninjs', () => {
  it('is valid ninjs 3.1 for the fixture story, with the fields a CMS reads', async () => {
    const { article, figures, related } = await story();
    const settings = resolveExportSettings({ paperPrefix: 'BHG', copyrightHolder: 'Báo Hà Giang' });
    const body = articleFragment(article, { figures });
    const ninjs = buildNinjs(article, { settings, figures, bodyHtml: body, related });
    expect(ninjsProblems(ninjs)).toEqual([]);
    expect(ninjs.standard).toEqual({
      name: 'ninjs',
      version: NINJS_VERSION,
      schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
    });
    expect(ninjs.language).toBe('vi');
    expect(ninjs.headlines?.[0].value).toBe('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình');
    expect(ninjs.descriptions).toEqual([{ role: 'summary', contentType: 'text/plain', value: expect.stringMatching(/^BHG - Nhận thức/) }]);
    expect(ninjs.bodies?.[0]).toMatchObject({ role: 'main', contentType: 'text/html', value: body });
    expect(ninjs.bodies?.[0].wordCount).toBeGreaterThan(500);
    expect(ninjs.by).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    expect(ninjs.slugline).toBe('bon-tot-quang-binh');
    expect(ninjs.located).toBe('Quang Bình');
    expect(ninjs.genres).toEqual([{ name: 'Xây dựng Đảng' }]);
    expect(ninjs.subjects?.map((s) => s.name)).toEqual(['chi bộ bốn tốt', 'Quang Bình']);
    expect(ninjs.embargoedUntil).toBe('2025-01-05T10:43:00.000Z');
    const picture = ninjs.associations?.find((a) => a.type === 'picture');
    expect(picture).toMatchObject({ name: 'anh-01', rel: 'image', by: 'TRUNG HẬU', copyrightHolder: 'Báo Hà Giang' });
    expect(picture?.descriptions?.[0]).toEqual({
      role: 'caption',
      contentType: 'text/plain',
      value: expect.stringMatching(/^Đảng viên Chi bộ/),
    });
    expect(picture?.renditions).toContainEqual({
      name: 'jpeg-800',
      href: 'urn:dateline:a-0m5k2z9a0-bontot:images/anh-01-800.jpg',
      contentType: 'image/jpeg',
      width: 800,
      height: 534,
      sizeInBytes: 1800,
    });
    expect(ninjs.associations?.filter((a) => a.rel === 'related')).toHaveLength(4);
    expect(JSON.stringify(ninjs)).not.toContain(EDITOR_NOTE);
    expect(JSON.stringify(ninjs)).not.toContain('edNote');
  });

  it('uses the public address for hrefs and pixels for the focal point', async () => {
    const { article, figures } = await story();
    const fig = article.content.find((b) => b.type === 'figure')!;
    if (fig.type === 'figure') fig.focus = { x: 0.25, y: 0.5 };
    const settings = resolveExportSettings({ paperPrefix: 'BHG', publicBaseUrl: 'https://baohagiang.vn/media' });
    const ninjs = buildNinjs(article, { settings, figures, bodyHtml: '' });
    expect(ninjsProblems(ninjs)).toEqual([]);
    expect(ninjs.uri).toBe('https://baohagiang.vn/media/a-0m5k2z9a0-bontot');
    const r = ninjs.associations?.[0].renditions?.find((x) => x.name === 'webp-1600');
    expect(r).toMatchObject({ href: 'https://baohagiang.vn/media/a-0m5k2z9a0-bontot/images/anh-01-1600.webp', poi: { x: 400, y: 534 } });
  });

  it('the validator refuses what the schema refuses', () => {
    expect(ninjsProblems({ type: 'text' })).not.toEqual([]);
    expect(ninjsProblems({ uri: 'not a uri' })).not.toEqual([]);
    expect(ninjsProblems({ uri: 'urn:x:1', renditions: [{ href: 'images/relative.jpg', name: 'x' }] })).not.toEqual([]);
    expect(ninjsProblems({ uri: 'urn:x:1', edNote: 'x', unknownField: 1 })).not.toEqual([]);
  });
});

describe('text, time, byline', () => {
  it('prints the paper’s time in Asia/Ho_Chi_Minh whatever the machine’s zone', () => {
    expect(formatPublishTime('2025-01-05T10:43:00Z')).toBe('17:43, 05/01/2025');
    expect(formatPublishTime('2025-01-05T23:05:00Z')).toBe('06:05, 06/01/2025');
    expect(formatPublishDate('2024-12-31T01:00:00Z')).toBe('31/12/2024');
    expect(isoInNewsroomZone('2025-01-05T10:43:00Z')).toBe('2025-01-05T17:43:00+07:00');
    expect(formatPublishTime(null)).toBe('');
    expect(formatPublishTime('hôm qua')).toBe('');
  });

  it('prints bylines the way the paper does', () => {
    expect(formatByline({ role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' })).toBe(
      'Bài, ảnh: TRUNG HẬU (Quang Bình)',
    );
    expect(formatByline({ role: 'bai', people: [{ name: 'Thu Phương' }, { name: 'Đức Anh', role: 'photo' }] })).toBe(
      'Bài: THU PHƯƠNG; Ảnh: ĐỨC ANH',
    );
    expect(formatByline({ role: 'tin-anh', people: [{ name: 'a' }, { name: 'b' }] })).toBe('Tin, ảnh: A - B');
    expect(formatByline({ role: 'nhom-pv', people: [] })).toBe('Nhóm PV');
    expect(formatByline({ role: 'theo', people: [], source: 'VOV' })).toBe('Theo VOV');
    expect(formatByline({ role: 'bai', people: [] })).toBe('');
    expect(creditLine('TRUNG HẬU')).toBe('Ảnh: TRUNG HẬU');
    expect(creditLine('Ảnh: TTXVN')).toBe('Ảnh: TTXVN');
  });

  it('lists the story’s paragraphs in reading order', async () => {
    const { article } = await story();
    const paragraphs = articleParagraphs(article);
    expect(paragraphs[0]).toBe('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình');
    expect(paragraphs[1]).toBe('17:43, 05/01/2025');
    expect(paragraphs[3]).toMatch(/^BTV Huyện ủy đã áp dụng/);
    expect(paragraphs[4]).toMatch(/^Đảng viên Chi bộ thôn Trung Thành/);
    expect(paragraphs[5]).toBe('Ảnh: TRUNG HẬU');
    expect(paragraphs[paragraphs.length - 1]).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    expect(articleText(article)).not.toContain(EDITOR_NOTE);
  });
});

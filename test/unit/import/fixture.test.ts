// The example article imported from each format a draft arrives in (.txt as copied from the
// paper's page, .md, the saved web page, a Word file) lands in the same fields: headline, time,
// sapo with the prefix, body with its quotes, the caption once, the byline, and the page's
// furniture out of the body, kept in the report.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bylineName, formatByline } from '../../../main/common/article/byline.ts';
import { blockText, type Article, type Block } from '../../../main/common/article/model.ts';
import type { ImportReport } from '../../../main/common/contract/import.ts';
import { createCore } from '../../../main/core/app.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core } from '../../../main/core/types.ts';
import { tempDir } from '../library/helpers.ts';
import { fixtureDocx, fixtureHtml, fixtureMarkdown, fixtureParts, fixtureText, put } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('dateline-import-'));
  core = await createCore({
    libraryDir: `${dir}/library`,
    settings: createMemorySettings({ paperPrefix: 'BHG', reporterName: 'Minh Anh' }),
    transport: 'direct',
  });
});
afterAll(async () => {
  await core.close();
  await cleanup();
});

async function importFile(path: string): Promise<{ article: Article; report: ImportReport }> {
  const result = await core.dispatch('library.import', { path });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { article: Article; report: ImportReport };
}

const texts = (content: Block[]): string[] => content.map((b) => blockText(b));
const parts = fixtureParts();

const FORMATS: Array<[string, () => Promise<string | Uint8Array> | string]> = [
  ['bon-tot.txt', fixtureText],
  ['bon-tot.md', () => fixtureMarkdown(parts)],
  ['bon-tot.html', () => fixtureHtml(parts)],
  ['bon-tot.docx', () => fixtureDocx(parts)],
];

describe.each(FORMATS)('the example article as %s', (name, make) => {
  let article: Article;
  let report: ImportReport;
  beforeAll(async () => {
    ({ article, report } = await importFile(await put(dir, name, await make())));
  });

  it('has its headline, publish time and sapo with the paper prefix', () => {
    expect(article.content[0]).toMatchObject({ type: 'headline' });
    expect(blockText(article.content[0])).toBe('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình');
    expect(article.meta.publishAt).toBe('2025-01-05T10:43:00.000Z');
    expect(article.content[1].type).toBe('sapo');
    expect(blockText(article.content[1])).toBe(parts.sapo);
    expect(blockText(article.content[1]).startsWith('BHG - Nhận thức sâu sắc')).toBe(true);
  });

  it('keeps every body paragraph with its quotes, and the photo caption once', () => {
    const body = article.content.slice(2);
    expect(body.every((b) => b.type === 'paragraph')).toBe(true);
    expect(texts(body)).toEqual([...parts.before, parts.caption, ...parts.after]);
    expect(texts(body).some((t) => t.includes('chia sẻ: “Để lan tỏa phong trào “bốn tốt”, BTV Huyện ủy'))).toBe(true);
    expect(report.captions).toEqual([parts.caption]);
  });

  it('reads the byline into meta.byline, not the body', () => {
    const { byline } = article.meta;
    expect(byline.role).toBe('bai-anh');
    expect(byline.people.map((p) => bylineName(p.name))).toEqual(['TRUNG HẬU']);
    expect(byline.place).toBe('Quang Bình');
    expect(formatByline(byline)).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');
    expect(texts(article.content).some((t) => t.includes('TRUNG HẬU'))).toBe(false);
  });

  it('keeps the page furniture out of the body, in the report', () => {
    const all = texts(article.content).join('\n');
    for (const line of ['Ý kiến bạn đọc', 'Cùng chuyên mục', 'Đổi thay vùng biên Tả Ván', '31/12/2024']) expect(all).not.toContain(line);
    // The page's NBSPs are plain spaces in the notes.
    expect(report.notes).toEqual(expect.arrayContaining(parts.furniture.map((l) => l.replace(/\s+/gu, ' '))));
    expect(report.related.map((r) => r.headline)).toEqual([
      'Tổ vận động xóa bỏ hủ tục “chìa khóa” mở cửa lòng dân: Kỳ cuối: Khi lòng dân đồng thuận',
      'Xuân sớm với người dân khu tái định cư Đồng Tâm',
      'Đổi thay vùng biên Tả Ván',
      'Từ bảo tồn giống bản địa đến xây dựng chuỗi giá trị bền vững',
    ]);
    expect(report.related[3]).toMatchObject({ date: '30/12/2024' });
    expect(report.related[0].sapo.startsWith('BHG - Xác định thay đổi tư duy')).toBe(true);
    expect(report.warnings.map((w) => w.code)).toContain('furniture-removed');
  });

  it('is stored in the library as a draft, NFC throughout', async () => {
    const stored = await core.dispatch('library.get', { id: article.id });
    expect(stored.ok && stored.value).toEqual(article);
    expect(article.status).toBe('draft');
    const json = JSON.stringify(article);
    expect(json).toBe(json.normalize('NFC'));
    expect(report.format).toBe(name.split('.')[1]);
    expect(report.fileName).toBe(name);
  });
});

describe('importing', () => {
  it('normalises decomposed (NFD) text to NFC', async () => {
    const { article } = await importFile(await put(dir, 'nfd.txt', fixtureText().normalize('NFD')));
    expect(blockText(article.content[0])).toBe('Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình');
    expect(JSON.stringify(article)).toBe(JSON.stringify(article).normalize('NFC'));
  });

  it('previews without storing anything', async () => {
    const total = async (): Promise<number> => {
      const list = await core.dispatch('library.list', {});
      return list.ok ? (list.value as { total: number }).total : -1;
    };
    const before = await total();
    const preview = await core.dispatch('library.importPreview', { path: await put(dir, 'preview.txt', fixtureText()) });
    expect(preview.ok).toBe(true);
    expect(await total()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('keeps the settings byline when the draft has none, and says so', async () => {
    const { article, report } = await importFile(
      await put(dir, 'no-byline.txt', 'Tít bài\n\nBHG - Sapo của bài.\n\nThân bài một.\n\nThân bài hai, câu cuối.\n'),
    );
    expect(article.meta.byline.people).toEqual([{ name: 'Minh Anh' }]);
    expect(texts(article.content)).toEqual(['Tít bài', 'BHG - Sapo của bài.', 'Thân bài một.', 'Thân bài hai, câu cuối.']);
    expect(report.warnings.map((w) => w.code)).toContain('byline-not-found');
  });
});

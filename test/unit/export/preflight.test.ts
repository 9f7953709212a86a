// Preflight: the checks an editor makes before a story leaves, each finding pointing at its block.

import { translatorFor } from '../../../main/common/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import type { Article, FigureBlock } from '../../../main/common/article/model.ts';
import { croppedSize, preflight, type AssetSize } from '../../../main/common/export/preflight.ts';
import { fixtureStory } from './helpers.ts';

const ASSET = 'b'.repeat(64);
const big = new Map<string, AssetSize>([[ASSET, { width: 3000, height: 2000 }]]);
const settings = { paperPrefix: 'BHG' };

async function fixture(): Promise<Article> {
  return (await fixtureStory(ASSET)).article;
}
const figureOf = (a: Article): FigureBlock => a.content.find((b): b is FigureBlock => b.type === 'figure')!;
const codes = (a: Article, assets = big, s: Parameters<typeof preflight>[1] = settings): string[] =>
  preflight(a, s, assets).findings.map((f) => `${f.severity}:${f.code}`);

describe('preflight', () => {
  it('finds nothing to say about the fixture story', async () => {
    const report = preflight(await fixture(), settings, big);
    expect(report).toEqual({ findings: [], errors: 0, warnings: 0 });
  });

  it('blocks a story without headline or byline, pointing at the headline', async () => {
    const a = await fixture();
    const headline = a.content[0];
    if (headline.type === 'headline') headline.children = [{ text: '  ' }];
    a.meta.byline = { role: 'bai-anh', people: [] };
    const report = preflight(a, settings, big);
    expect(report.errors).toBe(2);
    expect(report.findings).toContainEqual({ code: 'headline-missing', severity: 'error', blockId: headline.id });
    expect(report.findings).toContainEqual({ code: 'byline-missing', severity: 'error' });
  });

  it('warns about a long headline with the limit from settings', async () => {
    const a = await fixture();
    expect(preflight(a, { ...settings, headlineMaxChars: 30 }, big).findings).toContainEqual({
      code: 'headline-too-long',
      severity: 'warning',
      blockId: a.content[0].id,
      params: { length: 57, max: 30 },
    });
  });

  it('asks for a sapo, and requires one on a long story', async () => {
    const a = await fixture();
    const sapo = a.content[1];
    if (sapo.type === 'sapo') sapo.children = [{ text: '' }];
    // The fixture's body (over 600 chữ) needs one; a short news item is only warned.
    expect(codes(a)).toEqual(['error:sapo-missing']);
    a.content = a.content.filter((b) => b.type !== 'paragraph');
    a.content.push({ type: 'paragraph', id: 'short', children: [{ text: 'tin '.repeat(599) }] });
    expect(codes(a)).toEqual(['warning:sapo-missing']);
    a.content.push({ type: 'paragraph', id: 'more', children: [{ text: 'thêm' }] });
    expect(codes(a)).toEqual(['error:sapo-missing']);
  });

  it('takes a sapo that is only the prefix (as `dateline new` writes it) for a missing one', async () => {
    const a = await fixture();
    const sapo = a.content[1];
    for (const text of ['BHG - ', 'BHG -', 'BHG', '  bhg – ', 'BHG - \u00a0']) {
      if (sapo.type === 'sapo') sapo.children = [{ text }];
      expect([text, preflight(a, settings, big).findings]).toEqual([
        text,
        [{ code: 'sapo-missing', severity: 'error', blockId: sapo.id, params: expect.any(Object) }],
      ]);
    }
    if (sapo.type === 'sapo') sapo.children = [{ text: 'BHG - Nhận thức sâu sắc…' }];
    expect(codes(a)).toEqual([]);
  });

  it('warns when the sapo lacks the paper’s prefix (from settings)', async () => {
    const a = await fixture();
    const sapo = a.content[1];
    if (sapo.type === 'sapo') sapo.children = [{ text: 'Nhận thức sâu sắc…' }];
    expect(preflight(a, settings, big).findings).toEqual([
      { code: 'prefix-missing', severity: 'warning', blockId: sapo.id, params: { prefix: 'BHG' } },
    ]);
    expect(codes(a, big, { paperPrefix: 'TTV' })).toEqual(['warning:prefix-missing']);
    if (sapo.type === 'sapo') sapo.children = [{ text: 'TTV - Nhận thức sâu sắc…' }];
    expect(codes(a, big, { paperPrefix: 'TTV' })).toEqual([]);
  });

  it('checks each photo’s caption, credit, alt, file and size', async () => {
    const a = await fixture();
    const fig = figureOf(a);
    fig.caption = '';
    fig.credit = ' ';
    fig.alt = '';
    expect(preflight(a, settings, big).findings).toEqual([
      { code: 'caption-missing', severity: 'warning', blockId: fig.id, params: { index: 1 } },
      { code: 'credit-missing', severity: 'warning', blockId: fig.id, params: { index: 1 } },
      { code: 'alt-missing', severity: 'warning', blockId: fig.id, params: { index: 1 } },
    ]);
    expect(codes(a, new Map())).toEqual(['error:photo-missing']);
  });

  it('warns when the crop is narrower than the largest rendition, counting the rotation', async () => {
    const a = await fixture();
    const fig = figureOf(a);
    const small = new Map([[ASSET, { width: 1200, height: 800 }]]);
    expect(preflight(a, settings, small).findings).toEqual([
      { code: 'photo-too-small', severity: 'warning', blockId: fig.id, params: { index: 1, width: 1200, needed: 1600 } },
    ]);
    fig.crop = { x: 0.1, y: 0.1, width: 0.5, height: 0.9 };
    expect(croppedSize(fig, { width: 3000, height: 2000 })).toEqual({ width: 1500, height: 1800 });
    expect(codes(a)).toEqual(['warning:photo-too-small']);
    // Only a cropped photo is said to be small "after cropping".
    expect(preflight(a, settings, big).findings[0].params).toEqual({ index: 1, width: 1500, needed: 1600, context: 'cropped' });
    fig.rotate = 90;
    expect(croppedSize(fig, { width: 3000, height: 2000 })).toEqual({ width: 1800, height: 1500 });
    expect(codes(a)).toEqual([]);
    expect(codes(a, big, { paperPrefix: 'BHG', renditionWidths: [400, 2000] })).toEqual(['warning:photo-too-small']);
  });

  it('says "after cropping" only of a photo that was cropped', async () => {
    const a = await fixture();
    const fig = figureOf(a);
    const small = new Map([[ASSET, { width: 1200, height: 800 }]]);
    const t = translatorFor('vi');
    const say = (): string =>
      preflight(a, settings, small)
        .findings.map((f) => t(`export:finding.${f.code}`, { ...f.params }))
        .join('');
    expect(say()).toBe('Ảnh số 1 chỉ rộng 1200 điểm ảnh, nhỏ hơn cỡ lớn nhất 1600; ảnh sẽ không được phóng to.');
    fig.crop = { x: 0, y: 0, width: 1, height: 1 };
    expect(say()).not.toMatch(/sau khi cắt/);
    fig.crop = { x: 0, y: 0, width: 0.9, height: 1 };
    expect(say()).toBe('Ảnh số 1 chỉ rộng 1080 điểm ảnh sau khi cắt, nhỏ hơn cỡ lớn nhất 1600; ảnh sẽ không được phóng to.');
  });

  it('finds unbalanced and straight quotes, nesting allowed', async () => {
    const a = await fixture();
    const p = a.content.find((b) => b.type === 'paragraph')!;
    if (p.type === 'paragraph') p.children = [{ text: 'Ông nói: “Đi “bốn tốt” đi.' }];
    expect(preflight(a, settings, big).findings).toEqual([
      { code: 'quotes-unbalanced', severity: 'warning', blockId: p.id, params: { open: 2, close: 1 } },
    ]);
    if (p.type === 'paragraph') p.children = [{ text: 'Sai ”chiều“ rồi' }];
    expect(codes(a)).toEqual(['warning:quotes-unbalanced']);
    if (p.type === 'paragraph') p.children = [{ text: 'Ông nói: "Đi".' }];
    expect(preflight(a, settings, big).findings).toEqual([
      { code: 'quotes-straight', severity: 'warning', blockId: p.id, params: { count: 2 } },
    ]);
    figureOf(a).caption = 'Ảnh “thiếu';
    expect(preflight(a, settings, big).findings.map((f) => f.blockId)).toContain(figureOf(a).id);
  });
});

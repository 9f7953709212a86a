// The language methods of the contract: input validated by the contract's schemas, an article
// checked by id (spelling, style, counts), text and blocks, and the legacy conversions.

import { beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../main/common/contract/index.ts';
import type { ParsedInput } from '../../../main/common/contract/index.ts';
import type { Article, Block } from '../../../main/common/article/model.ts';
import { emptyMeta } from '../../../main/common/article/model.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { createSpellChecker } from '../../../main/common/vietnamese/spell/checker.ts';
import { createStyleChecker } from '../../../main/common/vietnamese/style/checker.ts';
import { articleBlocks, createLanguageHandlers } from '../../../main/core/language/handlers.ts';
import { createInProcessLanguageService } from '../../../main/core/language/language-service.ts';
import type { PaperProfile } from '../../../main/common/vietnamese/style/profile.ts';
import { dictionaries, fixtureBlocks, resource, spellListFiles } from '../vietnamese/helpers.ts';

type Handlers = ReturnType<typeof createLanguageHandlers>;

function fixtureArticle(publishAt: string | null): Article {
  const blocks = fixtureBlocks();
  const content: Block[] = [
    { id: 'h1', type: 'headline', children: [{ text: blocks[0].text }] },
    { id: 's1', type: 'sapo', children: [{ text: blocks[1].text }] },
    ...blocks.slice(2, -1).map((b, i): Block => ({ id: `p${i}`, type: 'paragraph', children: [{ text: b.text }] })),
    {
      id: 'f1',
      type: 'figure',
      assetId: 'a'.repeat(64),
      caption: 'Đảng viên Chi bộ thôn Trung Thành chia sẽ kinh nghiệm.',
      credit: '',
      alt: '',
      layout: 'full',
      children: [{ text: '' }],
    },
    { id: 'l1', type: 'bulleted-list', children: [{ id: 'i1', type: 'list-item', children: [{ text: 'Mục một' }] }] },
  ];
  return {
    schemaVersion: 1,
    id: 'a-0m4x1k2p-7f3k9q',
    version: 3,
    createdAt: '2025-01-05T09:00:00.000Z',
    updatedAt: '2025-01-05T10:43:00.000Z',
    status: 'draft',
    meta: { ...emptyMeta(), publishAt, byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' } },
    content,
  };
}

let handlers: Handlers;
/** The paper profile in the house's settings (none: the default, Báo Hà Giang's). */
let profile: PaperProfile | undefined;
let articles: Map<string, Article>;
const parse = <M extends 'language.check' | 'language.convertLegacy' | 'language.detectLegacy' | 'language.suggest'>(
  m: M,
  input: unknown,
) => contract[m].input.parse(input) as ParsedInput<M>;

beforeAll(() => {
  const files = spellListFiles();
  const spell = createSpellChecker({ ...dictionaries(), ...files });
  const style = createStyleChecker({ abbreviations: files.abbreviations, places: resource('merged-places-2025.tsv') });
  articles = new Map([
    ['a-0m4x1k2p-7f3k9q', fixtureArticle('2025-01-05T10:43:00.000Z')],
    ['a-0m4x1k2p-after1', fixtureArticle('2025-08-01T03:00:00.000Z')],
  ]);
  handlers = createLanguageHandlers({
    language: createInProcessLanguageService({ spell, style }),
    getArticle: async (id) => {
      const a = articles.get(id);
      if (!a) throw new DatelineError('NOT_FOUND', { id });
      return a;
    },
    settings: () => ({ paperPrefix: 'BHG', userWords: ['Khuổii'], ...(profile ? { paperProfile: profile } : {}) }),
    clock: () => new Date('2025-09-02T01:00:00Z'),
  });
});

describe('language.check input', () => {
  it('takes exactly one of id, text or blocks', () => {
    const schema = contract['language.check'].input;
    expect(schema.safeParse({ text: 'a' }).success).toBe(true);
    expect(schema.safeParse({ id: 'a-0m4x1k2p-7f3k9q' }).success).toBe(true);
    expect(schema.safeParse({ blocks: [{ kind: 'sapo', text: 'BHG - a' }] }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ text: 'a', id: 'a-0m4x1k2p-7f3k9q' }).success).toBe(false);
    expect(schema.safeParse({ text: 'a', settings: { 'date-format': { style: 'dash' } } }).success).toBe(false);
    expect(schema.safeParse({ blocks: [{ kind: 'aside', text: 'x' }] }).success).toBe(false);
  });
});

describe('language.check by article id', () => {
  it('reads the saved article: spelling in the caption, style with the article’s own date, counts', async () => {
    const report = await handlers['language.check'](parse('language.check', { id: 'a-0m4x1k2p-7f3k9q' }));
    expect(report.blocks[0]).toEqual({ kind: 'headline', id: 'h1' });
    expect(report.blocks.at(-1)).toEqual({ kind: 'byline', id: 'meta.byline' });
    expect(report.blocks.map((b) => b.kind)).toContain('caption');

    expect(report.spelling.map((f) => [report.blocks[f.block].kind, f.word, f.suggestions[0]])).toEqual([
      ['caption', 'chia sẽ', 'chia sẻ'],
    ]);
    const rules = report.style.map((f) => f.ruleId);
    // The paper's own practice (abbreviations inside names) passes; one figure is unattributed.
    expect(rules).toContain('unattributed-statistic');
    expect(rules).not.toContain('abbreviation-first-use');
    // Published 5 January 2025: the district is still a district.
    expect(rules).not.toContain('merged-place');
    // The byline prints names in capitals itself.
    expect(rules).not.toContain('byline-caps');

    expect(report.counts.chu).toBeGreaterThan(600);
    expect(report.readingMinutes).toBe(Math.ceil(report.counts.chu / 220));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('speaks from the publication date: after 1 July 2025 the district is flagged', async () => {
    const report = await handlers['language.check'](parse('language.check', { id: 'a-0m4x1k2p-after1', spelling: false }));
    expect(report.spelling).toEqual([]);
    const places = report.style.filter((f) => f.ruleId === 'merged-place');
    expect(places.length).toBeGreaterThanOrEqual(2);
    expect(places[0].message.params).toMatchObject({ level: 'huyện', date: '1/7/2025' });
  });

  it('passes NOT_FOUND through', async () => {
    await expect(handlers['language.check'](parse('language.check', { id: 'a-0000000000-nothere' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('language.check of text and blocks', () => {
  it('checks a text as a paragraph, with today as the date and the saved user words', async () => {
    const report = await handlers['language.check'](parse('language.check', { text: 'Bản Khuổii Tát ở huyện Mèo Vạc cần sử lý rác.' }));
    expect(report.spelling.map((f) => f.word)).toEqual(['sử lý']);
    expect(report.style.map((f) => f.ruleId)).toEqual(['merged-place']);
    expect(report.counts.chu).toBe(11);
  });

  it('applies the call’s settings over the house’s, and the call’s user words', async () => {
    const blocks = [
      { kind: 'sapo', text: 'TTO-Hòa bình ngày 23.3.2021.', id: 's' },
      { kind: 'byline', text: 'Bài: Trung Hậu' },
    ];
    const report = await handlers['language.check'](
      parse('language.check', {
        blocks,
        settings: { prefix: { prefix: 'TTO' }, 'tone-placement': { style: 'new' }, 'date-format': { style: 'dot' } },
        userWords: [],
      }),
    );
    expect(report.style.map((f) => f.ruleId)).toEqual(['prefix', 'tone-placement', 'byline-caps']);
    expect(report.style[0].fix?.replacement).toBe('TTO - ');
    expect(report.blocks).toEqual([{ kind: 'sapo', id: 's' }, { kind: 'byline' }]);
    const off = await handlers['language.check'](parse('language.check', { blocks, style: false, spelling: false }));
    expect(off.style).toEqual([]);
  });

  it('follows the paper profile in the settings: Báo Hà Giang’s by default, another paper’s when set', async () => {
    const text = 'Sáng 31.12, ông nói "hoà bình" ngày 05/01/2025.';
    const rules = async () =>
      (await handlers['language.check'](parse('language.check', { text, spelling: false, asOf: '2025-01-05' }))).style.map((f) => f.ruleId);
    profile = undefined;
    // `31.12` and `05/01/2025` are the paper's own forms; the straight quotes and `hoà` are not.
    expect(await rules()).toEqual(['quotes', 'tone-placement', 'quotes']);
    profile = { name: 'Báo Tuyên Quang', dates: { full: 'dot', short: 'slash' }, tonePlacement: 'new', quotes: 'straight' };
    try {
      expect(await rules()).toEqual(['date-format', 'date-format']);
    } finally {
      profile = undefined;
    }
  });
});

describe('legacy conversion', () => {
  it('converts by font, by chosen encoding, and leaves Unicode fonts alone', async () => {
    const convert = handlers['language.convertLegacy'];
    expect(await convert(parse('language.convertLegacy', { text: 'Hµ Giang', font: '.VnTime' }))).toEqual({
      text: 'Hà Giang',
      encoding: 'tcvn3',
      converted: true,
    });
    expect(await convert(parse('language.convertLegacy', { text: 'Toâi ñi hoïc', encoding: 'vni' }))).toEqual({
      text: 'Tôi đi học',
      encoding: 'vni',
      converted: true,
    });
    expect(await convert(parse('language.convertLegacy', { text: 'Peña', font: 'Arial' }))).toEqual({
      text: 'Peña',
      encoding: null,
      converted: false,
    });
    expect(await convert(parse('language.convertLegacy', { text: 'Peña' }))).toEqual({ text: 'Peña', encoding: null, converted: false });
  });

  it('detects, offering a preview, and declines real Latin-1', async () => {
    const detect = handlers['language.detectLegacy'];
    expect(await detect(parse('language.detectLegacy', { text: 'Xin chaøo caùc baïn' }))).toEqual({
      encoding: 'vni',
      confidence: 1,
      preview: 'Xin chào các bạn',
    });
    expect((await detect(parse('language.detectLegacy', { text: 'El señor Peña, 5 µm, café' }))).encoding).toBeNull();
  });
});

describe('language.suggest', () => {
  it('suggests for one word in the placement asked', async () => {
    expect((await handlers['language.suggest'](parse('language.suggest', { word: 'hoàa', tonePlacement: 'new' })))[0]).toBe('hoà');
    expect((await handlers['language.suggest'](parse('language.suggest', { word: 'hoàa', tonePlacement: 'old' })))[0]).toBe('hòa');
    expect(contract['language.suggest'].input.safeParse({ word: '' }).success).toBe(false);
  });
});

describe('articleBlocks', () => {
  it('lists headline, sapo, body, list items, captions, then the byline as printed', () => {
    const blocks = articleBlocks(fixtureArticle(null));
    expect(blocks[0].kind).toBe('headline');
    expect(blocks[1].kind).toBe('sapo');
    expect(blocks.find((b) => b.id === 'i1')).toEqual({ kind: 'paragraph', text: 'Mục một', id: 'i1' });
    expect(blocks.at(-1)).toEqual({ kind: 'byline', text: 'Bài, ảnh: TRUNG HẬU (Quang Bình)', id: 'meta.byline' });
  });
});

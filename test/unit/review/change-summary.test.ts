// What changed between two versions, in a line (main/common/review/change-summary.ts), and the library's
// revisions carrying it (each against the one before it), so the revisions list can tell them apart.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMeta, type Block } from '../../../main/common/article/model.ts';
import { excerpt, summarizeChanges } from '../../../main/common/review/change-summary.ts';
import type { Library } from '../../../main/core/library/library.ts';
import { manualClock, openLibrary, tempDir } from '../library/helpers.ts';

const article = (...paragraphs: string[]): { content: Block[] } => ({
  content: [
    { type: 'headline', id: 'h', children: [{ text: 'Sức mạnh đoàn kết' }] },
    { type: 'sapo', id: 's', children: [{ text: 'BHG - Sapo.' }] },
    ...paragraphs.map((text, i) => ({ type: 'paragraph' as const, id: `p${i}`, children: [{ text }] })),
  ] as Block[],
});

describe('summarizeChanges', () => {
  it('counts syllables added and removed and quotes the first change', () => {
    const before = article('Phong trào bốn tốt được triển khai sâu sắc ở các thôn.');
    const after = article('Phong trào bốn tốt được triển khai rõ ở các thôn bản.');
    expect(summarizeChanges(before, after)).toEqual({
      added: 2,
      removed: 2,
      first: { before: 'sâu sắc', after: 'rõ' },
      metaChanged: false,
    });
  });

  it('treats a first version as all added, and says when only the details changed', () => {
    const first = summarizeChanges(null, article('Một hai ba.'));
    expect(first.added).toBe(3 + 4 + 2); // paragraph, headline (4 syllables), sapo (BHG, Sapo)
    expect(first.removed).toBe(0);
    const same = article('Một hai ba.');
    const withMeta = { ...same, meta: { ...emptyMeta(), category: 'Thời sự' } };
    expect(summarizeChanges({ ...same, meta: emptyMeta() }, withMeta)).toEqual({ added: 0, removed: 0, first: null, metaChanged: true });
  });

  it('keeps a long change to its first words', () => {
    expect(excerpt('một hai ba bốn năm sáu bảy tám chín mười')).toBe('một hai ba bốn năm sáu bảy tám…');
    const s = summarizeChanges(article('A.'), article('A.', 'một hai ba bốn năm sáu bảy tám chín mười'));
    expect(s.first).toEqual({ before: '', after: 'một hai ba bốn năm sáu bảy tám…' });
    expect(s.added).toBe(10);
  });
});

describe('revisions with their changes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let lib: Library;
  const clock = manualClock();
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    lib = openLibrary(dir, { clock: clock.now });
  });
  afterEach(async () => {
    await lib.close();
    await cleanup();
  });

  it('tells revisions apart by what each changed since the one before', async () => {
    const a = await lib.create({ headline: 'Sức mạnh đoàn kết' });
    const [headline, sapo] = a.content;
    const body = (...paragraphs: string[]) => [
      headline,
      sapo,
      ...paragraphs.map((text, i) => ({ type: 'paragraph', id: `b-${i}`, children: [{ text }] })),
    ];
    await lib.save({ id: a.id, content: body('Bà con thôn Nà Sài góp công làm đường.') as never });
    clock.advance(130_000);
    await lib.save({ id: a.id, content: body('Bà con thôn Nà Sài góp công, góp của làm đường bê tông.') as never });
    clock.advance(130_000);
    await lib.save({ id: a.id, content: body('Bà con thôn Nà Sài góp công, góp của làm đường bê tông.', 'Đoạn mới.') as never });
    const revisions = await lib.revisions(a.id);
    expect(revisions.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(revisions[0].changes).toMatchObject({ added: 4, removed: 0, first: { before: '', after: ', góp của' } });
    expect(revisions[1].changes).toMatchObject({ added: 9, removed: 0, first: { before: '', after: 'Bà con thôn Nà Sài góp công làm…' } });
    expect(revisions[2].changes?.added).toBeGreaterThan(0);
    // Listed again (from the cache), the same answer.
    expect(await lib.revisions(a.id)).toEqual(revisions);
  });
});

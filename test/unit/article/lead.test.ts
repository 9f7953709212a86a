import { describe, expect, it } from 'vitest';
import { blockText } from '../../../main/common/article/model.ts';
import { bodyBlocks, leadOf } from '../../../main/common/article/text.ts';
import { fixtureArticle, fixtureParts } from './fixture.ts';

describe('leadOf', () => {
  it('finds the fixture’s headline and sapo, blocks and text (the sapo with its BHG prefix)', () => {
    const article = fixtureArticle();
    const parts = fixtureParts();
    const lead = leadOf(article.content);
    expect(lead.headline).toBe(article.content[0]);
    expect(lead.sapo).toBe(article.content[1]);
    expect(lead.headlineText).toBe(parts.headline.trim());
    expect(lead.sapoText).toBe(parts.sapo.trim());
    expect(lead.sapoText.startsWith('BHG - ')).toBe(true);
    // The lead and the body share nothing.
    expect(bodyBlocks(article.content)).not.toContain(lead.headline);
    expect(bodyBlocks(article.content)).not.toContain(lead.sapo);
  });

  it('joins runs and links, trims, and keeps the text as typed (no NFC, no folding)', () => {
    const nfd = 'Bốn tốt'.normalize('NFD');
    const lead = leadOf([
      { type: 'headline', id: 'h', children: [{ text: `  ${nfd} ` }, { text: 'đậm', bold: true }, { text: '\u00a0' }] },
      {
        type: 'sapo',
        id: 's',
        children: [{ text: 'BHG -  Mở ' }, { type: 'link', url: 'https://x.vn', children: [{ text: 'đầu' }] }, { text: '\n' }],
      },
    ]);
    expect(lead.headlineText).toBe(`${nfd} đậm`);
    expect(lead.sapoText).toBe('BHG -  Mở đầu');
    expect(lead.headlineText).toBe(blockText(lead.headline!).trim());
  });

  it('gives undefined blocks and empty text when the content has no headline or sapo', () => {
    expect(leadOf([])).toEqual({ headline: undefined, sapo: undefined, headlineText: '', sapoText: '' });
    const onlyBody = leadOf([{ type: 'paragraph', id: 'p', children: [{ text: 'chữ' }] }]);
    expect(onlyBody.headlineText).toBe('');
    expect(onlyBody.sapo).toBeUndefined();
  });
});

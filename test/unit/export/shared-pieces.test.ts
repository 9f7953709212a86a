// The small pieces the serializers share: the safe-link rule and a figure's caption text.

import { describe, expect, it } from 'vitest';
import type { FigureBlock } from '../../../main/common/article/model.ts';
import { figcaptionHtml, figcaptionText } from '../../../main/common/export/html.ts';
import { isSafeUrl } from '../../../main/common/text/urls.ts';

const figure = (caption: string, credit: string): FigureBlock => ({
  type: 'figure',
  id: 'f',
  assetId: 'a'.repeat(64),
  caption,
  credit,
  alt: '',
  layout: 'medium',
  children: [{ text: '' }],
});

describe('isSafeUrl', () => {
  it('allows the web, mail and phone, in any case, white space around ignored', () => {
    for (const url of [
      'https://baohagiang.vn',
      'http://x.vn/a?b=1',
      'HTTPS://X.VN',
      'mailto:toasoan@baohagiang.vn',
      'tel:+842193866008',
      '  https://x.vn  ',
    ])
      expect(isSafeUrl(url), url).toBe(true);
  });

  it('refuses every other scheme and relative or empty URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://x.vn',
      '//x.vn',
      '/bai-viet',
      '',
      'xhttps://x.vn',
    ])
      expect(isSafeUrl(url), url).toBe(false);
  });
});

describe('figcaptionText', () => {
  it('gives the trimmed caption and the credit as the paper prints it, as figcaptionHtml shows them', () => {
    const block = figure('  Chú thích <b>ảnh</b> ', 'TTXVN');
    expect(figcaptionText(block)).toEqual({ caption: 'Chú thích <b>ảnh</b>', credit: 'Ảnh: TTXVN' });
    expect(figcaptionHtml(block)).toBe('<figcaption>Chú thích &lt;b&gt;ảnh&lt;/b&gt; <small>Ảnh: TTXVN</small></figcaption>');
  });

  it('gives empty strings for what the figure lacks', () => {
    expect(figcaptionText(figure(' ', ''))).toEqual({ caption: '', credit: '' });
    expect(figcaptionHtml(figure(' ', ''))).toBe('');
    expect(figcaptionText(figure('', 'Nguồn: VOV'))).toEqual({ caption: '', credit: 'Nguồn: VOV' });
  });
});

// A small semantic HTML view of an article for `dateline show --format html` and previews:
// <article> with <h1>, <time>, the sapo in <p class="sapo"><strong>, the body and the byline.
// Blocks and inline marks go through the export's serializer (main/common/export/html.ts), so
// escaping and the safe-link rule are the package's; without renditions a figure prints its
// caption and credit, plus an <img> only when the caller names the photo's URL.

import type { Article, FigureBlock } from './model.ts';
import { formatByline } from './byline.ts';
import { bodyBlocks, leadOf, lineOf } from './text.ts';
import { formatPublishTime } from './time.ts';
import { blockHtml, escapeAttr, escapeText, figcaptionHtml, inlineHtml, type BodyHtmlOptions } from '../export/html.ts';
import { nfcDeep } from '../text/nfc.ts';

const NO_RENDITIONS: BodyHtmlOptions = { figures: new Map(), imageBase: '', pictureSources: false };

export interface ArticleHtmlOptions {
  /** The image URL of a figure's photo; without it figures show their caption and credit only. */
  imageSrc?: (assetId: string) => string | null;
  /** A whole document (with <head>) instead of the <article> fragment. Default true. */
  document?: boolean;
}

function figureHtml(block: FigureBlock, imageSrc: ArticleHtmlOptions['imageSrc']): string {
  const src = block.assetId ? imageSrc?.(block.assetId) : null;
  if (!src) return blockHtml(block, NO_RENDITIONS);
  return `<figure><img src="${escapeAttr(src)}" alt="${escapeAttr((block.alt || block.caption).trim())}">${figcaptionHtml(block)}</figure>`;
}

/** The article as semantic, escaped HTML (a document by default, or the <article> alone), NFC. */
export function articleToHtml(stored: Article, options: ArticleHtmlOptions = {}): string {
  const article = nfcDeep(stored);
  const { headline, sapo } = leadOf(article.content);
  const time = formatPublishTime(article.meta.publishAt);
  const byline = formatByline(article.meta.byline);
  const lines = [
    `<article>`,
    `<h1>${headline ? inlineHtml(headline.children) : ''}</h1>`,
    time && article.meta.publishAt ? `<p class="time"><time datetime="${escapeAttr(article.meta.publishAt)}">${time}</time></p>` : '',
    sapo && lineOf(sapo) ? `<p class="sapo"><strong>${inlineHtml(sapo.children)}</strong></p>` : '',
    ...bodyBlocks(article.content)
      .filter((b) => b.type === 'figure' || lineOf(b) !== '')
      .map((b) => (b.type === 'figure' ? figureHtml(b, options.imageSrc) : blockHtml(b, NO_RENDITIONS))),
    byline ? `<p class="byline">${escapeText(byline)}</p>` : '',
    `</article>`,
  ].filter(Boolean);
  const fragment = lines.join('\n') + '\n';
  if (options.document === false) return fragment;
  const title = headline ? escapeText(lineOf(headline)) : '';
  return `<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;
}

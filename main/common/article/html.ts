// A small semantic HTML view of an article for `dateline show --format html` and previews:
// <article> with <h1>, <time>, the sapo in <p class="sapo"><strong>, the body, <figure>s and the
// byline. Everything is escaped; links keep only http(s) and mailto. The export package builds
// the publishable HTML with renditions; this one stays small.

import type { Article, BodyBlock, Inline, TextRun } from './model.ts';
import { formatByline } from './byline.ts';
import { bodyOf, creditLine, lineOf } from './text.ts';
import { formatPublishTime } from './time.ts';
import { nfc } from '../text/nfc.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values (NFC). */
export const escapeHtml = (s: string): string => nfc(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

function runHtml(run: TextRun): string {
  let html = escapeHtml(run.text);
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** Inline content as HTML: marks as <strong>/<em>/<u>, links as <a> when their URL is safe. */
export function inlineHtml(children: Inline[]): string {
  return children
    .map((node) => {
      if ('text' in node) return runHtml(node);
      const inner = node.children.map(runHtml).join('');
      const url = node.url.trim();
      return SAFE_URL.test(url) ? `<a href="${escapeHtml(url)}">${inner}</a>` : inner;
    })
    .join('');
}

export interface ArticleHtmlOptions {
  /** The image URL of a figure's photo; without it figures show their caption only. */
  imageSrc?: (assetId: string) => string | null;
  /** A whole document (with <head>) instead of the <article> fragment. Default true. */
  document?: boolean;
}

function figureHtml(block: Extract<BodyBlock, { type: 'figure' }>, options: ArticleHtmlOptions): string {
  const src = block.assetId ? options.imageSrc?.(block.assetId) : null;
  const img = src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(block.alt || block.caption)}">` : '';
  const caption = escapeHtml(block.caption.trim());
  const credit = creditLine(block.credit);
  const figcaption = caption || credit ? `<figcaption>${caption}${credit ? `${caption ? ' ' : ''}<span class="credit">${escapeHtml(credit)}</span>` : ''}</figcaption>` : '';
  return `<figure data-asset="${escapeHtml(block.assetId)}">${img}${figcaption}</figure>`;
}

function blockHtml(block: BodyBlock, options: ArticleHtmlOptions): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.children)}</p>`;
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.children)}</h${block.level}>`;
    case 'blockquote':
      return `<blockquote><p>${inlineHtml(block.children)}</p></blockquote>`;
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = block.type === 'numbered-list' ? 'ol' : 'ul';
      return `<${tag}>${block.children.map((li) => `<li>${inlineHtml(li.children)}</li>`).join('')}</${tag}>`;
    }
    case 'figure':
      return figureHtml(block, options);
  }
}

/** The article as semantic, escaped HTML (a document by default, or the <article> alone). */
export function articleToHtml(article: Article, options: ArticleHtmlOptions = {}): string {
  const headline = article.content.find((b) => b.type === 'headline');
  const sapo = article.content.find((b) => b.type === 'sapo');
  const time = formatPublishTime(article.meta.publishAt);
  const byline = formatByline(article.meta.byline);
  const lines = [
    `<article>`,
    `<h1>${headline ? inlineHtml(headline.children) : ''}</h1>`,
    time && article.meta.publishAt ? `<p class="time"><time datetime="${escapeHtml(article.meta.publishAt)}">${escapeHtml(time)}</time></p>` : '',
    sapo && lineOf(sapo) ? `<p class="sapo"><strong>${inlineHtml(sapo.children)}</strong></p>` : '',
    ...bodyOf(article.content)
      .filter((b) => b.type === 'figure' || lineOf(b) !== '')
      .map((b) => blockHtml(b, options)),
    byline ? `<p class="byline">${escapeHtml(byline)}</p>` : '',
    `</article>`,
  ].filter(Boolean);
  const fragment = lines.join('\n') + '\n';
  if (options.document === false) return fragment;
  const title = headline ? escapeHtml(lineOf(headline)) : '';
  return `<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;
}

// article.html: a standalone, semantic page a reader can open offline, in the order the paper
// prints: headline, time, sapo, body with figures, byline, related articles. Styling lives in
// one small <style> in <head>; no element carries a style attribute.

import type { Article } from '../article/model.ts';
import { exportVi } from '../i18n/export.ts';
import { formatByline } from '../article/byline.ts';
import { leadOf } from '../article/text.ts';
import { formatPublishDate, formatPublishTime, isoInNewsroomZone } from '../article/time.ts';
import { bodyHtml, escapeAttr, escapeText, inlineHtml } from './html.ts';
import type { FigureRenditions } from './layout.ts';

/** An article listed under "Cùng chuyên mục" (read by the caller from the library). */
export interface RelatedArticle {
  id: string;
  headline: string;
  sapo?: string;
  publishAt?: string | null;
}

export interface PageOptions {
  figures: ReadonlyMap<string, FigureRenditions>;
  related?: RelatedArticle[];
  /** Links related articles when set (`<base>/<id>`); they are listed without links otherwise. */
  publicBaseUrl?: string;
}

const STYLE = `
body{margin:0;background:#fff;color:#1a1a1a;font:18px/1.6 "Times New Roman",Times,serif}
article,aside{max-width:760px;margin:0 auto;padding:0 16px}
h1{font:700 2rem/1.25 Arial,Helvetica,sans-serif;margin:1.5rem 0 .5rem}
h2,h3{font-family:Arial,Helvetica,sans-serif;line-height:1.3}
.dateline{color:#666;font:.9rem Arial,Helvetica,sans-serif;margin:0 0 1rem}
.sapo{font-weight:700}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #ccc}
figure{margin:1.5rem 0}
figure img{display:block;max-width:100%;height:auto;margin:0 auto}
figcaption{font-style:italic;font-size:.9rem;text-align:center;color:#333;margin-top:.4rem}
figcaption small{display:block;font-style:normal}
.byline{text-align:right;font-weight:700}
aside{border-top:1px solid #ddd;margin-top:2rem}
aside li{margin-bottom:.75rem}
aside p{margin:.2rem 0;font-size:.9rem}
`.trim();

function relatedHtml(related: RelatedArticle[], base: string): string {
  if (!related.length) return '';
  const items = related.map((r) => {
    const title = escapeText(r.headline.trim());
    const head = base ? `<a href="${escapeAttr(base + r.id)}">${title}</a>` : `<strong>${title}</strong>`;
    const date = formatPublishDate(r.publishAt);
    const time = date ? ` <time datetime="${isoInNewsroomZone(r.publishAt)}">${date}</time>` : '';
    const sapo = r.sapo?.trim() ? `<p>${escapeText(r.sapo.trim())}</p>` : '';
    return `<li>${head}${time}${sapo}</li>`;
  });
  return `<aside>\n<h2>${exportVi.page.related}</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</aside>\n`;
}

/** The standalone page (UTF-8, lang vi), image paths relative to the package. */
export function articlePage(article: Article, options: PageOptions): string {
  const { headlineText: headline, sapo, sapoText } = leadOf(article.content);
  const time = formatPublishTime(article.meta.publishAt);
  const byline = formatByline(article.meta.byline);
  const category = article.meta.category.trim();

  const header = [
    category ? `<p class="category">${escapeText(category)}</p>` : '',
    `<h1>${escapeText(headline)}</h1>`,
    time ? `<p class="dateline"><time datetime="${isoInNewsroomZone(article.meta.publishAt)}">${time}</time></p>` : '',
    sapoText && sapo ? `<p class="sapo">${inlineHtml(sapo.children)}</p>` : '',
  ].filter(Boolean);

  const body = bodyHtml(article.content, { figures: options.figures, imageBase: '', pictureSources: true });
  const base = options.publicBaseUrl ? options.publicBaseUrl.replace(/\/?$/, '/') : '';
  const description = sapoText ? `<meta name="description" content="${escapeAttr(sapoText)}">\n` : '';

  return (
    '<!DOCTYPE html>\n' +
    '<html lang="vi">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeText(headline)}</title>\n` +
    description +
    `<style>\n${STYLE}\n</style>\n</head>\n<body>\n` +
    `<article>\n<header>\n${header.join('\n')}\n</header>\n` +
    `<div class="body">\n${body}\n</div>\n` +
    (byline ? `<footer>\n<p class="byline">${escapeText(byline)}</p>\n</footer>\n` : '') +
    '</article>\n' +
    relatedHtml(options.related ?? [], base) +
    '</body>\n</html>\n'
  );
}

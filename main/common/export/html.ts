// The article body as HTML, one schema-driven serializer for the standalone page, the CMS
// fragment, the print view and `dateline show --format html`. Escaping follows the HTML serializer (innerHTML) exactly, so a sanitizer that
// re-serializes our output (DOMPurify) gives back the same bytes.

import { blockText, isListBlock, type Block, type BodyBlock, type FigureBlock, type Inline, type TextRun } from '../article/model.ts';
import { bodyBlocks, creditLine } from '../article/text.ts';
import { isSafeUrl } from '../text/urls.ts';
import { RENDITION_MIME, type FigureRenditions, type PackageRendition, type RenditionFormat } from './layout.ts';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' };

export const escapeText = (s: string): string => s.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c]);
export const escapeAttr = (s: string): string => s.replace(/[&<>"\u00a0]/g, (c) => ATTR_ESCAPES[c]);

function run(r: TextRun): string {
  if (!r.text) return '';
  let html = escapeText(r.text);
  if (r.underline) html = `<u>${html}</u>`;
  if (r.italic) html = `<em>${html}</em>`;
  if (r.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** Text runs and links as inline HTML. */
export function inlineHtml(children: Inline[]): string {
  return children
    .map((c) => {
      if ('text' in c) return run(c);
      const inner = c.children.map(run).join('');
      return isSafeUrl(c.url) ? `<a href="${escapeAttr(c.url.trim())}">${inner}</a>` : inner;
    })
    .join('');
}

export interface BodyHtmlOptions {
  figures: ReadonlyMap<string, FigureRenditions>;
  /** Prefix of image URLs: '' for paths inside the package, or the public base URL. */
  imageBase: string;
  /** The standalone page offers WebP/AVIF through <picture>; the CMS fragment keeps to <img>. */
  pictureSources: boolean;
}

const SIZES: Record<FigureBlock['layout'], string> = {
  small: '(max-width: 400px) 100vw, 400px',
  medium: '(max-width: 800px) 100vw, 800px',
  full: '100vw',
};

const srcset = (list: PackageRendition[], base: string): string => list.map((r) => `${escapeAttr(base + r.path)} ${r.width}w`).join(', ');

/** The rendition an <img src> falls back to: the one closest to the layout's width. */
function fallback(jpegs: PackageRendition[], layout: FigureBlock['layout']): PackageRendition {
  const want = layout === 'small' ? 400 : 800;
  return jpegs.find((r) => r.width >= want) ?? jpegs[jpegs.length - 1];
}

/** What a figure's <figcaption> says, as plain text: its caption, trimmed, and its credit line (creditLine); '' for either it lacks. */
export function figcaptionText(block: FigureBlock): { caption: string; credit: string } {
  return { caption: block.caption.trim(), credit: creditLine(block.credit) };
}

/** A figure's caption then its credit in <small>, or '' when it has neither. */
export function figcaptionHtml(block: FigureBlock): string {
  const { caption, credit } = figcaptionText(block);
  if (!caption && !credit) return '';
  return `<figcaption>${escapeText(caption)}${caption && credit ? ' ' : ''}${credit ? `<small>${escapeText(credit)}</small>` : ''}</figcaption>`;
}

function figureHtml(block: FigureBlock, opts: BodyHtmlOptions): string {
  const set = opts.figures.get(block.id);
  const figcaption = figcaptionHtml(block);
  const byFormat = (f: RenditionFormat): PackageRendition[] =>
    (set?.renditions ?? []).filter((r) => r.format === f).sort((a, b) => a.width - b.width);
  const jpegs = byFormat('jpeg');
  if (!jpegs.length) return `<figure>${figcaption}</figure>`;
  const src = fallback(jpegs, block.layout);
  const sizes = SIZES[block.layout];
  const img =
    `<img src="${escapeAttr(opts.imageBase + src.path)}" srcset="${srcset(jpegs, opts.imageBase)}" sizes="${sizes}"` +
    ` width="${src.width}" height="${src.height}" alt="${escapeAttr(block.alt.trim())}">`;
  if (!opts.pictureSources) return `<figure>${img}${figcaption}</figure>`;
  const sources = (['avif', 'webp'] as const)
    .map((f) => ({ f, list: byFormat(f) }))
    .filter((s) => s.list.length)
    .map((s) => `<source type="${RENDITION_MIME[s.f]}" srcset="${srcset(s.list, opts.imageBase)}" sizes="${sizes}">`)
    .join('');
  return `<figure><picture>${sources}${img}</picture>${figcaption}</figure>`;
}

/** One body block as HTML. */
export function blockHtml(block: BodyBlock, opts: BodyHtmlOptions): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.children)}</p>`;
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.children)}</h${block.level}>`;
    case 'blockquote':
      return `<blockquote><p>${inlineHtml(block.children)}</p></blockquote>`;
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = block.type === 'bulleted-list' ? 'ul' : 'ol';
      return `<${tag}>${block.children.map((li) => `<li>${inlineHtml(li.children)}</li>`).join('')}</${tag}>`;
    }
    case 'figure':
      return figureHtml(block, opts);
  }
}

const isEmpty = (b: BodyBlock): boolean => b.type !== 'figure' && !isListBlock(b) && !blockText(b).trim();

/** The body as HTML, one block per line; empty paragraphs (stray Enter) are left out. */
export function bodyHtml(content: Block[], opts: BodyHtmlOptions): string {
  return bodyBlocks(content)
    .filter((b) => !isEmpty(b))
    .map((b) => blockHtml(b, opts))
    .join('\n');
}

// article.fragment.html: the body for pasting into a web CMS. Semantic tags only, no styles, no
// classes; the allow-list below is what a CMS-side sanitizer needs to keep it whole.

import type { Article } from '../article/model.ts';
import { bodyHtml } from './html.ts';
import type { FigureRenditions } from './layout.ts';

/** DOMPurify configuration the fragment passes unchanged (tests prove it). */
export const FRAGMENT_ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'p',
  'blockquote',
  'figure',
  'img',
  'figcaption',
  'small',
  'ul',
  'ol',
  'li',
  'a',
  'strong',
  'em',
  'u',
  'br',
] as const;
export const FRAGMENT_ALLOWED_ATTR = ['href', 'src', 'srcset', 'sizes', 'width', 'height', 'alt'] as const;

export interface FragmentOptions {
  figures: ReadonlyMap<string, FigureRenditions>;
  /** '' for package-relative image paths, else the public base URL the images will be under. */
  imageBase?: string;
}

/** The body (without headline and sapo, which a CMS has fields for) as sanitized HTML. */
export function articleFragment(article: Article, options: FragmentOptions): string {
  return bodyHtml(article.content, { figures: options.figures, imageBase: options.imageBase ?? '', pictureSources: false }) + '\n';
}

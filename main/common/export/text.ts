// The article as plain text, paragraph by paragraph: article.txt, the DOCX's reading order, and
// the counts ninjs asks for. "Chữ" in a Vietnamese newsroom are syllables, which is what
// splitting on white space counts (and what Word reports).

import { blockText, textBlocks, type Article, type Block } from '../article/model.ts';
import { formatByline } from '../article/byline.ts';
import { bodyBlocks, creditLine, leadOf } from '../article/text.ts';
import { formatPublishTime } from '../article/time.ts';

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The paragraphs of the article in reading order, as DOCX and article.txt show them. */
export function articleParagraphs(article: Article): string[] {
  const out: string[] = [];
  const push = (s: string): void => {
    const c = clean(s);
    if (c) out.push(c);
  };
  const { headlineText, sapoText } = leadOf(article.content);
  push(headlineText);
  push(formatPublishTime(article.meta.publishAt));
  push(sapoText);
  for (const b of textBlocks(bodyBlocks(article.content))) {
    if (b.type === 'figure') {
      push(b.caption);
      push(creditLine(b.credit));
    } else {
      push(blockText(b));
    }
  }
  push(formatByline(article.meta.byline));
  return out;
}

// Not article/text.ts's articleToText (the page as printed): this must match the DOCX paragraph for paragraph.
/** article.txt: paragraphs separated by a blank line, one trailing newline. */
export function articleText(article: Article): string {
  return articleParagraphs(article).join('\n\n') + '\n';
}

/** Running text of the body, without headline, sapo or captions (what ninjs counts). */
export function bodyPlainText(content: Block[]): string {
  const parts: string[] = [];
  for (const b of textBlocks(bodyBlocks(content))) {
    if (b.type !== 'figure') parts.push(clean(blockText(b)));
  }
  return parts.filter(Boolean).join('\n');
}

/** Words (syllables, for Vietnamese) separated by white space. */
export const wordCount = (text: string): number => (text.trim() ? text.trim().split(/\s+/u).length : 0);

/** Characters as a reader counts them (code points of NFC text, paragraph breaks excluded). */
export const charCount = (text: string): number => [...text.normalize('NFC').replace(/\n/g, '')].length;

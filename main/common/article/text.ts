// The article as plain text, in the shape the paper's pages read (the fixture
// bhg-2025-01-05-bon-tot.txt): headline, time, sapo, body paragraphs, captions, byline, each
// separated by one blank line. `dateline show --format text` prints it; `--format json` prints
// articleToJson. (The package's article.txt is export/text.ts: one paragraph per DOCX paragraph.)

import { blockText, type Article, type Block, type BodyBlock, type Byline, type HeadlineBlock, type SapoBlock } from './model.ts';
import { formatByline } from './byline.ts';
import { formatPublishTime } from './time.ts';
import { nfc } from '../text/nfc.ts';

/** A caption's credit as the paper prints it, from what the reporter typed: `MINH ANH` → `Ảnh: MINH ANH` (kept when it already says Ảnh/Nguồn). */
export function creditLine(credit: string): string {
  const c = nfc(credit).trim();
  if (!c) return '';
  return /^(ảnh|nguồn|photo|video|đồ họa|đồ hoạ)\b/iu.test(c) ? c : `Ảnh: ${c}`;
}

/** Text of a block as one line: white space runs (NBSP, stray newlines) become one space. */
export const lineOf = (block: Block | { children?: unknown[] }): string => nfc(blockText(block)).replace(/\s+/gu, ' ').trim();

/** The body blocks, in order (everything after the headline and the sapo). */
export const bodyBlocks = (content: Block[]): BodyBlock[] =>
  content.filter((b): b is BodyBlock => b.type !== 'headline' && b.type !== 'sapo' && b.type !== 'list-item');

/** The article's lead: its headline and sapo blocks, and their plain text. */
export interface Lead {
  headline: HeadlineBlock | undefined;
  sapo: SapoBlock | undefined;
  /** The headline's text (blockText: runs joined, marks dropped), trimmed; '' without one. Not NFC'd. */
  headlineText: string;
  /** The sapo's text as typed, the paper's prefix (`BHG - `) included, trimmed; '' without one. Not NFC'd. */
  sapoText: string;
}

/** The headline and the sapo of the content (the first of each), the counterpart of bodyBlocks. */
export function leadOf(content: Block[]): Lead {
  const headline = content.find((b) => b.type === 'headline');
  const sapo = content.find((b) => b.type === 'sapo');
  return {
    headline,
    sapo,
    headlineText: headline ? blockText(headline).trim() : '',
    sapoText: sapo ? blockText(sapo).trim() : '',
  };
}

/** The headline and the sapo each as one line (lineOf: NFC, white space folded), '' when absent. */
function leadLines(content: Block[]): { headline: string; sapo: string } {
  const { headline, sapo } = leadOf(content);
  return { headline: headline ? lineOf(headline) : '', sapo: sapo ? lineOf(sapo) : '' };
}

/** The lines a body block prints as (a list: one line per item; a figure: caption then credit). */
function bodyText(block: BodyBlock): string {
  switch (block.type) {
    case 'figure':
      return [nfc(block.caption).replace(/\s+/gu, ' ').trim(), creditLine(block.credit)].filter(Boolean).join('\n');
    case 'bulleted-list':
      return block.children
        .map((li) => lineOf(li))
        .filter(Boolean)
        .map((t) => `- ${t}`)
        .join('\n');
    case 'numbered-list':
      return block.children
        .map((li) => lineOf(li))
        .filter(Boolean)
        .map((t, i) => `${i + 1}. ${t}`)
        .join('\n');
    default:
      return lineOf(block);
  }
}

/** The article as text: headline, time, sapo, body, byline; blank lines between; NFC; one final newline. */
export function articleToText(article: Article): string {
  const lead = leadLines(article.content);
  const parts = [
    lead.headline,
    formatPublishTime(article.meta.publishAt),
    lead.sapo,
    ...bodyBlocks(article.content).map(bodyText),
    formatByline(article.meta.byline),
  ].filter(Boolean);
  return parts.join('\n\n') + '\n';
}

/** One body block in the JSON view. */
export type BodyView =
  | { type: 'paragraph' | 'blockquote'; text: string }
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'bulleted-list' | 'numbered-list'; items: string[] }
  | { type: 'figure'; assetId: string; caption: string; credit: string; alt: string };

/** A flat, readable view of an article (no Slate structure), for `show --format json` and scripts. */
export interface ArticleView {
  id: string;
  version: number;
  status: Article['status'];
  category: string;
  tags: string[];
  headline: string;
  publishAt: string | null;
  /** `17:43, 05/01/2025`, or '' when unscheduled. */
  time: string;
  sapo: string;
  body: BodyView[];
  /** `Bài, ảnh: TRUNG HẬU (Quang Bình)`. */
  byline: string;
  bylineParts: Byline;
}

function bodyView(block: BodyBlock): BodyView {
  switch (block.type) {
    case 'figure':
      return { type: 'figure', assetId: block.assetId, caption: nfc(block.caption), credit: nfc(block.credit), alt: nfc(block.alt) };
    case 'bulleted-list':
    case 'numbered-list':
      return { type: block.type, items: block.children.map((li) => lineOf(li)) };
    case 'heading':
      return { type: 'heading', level: block.level, text: lineOf(block) };
    default:
      return { type: block.type, text: lineOf(block) };
  }
}

/** The article as a flat view object. */
export function articleView(article: Article): ArticleView {
  const lead = leadLines(article.content);
  return {
    id: article.id,
    version: article.version,
    status: article.status,
    category: nfc(article.meta.category),
    tags: article.meta.tags.map(nfc),
    headline: lead.headline,
    publishAt: article.meta.publishAt,
    time: formatPublishTime(article.meta.publishAt),
    sapo: lead.sapo,
    body: bodyBlocks(article.content).map(bodyView),
    byline: formatByline(article.meta.byline),
    bylineParts: article.meta.byline,
  };
}

/** The flat view as pretty JSON with one final newline. */
export function articleToJson(article: Article): string {
  return JSON.stringify(articleView(article), null, 2) + '\n';
}

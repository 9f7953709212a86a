// What every format is read into before the article's structure is recognised: blocks in the
// model's shape (without ids, which normalizeContent gives), plus the marks only a source format
// carries: a title (h1, Word's Title style, `# `) and the place of a photo.

import type { BodyBlock, Inline, TextRun } from '../../common/article/model.ts';

export interface TextDraft {
  type: 'headline' | 'paragraph' | 'heading' | 'blockquote';
  level?: 2 | 3;
  children: Inline[];
}

export interface ListDraft {
  type: 'bulleted-list' | 'numbered-list';
  children: Array<{ type: 'list-item'; children: Inline[] }>;
}

/** Where the draft had a photo; not imported, but the line after it is likely its caption. */
export interface ImageDraft {
  type: 'image';
  alt: string;
}

export type DraftBlock = TextDraft | ListDraft | ImageDraft;

/** The plain text of inline content. */
export function inlineText(children: readonly Inline[]): string {
  return children.map((c) => ('text' in c ? c.text : inlineText(c.children))).join('');
}

/** The plain text of a draft block (list items joined by new lines). */
export function draftText(block: DraftBlock): string {
  switch (block.type) {
    case 'image':
      return block.alt;
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.map((i) => inlineText(i.children)).join('\n');
    default:
      return inlineText(block.children);
  }
}

/** Whether every visible letter of the block is bold (a sapo is often marked only that way). */
export function allBold(children: readonly Inline[]): boolean {
  const runs: TextRun[] = children.flatMap((c) => ('text' in c ? [c] : c.children));
  const visible = runs.filter((r) => r.text.trim());
  return visible.length > 0 && visible.every((r) => r.bold === true);
}

/** Applies fn to the text of every run, keeping marks and links. */
export function mapDraftText(blocks: DraftBlock[], fn: (text: string) => string): DraftBlock[] {
  const inlines = (children: Inline[]): Inline[] =>
    children.map((c) =>
      'text' in c ? { ...c, text: fn(c.text) } : { ...c, children: c.children.map((r) => ({ ...r, text: fn(r.text) })) },
    );
  return blocks.map((b): DraftBlock => {
    switch (b.type) {
      case 'image':
        return { ...b, alt: fn(b.alt) };
      case 'bulleted-list':
      case 'numbered-list':
        return { ...b, children: b.children.map((i) => ({ ...i, children: inlines(i.children) })) };
      default:
        return { ...b, children: inlines(b.children) };
    }
  });
}

/** Body blocks (from the paste module) as draft blocks; a figure keeps its caption as a line. */
export function bodyToDraft(blocks: readonly BodyBlock[]): DraftBlock[] {
  return blocks.map((b): DraftBlock => {
    switch (b.type) {
      case 'figure':
        return { type: 'paragraph', children: [{ text: [b.caption, b.credit].filter(Boolean).join(' ') }] };
      case 'heading':
        return { type: 'heading', level: b.level, children: b.children };
      case 'bulleted-list':
      case 'numbered-list':
        return { type: b.type, children: b.children.map((i) => ({ type: 'list-item', children: i.children })) };
      default:
        return { type: b.type, children: b.children };
    }
  });
}

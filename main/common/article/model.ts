// The article model: what a reporter writes, as stored in article.json (docs/article-format.md).
// The body is a Slate value; metadata that is not running text (byline, time, category, tags…)
// lives beside it as structured data, so exports never have to parse prose.

export const ARTICLE_SCHEMA_VERSION = 1 as const;

export type ArticleStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['draft', 'submitted', 'returned', 'approved'];

/** A run of text with its marks. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface LinkInline {
  type: 'link';
  url: string;
  children: TextRun[];
}

export type Inline = TextRun | LinkInline;

interface BlockBase {
  /** Stable across edits: comments, suggestions and diffs anchor to it. */
  id: string;
}

export interface HeadlineBlock extends BlockBase {
  type: 'headline';
  children: TextRun[];
}
/** The lead, shown bold, starting with the paper's prefix (`BHG - `). */
export interface SapoBlock extends BlockBase {
  type: 'sapo';
  children: Inline[];
}
export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  children: Inline[];
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: 2 | 3;
  children: Inline[];
}
export interface QuoteBlock extends BlockBase {
  type: 'blockquote';
  children: Inline[];
}
export interface ListItemBlock extends BlockBase {
  type: 'list-item';
  children: Inline[];
}
export interface ListBlock extends BlockBase {
  type: 'bulleted-list' | 'numbered-list';
  children: ListItemBlock[];
}

export interface Crop {
  /** Fractions of the auto-oriented original, 0..1. */
  x: number;
  y: number;
  width: number;
  height: number;
  aspect?: 'free' | '16:9' | '4:3' | '3:2' | '1:1';
}

/** A photo in the article; the image itself is stored once, by SHA-256, in media/. */
export interface FigureBlock extends BlockBase {
  type: 'figure';
  assetId: string;
  caption: string;
  credit: string;
  alt: string;
  layout: 'small' | 'medium' | 'full';
  crop?: Crop;
  rotate?: 0 | 90 | 180 | 270;
  /** Focal point, fractions of the cropped image. */
  focus?: { x: number; y: number };
  children: [TextRun];
}

export type BodyBlock = ParagraphBlock | HeadingBlock | QuoteBlock | ListBlock | FigureBlock;
export type Block = HeadlineBlock | SapoBlock | BodyBlock | ListItemBlock;

export type BylineRole = 'bai-anh' | 'tin-anh' | 'bai' | 'tin' | 'nhom-pv' | 'theo';

export interface BylinePerson {
  name: string;
  /** `photo` for the `Ảnh:` part of `Bài: …; Ảnh: …`. */
  role?: 'text' | 'photo';
}

export interface Byline {
  role: BylineRole;
  people: BylinePerson[];
  place?: string;
  /** For `Theo …`: the source, e.g. VOV. */
  source?: string;
}

export interface ArticleMeta {
  slug: string;
  category: string;
  tags: string[];
  place: string;
  /** ISO 8601 instant; shown as `17:43, 05/01/2025` in Asia/Ho_Chi_Minh. */
  publishAt: string | null;
  byline: Byline;
  relatedIds: string[];
  /** For the desk only: never exported. */
  editorNote: string;
}

export interface Article {
  schemaVersion: typeof ARTICLE_SCHEMA_VERSION;
  id: string;
  /** Increases by one on every save. */
  version: number;
  createdAt: string;
  updatedAt: string;
  status: ArticleStatus;
  meta: ArticleMeta;
  content: Block[];
}

/** What the library list shows of an article, without its body. */
export interface ArticleSummary {
  id: string;
  headline: string;
  status: ArticleStatus;
  updatedAt: string;
  createdAt: string;
  version: number;
  category: string;
  /** The byline as the paper prints it (`Bài, ảnh: TRUNG HẬU (Quang Bình)`), '' when there is none. */
  byline: string;
  /** When the article is to be published (ISO), null when not set. */
  publishAt: string | null;
  trashed: boolean;
  /** article.json cannot be read (damaged, or from a newer Dateline): offer its revisions. */
  corrupt?: boolean;
}

/** What one revision changed, in words (main/common/review/change-summary.ts computes it). */
export interface ChangeSummary {
  /** Words (syllables, numbers) inserted and deleted. */
  added: number;
  removed: number;
  /** The first change in reading order: the words taken out and put in (either may be ''). */
  first: { before: string; after: string } | null;
  /** The article's details (byline, time, section…) differ. */
  metaChanged: boolean;
}

export interface RevisionSummary {
  id: string;
  version: number;
  savedAt: string;
  headline: string;
  reason: 'autosave' | 'create' | 'restore' | 'duplicate' | 'before-restore';
  /** What changed since the revision before it (the oldest: since an empty article). */
  changes?: ChangeSummary;
}

export function emptyMeta(): ArticleMeta {
  return {
    slug: '',
    category: '',
    tags: [],
    place: '',
    publishAt: null,
    byline: { role: 'bai-anh', people: [] },
    relatedIds: [],
    editorNote: '',
  };
}

/** Plain text of a block (links and marks flattened). */
export function blockText(block: { children?: unknown[] } | TextRun): string {
  if ('text' in block && typeof block.text === 'string') return block.text;
  const children = (block as { children?: unknown[] }).children ?? [];
  return children.map((c) => blockText(c as TextRun)).join('');
}

/** The two kinds of list (bulleted, numbered). */
export type ListType = ListBlock['type'];

/** Whether a block type is a list's (for nodes not yet known to be blocks, e.g. the editor's). */
export const isListType = (type: unknown): type is ListType => type === 'bulleted-list' || type === 'numbered-list';

/** Whether a block is a list, whose text is in its items. */
export const isListBlock = <B extends { type: string }>(block: B): block is Extract<B, ListBlock> => isListType(block.type);

/** The blocks in reading order with each list replaced by its items: each holds its own text (a figure, its caption). */
export function textBlocks<B extends Block>(blocks: readonly B[]): Array<Exclude<B, ListBlock> | ListItemBlock> {
  return blocks.flatMap((block): Array<Exclude<B, ListBlock> | ListItemBlock> =>
    isListBlock(block) ? block.children : [block as Exclude<B, ListBlock>],
  );
}

export function articleHeadline(content: Block[]): string {
  const h = content.find((b) => b.type === 'headline');
  return h ? blockText(h).trim() : '';
}

// The one place that turns whatever arrives as article content (the editor, an import, an
// external edit of article.json) into the model's shape: headline, sapo, then body blocks; known
// block types only; every block with a unique id; marks limited to bold/italic/underline; NFC.
// Nothing the reporter wrote is dropped: misplaced or unknown blocks become paragraphs.
// Pure, so the library (on save) and the editor (on change) share it.

import { newBlockId } from './ids.ts';
import {
  isListType,
  type Block,
  type BodyBlock,
  type Crop,
  type FigureBlock,
  type HeadlineBlock,
  type Inline,
  type LinkInline,
  type ListItemBlock,
  type SapoBlock,
  type TextRun,
} from './model.ts';
import { nfc } from '../text/nfc.ts';
import { isSafeUrl } from '../text/urls.ts';

type Loose = Record<string, unknown>;

const BLOCK_ID_PATTERN = /^[0-9A-Za-z_-]{1,100}$/;
const INLINE_TYPES = new Set(['link']);

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? nfc(v) : '');

function textRun(node: Loose): TextRun {
  const run: TextRun = { text: str(node.text) };
  if (node.bold === true) run.bold = true;
  if (node.italic === true) run.italic = true;
  if (node.underline === true) run.underline = true;
  return run;
}

/** Inline content: text runs and links; nested blocks are flattened to their runs. */
function inlines(children: unknown, allowLinks: boolean): Inline[] {
  const out: Inline[] = [];
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes) {
      if (!isObject(node)) continue;
      if (typeof node.text === 'string' && !('children' in node)) {
        out.push(textRun(node));
      } else if (node.type === 'link' && allowLinks && typeof node.url === 'string' && isSafeUrl(node.url)) {
        const link: LinkInline = { type: 'link', url: nfc(node.url.trim()), children: textRuns(node.children) };
        out.push(link);
      } else if (typeof node.type === 'string' && INLINE_TYPES.has(node.type)) {
        // A link we refuse (javascript:, data:…) keeps its words as plain text.
        walk(node.children);
      } else if (Array.isArray(node.children)) {
        // A block inside running text: keep its words, separated from what comes before.
        const before = out.length;
        walk(node.children);
        if (before > 0 && out.length > before) out.splice(before, 0, { text: ' ' });
      }
    }
  };
  walk(children);
  return tidy(out);
}

const sameMarks = (a: TextRun, b: TextRun): boolean => a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

/**
 * Slate's own shape, so that normalising twice changes nothing: adjacent runs with the same
 * marks merged, no empty run beside another run, a text run on each side of every link.
 */
function tidy(nodes: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if ('text' in node && last && 'text' in last && sameMarks(last, node))
      merged[merged.length - 1] = { ...last, text: last.text + node.text };
    else merged.push(node);
  }
  const isRun = (n: Inline | undefined): n is TextRun => n !== undefined && 'text' in n;
  const out: Inline[] = [];
  merged.forEach((node, i) => {
    if (isRun(node) && node.text === '' && (isRun(out[out.length - 1]) || isRun(merged[i + 1]))) return;
    if (!isRun(node) && !isRun(out[out.length - 1])) out.push({ text: '' });
    out.push(node);
  });
  if (!isRun(out[out.length - 1])) out.push({ text: '' });
  return out;
}

/** Text runs only (headline, link text, list-free places): links flattened to their text. */
function textRuns(children: unknown): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of inlines(children, false)) if ('text' in node) runs.push(node);
  return runs.length ? runs : [{ text: '' }];
}

class IdAllocator {
  private readonly seen = new Set<string>();
  take(candidate: unknown): string {
    let id = typeof candidate === 'string' && BLOCK_ID_PATTERN.test(candidate) && !this.seen.has(candidate) ? candidate : '';
    while (!id || this.seen.has(id)) id = newBlockId();
    this.seen.add(id);
    return id;
  }
}

const num = (v: unknown, lo: number, hi: number): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? v : undefined;

function crop(v: unknown): Crop | undefined {
  if (!isObject(v)) return undefined;
  const x = num(v.x, 0, 1),
    y = num(v.y, 0, 1),
    width = num(v.width, 0, 1),
    height = num(v.height, 0, 1);
  if (x === undefined || y === undefined || width === undefined || height === undefined || width === 0 || height === 0) return undefined;
  const c: Crop = { x, y, width, height };
  if (v.aspect === 'free' || v.aspect === '16:9' || v.aspect === '4:3' || v.aspect === '3:2' || v.aspect === '1:1') c.aspect = v.aspect;
  return c;
}

function figure(node: Loose, id: string): FigureBlock {
  const fig: FigureBlock = {
    type: 'figure',
    id,
    assetId: str(node.assetId),
    caption: str(node.caption),
    credit: str(node.credit),
    alt: str(node.alt),
    layout: node.layout === 'small' || node.layout === 'full' ? node.layout : 'medium',
    children: [{ text: '' }],
  };
  const c = crop(node.crop);
  if (c) fig.crop = c;
  if (node.rotate === 90 || node.rotate === 180 || node.rotate === 270) fig.rotate = node.rotate;
  if (isObject(node.focus)) {
    const x = num(node.focus.x, 0, 1),
      y = num(node.focus.y, 0, 1);
    if (x !== undefined && y !== undefined) fig.focus = { x, y };
  }
  return fig;
}

function listItems(node: Loose, ids: IdAllocator): ListItemBlock[] {
  const items: ListItemBlock[] = [];
  const children = Array.isArray(node.children) ? node.children : [];
  for (const child of children) {
    if (!isObject(child)) continue;
    if (isListType(child.type) && Array.isArray(child.children)) {
      // Nested lists are not in the model: their items join this list, in order.
      items.push(...listItems(child, ids));
    } else if (child.type === 'list-item' || Array.isArray(child.children)) {
      items.push({ type: 'list-item', id: ids.take(child.id), children: inlines(child.children, true) });
    } else if (typeof child.text === 'string') {
      items.push({ type: 'list-item', id: ids.take(undefined), children: [textRun(child)] });
    }
  }
  return items.length ? items : [{ type: 'list-item', id: ids.take(undefined), children: [{ text: '' }] }];
}

/** A body block from any top-level node; unknown or misplaced types become paragraphs. */
function bodyBlock(node: Loose, ids: IdAllocator): BodyBlock {
  const id = ids.take(node.id);
  switch (node.type) {
    case 'heading':
      return { type: 'heading', id, level: node.level === 3 ? 3 : 2, children: inlines(node.children, true) };
    case 'blockquote':
      return { type: 'blockquote', id, children: inlines(node.children, true) };
    case 'bulleted-list':
    case 'numbered-list':
      return { type: node.type, id, children: listItems(node, ids) };
    case 'figure':
      if (typeof node.assetId === 'string' && node.assetId) return figure(node, id);
      // A figure without a photo keeps its caption as text.
      return { type: 'paragraph', id, children: [{ text: [str(node.caption), str(node.credit)].filter(Boolean).join(' ') }] };
    default:
      return { type: 'paragraph', id, children: inlines(node.children, true) };
  }
}

/**
 * Content in the model's shape: the first headline and the first sapo go on top (created empty
 * when missing); other headlines/sapos become paragraphs in place; body order is kept; stray
 * list items are gathered into bulleted lists; ids are kept when unique, new otherwise.
 */
export function normalizeContent(content: unknown): Block[] {
  const nodes: Loose[] = Array.isArray(content) ? content.filter(isObject) : [];
  const ids = new IdAllocator();
  // Reserve the ids of the blocks that will keep their role first, so a duplicate later in the
  // body is the one renumbered, not the headline.
  const headlineNode = nodes.find((n) => n.type === 'headline');
  const sapoNode = nodes.find((n) => n.type === 'sapo');
  const headline: HeadlineBlock = {
    type: 'headline',
    id: ids.take(headlineNode?.id),
    children: textRuns(headlineNode?.children),
  };
  const sapo: SapoBlock = { type: 'sapo', id: ids.take(sapoNode?.id), children: inlines(sapoNode?.children, true) };

  const body: BodyBlock[] = [];
  let strayItems: Loose[] = [];
  const flushStray = (): void => {
    if (!strayItems.length) return;
    body.push(bodyBlock({ type: 'bulleted-list', children: strayItems }, ids));
    strayItems = [];
  };
  for (const node of nodes) {
    if (node === headlineNode || node === sapoNode) continue;
    if (node.type === 'list-item') {
      strayItems.push(node);
      continue;
    }
    flushStray();
    if (typeof node.text === 'string' && !Array.isArray(node.children)) {
      body.push({ type: 'paragraph', id: ids.take(undefined), children: [textRun(node)] });
    } else {
      body.push(bodyBlock(node, ids));
    }
  }
  flushStray();
  if (body.length === 0) body.push({ type: 'paragraph', id: ids.take(undefined), children: [{ text: '' }] });
  return [headline, sapo, ...body];
}

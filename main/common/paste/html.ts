// Pasted HTML (Word, Google Docs, web pages) into article blocks. DOMPurify, bound to the window
// the caller passes (the renderer's own, or jsdom in tests), parses and removes anything active;
// then one walk over its DOM keeps only what the article model holds: paragraphs, headings,
// quotes, lists, bold/italic/underline, safe links. Fonts, colours, classes and sizes go; each
// text run's font is offered to `convertRun` first, so `.VnTime` / `VNI-Times` text can be
// turned into Unicode. Images come back apart, never fetched, for the photo pipeline.

import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { newBlockId } from '../article/ids.ts';
import type { BodyBlock, Inline, LinkInline, ListBlock, ListItemBlock, TextRun } from '../article/model.ts';
import { nfc } from '../text/nfc.ts';
import { firstFamily, readStyle } from './style.ts';

/** A picture found in the paste: where it is, never its bytes. */
export interface PastedImage {
  kind: 'image';
  /**
   * A data: URL, a file: reference (Word's clipboard copies), a remote http(s) URL, or a path
   * relative to a saved page (`bai_files/anh1.jpg`, what "Save page as" writes; empty when the
   * page gave none) that nothing here can reach.
   */
  src: string;
  origin: 'data' | 'file' | 'remote' | 'relative';
  alt: string;
  /** The <figcaption> of a web page's <figure>, when there was one. */
  caption: string;
  /** Where it stood: before blocks[at]. */
  at: number;
}

export interface PasteResult {
  blocks: BodyBlock[];
  images: PastedImage[];
}

export interface HtmlPasteOptions {
  /** The DOM to parse in: the renderer's window, or a jsdom window in Node. */
  window: WindowLike;
  /** Called for every text run with the font it is drawn in; returns the text to keep. */
  convertRun?: (text: string, fontFamily: string | undefined) => string;
}

type OpenKind = { type: 'paragraph' } | { type: 'heading'; level: 2 | 3 } | { type: 'blockquote' } | { type: 'list-item' };

interface Context {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  font?: string;
  /** The href of the link we are inside (already checked safe), or null. */
  link: string | null;
  /** The kind of block that plain text here goes into. */
  kind: OpenKind;
  pre: boolean;
  depth: number;
}

const ELEMENT = 1;
const TEXT = 3;
const MAX_DEPTH = 400;
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

// Element names (lower case) by role. Anything else is inline: its text flows into the open block.
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'address',
  'center',
  'body',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dd',
  'dt',
  'details',
  'summary',
  'fieldset',
  'form',
]);
const PARAGRAPHS = new Set(['p', 'pre', 'figcaption', 'legend']);
const HEADINGS: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };
// Their words are never article text (DOMPurify removes most; these may survive as inert tags).
const SKIPPED = new Set([
  'script',
  'style',
  'title',
  'head',
  'meta',
  'link',
  'noscript',
  'template',
  'xml',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'svg',
  'math',
  'object',
  'embed',
  'iframe',
  'video',
  'audio',
  'canvas',
  'map',
  'area',
]);

const purifiers = new WeakMap<object, DOMPurify>();
function purifier(window: WindowLike): DOMPurify {
  let p = purifiers.get(window);
  if (!p) purifiers.set(window, (p = createDOMPurify(window)));
  return p;
}

/**
 * Word marks the bullet it draws with conditional comments: `<!--[if !supportLists]-->·<!--[endif]-->`
 * (clipboard) or `<![if !supportLists]>…<![endif]>` (saved pages). Make both the span Word also
 * writes, so the walk reads the bullet once (to tell numbered lists) and never prints it.
 */
function markWordBullets(html: string): string {
  return html.replace(
    /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]{0,2000}?)<!(?:--)?\[endif\](?:--)?>/gi,
    (_m, inner: string) => `<span style="mso-list:Ignore">${inner}</span>`,
  );
}

function imageOrigin(src: string): PastedImage['origin'] | null {
  if (/^data:image\//i.test(src)) return 'data';
  if (/^file:/i.test(src)) return 'file';
  if (/^https?:\/\//i.test(src)) return 'remote';
  // Any other scheme (`cid:`, `blob:`) is no picture we can name; a path without one is relative.
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return null;
  return 'relative';
}

/** The number a Word list marker shows (`1.`, `a)`, `iv.`), or null for a bullet (`·`, `§`, `o`). */
const isNumberMarker = (marker: string): boolean => /^(\d+|[a-z]|[ivxlcdm]+)[.)]$/i.test(marker.replace(/[\s\u00a0]+/g, ''));

const sameMarks = (a: TextRun, b: TextRun): boolean =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;

function run(text: string, ctx: Pick<Context, 'bold' | 'italic' | 'underline'>): TextRun {
  const r: TextRun = { text };
  if (ctx.bold) r.bold = true;
  if (ctx.italic) r.italic = true;
  if (ctx.underline) r.underline = true;
  return r;
}

/** Runs with white space collapsed across their boundaries, trimmed at both ends, merged by marks. */
function tidyRuns(runs: TextRun[], trimStart: boolean, trimEnd: boolean): TextRun[] {
  const out: TextRun[] = [];
  let lastSpace = trimStart;
  for (const r of runs) {
    let text = r.text.replace(/ +/g, ' ');
    if (lastSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    lastSpace = text.endsWith(' ');
    const prev = out[out.length - 1];
    if (prev && sameMarks(prev, r)) prev.text += text;
    else out.push({ ...r, text });
  }
  if (trimEnd) {
    while (out.length) {
      const last = out[out.length - 1];
      last.text = last.text.replace(/ $/, '');
      if (last.text) break;
      out.pop();
    }
  }
  return out;
}

type Piece = TextRun | { link: string; runs: TextRun[] };

/** Inline pieces as model inlines, Slate-shaped: a text run on each side of every link. */
function toInlines(pieces: Piece[]): Inline[] {
  // Flatten to runs tagged with their link, tidy white space across everything, then regroup.
  const flat: Array<{ run: TextRun; link: string | null }> = [];
  for (const p of pieces) {
    if ('link' in p) for (const r of p.runs) flat.push({ run: r, link: p.link });
    else flat.push({ run: p, link: null });
  }
  let lastSpace = true;
  for (const f of flat) {
    f.run = { ...f.run, text: f.run.text.replace(/ +/g, ' ') };
    if (lastSpace) f.run.text = f.run.text.replace(/^ /, '');
    if (f.run.text) lastSpace = f.run.text.endsWith(' ');
  }
  for (let i = flat.length - 1; i >= 0; i--) {
    flat[i].run.text = flat[i].run.text.replace(/ $/, '');
    if (flat[i].run.text) break;
  }
  const out: Inline[] = [];
  let i = 0;
  while (i < flat.length) {
    const link = flat[i].link;
    const group: TextRun[] = [];
    while (i < flat.length && flat[i].link === link) group.push(flat[i++].run);
    const runs = tidyRuns(group, false, false);
    if (!runs.length) continue;
    if (link) {
      if (!out.length || !('text' in out[out.length - 1])) out.push({ text: '' });
      const l: LinkInline = { type: 'link', url: link, children: runs };
      out.push(l);
    } else {
      for (const r of runs) {
        const prev = out[out.length - 1];
        if (prev && 'text' in prev && sameMarks(prev, r)) prev.text += r.text;
        else out.push(r);
      }
    }
  }
  if (out.length && !('text' in out[out.length - 1])) out.push({ text: '' });
  return out;
}

/** Collects blocks and images as the walk meets them. */
class Collector {
  readonly blocks: BodyBlock[] = [];
  readonly images: PastedImage[] = [];
  private pieces: Piece[] = [];
  private kind: OpenKind = { type: 'paragraph' };
  private list: ListBlock | null = null;
  /** Word lists are consecutive paragraphs: the key of the one being filled. */
  private listKey = '';

  text(text: string, ctx: Context): void {
    if (!text) return;
    if (
      this.kind.type !== ctx.kind.type ||
      (ctx.kind.type === 'heading' && this.kind.type === 'heading' && ctx.kind.level !== this.kind.level)
    ) {
      // White space between blocks (the newlines between Word's list paragraphs) opens nothing.
      if (!text.trim()) return;
      this.open(ctx.kind);
    }
    const r = run(text, { bold: ctx.bold && this.kind.type !== 'heading', italic: ctx.italic, underline: ctx.underline && !ctx.link });
    const last = this.pieces[this.pieces.length - 1];
    if (ctx.link) {
      if (last && 'link' in last && last.link === ctx.link) last.runs.push(r);
      else this.pieces.push({ link: ctx.link, runs: [r] });
    } else this.pieces.push(r);
  }

  /** Ends the open block and opens one of `kind` (a list item joins the current list). */
  open(kind: OpenKind): void {
    this.close();
    if (kind.type !== 'list-item') this.endList();
    this.kind = kind;
  }

  /** Ends the open block, keeping it when it has any text. */
  close(): void {
    const pieces = this.pieces;
    this.pieces = [];
    const children = toInlines(pieces);
    if (!children.some((c) => ('text' in c ? c.text.trim() : true))) return;
    const id = newBlockId();
    switch (this.kind.type) {
      case 'heading':
        this.endList();
        this.blocks.push({ type: 'heading', id, level: this.kind.level, children });
        return;
      case 'blockquote':
        this.endList();
        this.blocks.push({ type: 'blockquote', id, children });
        return;
      case 'list-item': {
        const item: ListItemBlock = { type: 'list-item', id, children };
        if (!this.list) this.startList('bulleted-list', '');
        this.list!.children.push(item);
        return;
      }
      default:
        this.endList();
        this.blocks.push({ type: 'paragraph', id, children });
    }
  }

  /** Starts a list unless the open one is of the same type and key (Word's consecutive paragraphs). */
  startList(type: ListBlock['type'], key: string): void {
    if (this.list && this.list.type === type && this.listKey === key && key) return;
    this.endList();
    this.list = { type, id: newBlockId(), children: [] };
    this.listKey = key;
    this.blocks.push(this.list);
  }

  get inList(): boolean {
    return this.list !== null;
  }

  endList(): void {
    if (this.list && this.list.children.length === 0) this.blocks.splice(this.blocks.indexOf(this.list), 1);
    this.list = null;
    this.listKey = '';
  }

  image(src: string, alt: string, caption: string): void {
    const origin = imageOrigin(src);
    // A picture nothing can reach (a relative path, or none) is only worth keeping for its caption.
    if (!origin || (origin === 'relative' && !caption)) return;
    this.images.push({
      kind: 'image',
      src,
      origin,
      alt: nfc(alt.trim()),
      caption: nfc(caption.replace(/\s+/g, ' ').trim()),
      at: this.blocks.length,
    });
  }

  finish(): PasteResult {
    this.close();
    this.endList();
    return { blocks: this.blocks, images: this.images };
  }
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

function isTrackingPixel(el: Element): boolean {
  const style = readStyle(el.getAttribute('style'));
  const w = Number(attr(el, 'width')) || style.width;
  const h = Number(attr(el, 'height')) || style.height;
  return (w !== undefined && w <= 2) || (h !== undefined && h <= 2);
}

/** The walk over the sanitized DOM. */
class Walker {
  readonly out = new Collector();
  constructor(private readonly convertRun?: HtmlPasteOptions['convertRun']) {}

  node(node: Node, ctx: Context): void {
    if (node.nodeType === TEXT) {
      this.textNode(node.nodeValue ?? '', ctx);
    } else if (node.nodeType === ELEMENT) {
      this.element(node as Element, ctx);
    } else if (node.nodeType === 11 /* fragment */) {
      this.children(node, ctx);
    }
    // Comments (Word's conditional ones included) and everything else carry no article text.
  }

  children(node: Node, ctx: Context): void {
    for (let c = node.firstChild; c; c = c.nextSibling) this.node(c, ctx);
  }

  textNode(raw: string, ctx: Context): void {
    // The font converter sees the text exactly as drawn (TCVN3 uses bytes that look like spaces
    // to nobody but us), before any white space is collapsed.
    const converted = this.convertRun ? this.convertRun(raw, ctx.font) : raw;
    let text = nfc(converted).replace(/\u00a0/g, ' ');
    if (ctx.pre) {
      const lines = text.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (i > 0) this.lineBreak(ctx);
        this.out.text(line.replace(/[\t\f ]+/g, ' '), ctx);
      });
      return;
    }
    text = text.replace(/[\t\n\r\f ]+/g, ' ');
    this.out.text(text, ctx);
  }

  /** A <br>: a new paragraph (or quote) of the same kind; in a heading or list item, a space. */
  lineBreak(ctx: Context): void {
    if (ctx.kind.type === 'heading' || ctx.kind.type === 'list-item') this.out.text(' ', ctx);
    else this.out.open(ctx.kind);
  }

  element(el: Element, parent: Context): void {
    const name = el.localName.toLowerCase();
    if (SKIPPED.has(name) || el.hasAttribute('hidden')) return;
    const style = readStyle(el.getAttribute('style'));
    if (style.hidden || style.msoListIgnore) return;
    if (parent.depth > MAX_DEPTH) {
      // Absurdly deep markup: keep its words, flat.
      this.out.text((el.textContent ?? '').replace(/\s+/g, ' '), parent);
      return;
    }
    const ctx = this.inherit(el, name, style, parent);

    if (name === 'br') return this.lineBreak(parent);
    if (name === 'hr') return this.out.open(parent.kind);
    if (name === 'img') {
      if (!isTrackingPixel(el)) this.out.image(attr(el, 'src').trim(), attr(el, 'alt'), '');
      return;
    }
    if (name === 'figure') return this.figure(el, ctx);
    if (name === 'ul' || name === 'ol') return this.list(el, name, ctx);
    if (name === 'li') return this.listItem(el, ctx);

    if (name in HEADINGS) return this.block(el, { ...ctx, kind: { type: 'heading', level: HEADINGS[name] } });
    if (name === 'blockquote') return this.block(el, { ...ctx, kind: { type: 'blockquote' } });
    if (PARAGRAPHS.has(name) || CONTAINERS.has(name)) {
      if (name === 'p' && style.msoList) return this.wordListParagraph(el, style.msoList, ctx);
      if (parent.kind.type === 'list-item') {
        // <li><p>…</p><p>…</p></li> (Google Docs): one item, its paragraphs joined by a space.
        this.out.text(' ', ctx);
        this.children(el, ctx);
        this.out.text(' ', ctx);
        return;
      }
      // A paragraph inside a quote stays a quote; a <p> elsewhere is a paragraph.
      const kind: OpenKind = parent.kind.type === 'blockquote' ? parent.kind : { type: 'paragraph' };
      return this.block(el, { ...ctx, kind, pre: ctx.pre || name === 'pre' });
    }
    // Inline element (span, b, a, font, o:p…): its text flows into the open block.
    this.children(el, ctx);
  }

  /** The marks, font and link an element gives its content. */
  inherit(el: Element, name: string, style: ReturnType<typeof readStyle>, parent: Context): Context {
    const ctx: Context = { ...parent, depth: parent.depth + 1 };
    if (name === 'b' || name === 'strong') ctx.bold = true;
    if (name === 'i' || name === 'em' || name === 'cite' || name === 'dfn') ctx.italic = true;
    if (name === 'u' || name === 'ins') ctx.underline = true;
    // The style wins over the tag: Google Docs wraps everything in <b style="font-weight:normal">.
    if (style.bold !== undefined) ctx.bold = style.bold;
    if (style.italic !== undefined) ctx.italic = style.italic;
    if (style.underline) ctx.underline = true;
    if (style.fontFamily) ctx.font = style.fontFamily;
    if (name === 'font' && el.getAttribute('face')) ctx.font = firstFamily(attr(el, 'face'));
    if (name === 'a') {
      const href = attr(el, 'href').trim();
      ctx.link = SAFE_LINK.test(href) ? nfc(href) : null;
    }
    return ctx;
  }

  block(el: Element, ctx: Context): void {
    this.out.open(ctx.kind);
    this.children(el, ctx);
    this.out.open(ctx.kind.type === 'list-item' ? ctx.kind : { type: 'paragraph' });
  }

  list(el: Element, name: string, ctx: Context): void {
    const nested = ctx.kind.type === 'list-item' && this.out.inList;
    if (nested) {
      // The model has no nested lists: the inner items follow in the outer list.
      this.out.close();
      this.children(el, ctx);
      this.out.close();
      return;
    }
    this.out.open({ type: 'paragraph' });
    this.out.startList(name === 'ol' ? 'numbered-list' : 'bulleted-list', '');
    this.children(el, { ...ctx, kind: { type: 'list-item' } });
    this.out.close();
    this.out.endList();
  }

  listItem(el: Element, ctx: Context): void {
    if (!this.out.inList) this.out.startList('bulleted-list', '');
    this.out.close();
    this.children(el, { ...ctx, kind: { type: 'list-item' } });
    this.out.close();
  }

  /** Word's list paragraph: `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>`. */
  wordListParagraph(el: Element, key: string, ctx: Context): void {
    const marker = el.querySelector('[style*="mso-list"]');
    const markerText = marker && readStyle(marker.getAttribute('style')).msoListIgnore ? (marker.textContent ?? '') : '';
    const type = isNumberMarker(markerText) ? 'numbered-list' : 'bulleted-list';
    this.out.close();
    this.out.startList(type, key);
    this.children(el, { ...ctx, kind: { type: 'list-item' } });
    this.out.close();
  }

  /** A web page's <figure>: its picture with the caption, the caption not repeated as text. */
  figure(el: Element, ctx: Context): void {
    const imgs = [...el.querySelectorAll('img')].filter((img) => !isTrackingPixel(img));
    if (!imgs.length) return this.block(el, { ...ctx, kind: { type: 'paragraph' } });
    const caption = el.querySelector('figcaption')?.textContent ?? '';
    this.out.close();
    imgs.forEach((img, i) => this.out.image(attr(img, 'src').trim(), attr(img, 'alt'), i === 0 ? caption : ''));
  }
}

/**
 * Pasted HTML as article body blocks (new ids, NFC) plus the pictures it held. Nothing is
 * fetched; scripts, styles, comments, fonts and colours are dropped.
 */
export function htmlToBlocks(html: string, options: HtmlPasteOptions): PasteResult {
  const purify = purifier(options.window);
  const fragment = purify.sanitize(markWordBullets(html), {
    RETURN_DOM_FRAGMENT: true,
    // data: and file: pictures are kept as references for the photo pipeline; links are
    // filtered again (http, https, mailto) when read.
    // Relative paths too (a saved page's `bai_files/anh1.jpg`): read as text, never fetched.
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|file:|data:image\/|[^a-z]|[a-z0-9+.-]*(?:[^a-z0-9+.:-]|$))/i,
    FORBID_TAGS: [
      'style',
      'script',
      'title',
      'meta',
      'link',
      'xml',
      'template',
      'noscript',
      'iframe',
      'object',
      'embed',
      'svg',
      'math',
      'form',
      'input',
      'button',
      'select',
      'textarea',
      'video',
      'audio',
      'canvas',
    ],
    ADD_FORBID_CONTENTS: ['xml', 'select', 'button', 'textarea'],
    // Read, never rendered: the run's font (<font face>) and a picture's size (tracking pixels).
    ADD_ATTR: ['face', 'width', 'height'],
    // …and not URLs, so the URL pattern above must not judge their values.
    ADD_URI_SAFE_ATTR: ['face', 'width', 'height'],
    KEEP_CONTENT: true,
  });
  const walker = new Walker(options.convertRun);
  walker.node(fragment, { bold: false, italic: false, underline: false, link: null, kind: { type: 'paragraph' }, pre: false, depth: 0 });
  return walker.out.finish();
}

// Legacy Vietnamese in a paste. Runs whose font names the encoding (`.VnTime`, `.VnTimeH`,
// `VNI-Times`) are converted by the editor's paste itself (`legacyPasteOptions()`, given to
// withPaste). Text with no such font (a plain-text paste, or Word HTML whose font sits in a
// stylesheet) is only ever OFFERED for conversion, with a preview: the same characters are real
// Latin-1 elsewhere (`Peña`, `5 µm`, `café`), which detectLegacy leaves alone.

import { convertLegacy, convertRun } from '../../main/common/vietnamese/legacy/convert.ts';
import { detectLegacy } from '../../main/common/vietnamese/legacy/detect.ts';
import { fontFamilyOfStyle, legacyEncodingOfFont, type LegacyEncoding } from '../../main/common/vietnamese/legacy/fonts.ts';

/** For withPaste / htmlToBlocks: each run converted by the font it is drawn in. */
export function legacyPasteOptions(): { convertRun: (text: string, fontFamily: string | undefined) => string } {
  return { convertRun: (text, fontFamily) => convertRun(text, fontFamily).text };
}

/** What the reporter is asked: the encoding and the start of the text before and after. */
export interface LegacyOffer {
  encoding: LegacyEncoding;
  before: string;
  after: string;
}

export type ParseHtml = (html: string) => Document;

const PREVIEW = 400;

/** The legacy font an element names itself (inline style or <font face>), if any. */
function ownFont(el: Element): string | undefined {
  const fromStyle = fontFamilyOfStyle(el.getAttribute('style'));
  if (fromStyle) return fromStyle;
  if (el.nodeName.toLowerCase() === 'font') return el.getAttribute('face') ?? undefined;
  return undefined;
}

/** The text nodes of a document with the font each inherits (skipping script and style). */
function textNodes(doc: Document): Array<{ node: Text; font: string | undefined }> {
  const out: Array<{ node: Text; font: string | undefined }> = [];
  const walk = (node: globalThis.Node, font: string | undefined): void => {
    if (node.nodeType === 3) {
      out.push({ node: node as Text, font });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.nodeName.toLowerCase();
    if (name === 'script' || name === 'style' || name === 'head') return;
    const own = ownFont(el) ?? font;
    for (const child of Array.from(node.childNodes)) walk(child, own);
  };
  walk(doc.body ?? doc.documentElement, undefined);
  return out;
}

const cut = (s: string): string => (s.length > PREVIEW ? s.slice(0, PREVIEW).replace(/(?<!\s)\s+\S*$/, '') + '…' : s);

/** The text of a paste that no legacy font explains: what detection must judge. */
function fontlessText(html: string, plain: string, parse: ParseHtml): string {
  if (!html) return plain;
  return textNodes(parse(html))
    .filter((t) => !legacyEncodingOfFont(t.font))
    .map((t) => t.node.nodeValue ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An offer to convert the paste, or null when it should go in as it is. */
export function legacyOffer(html: string, plain: string, parse: ParseHtml): LegacyOffer | null {
  const text = fontlessText(html, plain, parse);
  if (!text.trim()) return null;
  const found = detectLegacy(text);
  if (!found.encoding) return null;
  const before = cut(text.trim());
  return { encoding: found.encoding, before, after: convertLegacy(before, found.encoding) };
}

/**
 * The clipboard converted as the reporter accepted: runs in a legacy font by their font, the
 * rest by the chosen encoding; fonts then removed so nothing is converted twice downstream.
 */
export function convertPaste(html: string, plain: string, encoding: LegacyEncoding, parse: ParseHtml): { html: string; plain: string } {
  const out = { html: '', plain: plain ? convertLegacy(plain, encoding) : '' };
  if (!html) return out;
  const doc = parse(html);
  for (const { node, font } of textNodes(doc)) {
    const value = node.nodeValue ?? '';
    node.nodeValue = legacyEncodingOfFont(font) ? convertRun(value, font).text : convertLegacy(value, encoding);
  }
  for (const el of Array.from(doc.querySelectorAll('[style], font[face]'))) {
    if (el.hasAttribute('face')) el.removeAttribute('face');
    const style = el.getAttribute('style');
    if (style && fontFamilyOfStyle(style)) el.setAttribute('style', style.replace(/(^|[;{\s])font-family\s*:[^;]*;?/gi, '$1'));
  }
  out.html = doc.documentElement.outerHTML;
  return out;
}

// article.docx, the hand-off Vietnamese newsrooms use: Unicode fonts only (Times New Roman for
// text, Arial for headings: never the TCVN3 `.VnTime` family), headline, bold sapo, body with
// headings, quotes and lists, each photo with its caption and credit under it, byline last.
// docx stamps the time of writing and random link ids into the file; we re-pack it so the same
// article gives the same bytes.

import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { blockText, type Article, type Inline, type TextRun as ModelRun } from '../../common/article/model.ts';
import { formatByline } from '../../common/article/byline.ts';
import { bodyBlocks, creditLine, leadOf } from '../../common/article/text.ts';
import { formatPublishTime } from '../../common/article/time.ts';
import type { FigureRenditions } from '../../common/export/layout.ts';
import { isSafeUrl } from '../../common/text/urls.ts';
import { fixedZipTime, readZipBuffer, writeZip } from './zip.ts';

const TEXT_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'Times New Roman' };
const HEAD_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' };
/** A4 text width with 2 cm margins is about 17 cm; photos are placed at 16 cm (605 px at 96 dpi). */
const IMAGE_MAX_PX = 605;

function runs(children: Inline[], force: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const run = (r: ModelRun, style?: string): TextRun =>
    new TextRun({
      text: r.text,
      bold: force.bold || r.bold || undefined,
      italics: force.italics || r.italic || undefined,
      underline: r.underline ? {} : undefined,
      style,
    });
  for (const c of children) {
    if ('text' in c) {
      if (c.text) out.push(run(c));
    } else if (isSafeUrl(c.url)) {
      out.push(new ExternalHyperlink({ link: c.url.trim(), children: c.children.filter((r) => r.text).map((r) => run(r, 'Hyperlink')) }));
    } else {
      for (const r of c.children) if (r.text) out.push(run(r));
    }
  }
  return out;
}

/** The JPEG the document embeds: the smallest one at least 800 px wide (enough for A4 at 16 cm). */
function docxImage(
  set: FigureRenditions | undefined,
  data: ReadonlyMap<string, Uint8Array>,
): { bytes: Uint8Array; width: number; height: number } | null {
  const jpegs = (set?.renditions ?? []).filter((r) => r.format === 'jpeg').sort((a, b) => a.width - b.width);
  const pick = jpegs.find((r) => r.width >= 800) ?? jpegs[jpegs.length - 1];
  const bytes = pick && data.get(pick.path);
  return pick && bytes ? { bytes, width: pick.width, height: pick.height } : null;
}

export interface DocxOptions {
  figures: ReadonlyMap<string, FigureRenditions>;
  /** Rendition bytes by package path. */
  files: ReadonlyMap<string, Uint8Array>;
}

/** The DOCX document's paragraphs, in the order articleParagraphs (text.ts) lists them. */
function paragraphs(article: Article, options: DocxOptions): Paragraph[] {
  const out: Paragraph[] = [];
  const { headline, sapo, headlineText, sapoText } = leadOf(article.content);
  if (headline && headlineText) out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(headline.children) }));
  const time = formatPublishTime(article.meta.publishAt);
  if (time) out.push(new Paragraph({ children: [new TextRun({ text: time, italics: true, color: '666666' })] }));
  if (sapo && sapoText) out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(sapo.children, { bold: true }) }));

  let numbered = 0;
  let figureIndex = 0;
  for (const b of bodyBlocks(article.content)) {
    switch (b.type) {
      case 'paragraph':
        if (blockText(b).trim()) out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(b.children) }));
        break;
      case 'heading':
        if (blockText(b).trim())
          out.push(new Paragraph({ heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: runs(b.children) }));
        break;
      case 'blockquote':
        if (blockText(b).trim()) out.push(new Paragraph({ style: 'Quote', children: runs(b.children) }));
        break;
      case 'bulleted-list':
      case 'numbered-list': {
        const instance = b.type === 'numbered-list' ? ++numbered : 0;
        for (const li of b.children) {
          if (!blockText(li).trim()) continue;
          out.push(
            new Paragraph({
              children: runs(li.children),
              ...(b.type === 'bulleted-list' ? { bullet: { level: 0 } } : { numbering: { reference: 'numbered', level: 0, instance } }),
            }),
          );
        }
        break;
      }
      case 'figure': {
        figureIndex++;
        const img = docxImage(options.figures.get(b.id), options.files);
        if (img) {
          const width = Math.min(IMAGE_MAX_PX, img.width);
          const height = Math.round((img.height * width) / img.width);
          out.push(
            new Paragraph({
              alignment: AlignmentType.CENTER,
              keepNext: true,
              children: [
                new ImageRun({
                  type: 'jpg',
                  data: img.bytes,
                  transformation: { width, height },
                  // A fixed id: docx otherwise numbers drawings from one process-wide counter.
                  altText: {
                    id: String(figureIndex),
                    name: options.figures.get(b.id)?.name ?? `anh-${figureIndex}`,
                    description: b.alt.trim(),
                    title: b.caption.trim(),
                  },
                }),
              ],
            }),
          );
        }
        if (b.caption.trim())
          out.push(new Paragraph({ style: 'Caption', keepNext: !!b.credit.trim(), children: [new TextRun(b.caption.trim())] }));
        const credit = creditLine(b.credit);
        if (credit) out.push(new Paragraph({ style: 'Caption', children: [new TextRun({ text: credit, italics: false })] }));
        break;
      }
    }
  }
  const byline = formatByline(article.meta.byline);
  if (byline) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: byline, bold: true })] }));
  return out;
}

function documentFor(article: Article, options: DocxOptions): Document {
  return new Document({
    creator: 'Dateline',
    title: leadOf(article.content).headlineText,
    styles: {
      default: {
        document: { run: { font: TEXT_FONT, size: 26 }, paragraph: { spacing: { after: 120, line: 300 } } },
        heading1: { run: { font: HEAD_FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: HEAD_FONT, size: 30, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: HEAD_FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 } } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          run: { font: TEXT_FONT, italics: true },
          paragraph: { indent: { left: 720, right: 720 } },
        },
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          run: { font: TEXT_FONT, italics: true, size: 22 },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: paragraphs(article, options),
      },
    ],
  });
}

const TIMESTAMP = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;
/** docx names link relationships with random 21-character ids; ours are numbered in order of use. */
const RANDOM_REL_ID = /\bId="([A-Za-z0-9_-]{21})"/g;

/** Rewrites what docx makes differently on every run: timestamps, random ids, zip times. */
async function repack(docx: Buffer, stamp: string): Promise<Buffer> {
  const entries = await readZipBuffer(docx);
  const ids = new Map<string, string>();
  for (const e of entries) {
    if (!e.path.endsWith('.rels')) continue;
    for (const m of e.data.toString('utf8').matchAll(RANDOM_REL_ID)) if (!ids.has(m[1])) ids.set(m[1], `rIdL${ids.size + 1}`);
  }
  const fixed = entries.map((e) => {
    if (!/\.(xml|rels)$/.test(e.path)) return { path: e.path, data: e.data, compress: true };
    let xml = e.data.toString('utf8');
    if (e.path === 'docProps/core.xml') xml = xml.replace(TIMESTAMP, `$1${stamp}$2`);
    for (const [from, to] of ids) xml = xml.split(`"${from}"`).join(`"${to}"`);
    return { path: e.path, data: Buffer.from(xml, 'utf8'), compress: true };
  });
  return writeZip(fixed, fixedZipTime(stamp));
}

/** The article as a .docx; the same article and renditions always give the same bytes. */
export async function articleDocx(article: Article, options: DocxOptions): Promise<Buffer> {
  const raw = await Packer.toBuffer(documentFor(article, options));
  const updated = new Date(article.updatedAt);
  const stamp = (Number.isNaN(updated.getTime()) ? new Date(0) : updated).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return repack(raw, stamp);
}

// The example article (shared fixture) rebuilt in each format a draft arrives in: the same
// lines as .md, as a saved web page (.html) and as a Word file (.docx, built with the `docx`
// library), so every format is held to the same expectations.

import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { BON_TOT } from '../../fixtures/articles.ts';

export const FIXTURE = BON_TOT;

export function fixtureText(): string {
  return readFileSync(FIXTURE, 'utf8');
}

/** The fixture's parts, by what the page shows. */
export interface FixtureParts {
  headline: string;
  time: string;
  sapo: string;
  /** Body paragraphs before the photo. */
  before: string[];
  caption: string;
  /** Body paragraphs after the photo. */
  after: string[];
  byline: string;
  /** `Ý kiến bạn đọc`, `Cùng chuyên mục` and the related list (headline, sapo, date lines). */
  furniture: string[];
}

export function fixtureParts(): FixtureParts {
  const lines = fixtureText()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const captionAt = lines.findIndex((l, i) => l === lines[i + 1]);
  const bylineAt = lines.findIndex((l) => l.startsWith('Bài, ảnh:'));
  return {
    headline: lines[0],
    time: lines[1],
    sapo: lines[2],
    before: lines.slice(3, captionAt),
    caption: lines[captionAt],
    after: lines.slice(captionAt + 2, bylineAt),
    byline: lines[bylineAt],
    furniture: lines.slice(bylineAt + 1),
  };
}

/** The fixture as a Markdown draft. */
export function fixtureMarkdown(p = fixtureParts()): string {
  return [
    `# ${p.headline}`,
    p.time,
    p.sapo,
    ...p.before,
    `![${p.caption}](anh-1.jpg)`,
    p.caption,
    ...p.after,
    p.byline,
    ...p.furniture,
  ].join('\n\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The fixture as the web page it was copied from: the photo in a <figure>, the furniture after. */
export function fixtureHtml(p = fixtureParts()): string {
  const para = (s: string): string => `<p>${esc(s)}</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(p.headline)}</title>
<script>window.tracker = 1</script><style>p { color: red }</style></head><body>
<nav><a href="/">Trang chủ</a></nav>
<article>
<h1 class="title">${esc(p.headline)}</h1>
<div class="time">${esc(p.time)}</div>
<p class="sapo"><strong>${esc(p.sapo)}</strong></p>
${p.before.map(para).join('\n')}
<figure><img src="https://baohagiang.vn/anh-1.jpg" alt="${esc(p.caption)}"><figcaption>${esc(p.caption)}</figcaption></figure>
${p.after.map(para).join('\n')}
<p style="text-align:right"><strong>${esc(p.byline)}</strong></p>
</article>
<section class="comments"><h3>${esc(p.furniture[0])}</h3></section>
<section class="related"><h3>${esc(p.furniture[1])}</h3>
${p.furniture.slice(2).map(para).join('\n')}
</section></body></html>`;
}

// A 1×1 PNG: enough for Word to hold a picture where the page had the photo.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');

/** The fixture as a reporter's Word file: Title style, bold sapo, a photo with its caption, the byline right-aligned. */
export async function fixtureDocx(p = fixtureParts()): Promise<Buffer> {
  const para = (s: string): Paragraph => new Paragraph({ children: [new TextRun(s)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(p.headline)] }),
          para(p.time),
          new Paragraph({ children: [new TextRun({ text: p.sapo, bold: true })] }),
          ...p.before.map(para),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 40, height: 30 } })] }),
          new Paragraph({ children: [new TextRun({ text: p.caption, italics: true })] }),
          ...p.after.map(para),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: p.byline, bold: true })] }),
          ...p.furniture.map(para),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Writes a file in `dir` and returns its path. */
export async function put(dir: string, name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

// A .docx to HTML: the zip is read within the limits, runs in legacy fonts are converted in
// place (./docx-fonts.ts), and mammoth turns the corrected document into semantic HTML, which
// then goes through the same sanitizer as pasted HTML.

import { Buffer } from 'node:buffer';
import mammoth from 'mammoth';
import type { LegacyEncoding } from '../../common/vietnamese/legacy/fonts.ts';
import { convertLegacyFontRuns, readDocxStyles } from './docx-fonts.ts';
import type { ImportLimits } from './limits.ts';
import { XmlError } from './xml.ts';
import { readZip, writeZip, ZipProblem } from './zip.ts';

export interface DocxHtml {
  html: string;
  fontRuns: { converted: number; encodings: LegacyEncoding[] };
  /** Photos in the document (not imported). */
  images: number;
  /** What mammoth skipped (unsupported formatting); the text itself is kept. */
  messages: number;
}

/** Marks the place of a photo in the HTML (the bytes are never read: photos are not imported). */
export const IMAGE_PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

// Word's built-in style names (English whatever the UI language) for what a draft carries.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='caption'] => p:fresh",
  "p[style-name='Caption'] => p:fresh",
];

// Only the XML parts: photos and embedded files are not imported, so they are never inflated.
const isPart = (name: string): boolean =>
  /\.(xml|rels)$/i.test(name) && !name.startsWith('/') && !name.includes('\\') && !name.split('/').includes('..');
const isStoryPart = (name: string): boolean =>
  /^word\/[^/]+\.xml$/i.test(name) && !/^word\/(styles|settings|numbering|fontTable|webSettings|theme\d*)\.xml$/i.test(name);

function xmlText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** The document as HTML, with legacy-font runs already in Unicode; throws ZipProblem when unreadable or over a limit. */
export async function docxToHtml(bytes: Uint8Array, limits: ImportLimits): Promise<DocxHtml> {
  const parts = await readZip(bytes, limits, isPart);
  if (!parts.has('word/document.xml') && ![...parts.keys()].some((n) => /^word\/document\d*\.xml$/.test(n))) {
    throw new ZipProblem('damaged', 'no word/document.xml');
  }
  const encodings = new Set<LegacyEncoding>();
  let converted = 0;
  try {
    const stylesXml = parts.get('word/styles.xml');
    const styles = readDocxStyles(stylesXml ? xmlText(stylesXml) : undefined);
    for (const [name, data] of parts) {
      if (!isStoryPart(name)) continue;
      const xml = xmlText(data);
      if (!xml.includes('<w:t')) continue;
      const result = convertLegacyFontRuns(xml, styles);
      if (result.converted) parts.set(name, Buffer.from(result.xml, 'utf8'));
      converted += result.converted;
      for (const e of result.encodings) encodings.add(e);
    }
  } catch (err) {
    if (err instanceof XmlError) throw new ZipProblem('damaged', err.message);
    throw err;
  }

  let images = 0;
  let result: { value: string; messages: unknown[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: await writeZip(parts) },
      {
        styleMap: STYLE_MAP,
        // A document may carry its own mammoth style map; a draft from outside must not steer us.
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: IMAGE_PLACEHOLDER };
        }),
      },
    );
  } catch (err) {
    throw new ZipProblem('damaged', err instanceof Error ? err.message : String(err));
  }
  return { html: result.value, fontRuns: { converted, encodings: [...encodings] }, images, messages: result.messages.length };
}

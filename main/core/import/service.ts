// Importing a draft: read the file, turn its format into draft blocks (legacy fonts and
// encodings handled on the way), recognise the article, and (for an import) store it as a new
// article through the Library. A preview does all but the storing.

import iconv from 'iconv-lite';
import { normalizeContent } from '../../common/article/normalize.ts';
import { blockText, type Article } from '../../common/article/model.ts';
import type { ParsedInput } from '../../common/contract/index.ts';
import type { ImportDraft, ImportReport, ImportWarning, LegacyOffer } from '../../common/contract/import.ts';
import { ContentSchema } from '../../common/contract/library.ts';
import { DatelineError } from '../../common/result.ts';
import { nfcDeep } from '../../common/text/nfc.ts';
import { convertLegacy } from '../../common/vietnamese/legacy/convert.ts';
import { detectLegacy } from '../../common/vietnamese/legacy/detect.ts';
import type { LegacyEncoding } from '../../common/vietnamese/legacy/fonts.ts';
import { decodeLegacyBytes } from '../language/bytes.ts';
import type { Library } from '../library/library.ts';
import { docxToHtml } from './docx.ts';
import { draftText, mapDraftText, type DraftBlock } from './draft.ts';
import { htmlToDraft } from './html.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';
import { parseMarkdown } from './markdown.ts';
import { importError, readDraftFile, type DraftFile } from './read.ts';
import { recognizeArticle } from './structure.ts';
import { decodeTextFile, type DecodedText } from './text-file.ts';
import { textToDraft } from './text.ts';
import { ZipProblem } from './zip.ts';

export interface ImportOptions {
  /** Convert font-less text that looks legacy-encoded (otherwise it is only offered). */
  convertLegacy?: boolean;
  /** The paper's prefix (settings.paperPrefix). */
  prefix: string;
  limits?: ImportLimits;
}

export interface Preview {
  draft: ImportDraft;
  report: ImportReport;
}

const FONT_ENCODINGS = new Set<string>(['tcvn3', 'tcvn3-upper', 'vni', 'viqr']);
const FAMILY_NAMES: Record<string, string> = { tcvn3: 'TCVN3', 'tcvn3-upper': 'TCVN3', vni: 'VNI', viqr: 'VIQR' };

/** Text of a file, or the IMPORT error that says why it is not text. */
function decoded(file: DraftFile, convert: boolean): DecodedText {
  const result = decodeTextFile(file.bytes, convert);
  if (result === 'binary') throw importError('binary', { name: file.name, ext: file.ext });
  if (result === 'empty') throw importError('empty', { name: file.name });
  return result;
}

/** The charset an HTML file declares in its first bytes (`<meta charset=…>`), if iconv knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(head);
  const name = m?.[1].toLowerCase();
  return name && name !== 'utf-8' && name !== 'utf8' && iconv.encodingExists(name) ? name : null;
}

/**
 * For formats with markup (Markdown, HTML, Word), the markup is read first and legacy text is
 * converted run by run afterwards: VIQR marks are ASCII punctuation (`*`, `(`) that a
 * conversion of the source would confuse with syntax.
 */
function convertFontLessLegacy(blocks: DraftBlock[], encoding: LegacyEncoding): DraftBlock[] {
  return mapDraftText(blocks, (text) => convertLegacy(text, encoding));
}

function offerFor(blocks: DraftBlock[], convert: boolean): { blocks: DraftBlock[]; legacy: LegacyOffer | null } {
  const found = detectLegacy(blocks.map(draftText).join('\n'));
  if (!found.encoding) return { blocks, legacy: null };
  const legacy: LegacyOffer = { encoding: found.encoding, confidence: found.confidence, preview: found.preview, converted: convert };
  return { blocks: convert ? convertFontLessLegacy(blocks, found.encoding) : blocks, legacy };
}

/** Reads a draft and recognises its article; nothing is stored. */
export async function previewImport(path: string, options: ImportOptions): Promise<Preview> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const convert = options.convertLegacy === true;
  const file = await readDraftFile(path, limits);
  const warnings: ImportWarning[] = [];
  let blocks: DraftBlock[];
  let legacy: LegacyOffer | null = null;
  let fontRuns: ImportReport['fontRuns'] = { converted: 0, encodings: [] };
  // A saved page's captions whose photo stayed in its folder: kept, and the reporter told.
  const orphanCaptions: ImportWarning[] = [];

  switch (file.format) {
    case 'txt': {
      const text = decoded(file, convert);
      legacy = text.legacy;
      blocks = textToDraft(text.text);
      break;
    }
    case 'md': {
      const text = decoded(file, false);
      if (text.legacy && !FONT_ENCODINGS.has(text.legacy.encoding)) {
        // A byte encoding (CP1258, VISCII) keeps ASCII as it is: decode the bytes, then parse.
        legacy = { ...text.legacy, converted: convert };
        blocks = parseMarkdown(convert ? decodeLegacyBytes(file.bytes, text.legacy.encoding as 'cp1258') : text.text);
      } else {
        ({ blocks, legacy } = offerFor(parseMarkdown(text.text), convert));
      }
      break;
    }
    case 'html': {
      const charset = declaredCharset(file.bytes);
      let html: string;
      if (charset) {
        html = iconv.decode(Buffer.from(file.bytes), charset).normalize('NFC');
        if (!html.trim()) throw importError('empty', { name: file.name });
      } else {
        const text = decoded(file, false);
        if (text.legacy && !FONT_ENCODINGS.has(text.legacy.encoding)) {
          legacy = { ...text.legacy, converted: convert };
          html = convert ? decodeLegacyBytes(file.bytes, text.legacy.encoding as 'cp1258') : text.text;
        } else {
          html = text.text;
        }
      }
      const result = await htmlToDraft(html);
      fontRuns = result.fontRuns;
      for (const { caption, src } of result.captionsWithoutPhoto)
        orphanCaptions.push({ code: 'caption-without-photo', params: { caption, src: src || '—' } });
      if (!legacy) ({ blocks, legacy } = offerFor(result.blocks, convert));
      else blocks = result.blocks;
      break;
    }
    case 'docx': {
      let docx;
      try {
        docx = await docxToHtml(file.bytes, limits);
      } catch (err) {
        if (err instanceof ZipProblem)
          throw importError(err.kind === 'limits' ? 'zip-limits' : 'damaged-docx', { name: file.name, detail: err.message });
        throw err;
      }
      const result = await htmlToDraft(docx.html);
      fontRuns = {
        converted: docx.fontRuns.converted + result.fontRuns.converted,
        encodings: [...new Set([...docx.fontRuns.encodings, ...result.fontRuns.encodings])],
      };
      if (docx.messages) warnings.push({ code: 'docx-messages', params: { count: docx.messages } });
      ({ blocks, legacy } = offerFor(result.blocks, convert));
      break;
    }
  }

  if (!blocks.some((b) => draftText(b).trim())) throw importError('empty', { name: file.name });
  // Photo places from every format (Markdown image lines, <img>, Word pictures).
  const images = blocks.filter((b) => b.type === 'image').length;
  const found = recognizeArticle(blocks, { prefix: options.prefix });

  if (legacy)
    warnings.unshift({
      code: legacy.converted ? 'legacy-converted' : 'looks-legacy',
      params: { encoding: legacy.encoding, preview: legacy.preview },
    });
  if (fontRuns.converted) {
    // The fonts' family names, the same in every language: `.VnTimeH` is TCVN3 too.
    const families = [...new Set(fontRuns.encodings.map((e) => FAMILY_NAMES[e] ?? e))].join(', ');
    warnings.unshift({ code: 'fonts-converted', params: { count: fontRuns.converted, encodings: families } });
  }
  if (images) warnings.push({ code: 'images-not-imported', params: { count: images } });
  warnings.push(...orphanCaptions);
  warnings.push(...found.warnings);

  const draft: ImportDraft = nfcDeep({ content: normalizeContent(found.content), publishAt: found.publishAt, byline: found.byline });
  const report: ImportReport = nfcDeep({
    format: file.format,
    fileName: file.name,
    legacy,
    fontRuns,
    notes: found.notes,
    related: found.related,
    captions: found.captions,
    images,
    warnings,
  });
  return { draft, report };
}

/** Imports a draft as a new article in the library; returns it with the report. */
export async function importArticle(
  library: Library,
  path: string,
  options: ImportOptions,
): Promise<{ article: Article; report: ImportReport }> {
  const { draft, report } = await previewImport(path, options);
  // The same shape and size checks as an editor's save, before anything is created.
  const content = ContentSchema.safeParse(draft.content);
  if (!content.success) throw new DatelineError('INVALID_INPUT', { detail: content.error.issues[0]?.message ?? 'content' });
  const headline = draft.content.find((b) => b.type === 'headline');
  const meta: NonNullable<ParsedInput<'library.save'>['meta']> = { publishAt: draft.publishAt };
  if (draft.byline) meta.byline = draft.byline;
  const created = await library.create({ headline: headline ? blockText(headline) : '' });
  try {
    await library.save({ id: created.id, content: content.data, meta, baseVersion: created.version });
  } catch (err) {
    // An empty article left by a failed import would only confuse: it goes to the trash.
    await library.trash(created.id).catch(() => undefined);
    throw err;
  }
  return { article: await library.get(created.id), report };
}

// Text typed in the old Vietnamese fonts (.VnTime, .VnTimeH, VNI-Times) is stored in a .docx as
// Latin-1 look-alikes (`Hµ Giang`); only the run's font says how to read it. mammoth drops
// fonts, so before it reads the document we walk the runs of word/document.xml (and the notes)
// ourselves, resolve each run's font as Word does (direct formatting, then the character style,
// then the paragraph style, then the document defaults) and replace the text of legacy runs in
// place with Unicode. Everything else in the XML stays byte for byte as it was.

import { convertRun } from '../../common/vietnamese/legacy/convert.ts';
import { legacyEncodingOfFont, type LegacyEncoding } from '../../common/vietnamese/legacy/fonts.ts';
import { decodeXmlEntities, escapeXmlText, tokenizeXml } from './xml.ts';

/** A font setting at one level: a family, a theme font (never legacy), or nothing said. */
type FontSetting = string | 'theme' | undefined;

interface StyleDef {
  basedOn?: string;
  font: FontSetting;
}

/** What word/styles.xml says about fonts. */
export interface DocxStyles {
  styles: Map<string, StyleDef>;
  defaultParagraphStyle?: string;
  defaultFont: FontSetting;
}

/**
 * The family a w:rFonts element gives to the letters that matter: the legacy letters are all
 * above ASCII, drawn in the "high ANSI" font, so w:hAnsi decides, then w:ascii (Word writes both).
 */
function rFontsSetting(attrs: Record<string, string>): FontSetting {
  if (attrs['w:hAnsi']) return attrs['w:hAnsi'];
  if (attrs['w:hAnsiTheme']) return 'theme';
  if (attrs['w:ascii']) return attrs['w:ascii'];
  if (attrs['w:asciiTheme']) return 'theme';
  return undefined;
}

/** Reads the fonts of styles and document defaults from word/styles.xml. */
export function readDocxStyles(xml: string | undefined): DocxStyles {
  const out: DocxStyles = { styles: new Map(), defaultFont: undefined };
  if (!xml) return out;
  const path: string[] = [];
  let current: { id: string; def: StyleDef } | null = null;
  for (const t of tokenizeXml(xml)) {
    if (t.kind === 'open') {
      const parent = path[path.length - 1];
      if (t.name === 'w:style') {
        current = { id: t.attrs['w:styleId'] ?? '', def: { font: undefined } };
        if (t.attrs['w:type'] === 'paragraph' && (t.attrs['w:default'] === '1' || t.attrs['w:default'] === 'true')) {
          out.defaultParagraphStyle = current.id;
        }
      } else if (t.name === 'w:basedOn' && current && parent === 'w:style') {
        current.def.basedOn = t.attrs['w:val'];
      } else if (t.name === 'w:rFonts' && parent === 'w:rPr') {
        const grand = path[path.length - 2];
        if (grand === 'w:style' && current) current.def.font = rFontsSetting(t.attrs);
        else if (path.includes('w:rPrDefault')) out.defaultFont = rFontsSetting(t.attrs);
      }
      if (!t.selfClosing) path.push(t.name);
    } else if (t.kind === 'close') {
      path.pop();
      if (t.name === 'w:style' && current) {
        if (current.id) out.styles.set(current.id, current.def);
        current = null;
      }
    }
  }
  return out;
}

/** The font a style gives, following basedOn (with a guard against loops). */
function styleFont(styles: DocxStyles, id: string | undefined): FontSetting {
  const seen = new Set<string>();
  for (let cur = id; cur && !seen.has(cur);) {
    seen.add(cur);
    const def = styles.styles.get(cur);
    if (!def) return undefined;
    if (def.font) return def.font;
    cur = def.basedOn;
  }
  return undefined;
}

interface Segment {
  /** Offsets of the raw text inside <w:t>…</w:t>. */
  start: number;
  end: number;
  text: string;
  font: string;
  encoding: LegacyEncoding;
}

export interface FontRunResult {
  xml: string;
  /** Runs whose text changed. */
  converted: number;
  encodings: LegacyEncoding[];
}

/**
 * Splits `out` (the conversion of the whole group) at the places that correspond to the input
 * boundaries. VNI writes a letter as base + mark, and Word may split runs between the two, so a
 * boundary moves right until the converted prefix is a prefix of the whole. If no such place is
 * found the rest goes to the last piece: the text is all there, only a format edge moves.
 */
function splitConverted(texts: string[], font: string, out: string): string[] {
  const pieces: string[] = [];
  const full = texts.join('');
  let inputAt = 0;
  let outputAt = 0;
  for (let k = 0; k < texts.length - 1; k++) {
    inputAt += texts[k].length;
    let cut = -1;
    for (let d = 0; d <= 3 && inputAt + d <= full.length; d++) {
      const prefix = convertRun(full.slice(0, inputAt + d), font).text;
      if (prefix.length >= outputAt && out.startsWith(prefix)) {
        cut = prefix.length;
        break;
      }
    }
    if (cut < 0) cut = outputAt;
    pieces.push(out.slice(outputAt, cut));
    outputAt = cut;
  }
  pieces.push(out.slice(outputAt));
  return pieces;
}

/** Converts the text of runs drawn in legacy fonts to Unicode, in place in a WordprocessingML part. */
export function convertLegacyFontRuns(xml: string, styles: DocxStyles): FontRunResult {
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  const encodings = new Set<LegacyEncoding>();
  let converted = 0;

  // Paragraphs nest (a text box inside a run holds its own paragraphs), hence the stacks.
  const paragraphs: Array<{ style?: string; segments: Segment[] }> = [];
  const runs: Array<{ direct: FontSetting; style?: string; paragraph: number }> = [];
  const path: string[] = [];
  let textStart = -1;
  let textRaw = '';

  const flush = (segments: Segment[]): void => {
    // Consecutive segments in one encoding are converted together (a letter may straddle runs).
    let i = 0;
    while (i < segments.length) {
      let j = i + 1;
      while (j < segments.length && segments[j].encoding === segments[i].encoding) j++;
      const group = segments.slice(i, j);
      const texts = group.map((s) => s.text);
      const out = convertRun(texts.join(''), group[0].font).text;
      const pieces = group.length === 1 ? [out] : splitConverted(texts, group[0].font, out);
      group.forEach((s, k) => {
        encodings.add(s.encoding);
        if (pieces[k] !== s.text) {
          converted++;
          replacements.push({ start: s.start, end: s.end, text: escapeXmlText(pieces[k]) });
        }
      });
      i = j;
    }
  };

  const runFont = (): string | undefined => {
    const run = runs[runs.length - 1];
    const para = paragraphs[run.paragraph];
    const setting =
      run.direct ?? styleFont(styles, run.style) ?? styleFont(styles, para?.style ?? styles.defaultParagraphStyle) ?? styles.defaultFont;
    return setting === 'theme' ? undefined : setting;
  };

  for (const t of tokenizeXml(xml)) {
    if (t.kind === 'open') {
      const parent = path[path.length - 1];
      if (t.name === 'w:p') paragraphs.push({ segments: [] });
      else if (t.name === 'w:r') runs.push({ direct: undefined, paragraph: paragraphs.length - 1 });
      else if (t.name === 'w:pStyle' && parent === 'w:pPr' && paragraphs.length) paragraphs[paragraphs.length - 1].style = t.attrs['w:val'];
      else if (parent === 'w:rPr' && path[path.length - 2] === 'w:r' && runs.length) {
        if (t.name === 'w:rFonts') runs[runs.length - 1].direct = rFontsSetting(t.attrs);
        else if (t.name === 'w:rStyle') runs[runs.length - 1].style = t.attrs['w:val'];
      } else if (t.name === 'w:t' && parent === 'w:r' && !t.selfClosing) {
        textStart = t.end;
        textRaw = '';
      }
      if (!t.selfClosing) path.push(t.name);
    } else if (t.kind === 'text') {
      if (textStart >= 0) textRaw += t.raw;
    } else {
      path.pop();
      if (t.name === 'w:t' && textStart >= 0) {
        const font = runs.length ? runFont() : undefined;
        const encoding = legacyEncodingOfFont(font);
        const para = paragraphs[paragraphs.length - 1];
        if (font && encoding && para) {
          para.segments.push({ start: textStart, end: t.start, text: decodeXmlEntities(textRaw), font, encoding });
        } else if (para) {
          // A Unicode run ends a group: letters never straddle a font change.
          flush(para.segments);
          para.segments = [];
        }
        textStart = -1;
      } else if (t.name === 'w:r') {
        runs.pop();
      } else if (t.name === 'w:p') {
        const para = paragraphs.pop();
        if (para) flush(para.segments);
      }
    }
  }
  for (const p of paragraphs) flush(p.segments);

  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += xml.slice(at, r.start) + r.text;
    at = r.end;
  }
  out += xml.slice(at);
  return { xml: out, converted, encodings: [...encodings] };
}

// Preflight: what an editor checks before a story leaves the laptop. Pure, so the editor can run
// it on every change and the exporter runs it again before writing. Errors block the export,
// warnings are shown and the user decides; each finding names the block to jump to.

import { blockText, textBlocks, type Article, type Block, type FigureBlock } from '../article/model.ts';
import type { PreflightFinding, PreflightReport } from '../contract/export.ts';
import { hasByline } from '../article/byline.ts';
import { stripPrefix } from '../article/sapo.ts';
import { bodyBlocks, leadOf } from '../article/text.ts';
import { resolveExportSettings, type ExportSettingsInput } from './settings.ts';
import { bodyPlainText, wordCount } from './text.ts';

/** What preflight needs to know of a photo: its upright size. Absent means the file is gone. */
export interface AssetSize {
  width: number;
  height: number;
}

/** Above this many chữ a sapo is required, not only advised (house practice: ~600-700). */
export const SAPO_REQUIRED_FROM_WORDS = 600;
/** IPTC advises alt text under 250 characters. */
export const ALT_MAX_CHARS = 250;

/** The size of the photo as published: the crop of the upright original, turned as the reporter set. */
export function croppedSize(figure: FigureBlock, asset: AssetSize): AssetSize {
  const c = figure.crop ?? { x: 0, y: 0, width: 1, height: 1 };
  const w = Math.max(1, Math.round(c.width * asset.width));
  const h = Math.max(1, Math.round(c.height * asset.height));
  return figure.rotate === 90 || figure.rotate === 270 ? { width: h, height: w } : { width: w, height: h };
}

/** Curly quotes must pair up (nesting allowed, as the paper nests “ ” inside “ ”). */
function quoteFindings(id: string, text: string): PreflightFinding[] {
  const out: PreflightFinding[] = [];
  let open = 0;
  let close = 0;
  let depth = 0;
  let negative = false;
  for (const ch of text) {
    if (ch === '“') {
      open++;
      depth++;
    } else if (ch === '”') {
      close++;
      depth--;
      if (depth < 0) negative = true;
    }
  }
  if (open !== close || negative) out.push({ code: 'quotes-unbalanced', severity: 'warning', blockId: id, params: { open, close } });
  const straight = (text.match(/"/g) ?? []).length;
  if (straight) out.push({ code: 'quotes-straight', severity: 'warning', blockId: id, params: { count: straight } });
  return out;
}

function checkedTexts(content: Block[]): { id: string; text: string }[] {
  return textBlocks(content).map((b) => ({ id: b.id, text: b.type === 'figure' ? b.caption : blockText(b) }));
}

/** Every finding for the article, in reading order, with counts of errors and warnings. */
export function preflight(article: Article, settingsInput: ExportSettingsInput, assets: ReadonlyMap<string, AssetSize>): PreflightReport {
  const settings = resolveExportSettings(settingsInput);
  const findings: PreflightFinding[] = [];
  const { headline, sapo, headlineText } = leadOf(article.content);
  const prefix = settings.paperPrefix.trim();
  // The sapo as typed, and what it says after the paper's prefix: `BHG - ` alone (as a new article
  // starts) says nothing, so it is a missing sapo, not one that lacks its prefix.
  const sapoText = sapo ? blockText(sapo) : '';
  const said = (prefix ? stripPrefix(sapoText, prefix) : sapoText).trim();
  const words = wordCount(bodyPlainText(article.content));

  if (!headlineText) findings.push({ code: 'headline-missing', severity: 'error', ...(headline ? { blockId: headline.id } : {}) });
  else if ([...headlineText].length > settings.headlineMaxChars)
    findings.push({
      code: 'headline-too-long',
      severity: 'warning',
      blockId: headline!.id,
      params: { length: [...headlineText].length, max: settings.headlineMaxChars },
    });

  if (!said || said.toLocaleUpperCase('vi') === prefix.toLocaleUpperCase('vi')) {
    findings.push({
      code: 'sapo-missing',
      severity: words >= SAPO_REQUIRED_FROM_WORDS ? 'error' : 'warning',
      ...(sapo ? { blockId: sapo.id } : {}),
      params: { words },
    });
  } else if (prefix) {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`^${escaped}\\s*[-–]\\s`, 'u').test(sapoText.trimStart()))
      findings.push({ code: 'prefix-missing', severity: 'warning', blockId: sapo!.id, params: { prefix } });
  }

  const body = bodyBlocks(article.content);
  if (words === 0 && !body.some((b) => b.type === 'figure')) findings.push({ code: 'body-empty', severity: 'error' });
  if (!hasByline(article.meta.byline)) findings.push({ code: 'byline-missing', severity: 'error' });
  if (!article.meta.publishAt) findings.push({ code: 'time-missing', severity: 'warning' });

  let index = 0;
  for (const b of body) {
    if (b.type !== 'figure') continue;
    index++;
    const asset = assets.get(b.assetId);
    if (!asset) {
      findings.push({ code: 'photo-missing', severity: 'error', blockId: b.id, params: { index, assetId: b.assetId.slice(0, 12) } });
      continue;
    }
    if (!b.caption.trim()) findings.push({ code: 'caption-missing', severity: 'warning', blockId: b.id, params: { index } });
    if (!b.credit.trim()) findings.push({ code: 'credit-missing', severity: 'warning', blockId: b.id, params: { index } });
    if (!b.alt.trim()) findings.push({ code: 'alt-missing', severity: 'warning', blockId: b.id, params: { index } });
    else if ([...b.alt.trim()].length > ALT_MAX_CHARS)
      findings.push({
        code: 'alt-too-long',
        severity: 'warning',
        blockId: b.id,
        params: { index, length: [...b.alt.trim()].length, max: ALT_MAX_CHARS },
      });
    const size = croppedSize(b, asset);
    const needed = settings.renditionWidths[settings.renditionWidths.length - 1];
    // "after cropping" only for a photo that was cropped (i18next's context picks the sentence).
    const cropped = !!b.crop && (b.crop.width < 1 || b.crop.height < 1);
    if (size.width < needed)
      findings.push({
        code: 'photo-too-small',
        severity: 'warning',
        blockId: b.id,
        params: { index, width: size.width, needed, ...(cropped ? { context: 'cropped' } : {}) },
      });
  }

  for (const t of checkedTexts(article.content)) findings.push(...quoteFindings(t.id, t.text));

  const errors = findings.filter((f) => f.severity === 'error').length;
  return { findings, errors, warnings: findings.length - errors };
}

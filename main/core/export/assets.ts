// The photos an export needs, found through the media layout (main/core/media/paths.ts) and read
// defensively: the asset json is another service's file, so each field is checked, and the
// upright size is taken from the original's header rather than trusted.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { ASSET_ID_PATTERN, EXT_BY_FORMAT, assetInfoPath, mediaDir } from '../media/paths.ts';
import type { PhotoFormat } from '../../common/contract/media.ts';

export interface ExportAsset {
  assetId: string;
  /** Absolute path of the original. */
  path: string;
  /** Upright size (after the camera's orientation). */
  width: number;
  height: number;
  creator: string;
  credit: string;
  copyright: string;
}

type Loose = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v.normalize('NFC').trim() : '');
const isFormat = (v: unknown): v is PhotoFormat => typeof v === 'string' && Object.prototype.hasOwnProperty.call(EXT_BY_FORMAT, v);

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Where the original is: as the json says, else by its format's extension, else any `<id>.*` in media/. */
async function findOriginal(articleDir: string, assetId: string, info: Loose): Promise<string | null> {
  const candidates: string[] = [];
  const rel = str(info.original);
  // Only a plain `media/<id>.<ext>`: the json must not be able to point anywhere else on disk.
  if (new RegExp(`^media/${assetId}\\.[a-z0-9]{2,5}$`).test(rel)) candidates.push(join(articleDir, ...rel.split('/')));
  if (isFormat(info.format)) candidates.push(join(mediaDir(articleDir), `${assetId}.${EXT_BY_FORMAT[info.format]}`));
  for (const c of candidates) if (await isFile(c)) return c;
  try {
    for (const name of (await readdir(mediaDir(articleDir))).sort()) {
      if (name.startsWith(`${assetId}.`) && !name.endsWith('.json') && (await isFile(join(mediaDir(articleDir), name))))
        return join(mediaDir(articleDir), name);
    }
  } catch {
    // No media folder: the photo is missing, which the caller reports.
  }
  return null;
}

/** The photo's original and what we know of it, or null when it is not there. */
export async function loadExportAsset(articleDir: string, assetId: string): Promise<ExportAsset | null> {
  if (!ASSET_ID_PATTERN.test(assetId)) return null;
  let info: Loose = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(assetInfoPath(articleDir, assetId), 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) info = parsed as Loose;
  } catch {
    // A missing or damaged json does not lose the photo: the original is looked for by name.
  }
  const path = await findOriginal(articleDir, assetId, info);
  if (!path) return null;
  let width = 0;
  let height = 0;
  try {
    const meta = await sharp(path, { failOn: 'none' }).metadata();
    width = meta.autoOrient?.width ?? meta.width;
    height = meta.autoOrient?.height ?? meta.height;
  } catch {
    return null;
  }
  if (!width || !height) return null;
  return { assetId, path, width, height, creator: str(info.creator), credit: str(info.credit), copyright: str(info.copyright) };
}

/** Every distinct photo of the article, keyed by asset id (missing ones are absent). */
export async function loadExportAssets(articleDir: string, assetIds: Iterable<string>): Promise<Map<string, ExportAsset>> {
  const out = new Map<string, ExportAsset>();
  for (const id of [...new Set(assetIds)].sort()) {
    const asset = await loadExportAsset(articleDir, id);
    if (asset) out.set(id, asset);
  }
  return out;
}

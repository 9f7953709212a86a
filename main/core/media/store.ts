// The article's media folder on disk: originals by SHA-256, one json per asset, renditions.
// No sharp here: the parent process lists and reads assets with this module alone.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssetInfo } from '../../common/contract/media.ts';
import { ASSET_ID_PATTERN, assetInfoPath, mediaDir } from './paths.ts';

const isAssetInfo = (v: unknown, assetId: string): v is AssetInfo =>
  typeof v === 'object' &&
  v !== null &&
  (v as AssetInfo).schemaVersion === 1 &&
  (v as AssetInfo).assetId === assetId &&
  typeof (v as AssetInfo).original === 'string' &&
  typeof (v as AssetInfo).renditions === 'object';

/** The stored info of one asset, or null when the article has no such asset (or its json is unreadable). */
export async function readAsset(articleDir: string, assetId: string): Promise<AssetInfo | null> {
  if (!ASSET_ID_PATTERN.test(assetId)) return null;
  let text: string;
  try {
    text = await readFile(assetInfoPath(articleDir, assetId), 'utf8');
  } catch {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    return isAssetInfo(value, assetId) ? value : null;
  } catch {
    // A damaged json is treated as absent: importing the photo again rewrites it.
    return null;
  }
}

/** Whether the original and every rendition an asset names are on disk (a crash may have lost a rendition). */
export async function assetComplete(articleDir: string, asset: AssetInfo): Promise<boolean> {
  const files = [asset.original, asset.renditions.preview.path, asset.renditions.thumb.path];
  try {
    const sizes = await Promise.all(files.map(async (rel) => (await stat(join(articleDir, ...rel.split('/')))).size));
    return sizes[0] === asset.bytes && sizes.every((s) => s > 0);
  } catch {
    return false;
  }
}

/** Every asset of an article, oldest import first. */
export async function listAssets(articleDir: string): Promise<AssetInfo[]> {
  let names: string[];
  try {
    names = await readdir(mediaDir(articleDir));
  } catch {
    return [];
  }
  const ids = names
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -5))
    .filter((id) => ASSET_ID_PATTERN.test(id));
  const assets = (await Promise.all(ids.map((id) => readAsset(articleDir, id)))).filter((a): a is AssetInfo => a !== null);
  return assets.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.assetId.localeCompare(b.assetId));
}

// Where an article's photos live inside its folder (docs/article-format.md):
//   media/<sha256>.<ext>        the original, byte for byte, never modified
//   media/<sha256>.json         what we learned on ingest (format, size, camera metadata, GPS flag)
//   media/derived/<sha256>-<name>.<ext>   previews and thumbnails, always re-creatable
// The asset id is the SHA-256 of the original's bytes, so the same photo is stored once.

import { join } from 'node:path';

export const ASSET_ID_PATTERN = /^[0-9a-f]{64}$/;

export const mediaDir = (articleDir: string): string => join(articleDir, 'media');
export const originalPath = (articleDir: string, assetId: string, ext: string): string =>
  join(mediaDir(articleDir), `${assetId}.${ext}`);
export const assetInfoPath = (articleDir: string, assetId: string): string =>
  join(mediaDir(articleDir), `${assetId}.json`);
export const derivedPath = (articleDir: string, assetId: string, name: string, ext: string): string =>
  join(mediaDir(articleDir), 'derived', `${assetId}-${name}.${ext}`);

// Where an article's photos live inside its folder (docs/article-format.md, docs/photos.md):
//   media/<sha256>.<ext>        the original, byte for byte, never modified
//   media/<sha256>.json         what we learned on ingest (format, size, camera metadata, GPS flag)
//   media/derived/<sha256>-<name>.<ext>   previews and thumbnails, always re-creatable
// The asset id is the SHA-256 of the original's bytes, so the same photo is stored once.
// The json is written last: an asset exists when its json does.

import { join } from 'node:path';
import { ASSET_ID_PATTERN, type PhotoFormat } from '../../common/contract/media.ts';

export { ASSET_ID_PATTERN };

/** The renditions made on ingest. */
export type RenditionName = 'preview' | 'thumb';

/** The extension an original of this format is stored under. */
export const EXT_BY_FORMAT: Record<PhotoFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
  tiff: 'tif',
};

export const mediaDir = (articleDir: string): string => join(articleDir, 'media');
export const derivedDir = (articleDir: string): string => join(articleDir, 'media', 'derived');
export const originalPath = (articleDir: string, assetId: string, ext: string): string => join(mediaDir(articleDir), `${assetId}.${ext}`);
export const assetInfoPath = (articleDir: string, assetId: string): string => join(mediaDir(articleDir), `${assetId}.json`);
export const derivedPath = (articleDir: string, assetId: string, name: string, ext: string): string =>
  join(mediaDir(articleDir), 'derived', `${assetId}-${name}.${ext}`);

// The same places relative to the article folder, with forward slashes, as stored in the asset
// json: they stay valid when the library moves and map directly onto media URLs.
export const originalRelPath = (assetId: string, format: PhotoFormat): string => `media/${assetId}.${EXT_BY_FORMAT[format]}`;
export const derivedRelPath = (assetId: string, name: RenditionName, ext: string): string => `media/derived/${assetId}-${name}.${ext}`;

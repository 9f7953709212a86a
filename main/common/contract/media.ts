// The photos' part of the contract: adding photos to an article and reading what was learned
// about them. The renderer shows renditions through URLs built from `Rendition.path`; bytes never
// cross the boundary. The browser host cannot see the paths of files picked in a browser, so it
// will get an upload endpoint that feeds the same pipeline with bytes (MediaService accepts both).

import { z } from 'zod';
import type { ErrorInfo } from '../result.ts';
import { ArticleIdSchema } from './library.ts';

/** An asset id is the SHA-256 of the original's bytes, in lower-case hex. */
export const ASSET_ID_PATTERN = /^[0-9a-f]{64}$/;

/** Formats we accept and store (decided from the bytes, never from the file name). */
export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff';

/** Why a photo was refused; each has its own sentence in main/common/i18n/media.ts (`bad.*`). */
export type BadImageReason =
  | 'empty'
  | 'too-large'
  | 'not-image-text'
  | 'not-image'
  | 'not-a-file'
  | 'svg'
  | 'unsupported-format'
  | 'heic'
  | 'too-many-pixels'
  | 'too-wide'
  | 'too-many-frames'
  | 'too-many-channels'
  | 'unreadable-header'
  | 'truncated'
  | 'damaged'
  | 'undecodable'
  | 'vanished'
  | 'no-access'
  | 'crashed'
  | 'timeout'
  | 'worker-failed'
  | 'missing';

/** What the user should know about a photo that was imported (sentences: `media:notice.*`). */
export type MediaNoticeCode = 'animated' | 'multi-page' | 'cmyk' | 'lenient' | 'gps';

export interface MediaNotice {
  code: MediaNoticeCode;
  params?: Record<string, string | number>;
}

/** A derived image (preview, thumbnail): always re-encoded, never carries metadata. */
export interface Rendition {
  /** Relative to the article's folder, with forward slashes: `media/derived/<id>-preview.jpg`. */
  path: string;
  format: 'jpeg';
  width: number;
  height: number;
  bytes: number;
}

/** What Dateline learned about a photo on ingest: `media/<assetId>.json`. Never holds GPS coordinates. */
export interface AssetInfo {
  schemaVersion: 1;
  assetId: string;
  format: PhotoFormat;
  /** The original, byte for byte, relative to the article's folder. */
  original: string;
  /** Size of the original in bytes. */
  bytes: number;
  /** As displayed, after the camera's orientation is applied. */
  width: number;
  height: number;
  /** The EXIF orientation found (1-8); previews are already upright. */
  orientation: number;
  /** The file's name when it was added (NFC). */
  originalName: string;
  importedAt: string;
  /** Prefilled from XMP, IPTC or EXIF; empty when the camera wrote nothing useful. */
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
  /** As the camera recorded it: `2025-01-05T17:43:00` (local, zone unknown) or with an offset. */
  dateTaken: string | null;
  /** The original carries a location; the coordinates stay in the original only. */
  hasGps: boolean;
  notices: MediaNotice[];
  renditions: { preview: Rendition; thumb: Rendition };
}

/** An asset as returned by an import: `duplicate` when the article already had these exact bytes. */
export interface IngestedAsset extends AssetInfo {
  duplicate: boolean;
}

export type MediaAddItem =
  | { path: string; name: string; ok: true; asset: IngestedAsset }
  | {
      path: string;
      name: string;
      ok: false;
      /** `details.retry` (e.g. `{lenient: true}`) is offered when trying again can succeed. */
      error: ErrorInfo;
    };

export interface MediaAddReport {
  items: MediaAddItem[];
  added: number;
  failed: number;
}

/**
 * The most bytes one photo may carry over a transport: the service's own 200 MB limit says
 * "too large" in words below this; above it the transport refuses before reading it all.
 */
export const MAX_PHOTO_UPLOAD_BYTES = 256 * 1024 * 1024;

/** Absolute paths only (POSIX, `C:\…`, or UNC): they come from the user's file picker. */
const AbsolutePathSchema = z
  .string()
  .min(2)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'not an absolute path');

export const mediaContract = {
  'media.add': {
    input: z
      .object({
        id: ArticleIdSchema,
        paths: z.array(AbsolutePathSchema).min(1).max(500),
        /** Accept photos with minor damage (a truncated tail): the user's answer to a `retry` offer. */
        lenient: z.boolean().default(false),
      })
      .strict(),
  },
  /**
   * Photos that have no path (pasted, or dropped in Electron, where the page cannot see paths):
   * one photo's bytes. The browser host takes these as an upload (main/host/upload.ts) instead.
   */
  'media.addBytes': {
    input: z
      .object({
        id: ArticleIdSchema,
        name: z.string().min(1).max(255),
        bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_PHOTO_UPLOAD_BYTES, 'too many bytes'),
        lenient: z.boolean().default(false),
      })
      .strict(),
  },
  /** The native file picker of the desktop app (UNSUPPORTED elsewhere); `paths` is empty when cancelled. */
  'media.choose': { input: z.object({}).strict() },
  'media.list': { input: z.object({ id: ArticleIdSchema }).strict() },
  'media.info': {
    input: z.object({ id: ArticleIdSchema, assetId: z.string().regex(ASSET_ID_PATTERN, 'not an asset id') }).strict(),
  },
} as const;

export interface MediaOutputs {
  'media.add': MediaAddReport;
  'media.addBytes': MediaAddReport;
  'media.choose': { paths: string[] };
  'media.list': AssetInfo[];
  'media.info': AssetInfo;
}

// Developing a photo: from untrusted bytes to the renditions an editor sees, in the order of
// docs/photos.md and images.md: size, format from the bytes, header-only caps, strict decode,
// upright, sRGB, re-encoded without metadata. Runs only inside the media process (worker.ts):
// this is the one module that loads sharp, so a decoder crash never takes the app down.

import sharp, { type Metadata, type OutputInfo } from 'sharp';
import type { MediaNotice, PhotoFormat } from '../../common/contract/media.ts';
import { DatelineError } from '../../common/result.ts';
import { PHOTO_MAX_BYTES } from '../../common/photo-paths.ts';
import { readCameraFields, type CameraFields } from './camera.ts';
import { sniffFormat } from './sniff.ts';

export interface PhotoLimits {
  /** Bytes of the original. */
  maxBytes: number;
  /** Pixels of one frame, read from the header before anything is decoded. */
  maxPixels: number;
  maxSide: number;
  maxPages: number;
  maxChannels: number;
}

// 200 MP admits medium-format cameras (100-150 MP) and long panoramas, and refuses the classic
// 20,000 × 20,000 bomb; a frame that size still decodes in well under 500 MB thanks to streaming.
export const PHOTO_LIMITS: PhotoLimits = {
  maxBytes: PHOTO_MAX_BYTES,
  maxPixels: 200_000_000,
  maxSide: 40_000,
  maxPages: 10_000,
  maxChannels: 5,
};

export const PREVIEW = { side: 1600, quality: 82 } as const;
export const THUMB = { side: 320, quality: 80 } as const;

export interface DevelopedImage {
  data: Buffer;
  width: number;
  height: number;
}

export interface DevelopedPhoto extends CameraFields {
  format: PhotoFormat;
  /** As displayed (EXIF orientation applied). */
  width: number;
  height: number;
  orientation: number;
  notices: MediaNotice[];
  preview: DevelopedImage;
  thumb: DevelopedImage;
}

export interface DevelopOptions {
  /** The file's name, for messages. */
  name: string;
  /** Decode past errors (truncated tails): the user's answer to a `retry` offer. */
  lenient?: boolean;
  limits?: PhotoLimits;
}

// The only decoders the media process may run: SVG, PDF, ImageMagick, raw camera formats and
// the rest stay blocked even if a file slipped past sniffing.
const ALLOWED_LOADERS = [
  'VipsForeignLoadJpegBuffer',
  'VipsForeignLoadPngBuffer',
  'VipsForeignLoadWebpBuffer',
  'VipsForeignLoadNsgifBuffer',
  'VipsForeignLoadTiffBuffer',
  'VipsForeignLoadHeifBuffer',
];

/** Process-wide sharp settings for the media process: no cache (no file locks), bounded threads, allowed decoders only. */
export function configureSharp(threads: number): void {
  sharp.cache(false);
  sharp.concurrency(Math.max(1, threads));
  sharp.block({ operation: ['VipsForeignLoad'] });
  sharp.unblock({ operation: ALLOWED_LOADERS });
}

const bad = (
  name: string,
  reason: string,
  params: Record<string, string | number> = {},
  details?: Record<string, unknown>,
): DatelineError => new DatelineError('BAD_IMAGE', { reason, name, ...params }, details);

const mb = (n: number): number => Math.round((n / (1024 * 1024)) * 10) / 10;

/** Refuses files too small or too big to be a photo, before reading or decoding anything. */
export function checkSize(size: number, name: string, limits: PhotoLimits = PHOTO_LIMITS): void {
  if (size === 0) throw bad(name, 'empty');
  if (size > limits.maxBytes) throw bad(name, 'too-large', { sizeMb: mb(size), maxMb: mb(limits.maxBytes) });
}

const FORMAT_NAMES: Record<string, string> = {
  pdf: 'PDF',
  bmp: 'BMP',
  psd: 'Photoshop (PSD)',
  jxl: 'JPEG XL',
  jp2: 'JPEG 2000',
  raw: 'RAW',
  ico: 'ICO',
};

/** Decides the format from the bytes; throws BAD_IMAGE for anything we do not import. */
export function acceptFormat(bytes: Uint8Array, name: string): PhotoFormat | 'heic' | 'heif' {
  const sniffed = sniffFormat(bytes);
  switch (sniffed.kind) {
    case 'photo':
      return sniffed.format;
    case 'refused':
      if (sniffed.format === 'svg') throw bad(name, 'svg');
      throw bad(name, 'unsupported-format', { format: FORMAT_NAMES[sniffed.format] ?? sniffed.format.toUpperCase() });
    case 'text':
      throw bad(name, 'not-image-text');
    default:
      throw bad(name, 'not-image');
  }
}

function decoderFailure(err: unknown, name: string, lenient: boolean): DatelineError {
  const message = err instanceof Error ? err.message : String(err);
  const decoder = message.split('\n')[0].slice(0, 300);
  // "Unsupported" (e.g. 12-bit JPEG) fails in every mode: offering a retry would only disappoint.
  if (lenient || /unsupported/i.test(message)) return bad(name, 'undecodable', {}, { decoder });
  const truncated = /premature end|truncat|unexpected end|end of (file|stream)|short read|not enough data/i.test(message);
  // The same file may decode when errors are tolerated: offer that retry, it is the user's call.
  return bad(name, truncated ? 'truncated' : 'damaged', {}, { decoder, retry: { lenient: true } });
}

/** Turns untrusted bytes into upright, metadata-free renditions and the camera's fields; throws BAD_IMAGE. */
export async function developPhoto(bytes: Uint8Array, options: DevelopOptions): Promise<DevelopedPhoto> {
  const { name } = options;
  const lenient = options.lenient ?? false;
  const limits = options.limits ?? PHOTO_LIMITS;
  checkSize(bytes.length, name, limits);
  const sniffed = acceptFormat(bytes, name);

  // Header only: dimensions, frames and channels are known before a single pixel is decoded.
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false, failOn: 'none' }).metadata();
  } catch {
    throw bad(name, sniffed === 'heic' ? 'heic' : 'unreadable-header');
  }
  let format: PhotoFormat;
  if (sniffed === 'heic' || sniffed === 'heif') {
    // sharp's prebuilt libheif decodes AV1 (AVIF) but not HEVC (iPhone HEIC).
    if (meta.compression !== 'av1') throw bad(name, 'heic');
    format = 'avif';
  } else {
    format = sniffed;
  }

  const frameWidth = meta.width ?? 0;
  const frameHeight = meta.pageHeight ?? meta.height ?? 0;
  const pages = meta.pages ?? 1;
  if (frameWidth <= 0 || frameHeight <= 0) throw bad(name, 'unreadable-header');
  if (frameWidth * frameHeight > limits.maxPixels) {
    throw bad(name, 'too-many-pixels', { width: frameWidth, height: frameHeight, maxMp: Math.round(limits.maxPixels / 1e6) });
  }
  if (Math.max(frameWidth, frameHeight) > limits.maxSide) {
    throw bad(name, 'too-wide', { side: Math.max(frameWidth, frameHeight), maxSide: limits.maxSide });
  }
  if (pages > limits.maxPages) throw bad(name, 'too-many-frames', { pages, maxPages: limits.maxPages });
  if ((meta.channels ?? 0) > limits.maxChannels) throw bad(name, 'too-many-channels', { channels: meta.channels ?? 0 });

  const notices: MediaNotice[] = [];
  if (pages > 1) {
    notices.push(
      format === 'gif' || format === 'webp' ? { code: 'animated', params: { frames: pages } } : { code: 'multi-page', params: { pages } },
    );
  }
  if (meta.space === 'cmyk') notices.push({ code: 'cmyk' });

  // The camera's fields are read (in JS, on this thread) while libvips decodes on its own threads.
  const [rendered, camera] = await Promise.all([
    render(bytes, { lenient, alpha: meta.hasAlpha === true, maxPixels: limits.maxPixels, name }),
    readCameraFields({ bytes, isJpeg: format === 'jpeg', exif: meta.exif, xmp: meta.xmp }),
  ]);
  const { preview, thumb } = rendered;
  if (lenient) notices.push({ code: 'lenient' });
  if (camera.hasGps) notices.push({ code: 'gps' });

  return {
    format,
    width: meta.autoOrient?.width ?? preview.width,
    height: meta.autoOrient?.height ?? preview.height,
    orientation: meta.orientation ?? 1,
    notices,
    ...camera,
    preview,
    thumb,
  };
}

interface RenderOptions {
  lenient: boolean;
  alpha: boolean;
  maxPixels: number;
  name: string;
}

async function render(bytes: Uint8Array, o: RenderOptions): Promise<{ preview: DevelopedImage; thumb: DevelopedImage }> {
  let preview: OutputInfo & { data: Buffer };
  try {
    let image = sharp(bytes, {
      failOn: o.lenient ? 'none' : 'warning',
      limitInputPixels: o.maxPixels,
      page: 0,
      pages: 1,
    }).autoOrient();
    // JPEG has no transparency: logos and cut-outs go on white, as on the page.
    if (o.alpha) image = image.flatten({ background: '#ffffff' });
    // Resizing straight from the input lets libjpeg shrink on load (1/2, 1/4, 1/8) while decoding.
    const out = await image
      .resize({ width: PREVIEW.side, height: PREVIEW.side, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .jpeg({ quality: PREVIEW.quality })
      .toBuffer({ resolveWithObject: true });
    preview = { ...out.info, data: out.data };
  } catch (err) {
    throw decoderFailure(err, o.name, o.lenient);
  }
  // The thumbnail comes from the preview: a 1.7 MP decode instead of a second pass over 24 MP.
  const thumb = await sharp(preview.data)
    .resize({ width: THUMB.side, height: THUMB.side, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: THUMB.quality })
    .toBuffer({ resolveWithObject: true });
  return {
    preview: { data: preview.data, width: preview.width, height: preview.height },
    thumb: { data: thumb.data, width: thumb.info.width, height: thumb.info.height },
  };
}

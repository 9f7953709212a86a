// Photo renditions for a package: the reporter's crop of the upright original, turned as set,
// at each configured width (never enlarged), as JPEG and WebP (AVIF when asked), with our own
// IPTC fields as XMP and every other piece of metadata stripped: no GPS, no camera serials, no
// EXIF thumbnail (which can show the uncropped original).
//
// Speed: one decode per photo. The original is decoded once straight to the largest size,
// scaled before the crop is cut so libjpeg's shrink-on-load (1/2, 1/4, 1/8 during decode) still
// applies, and every smaller size and format is made from those pixels.

import sharp, { type Sharp } from 'sharp';
import type { Crop } from '../../common/article/model.ts';
import { renditionPath, type RenditionFormat } from '../../common/export/layout.ts';

export interface RenditionRequest {
  /** Path of the original. */
  input: string;
  /** Its upright size (after EXIF orientation). */
  width: number;
  height: number;
  crop?: Crop;
  rotate?: 0 | 90 | 180 | 270;
  /** File-name stem, e.g. `anh-01`. */
  name: string;
  widths: number[];
  formats: RenditionFormat[];
  quality: Record<RenditionFormat, number>;
  /** XMP packet written into every file. */
  xmp: string;
}

export interface RenditionFile {
  path: string;
  format: RenditionFormat;
  width: number;
  height: number;
  data: Buffer;
}

/** The crop in pixels of the upright original, kept inside the picture and at least 1 px. */
export function cropRect(width: number, height: number, crop?: Crop): { left: number; top: number; width: number; height: number } {
  if (!crop) return { left: 0, top: 0, width, height };
  const left = Math.min(width - 1, Math.max(0, Math.round(crop.x * width)));
  const top = Math.min(height - 1, Math.max(0, Math.round(crop.y * height)));
  return {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.round(crop.width * width))),
    height: Math.max(1, Math.min(height - top, Math.round(crop.height * height))),
  };
}

/** The widths to make for a photo `available` pixels wide: those it reaches, plus its own width if a larger one was asked. */
export function targetWidths(available: number, wanted: number[]): number[] {
  const sorted = [...new Set(wanted)].sort((a, b) => a - b);
  const out = sorted.filter((w) => w <= available);
  if (out.length < sorted.length && !out.includes(available)) out.push(available);
  return out;
}

function encode(img: Sharp, format: RenditionFormat, quality: number): Sharp {
  switch (format) {
    case 'jpeg':
      return img.jpeg({ quality, progressive: true });
    case 'webp':
      return img.webp({ quality });
    case 'avif':
      return img.avif({ quality });
  }
}

/** Makes every rendition of one figure; files come back in a fixed order (width, then format). */
export async function makeRenditions(req: RenditionRequest): Promise<RenditionFile[]> {
  const rect = cropRect(req.width, req.height, req.crop);
  const turned = req.rotate === 90 || req.rotate === 270;
  const finalWidth = turned ? rect.height : rect.width;
  const finalHeight = turned ? rect.width : rect.height;
  // Heights follow the crop's own proportions, not the rounded intermediate's, so 800 of a 3:2
  // photo is 533 whether it was made from the original or from the 1600.
  const heightFor = (w: number): number => Math.max(1, Math.round((w * finalHeight) / finalWidth));
  const widths = targetWidths(finalWidth, req.widths);
  const largest = widths[widths.length - 1];
  const scale = largest / finalWidth;

  // Stage 1: decode once, scaled to the largest rendition, then cut the crop at that scale.
  let img = sharp(req.input, { failOn: 'none', autoOrient: true }).toColourspace('srgb');
  if (scale < 1) {
    const fullW = Math.max(1, Math.round(req.width * scale));
    const fullH = Math.max(1, Math.round(req.height * scale));
    const left = Math.min(fullW - 1, Math.round(rect.left * scale));
    const top = Math.min(fullH - 1, Math.round(rect.top * scale));
    const w = Math.max(1, Math.min(fullW - left, Math.round(rect.width * scale)));
    const h = Math.max(1, Math.min(fullH - top, Math.round(rect.height * scale)));
    img = img.resize({ width: fullW, height: fullH, fit: 'fill' });
    if (w !== fullW || h !== fullH) img = img.extract({ left, top, width: w, height: h });
  } else if (rect.width !== req.width || rect.height !== req.height) {
    img = img.extract(rect);
  }
  // JPEG has no alpha: a transparent PNG goes on white, as it would on a page.
  const { data, info } = await img.flatten({ background: '#ffffff' }).raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });

  // Stage 2: from those pixels, turn, size and encode each file.
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  const jobs: Promise<RenditionFile>[] = [];
  for (const width of widths) {
    for (const format of req.formats) {
      let out = sharp(data, raw);
      if (req.rotate) out = out.rotate(req.rotate);
      const from = turned ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
      const height = heightFor(width);
      if (width !== from.width || height !== from.height) out = out.resize({ width, height, fit: 'fill' });
      out = encode(out.withXmp(req.xmp), format, req.quality[format]);
      jobs.push(
        out.toBuffer({ resolveWithObject: true }).then((r) => ({
          path: renditionPath(req.name, width, format),
          format,
          width: r.info.width,
          height: r.info.height,
          data: r.data,
        })),
      );
    }
  }
  return Promise.all(jobs);
}

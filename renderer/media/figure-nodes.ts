// Figures as data, free of React and the DOM (unit-tested under Node): where a batch of photos
// goes in the article, the figures the gallery lists, and the crop arithmetic of the crop dialog. Crops are fractions of the upright original (which
// the preview shows whole), so they hold for every rendition; rotation turns the cropped result.

import { Element, Node, type Descendant } from 'slate';
import type { Crop, FigureBlock } from '../../main/common/article/model.ts';

export type Aspect = NonNullable<Crop['aspect']>;
export const ASPECTS: readonly Aspect[] = ['free', '16:9', '4:3', '3:2', '1:1'];
export type Rotation = NonNullable<FigureBlock['rotate']>;

const isEmptyParagraph = (node: Descendant | undefined): boolean =>
  !!node && Element.isElement(node) && node.type === 'paragraph' && Node.string(node) === '';

/**
 * Where the first photo of a batch goes, as a top-level index: after the block holding `path`
 * (before it when that block is an empty paragraph, which then stays below for the next words),
 * never above the headline and sapo.
 */
export function figureIndexAt(children: Descendant[], path: number[] | null): number {
  if (!path || path.length === 0) return children.length;
  const top = Math.min(path[0], children.length - 1);
  const index = isEmptyParagraph(children[top]) ? top : top + 1;
  return Math.max(2, Math.min(index, children.length));
}

export interface FigureSummary {
  index: number;
  id: string;
  assetId: string;
  caption: string;
  credit: string;
  alt: string;
}

/** The article's figures in order (the gallery's list). */
export function listFigures(children: Descendant[]): FigureSummary[] {
  const out: FigureSummary[] = [];
  children.forEach((node, index) => {
    if (Element.isElement(node) && node.type === 'figure') {
      out.push({ index, id: node.id, assetId: node.assetId, caption: node.caption, credit: node.credit, alt: node.alt });
    }
  });
  return out;
}

export const sameFigures = (a: FigureSummary[] | null, b: FigureSummary[] | null): boolean =>
  a === b ||
  (!!a &&
    !!b &&
    a.length === b.length &&
    a.every(
      (f, i) =>
        f.index === b[i].index && f.id === b[i].id && f.assetId === b[i].assetId && f.caption === b[i].caption && f.credit === b[i].credit,
    ));

/** width / height of a preset, or null for free. */
export function aspectRatio(aspect: Aspect): number | null {
  if (aspect === 'free') return null;
  const [w, h] = aspect.split(':').map(Number);
  return w / h;
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** A crop inside the photo: sides at least 2% of the photo, never past its edges. */
export function clampCrop(c: Crop): Crop {
  const width = Math.min(1, Math.max(0.02, c.width));
  const height = Math.min(1, Math.max(0.02, c.height));
  return { ...c, x: clamp01(Math.min(c.x, 1 - width)), y: clamp01(Math.min(c.y, 1 - height)), width, height };
}

/**
 * The largest crop of `aspect` (of the final, rotated picture) centred on the current crop, for a
 * photo of w × h pixels. Free keeps the crop as it is.
 */
export function fitAspect(current: Crop, aspect: Aspect, w: number, h: number, rotate: Rotation = 0): Crop {
  const wanted = aspectRatio(aspect);
  if (wanted === null) return { ...current, aspect };
  // On its side, a 16:9 result needs a 9:16 crop of the photo.
  const ratio = rotate % 180 === 0 ? wanted : 1 / wanted;
  const cx = (current.x + current.width / 2) * w;
  const cy = (current.y + current.height / 2) * h;
  let pw = w;
  let ph = pw / ratio;
  if (ph > h) {
    ph = h;
    pw = ph * ratio;
  }
  const x = Math.min(Math.max(0, cx - pw / 2), w - pw);
  const y = Math.min(Math.max(0, cy - ph / 2), h - ph);
  return { x: x / w, y: y / h, width: pw / w, height: ph / h, aspect };
}

/** Resizing from the bottom-right corner to (px, py), fractions of the photo, keeping the aspect. */
export function resizeCrop(c: Crop, px: number, py: number, w: number, h: number, rotate: Rotation = 0): Crop {
  let width = Math.min(1 - c.x, Math.max(0.02, px - c.x));
  let height = Math.min(1 - c.y, Math.max(0.02, py - c.y));
  const wanted = aspectRatio(c.aspect ?? 'free');
  if (wanted !== null) {
    const ratio = rotate % 180 === 0 ? wanted : 1 / wanted;
    // Follow the pointer along the wider side, then fit inside the photo.
    if ((width * w) / (height * h) > ratio) height = (width * w) / ratio / h;
    else width = (height * h * ratio) / w;
    if (c.x + width > 1) {
      width = 1 - c.x;
      height = (width * w) / ratio / h;
    }
    if (c.y + height > 1) {
      height = 1 - c.y;
      width = (height * h * ratio) / w;
    }
  }
  return { ...c, width, height };
}

/** Moves a crop by (dx, dy) fractions, staying inside the photo. */
export function moveCrop(c: Crop, dx: number, dy: number): Crop {
  return { ...c, x: clamp01(Math.min(c.x + dx, 1 - c.width)), y: clamp01(Math.min(c.y + dy, 1 - c.height)) };
}

/**
 * Resizing by a key press from the bottom-right corner: ← → change the width, ↑ ↓ the height,
 * and a preset aspect makes the other side follow (so a frame as wide as the photo still
 * shrinks with Shift+←). Fractions; never past the photo's edges nor under 2%.
 */
export function resizeCropBy(c: Crop, dx: number, dy: number, w: number, h: number): Crop {
  const limit = (v: number, max: number): number => Math.min(max, Math.max(0.02, v));
  let width = limit(c.width + dx, 1 - c.x);
  let height = limit(c.height + dy, 1 - c.y);
  const ratio = aspectRatio(c.aspect ?? 'free');
  if (ratio !== null) {
    if (dx !== 0) height = (width * w) / ratio / h;
    else width = (height * h * ratio) / w;
    if (c.y + height > 1) {
      height = 1 - c.y;
      width = (height * h * ratio) / w;
    }
    if (c.x + width > 1) {
      width = 1 - c.x;
      height = (width * w) / ratio / h;
    }
  }
  return { ...c, width, height };
}

export const nextRotation = (r: Rotation | undefined): Rotation => (((r ?? 0) + 90) % 360) as Rotation;

/** A rectangle of a picture (fractions) where it is once the picture is turned a quarter clockwise. */
const quarterTurn = (c: Crop): Crop => ({ ...c, x: 1 - c.y - c.height, y: c.x, width: c.height, height: c.width });
/** …and a quarter back. */
const quarterBack = (c: Crop): Crop => ({ ...c, x: c.y, y: 1 - c.x - c.width, width: c.height, height: c.width });

const times = (rotate: Rotation | undefined): number => ((rotate ?? 0) / 90) % 4;

/**
 * A crop of the upright photo (as stored) as it shows on the photo turned by `rotate`: the crop
 * dialog works on the turned photo, so the frame and its aspect are what the reader will see.
 */
export function cropToView(c: Crop, rotate: Rotation | undefined): Crop {
  let v = c;
  for (let i = 0; i < times(rotate); i++) v = quarterTurn(v);
  return v;
}

/** The stored crop (fractions of the upright photo) of a frame drawn on the photo turned by `rotate`. */
export function cropFromView(v: Crop, rotate: Rotation | undefined): Crop {
  let c = v;
  for (let i = 0; i < times(rotate); i++) c = quarterBack(c);
  return c;
}

/** A point of the picture (the focal point) where it is once the picture is turned a quarter clockwise. */
export const turnPoint = (p: { x: number; y: number }): { x: number; y: number } => ({ x: 1 - p.y, y: p.x });

/** The size of the photo once turned by `rotate`. */
export const turnedSize = (w: number, h: number, rotate: Rotation | undefined): { width: number; height: number } =>
  times(rotate) % 2 === 1 ? { width: h, height: w } : { width: w, height: h };

/**
 * How the figure shows its crop and rotation with plain CSS over the whole preview: the frame's
 * aspect (width / height of the final picture), and the image's size and offset inside the
 * unrotated crop box, in percent.
 */
export function cropView(
  crop: Crop | undefined,
  rotate: Rotation | undefined,
  w: number,
  h: number,
): { frameAspect: number; boxAspect: number; img: { width: number; height: number; left: number; top: number }; turned: boolean } {
  const c = crop ?? { x: 0, y: 0, width: 1, height: 1 };
  const boxAspect = (c.width * w) / (c.height * h);
  const turned = (rotate ?? 0) % 180 !== 0;
  return {
    frameAspect: turned ? 1 / boxAspect : boxAspect,
    boxAspect,
    img: { width: 100 / c.width, height: 100 / c.height, left: (-c.x / c.width) * 100, top: (-c.y / c.height) * 100 },
    turned,
  };
}

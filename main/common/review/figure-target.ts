// A comment about a photo itself, not about the words of its caption (issue 13): it points at
// the figure (its block id) and the photo in it (its asset id). Both sides label it by the
// figure's place among the article's photos ("Ảnh 2"), counted again in the text they hold, so the
// number follows a photo the reporter moved. Exact while the block holds the same photo; else the
// photo is looked for by its asset (a figure cut and pasted gets a new block id), then by the block
// (its photo replaced), both marked moved; a figure that is gone leaves the comment detached,
// never dropped.
// Comments made before this existed were anchored to the whole caption: they stay text anchors,
// and photoOfUnit() labels them with their photo too.

import type { AnchorState } from './anchor.ts';
import type { FigureRef } from './units.ts';

export interface FigureTarget {
  blockId: string;
  assetId: string;
}

/** What a photo comment shows: the figure's number (1-based, reading order) and its caption. */
export interface PhotoLabel extends FigureRef {
  number: number;
}

const labelled = (figures: readonly FigureRef[], i: number): PhotoLabel => ({ ...figures[i], number: i + 1 });

/** Finds a photo comment's figure in the current content (see the file comment for the order). */
export function resolveFigureTarget(
  target: FigureTarget,
  figures: readonly FigureRef[],
): { target: FigureTarget; state: AnchorState; photo: PhotoLabel | null } {
  const byBlock = figures.findIndex((f) => f.blockId === target.blockId);
  if (byBlock >= 0 && figures[byBlock].assetId === target.assetId) return { target, state: 'exact', photo: labelled(figures, byBlock) };
  const byAsset = figures.findIndex((f) => f.assetId === target.assetId);
  const found = byAsset >= 0 ? byAsset : byBlock;
  if (found < 0) return { target, state: 'lost', photo: null };
  const f = figures[found];
  return { target: { blockId: f.blockId, assetId: f.assetId }, state: 'moved', photo: labelled(figures, found) };
}

/** The photo a figure's caption, credit or alt text belongs to, or null for a text block. */
export function photoOfUnit(blockId: string, figures: readonly FigureRef[]): PhotoLabel | null {
  const i = figures.findIndex((f) => f.blockId === blockId);
  return i >= 0 ? labelled(figures, i) : null;
}

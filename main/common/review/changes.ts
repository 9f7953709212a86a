// What changed from one submission of an article to the next, for the review screen to mark in
// place: the words of each text unit (diff.ts), the details an approval covers (byline as
// printed, time, place, category, tags, related articles, slug) and the photos (new, another
// photo, cropped, turned or laid out differently, removed).

import { formatByline } from '../article/byline.ts';
import type { Article, ArticleMeta, Block, FigureBlock } from '../article/model.ts';
import { formatPublishTime } from '../article/time.ts';
import { diffArticles, type UnitDiff } from './diff.ts';

/** A detail field of the article, as the review screen's details panel names it. */
export type MetaField = 'byline' | 'publishAt' | 'place' | 'category' | 'tags' | 'relatedIds' | 'slug';
export const META_FIELDS: readonly MetaField[] = ['byline', 'publishAt', 'place', 'category', 'tags', 'relatedIds', 'slug'];

export interface MetaChange {
  field: MetaField;
  /** The value as printed before and after (byline as the paper prints it, time dd/mm/yyyy). */
  before: string;
  after: string;
}

export type FigureChangeKind = 'added' | 'photo' | 'framing' | 'removed';

export interface FigureChange {
  blockId: string;
  kind: FigureChangeKind;
}

export interface SinceChanges {
  /** The previous submission. */
  fromId: string;
  fromVersion: number;
  /** The latest submission. */
  toId: string;
  toVersion: number;
  /** Units that changed (added, removed or edited), with their word diff. */
  units: UnitDiff[];
  meta: MetaChange[];
  figures: FigureChange[];
}

/** A detail as printed: what the reader (and the signature) sees of it. */
export function printedMeta(meta: ArticleMeta, field: MetaField): string {
  switch (field) {
    case 'byline':
      return formatByline(meta.byline);
    case 'publishAt':
      return formatPublishTime(meta.publishAt);
    case 'tags':
      return meta.tags.join(', ');
    case 'relatedIds':
      return meta.relatedIds.join(', ');
    default:
      return meta[field] ?? '';
  }
}

/** The details that print differently. */
export function metaChanges(before: ArticleMeta, after: ArticleMeta): MetaChange[] {
  const out: MetaChange[] = [];
  for (const field of META_FIELDS) {
    const a = printedMeta(before, field);
    const b = printedMeta(after, field);
    if (a !== b) out.push({ field, before: a, after: b });
  }
  return out;
}

function figuresOf(content: readonly Block[]): Map<string, FigureBlock> {
  const out = new Map<string, FigureBlock>();
  for (const b of content) if (b.type === 'figure') out.set(b.id, b);
  return out;
}

const framing = (f: FigureBlock): string => JSON.stringify([f.layout, f.crop ?? null, f.rotate ?? 0, f.focus ?? null]);

/** Photos added, replaced, framed differently (crop, turn, focal point, layout) or removed; caption, credit and alt are text units. */
export function figureChanges(before: readonly Block[], after: readonly Block[]): FigureChange[] {
  const a = figuresOf(before);
  const b = figuresOf(after);
  const out: FigureChange[] = [];
  for (const [id, f] of b) {
    const old = a.get(id);
    if (!old) out.push({ blockId: id, kind: 'added' });
    else if (old.assetId !== f.assetId) out.push({ blockId: id, kind: 'photo' });
    else if (framing(old) !== framing(f)) out.push({ blockId: id, kind: 'framing' });
  }
  for (const id of a.keys()) if (!b.has(id)) out.push({ blockId: id, kind: 'removed' });
  return out;
}

/** Everything that changed from the previous submission to the latest. */
export function sinceChanges(from: { id: string; article: Article }, to: { id: string; article: Article }): SinceChanges {
  return {
    fromId: from.id,
    fromVersion: from.article.version,
    toId: to.id,
    toVersion: to.article.version,
    units: diffArticles(from.article.content, to.article.content).filter((u) => u.change !== 'same'),
    meta: metaChanges(from.article.meta, to.article.meta),
    figures: figureChanges(from.article.content, to.article.content),
  };
}

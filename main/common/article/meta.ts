// The article's structured metadata as the editor's panel edits it (renderer/meta/): the slug
// suggested from the headline, tags as the desk wants them, the byline a reporter starts from,
// and the one tidy-up every value gets before it is stored. Pure, so tests and exporters share it.

import type { ArticleMeta, Byline } from './model.ts';
import type { Settings } from '../settings.ts';
import { defaultByline } from './byline.ts';
import { foldVietnamese } from '../text/fold.ts';
import { nfc } from '../text/nfc.ts';

/** Longest slug we suggest; CMSs cut URLs around here and a headline can run to three lines. */
export const SLUG_MAX = 80;

/**
 * The headline as a URL slug, tones removed: `Sức mạnh đoàn kết ở Quang Bình` →
 * `suc-manh-doan-ket-o-quang-binh`. Cut at a word boundary when longer than SLUG_MAX.
 */
export function slugFromHeadline(headline: string): string {
  const words = foldVietnamese(nfc(headline))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > SLUG_MAX) return slug || w.slice(0, SLUG_MAX);
    slug = next;
  }
  return slug;
}

/** What the reporter typed in the slug field, made a valid slug (tones off, one `-` between words). */
export function cleanSlug(typed: string): string {
  return foldVietnamese(nfc(typed))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
    .slice(0, 200);
}

/** A tag as stored: NFC, one space between words, no stray punctuation at the ends. */
export const tidyTag = (tag: string): string =>
  nfc(tag)
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/^[\s,;#]+|(?<![\s,;])[\s,;]+$/gu, '');

const tagKey = (tag: string): string => tag.toLocaleLowerCase('vi');

/** Tags in NFC, tidied, without empties or case-insensitive repeats (the first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = tidyTag(raw).slice(0, 100);
    if (!tag || seen.has(tagKey(tag))) continue;
    seen.add(tagKey(tag));
    out.push(tag);
  }
  return out;
}

/** Adds what was typed (one tag, or several separated by commas) to the tags. */
export function addTags(tags: readonly string[], typed: string): string[] {
  return normalizeTags([...tags, ...typed.split(/[,，;]/u)]);
}

/** A byline that names nobody and no place or source: one the reporter has not filled in. */
export function isEmptyByline(byline: Byline): boolean {
  return !byline.people.some((p) => p.name.trim()) && !byline.place?.trim() && !byline.source?.trim();
}

/**
 * The byline to start from: the article's own, or (when it is empty) the reporter's from the
 * settings. Never applied behind the reporter's back: the desk opening an article must not
 * stamp its own name on it, so the panel offers it as a button.
 */
export function bylineWithDefaults(byline: Byline, settings: Pick<Settings, 'reporterName' | 'reporterPlace'>): Byline {
  if (!isEmptyByline(byline)) return byline;
  const fallback = defaultByline(settings);
  return isEmptyByline(fallback) ? byline : { ...fallback, role: byline.role === 'theo' ? 'bai-anh' : byline.role };
}

const tidy = (s: string): string =>
  nfc(s)
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();

/**
 * The byline as stored: names and place trimmed, nameless rows left out, and the writer/photographer
 * split kept only for the forms that print it (`Bài: A; Ảnh: B`), so a form switched back and forth
 * in the panel prints what it says.
 */
export function bylineForStore(byline: Byline): Byline {
  const split = byline.role === 'bai' || byline.role === 'tin';
  const stored: Byline = {
    role: byline.role,
    people: byline.people
      .map((p) => ({ name: tidy(p.name), role: p.role }))
      .filter((p) => p.name)
      .map((p) => (split && p.role ? { name: p.name, role: p.role } : { name: p.name })),
  };
  const place = tidy(byline.place ?? '');
  const source = tidy(byline.source ?? '');
  if (place) stored.place = place;
  if (source) stored.source = source;
  return stored;
}

/**
 * The metadata as it is stored: NFC, trimmed, people without a name left out, tags normalised,
 * related articles once each. The panel keeps what is being typed as it is (a trailing space
 * while typing `Trung Hậu` must stay) and stores this.
 */
export function metaForStore(meta: ArticleMeta): ArticleMeta {
  return {
    ...meta,
    slug: cleanSlug(meta.slug),
    category: tidy(meta.category),
    tags: normalizeTags(meta.tags),
    place: tidy(meta.place),
    byline: bylineForStore(meta.byline),
    relatedIds: [...new Set(meta.relatedIds)],
    // The note keeps its lines; only NFC.
    editorNote: nfc(meta.editorNote),
  };
}

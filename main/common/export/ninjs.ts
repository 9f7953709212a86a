// ninjs.json: the article as IPTC ninjs 3.1 (validated against the official schema before it is
// written). The editor's note is talk between reporter and desk: it is never put here.
// ninjs wants absolute URIs; without a public base URL we name things `urn:dateline:<id>…`.

import type { Article } from '../article/model.ts';
import { bylinePeople, formatByline } from '../article/byline.ts';
import { bodyBlocks, leadOf } from '../article/text.ts';
import { RENDITION_MIME, type FigureRenditions } from './layout.ts';
import type { RelatedArticle } from './page.ts';
import type { ResolvedExportSettings } from './settings.ts';
import { bodyPlainText, charCount, wordCount } from './text.ts';

export const NINJS_VERSION = '3.1';
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

interface Text {
  role?: string;
  contentType?: string;
  value: string;
}
interface NinjsRendition {
  name: string;
  href: string;
  contentType: string;
  width: number;
  height: number;
  sizeInBytes: number;
  poi?: { x: number; y: number };
}

/** The subset of ninjs 3.1 Dateline writes. */
export interface NinjsItem {
  uri: string;
  standard?: { name: string; version: string; schema: string };
  type: 'text' | 'picture';
  representationType?: 'full' | 'partial';
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  embargoedUntil?: string;
  pubStatus?: 'usable' | 'withheld' | 'canceled';
  copyrightHolder?: string;
  copyrightNotice?: string;
  language?: string;
  headlines?: Text[];
  descriptions?: Text[];
  bodies?: (Text & { charCount: number; wordCount: number })[];
  by?: string;
  slugline?: string;
  located?: string;
  people?: { name: string; rel: string }[];
  subjects?: { name: string; rel: string }[];
  genres?: { name: string }[];
  altIds?: { role: string; value: string }[];
  renditions?: NinjsRendition[];
  associations?: (NinjsItem & { name: string; rel: string })[];
}

export interface NinjsOptions {
  settings: ResolvedExportSettings;
  figures: ReadonlyMap<string, FigureRenditions>;
  /** The body as it goes to the CMS (article.fragment.html). */
  bodyHtml: string;
  related?: RelatedArticle[];
}

const isInstant = (s: string | null | undefined): s is string =>
  !!s && !Number.isNaN(new Date(s).getTime()) && /[zZ]|[+-]\d\d:\d\d$/.test(s);

/** The article's own URI, and a URI for something inside its package. */
export function packageUris(articleId: string, base: string): { article: string; file: (path: string) => string } {
  if (base) return { article: `${base}${articleId}`, file: (p) => `${base}${articleId}/${p}` };
  return { article: `urn:dateline:${articleId}`, file: (p) => `urn:dateline:${articleId}:${p}` };
}

/** Who took the photo: the credit without its `Ảnh:` label, else the byline's photographer. */
export function photographer(credit: string, article: Article): string {
  const fromCredit = credit.trim().replace(/^(ảnh|photo)\s*:\s*/iu, '');
  if (fromCredit) return fromCredit;
  const b = article.meta.byline;
  const photo = b.people.find((p) => p.role === 'photo') ?? (b.role === 'bai-anh' || b.role === 'tin-anh' ? b.people[0] : undefined);
  return photo?.name.trim() ?? '';
}

/** The ninjs 3.1 document for the article and its photos. */
export function buildNinjs(article: Article, options: NinjsOptions): NinjsItem {
  const { settings, figures } = options;
  const uris = packageUris(article.id, settings.publicBaseUrl);
  const { headlineText: headline, sapoText: sapo } = leadOf(article.content);
  const plain = bodyPlainText(article.content);
  const byline = formatByline(article.meta.byline);
  const meta = article.meta;

  const item: NinjsItem = {
    uri: uris.article,
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    version: String(article.version),
  };
  if (isInstant(article.createdAt)) item.firstCreated = article.createdAt;
  if (isInstant(article.updatedAt)) item.versionCreated = article.updatedAt;
  // A publishing time is the moment from which the desk may run it: ninjs says that with an embargo.
  if (isInstant(meta.publishAt)) item.embargoedUntil = meta.publishAt;
  item.pubStatus = article.status === 'approved' ? 'usable' : 'withheld';
  if (settings.copyrightHolder) item.copyrightHolder = settings.copyrightHolder;
  item.language = 'vi';
  if (headline) item.headlines = [{ role: 'main', contentType: 'text/plain', value: headline }];
  if (sapo) item.descriptions = [{ role: 'summary', contentType: 'text/plain', value: sapo }];
  item.bodies = [
    { role: 'main', contentType: 'text/html', charCount: charCount(plain), wordCount: wordCount(plain), value: options.bodyHtml },
  ];
  if (byline) item.by = byline;
  if (meta.slug.trim()) item.slugline = meta.slug.trim();
  if (meta.place.trim()) item.located = meta.place.trim();
  const people = bylinePeople(meta.byline);
  if (people.length) item.people = people;
  const tags = meta.tags.map((t) => t.trim()).filter(Boolean);
  if (tags.length) item.subjects = tags.map((name) => ({ name, rel: 'about' }));
  if (meta.category.trim()) item.genres = [{ name: meta.category.trim() }];
  item.altIds = [{ role: 'dateline-article-id', value: article.id }];

  const associations: (NinjsItem & { name: string; rel: string })[] = [];
  for (const block of bodyBlocks(article.content)) {
    if (block.type !== 'figure') continue;
    const set = figures.get(block.id);
    if (!set) continue;
    const picture: NinjsItem & { name: string; rel: string } = {
      name: set.name,
      rel: 'image',
      uri: uris.file(set.name),
      type: 'picture',
      representationType: 'full',
      language: 'vi',
    };
    const descriptions: Text[] = [];
    if (block.caption.trim()) descriptions.push({ role: 'caption', contentType: 'text/plain', value: block.caption.trim() });
    if (block.alt.trim()) descriptions.push({ role: 'alternative', contentType: 'text/plain', value: block.alt.trim() });
    if (descriptions.length) picture.descriptions = descriptions;
    if (set.creator) picture.by = set.creator;
    if (settings.copyrightHolder) picture.copyrightHolder = settings.copyrightHolder;
    if (set.copyright) picture.copyrightNotice = set.copyright;
    picture.renditions = set.renditions.map((r) => {
      const rendition: NinjsRendition = {
        name: `${r.format}-${r.width}`,
        href: uris.file(r.path),
        contentType: RENDITION_MIME[r.format],
        width: r.width,
        height: r.height,
        sizeInBytes: r.bytes,
      };
      // The focal point is kept as fractions of the cropped photo; ninjs wants pixels of each rendition.
      if (block.focus) rendition.poi = { x: Math.round(block.focus.x * r.width), y: Math.round(block.focus.y * r.height) };
      return rendition;
    });
    associations.push(picture);
  }
  (options.related ?? []).forEach((r, i) => {
    const rel: NinjsItem & { name: string; rel: string } = {
      name: `related-${i + 1}`,
      rel: 'related',
      uri: packageUris(r.id, settings.publicBaseUrl).article,
      type: 'text',
    };
    if (r.headline.trim()) rel.headlines = [{ role: 'main', contentType: 'text/plain', value: r.headline.trim() }];
    associations.push(rel);
  });
  if (associations.length) item.associations = associations;
  return item;
}

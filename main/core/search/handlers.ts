// `library.search`, over a SearchService built from the library. Wiring (main/core/app.ts):
//   AREAS: …, searchArea                                   // the handler, one service per Core
//   partial = notifySearch(partial, searchFor(ctx));       // so every change reaches the index
// Without notifySearch the index still catches up, at the next search after `staleMs`.

import type { Handlers } from '../dispatcher.ts';
import type { CoreContext } from '../types.ts';
import { SearchService, type SearchServiceOptions } from './service.ts';

/** The search service of a Core: reads through the library, closed with the Core. */
export function createSearch(
  ctx: Pick<CoreContext, 'library' | 'libraryDir' | 'logger' | 'clock' | 'onClose'>,
  options: Pick<SearchServiceOptions, 'staleMs' | 'persist'> = {},
): SearchService {
  const search = new SearchService({ libraryDir: ctx.libraryDir, source: ctx.library, logger: ctx.logger, clock: ctx.clock, ...options });
  ctx.onClose(() => search.close());
  return search;
}

/** Handlers for `library.search`. */
export function searchHandlers(search: SearchService): Pick<Handlers, 'library.search'> {
  return {
    'library.search': (input) => search.search(input),
  };
}

const services = new WeakMap<object, SearchService>();

/** The one search service of a Core context (made on first use, closed with the Core). */
export function searchFor(ctx: Pick<CoreContext, 'library' | 'libraryDir' | 'logger' | 'clock' | 'onClose'>): SearchService {
  let search = services.get(ctx);
  if (!search) services.set(ctx, (search = createSearch(ctx)));
  return search;
}

/** The search area for AREAS: `library.search` over the context's service. */
export function searchArea(ctx: CoreContext): Pick<Handlers, 'library.search'> {
  return searchHandlers(searchFor(ctx));
}

/** Methods after which an article's text, status or place in the library may have changed. */
const CHANGES: ReadonlyArray<keyof Handlers> = [
  'library.create',
  'library.save',
  'library.duplicate',
  'library.trash',
  'library.restore',
  'library.restoreRevision',
  'library.import',
  'review.submit',
  'review.accept',
  'review.reject',
  'review.approve',
  'review.return',
];

/** The article an input or output names: `{id}` or `{article: {id}}`. */
function articleId(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { id?: unknown; article?: { id?: unknown } };
  if (typeof v.id === 'string' && v.id.startsWith('a-')) return v.id;
  if (v.article && typeof v.article.id === 'string') return v.article.id;
  return null;
}

/** The same handlers, each change also told to the search index (a failure there never fails the call). */
export function notifySearch<H extends Partial<Handlers>>(handlers: H, search: SearchService): H {
  const out: Partial<Handlers> = { ...handlers };
  const table = out as Record<string, ((input: unknown) => Promise<unknown>) | undefined>;
  for (const method of CHANGES) {
    const handler = table[method];
    if (!handler) continue;
    table[method] = async (input: unknown) => {
      const value = await handler(input);
      const id = articleId(value) ?? articleId(input);
      // Not awaited: a save answers at once; the next search waits for the index.
      if (id) void search.touch(id);
      return value;
    };
  }
  return out as H;
}

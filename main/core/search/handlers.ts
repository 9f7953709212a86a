// `library.search`, over a SearchService built from the library. createCore (main/core/app.ts)
// builds the one service of a Core and makes it follow the library's change events, so every
// method that writes an article reaches the index without being named here.
// Without followLibrary the index still catches up, at the next search after `staleMs`.

import type { Unsubscribe } from '../../common/emitter.ts';
import type { Handlers } from '../dispatcher.ts';
import type { Library } from '../library/library.ts';
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

/**
 * Every change the library tells (a save, a new article, the trash, a status) is read into the
 * index. Not awaited: a save answers at once; the next search waits for the index.
 */
export function followLibrary(search: SearchService, library: Pick<Library, 'onChange'>): Unsubscribe {
  return library.onChange((change) => void search.touch(change.articleId));
}

// The library's contract methods, over the Library service.

import type { AreaHandlers, CoreContext } from '../types.ts';
import type { ImportMethod } from '../import/handlers.ts';

/** Handlers for every `library.*` method but importing (main/core/import/handlers.ts) and search (main/core/search/handlers.ts). */
export function libraryHandlers({ library }: CoreContext): Omit<AreaHandlers<'library'>, ImportMethod | 'library.search'> {
  return {
    'library.list': (input) => library.list(input),
    'library.create': (input) => library.create(input),
    'library.get': ({ id }) => library.get(id),
    'library.save': (input) => library.save(input),
    'library.duplicate': ({ id }) => library.duplicate(id),
    'library.trash': ({ id }) => library.trash(id),
    'library.restore': ({ id }) => library.restore(id),
    'library.revisions': ({ id }) => library.revisions(id),
    'library.getRevision': ({ id, revisionId }) => library.getRevision(id, revisionId),
    'library.restoreRevision': ({ id, revisionId }) => library.restoreRevision(id, revisionId),
  };
}

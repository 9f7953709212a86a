// The library's contract methods, over the Library service.

import type { AreaHandlers, CoreContext } from '../types.ts';

/** Handlers for every `library.*` method. */
export function libraryHandlers({ library }: CoreContext): AreaHandlers<'library'> {
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

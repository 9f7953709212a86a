// Importing's contract methods (`library.import`, `library.importPreview`), one line in
// main/core/app.ts AREAS. The path comes from a file dialog or the command line; from the page it
// must be granted (main/core/fs/path-grants.ts).

import type { Handlers } from '../dispatcher.ts';
import type { CoreContext } from '../types.ts';
import { importArticle, previewImport } from './service.ts';

export type ImportMethod = 'library.import' | 'library.importPreview';

/** Handlers for importing drafts. */
export function importHandlers(ctx: CoreContext): Pick<Handlers, ImportMethod> {
  const options = (convertLegacy: boolean | undefined) => ({ prefix: ctx.settings.get().paperPrefix, convertLegacy });
  return {
    'library.importPreview': ({ path, convertLegacy }) => previewImport(ctx.paths.admit(path, 'read'), options(convertLegacy)),
    'library.import': ({ path, convertLegacy }) => importArticle(ctx.library, ctx.paths.admit(path, 'read'), options(convertLegacy)),
  };
}

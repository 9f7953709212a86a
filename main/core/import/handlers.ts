// Importing's contract methods (`library.import`, `library.importPreview`, `library.chooseDraft`),
// one line in main/core/app.ts AREAS. The path comes from a file dialog (library.chooseDraft, the
// desktop app's native picker, which grants what it answered), the browser host's upload
// (main/host/upload.ts) or the command line; from the page it must be granted
// (main/core/fs/path-grants.ts).

import { DatelineError } from '../../common/result.ts';
import type { Handlers } from '../dispatcher.ts';
import type { CoreContext } from '../types.ts';
import { importArticle, previewImport } from './service.ts';

export type ImportMethod = 'library.import' | 'library.importPreview' | 'library.chooseDraft';

/** Handlers for importing drafts. */
export function importHandlers(ctx: CoreContext): Pick<Handlers, ImportMethod> {
  const options = (convertLegacy: boolean | undefined) => ({ prefix: ctx.settings.get().paperPrefix, convertLegacy });
  return {
    'library.importPreview': ({ path, convertLegacy }) => previewImport(ctx.paths.admit(path, 'read'), options(convertLegacy)),
    'library.import': ({ path, convertLegacy }) => importArticle(ctx.library, ctx.paths.admit(path, 'read'), options(convertLegacy)),
    'library.chooseDraft': async () => {
      const choose = ctx.importArea?.chooseDrafts;
      if (!choose) throw new DatelineError('UNSUPPORTED', { detail: 'library.chooseDraft' });
      return { paths: await choose() };
    },
  };
}

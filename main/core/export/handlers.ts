// Export's contract methods over the Library (one line in main/core/app.ts AREAS).

import { blockText, type Article } from '../../common/article/model.ts';
import { leadOf } from '../../common/article/text.ts';
import type { RelatedArticle } from '../../common/export/page.ts';
import type { AreaHandlers, CoreContext } from '../types.ts';
import { createExportService } from './service.ts';

/** Related articles as the page lists them; one the library cannot read is left out, not fatal. */
async function relatedOf(ctx: CoreContext, article: Article): Promise<RelatedArticle[]> {
  const out: RelatedArticle[] = [];
  for (const id of article.meta.relatedIds) {
    try {
      const r = await ctx.library.get(id);
      const { headline, sapo } = leadOf(r.content);
      out.push({ id, headline: headline ? blockText(headline) : '', sapo: sapo ? blockText(sapo) : '', publishAt: r.meta.publishAt });
    } catch (err) {
      ctx.logger.warn('related article left out of export', { id, error: String(err) });
    }
  }
  return out;
}

/** Handlers for every `export.*` method. */
export function exportHandlers(ctx: CoreContext): AreaHandlers<'export'> {
  const service = createExportService({
    loadArticle: (id) => ctx.library.get(id),
    articleDir: (id) => ctx.library.articleDir(id),
    settings: () => ctx.settings.get(),
    loadRelated: (article) => relatedOf(ctx, article),
    ...(ctx.exportArea?.chooseFolder ? { chooseFolder: ctx.exportArea.chooseFolder } : {}),
    // The page follows a job it named through the push channel (export.progress).
    onProgress: (jobId, progress) => {
      if (jobId) ctx.events?.publish('export.progress', { jobId, ...progress });
    },
  });
  ctx.onClose(() => service.cancelAll());
  return {
    'export.preflight': service['export.preflight'],
    // A package is written only where the user chose (a folder from the picker) or in the library.
    'export.package': (input) => service['export.package']({ ...input, target: ctx.paths.admit(input.target, 'write') }),
    'export.cancel': service['export.cancel'],
    'export.verify': (input) => service['export.verify']({ path: ctx.paths.admit(input.path, 'read') }),
    'export.progress': service['export.progress'],
    'export.chooseFolder': service['export.chooseFolder'],
  };
}

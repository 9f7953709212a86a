// The export methods of the contract, for the Core to register with the dispatcher. The library
// is reached only through the functions passed in, so export knows nothing of its internals.

import type { Article, FigureBlock } from '../../common/article/model.ts';
import { bodyBlocks } from '../../common/article/text.ts';
import type { ExportProgress } from '../../common/contract/export.ts';
import type { Output, ParsedInput } from '../../common/contract/index.ts';
import type { RelatedArticle } from '../../common/export/page.ts';
import { preflight } from '../../common/export/preflight.ts';
import type { ExportSettingsInput } from '../../common/export/settings.ts';
import { DatelineError } from '../../common/result.ts';
import { loadExportAssets } from './assets.ts';
import { exportPackage } from './package.ts';
import { verifyPackage } from './verify.ts';

export interface ExportServiceDeps {
  loadArticle(id: string): Promise<Article>;
  /** The article's folder (the library's `articleDir(id)`). */
  articleDir(id: string): string;
  /** Read at each call, so a settings change applies to the next export. */
  settings(): ExportSettingsInput;
  /** The articles to list under "Cùng chuyên mục" (by default, none). */
  loadRelated?(article: Article): Promise<RelatedArticle[]>;
  /** Where progress goes (an event to the window that asked). */
  onProgress?(jobId: string | undefined, progress: ExportProgress): void;
  /** The transport's native folder picker (Electron's dialog); absent: export.chooseFolder is UNSUPPORTED. */
  chooseFolder?(defaultPath?: string): Promise<string | null>;
}

type ExportMethod = 'export.preflight' | 'export.package' | 'export.cancel' | 'export.verify' | 'export.progress' | 'export.chooseFolder';
export type ExportHandlers = { [M in ExportMethod]: (input: ParsedInput<M>) => Promise<Output<M>> };

/** Handlers for the export methods, with the running exports they can cancel. */
export function createExportService(deps: ExportServiceDeps): ExportHandlers & { cancelAll(): void } {
  const running = new Map<string, AbortController>();
  // The last progress of each running job, for export.progress (the window polls it).
  const progress = new Map<string, ExportProgress>();

  const figureAssets = (article: Article): string[] =>
    bodyBlocks(article.content)
      .filter((b): b is FigureBlock => b.type === 'figure')
      .map((b) => b.assetId);

  return {
    async 'export.preflight'({ id }) {
      const article = await deps.loadArticle(id);
      const assets = await loadExportAssets(deps.articleDir(id), figureAssets(article));
      return preflight(article, deps.settings(), assets);
    },

    async 'export.package'({ id, target, kind, replace, acceptWarnings, parts, jobId }) {
      if (jobId && running.has(jobId)) throw new DatelineError('EXPORT', { reason: 'busy', jobId });
      const controller = new AbortController();
      if (jobId) {
        running.set(jobId, controller);
        progress.set(jobId, { stage: 'preflight', done: 0, total: 1 });
      }
      try {
        const article = await deps.loadArticle(id);
        const related = deps.loadRelated ? await deps.loadRelated(article) : [];
        return await exportPackage(article, deps.articleDir(id), deps.settings(), {
          target,
          kind,
          replace,
          acceptWarnings,
          ...(parts ? { parts } : {}),
          related,
          signal: controller.signal,
          onProgress: (p) => {
            if (jobId) progress.set(jobId, p);
            deps.onProgress?.(jobId, p);
          },
        });
      } finally {
        if (jobId) {
          running.delete(jobId);
          progress.delete(jobId);
        }
      }
    },

    async 'export.cancel'({ jobId }) {
      const controller = running.get(jobId);
      controller?.abort();
      return { cancelled: !!controller };
    },

    async 'export.verify'({ path }) {
      return verifyPackage(path);
    },

    async 'export.progress'({ jobId }) {
      return progress.get(jobId) ?? null;
    },

    async 'export.chooseFolder'({ defaultPath }) {
      if (!deps.chooseFolder) throw new DatelineError('UNSUPPORTED', { detail: 'export.chooseFolder' });
      return { path: await deps.chooseFolder(defaultPath) };
    },

    cancelAll() {
      for (const c of running.values()) c.abort();
    },
  };
}

// The Core: every service of the app behind one dispatcher, the same for the Electron glue, the
// browser host, the CLI and the tests. A feature area joins with one line in AREAS: a function
// from the CoreContext to the handlers of its contract methods (e.g. main/core/library/handlers.ts).

import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { METHOD_NAMES, type MethodName } from '../common/contract/index.ts';
import { DatelineError } from '../common/result.ts';
import type { Language } from '../common/settings.ts';
import { createDispatcher, type Handlers } from './dispatcher.ts';
import { libraryHandlers } from './library/handlers.ts';
import { Library } from './library/library.ts';
import { silentLogger } from './logger.ts';
import { createPathGrants } from './fs/path-grants.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { exportHandlers } from './export/handlers.ts';
import { mediaHandlers } from './media/handlers.ts';
import { importHandlers } from './import/handlers.ts';
import { notifyReview, reviewArea } from './review/handlers.ts';
import { mediaFolder } from './review/screen.ts';
import { languageHandlers } from './language/handlers.ts';
import { notifySearch, searchArea, searchFor } from './search/handlers.ts';
import { deskArea } from './desk/handlers.ts';
import type { AreaHandlers, Core, CoreContext, CoreOptions } from './types.ts';

type Area = (ctx: CoreContext) => Partial<Handlers> | Promise<Partial<Handlers>>;

/** Handlers for every `app.*` method. */
function appHandlers(ctx: CoreContext): AreaHandlers<'app'> {
  return {
    'app.info': async () => ({ version: pkg.version, transport: ctx.transport, libraryDir: ctx.libraryDir }),
  };
}

/** The feature areas, one line each. */
export const AREAS: readonly Area[] = [appHandlers, libraryHandlers, settingsHandlers, exportHandlers, (ctx) => mediaHandlers(ctx, ctx.media), (ctx) => reviewArea(ctx, ctx.review), importHandlers, (ctx) => languageHandlers(ctx, ctx.language), searchArea, deskArea];

/** Methods of the contract that no area handles yet (they answer UNSUPPORTED). */
export function unhandledMethods(handlers: Partial<Handlers>): MethodName[] {
  return METHOD_NAMES.filter((m) => typeof handlers[m] !== 'function');
}

/** The handlers every area gives for this context, merged. */
export async function buildHandlers(ctx: CoreContext): Promise<Partial<Handlers>> {
  const partial: Partial<Handlers> = {};
  for (const area of AREAS) Object.assign(partial, await area(ctx));
  return partial;
}

/** Builds the services over a library folder and the dispatcher in front of them. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const closers: (() => Promise<void> | void)[] = [];
  const library = new Library({ dir: options.libraryDir, settings: () => options.settings.get(), clock, logger });
  closers.push(() => library.close());
  const paths = options.paths ?? createPathGrants({ libraryDir: options.libraryDir, enforced: options.transport !== 'direct' });
  const ctx: CoreContext = {
    libraryDir: options.libraryDir,
    settings: options.settings,
    transport: options.transport,
    clock,
    logger,
    library,
    media: options.media,
    review: options.review,
    exportArea: options.exportArea,
    importArea: options.importArea,
    desk: options.desk,
    language: options.language,
    paths,
    onClose: (fn) => closers.push(fn),
  };

  // Every change to an article also reaches the search index (main/core/search/handlers.ts).
  const partial = notifySearch(await buildHandlers(ctx), searchFor(ctx));
  // Every save also reaches the review service: an edit voids an approval (main/core/review/handlers.ts).
  Object.assign(partial, notifyReview(partial, ctx));
  const missing = unhandledMethods(partial);
  if (missing.length) logger.warn('contract methods without a handler', { methods: missing });
  // A method whose area is not wired yet answers one clear sentence instead of crashing.
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((m) => [m, partial[m] ?? (async () => { throw new DatelineError('UNSUPPORTED', { detail: m }); })]),
  ) as Handlers;

  const language = (): Language => {
    try {
      return options.settings.get().language;
    } catch {
      return 'vi';
    }
  };
  const dispatch = createDispatcher(handlers, {
    language,
    logError: (method, err) => logger.error('unexpected error', { method, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  });

  let closing: Promise<void> | null = null;
  return {
    dispatch,
    libraryDir: options.libraryDir,
    settings: options.settings,
    // The editor's previews of an article that came through the desk are served like the library's.
    articleDir: (id) => mediaFolder(library.articleDir(id), join(options.libraryDir, 'review'), id),
    paths,
    close() {
      closing ??= (async () => {
        for (const fn of closers.reverse()) {
          try {
            await fn();
          } catch (err) {
            logger.error('close failed', { error: String(err) });
          }
        }
      })();
      return closing;
    },
  };
}

// The Core: every service of the app behind one dispatcher, the same for the Electron glue, the
// browser host, the CLI and the tests. A feature area joins with one line in AREAS: a function
// from the CoreContext and the shared services to the handlers of its contract methods (e.g.
// main/core/library/handlers.ts). Services that react to changes subscribe to the Library's
// change events here (wireServices), never by wrapping handlers named in a list.

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
import { createReviewService, reviewHandlers } from './review/handlers.ts';
import { mediaFolder } from './review/screen.ts';
import type { ReviewService } from './review/service.ts';
import { languageHandlers } from './language/handlers.ts';
import { createSearch, followLibrary, searchHandlers } from './search/handlers.ts';
import type { SearchService } from './search/service.ts';
import { deskArea } from './desk/handlers.ts';
import { CoreEvents } from './events.ts';
import type { AreaHandlers, Core, CoreContext, CoreOptions } from './types.ts';

/** The services more than one area (or the wiring) uses, built once per Core by buildServices. */
export interface CoreServices {
  search: SearchService;
  review: ReviewService;
}

type Area = (ctx: CoreContext, services: CoreServices) => Partial<Handlers> | Promise<Partial<Handlers>>;

/** Handlers for every `app.*` method. */
function appHandlers(ctx: CoreContext): AreaHandlers<'app'> {
  return {
    'app.info': async () => ({ version: pkg.version, transport: ctx.transport, libraryDir: ctx.libraryDir }),
  };
}

/** The feature areas, one line each. */
export const AREAS: readonly Area[] = [
  appHandlers,
  libraryHandlers,
  settingsHandlers,
  exportHandlers,
  (ctx) => mediaHandlers(ctx, ctx.media),
  (ctx, { review }) => reviewHandlers(review, ctx.paths, ctx.review),
  importHandlers,
  (ctx) => languageHandlers(ctx, ctx.language),
  (_, { search }) => searchHandlers(search),
  (ctx, { review }) => deskArea(ctx, review),
];

/** Methods of the contract that no area handles yet (they answer UNSUPPORTED). */
export function unhandledMethods(handlers: Partial<Handlers>): MethodName[] {
  return METHOD_NAMES.filter((m) => typeof handlers[m] !== 'function');
}

/** The shared services of a Core, each built once over the context's library; closed with the Core. */
export async function buildServices(ctx: CoreContext): Promise<CoreServices> {
  return { search: createSearch(ctx), review: await createReviewService(ctx, ctx.review) };
}

/** The handlers every area gives for this context, merged (services built when not given). */
export async function buildHandlers(ctx: CoreContext, services?: CoreServices): Promise<Partial<Handlers>> {
  const shared = services ?? (await buildServices(ctx));
  const partial: Partial<Handlers> = {};
  for (const area of AREAS) Object.assign(partial, await area(ctx, shared));
  return partial;
}

/**
 * Who hears what: every change the library tells reaches the search index and the push channel;
 * the review service's own news (a decision arrived, the desk changed) reaches the push channel.
 * Returns the unsubscribe of all of it.
 */
export function wireServices(library: Library, { search, review }: CoreServices, events: CoreEvents): () => void {
  const stops = [
    followLibrary(search, library),
    library.onChange((change) => {
      events.publish('article.changed', change);
      // A save that voided an approval (or a status the review wrote) is the review bar's news too.
      if (change.kind === 'status') events.publish('review.status', { articleId: change.articleId });
    }),
    review.onChange((e) => {
      if (e.type === 'status') events.publish('review.status', { articleId: e.articleId });
      else events.publish('desk.arrivals', {});
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

/** Builds the services over a library folder and the dispatcher in front of them. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const closers: (() => Promise<void> | void)[] = [];
  const events = new CoreEvents(logger);
  // The review service is built over the library; the library asks it, on each save, which
  // status the new version has, so the save stays one write of article.json.
  let review: ReviewService | null = null;
  const library = new Library({
    dir: options.libraryDir,
    settings: () => options.settings.get(),
    clock,
    logger,
    statusOnSave: async (next) => (review ? review.statusOnSave(next) : next.status),
  });
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
    events,
  };

  const services = await buildServices(ctx);
  review = services.review;
  closers.push(wireServices(library, services, events));
  const partial = await buildHandlers(ctx, services);
  const missing = unhandledMethods(partial);
  if (missing.length) logger.warn('contract methods without a handler', { methods: missing });
  // A method whose area is not wired yet answers one clear sentence instead of crashing.
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((m) => [
      m,
      partial[m] ??
        (async () => {
          throw new DatelineError('UNSUPPORTED', { detail: m });
        }),
    ]),
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
    logError: (method, err) =>
      logger.error('unexpected error', { method, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  });

  let closing: Promise<void> | null = null;
  return {
    dispatch,
    libraryDir: options.libraryDir,
    settings: options.settings,
    // The editor's previews of an article that came through the desk are served like the library's.
    articleDir: (id) => mediaFolder(library.articleDir(id), join(options.libraryDir, 'review'), id),
    paths,
    subscribe: events.subscribe,
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

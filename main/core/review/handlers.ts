// The review service behind the contract: one handler per method of main/common/contract/review.ts,
// and the area function main/core/app.ts lists to build the service for a library.

import { join } from 'node:path';
import type { reviewContract } from '../../common/contract/review.ts';
import type { Handlers } from '../dispatcher.ts';
import type { DeskInfo, ExportedKey } from '../../common/review/types.ts';
import { DatelineError } from '../../common/result.ts';
import type { PathGrants } from '../fs/path-grants.ts';
import type { CoreContext } from '../types.ts';
import type { ReviewAreaOptions } from './options.ts';
import { libraryPort } from './library.ts';
import { ReviewService } from './service.ts';
import { createMediaService } from '../media/service.ts';
import type { DevelopPhotos } from './screen.ts';

export type ReviewMethod = keyof typeof reviewContract;

/** The contract handlers of the review area, bound to a service; paths from the page are checked against `paths`. */
export function reviewHandlers(
  service: ReviewService,
  paths: PathGrants,
  options: Pick<ReviewAreaOptions, 'saveKey' | 'chooseDesk'> = {},
): Pick<Handlers, ReviewMethod> {
  const setDesk = async (path: string): Promise<DeskInfo> => {
    // The desk already chosen stays usable after a restart: the choice was the user's, not the page's.
    const current = (await service.deskInfo()).path;
    return service.setDesk(current !== null && current === path ? path : paths.admit(path, 'folder'));
  };
  return {
    'review.profile': () => service.profile(),
    'review.setProfile': (i) => service.setProfile(i.name, i.roles),
    'review.desk': () => service.deskInfo(),
    'review.setDesk': (i) => setDesk(i.path),
    'review.chooseDesk': async () => {
      if (!options.chooseDesk) throw new DatelineError('UNSUPPORTED', { detail: 'review.chooseDesk' });
      const path = await options.chooseDesk();
      return path ? setDesk(path) : null;
    },
    'review.submit': (i) => service.submit(i.id),
    'review.inbox': () => service.inbox(),
    'review.refresh': () => service.refresh(),
    'review.open': (i) => service.open(i.id),
    'review.comment': (i) => service.comment(i.id, i.text, { range: i.range, figure: i.figure }, i.threadId),
    'review.resolve': (i) => service.resolve(i.id, i.threadId, i.resolved),
    'review.suggest': (i) => service.suggest(i.id, i.range, i.text),
    'review.propose': (i) => service.propose(i.id, i.units),
    'review.withdraw': (i) => service.withdraw(i.id, i.decisionId, i.reason),
    'review.accept': (i) => service.accept(i.id, i.suggestionIds),
    'review.reject': (i) => service.reject(i.id, i.suggestionIds),
    'review.approve': (i) => service.approve(i.id, i.submissionId, i.note),
    'review.return': (i) => service.returnArticle(i.id, i.submissionId, i.note),
    'review.decisions': (i) => service.decisions(i.id),
    'review.status': (i) => service.status(i.id),
    'review.diff': (i) => service.diff(i.from, i.to),
    'keys.list': () => service.listKeys(),
    'keys.export': (i) => exportKey(service, i.saveAs === true, options.saveKey),
    'keys.import': (i) => service.importKey(i.path === undefined ? i : { path: paths.admit(i.path, 'read') }),
    'keys.trust': (i) => service.trustKey(i.keyId, i.roles),
    'keys.remove': (i) => service.removeKey(i.keyId),
  };
}

/** `keys.export`: the content (downloaded by the browser), saved through the desktop's save dialog when asked. */
async function exportKey(service: ReviewService, saveAs: boolean, save: ReviewAreaOptions['saveKey']): Promise<ExportedKey> {
  const file = await service.exportKey();
  if (!saveAs || !save) return file;
  const path = await save(file.fileName, file.content);
  return path ? { ...file, path } : { ...file, canceled: true };
}

/**
 * Previews of submitted photos through a media process of the review's own (one, started on
 * the first photo, stopped when idle), spawned as the transport spawns the media area's.
 */
function reviewPreviews(ctx: CoreContext): DevelopPhotos {
  let media: ReturnType<typeof createMediaService> | null = null;
  ctx.onClose(() => media?.close());
  return async (dir, originals) => {
    media ??= createMediaService({ logger: ctx.logger, poolSize: 1, ...(ctx.media?.spawn ? { spawn: ctx.media.spawn } : {}) });
    const outcomes = await media.addPhotos(dir, originals);
    return outcomes.map((o) => (o.ok ? { ok: true as const } : { ok: false as const, code: o.error.code, params: o.error.params }));
  };
}

/** Builds and starts the review service over the Core's library; closed with the Core. */
export async function createReviewService(ctx: CoreContext, options: ReviewAreaOptions = {}): Promise<ReviewService> {
  const watch = options.watch ?? ctx.transport !== 'direct';
  const profileDir = options.profileDir ?? join(ctx.libraryDir, 'review', 'profile');
  // The signing key's folder is never the page's to name, even inside the library.
  ctx.paths.protect(profileDir);
  const service = new ReviewService({
    // The screens' photos: previews the editor's laptop makes itself (not for the CLI).
    developPhotos: ctx.transport === 'direct' ? undefined : reviewPreviews(ctx),
    reviewDir: join(ctx.libraryDir, 'review'),
    profileDir,
    secretBox: options.secretBox,
    library: libraryPort(ctx.library),
    clock: ctx.clock,
    logger: ctx.logger,
    language: () => ctx.settings.get().language,
    watch,
    rescanMs: watch ? 60_000 : 0,
  });
  await service.start();
  ctx.onClose(() => service.close());
  return service;
}

/** A review service for the context and its handlers (tests of one area; createCore builds the service itself). */
export async function reviewArea(ctx: CoreContext, options: ReviewAreaOptions = {}): Promise<Pick<Handlers, ReviewMethod>> {
  return reviewHandlers(await createReviewService(ctx, options), ctx.paths, options);
}

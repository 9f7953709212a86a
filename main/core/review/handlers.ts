// The review service behind the contract: one handler per method of main/common/contract/review.ts,
// and the area function main/core/app.ts lists to build the service for a library.

import { join } from 'node:path';
import type { reviewContract } from '../../common/contract/review.ts';
import type { Handlers } from '../dispatcher.ts';
import type { ExportedKey } from '../../common/review/types.ts';
import type { CoreContext } from '../types.ts';
import { libraryPort } from './library.ts';
import type { SecretBox } from './profile.ts';
import { ReviewService } from './service.ts';
import { createMediaService } from '../media/service.ts';
import type { DevelopPhotos } from './screen.ts';

export type ReviewMethod = keyof typeof reviewContract;

/** The contract handlers of the review area, bound to a service. */
export function reviewHandlers(service: ReviewService, options: Pick<ReviewAreaOptions, 'chooseKeyPath'> = {}): Pick<Handlers, ReviewMethod> {
  return {
    'review.profile': () => service.profile(),
    'review.setProfile': (i) => service.setProfile(i.name, i.roles),
    'review.desk': () => service.deskInfo(),
    'review.setDesk': (i) => service.setDesk(i.path),
    'review.submit': (i) => service.submit(i.id),
    'review.inbox': () => service.inbox(),
    'review.refresh': () => service.refresh(),
    'review.open': (i) => service.open(i.id),
    'review.comment': (i) => service.comment(i.id, i.text, i.range, i.threadId),
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
    'keys.export': (i) => exportKey(service, i, options.chooseKeyPath),
    'keys.import': (i) => service.importKey(i),
    'keys.trust': (i) => service.trustKey(i.keyId, i.roles),
    'keys.remove': (i) => service.removeKey(i.keyId),
  };
}

export interface ReviewAreaOptions {
  /** The user's profile folder (default `<library>/review/profile`; Electron: under userData). */
  profileDir?: string;
  /** Electron's safeStorage box; the default is a 0600 file. */
  secretBox?: SecretBox;
  /** Watch the desk (default: on, except for the `direct` transport of tests and the CLI). */
  watch?: boolean;
  /** The desktop's save dialog for `keys.export {saveAs}`: a path, or null when cancelled. */
  chooseKeyPath?: (fileName: string) => Promise<string | null>;
}

/** `keys.export`: to a path, through the save dialog (Electron), or as content to download (browser). */
async function exportKey(
  service: ReviewService,
  input: { path?: string; saveAs?: boolean },
  choose: ReviewAreaOptions['chooseKeyPath'],
): Promise<ExportedKey> {
  if (input.path || !input.saveAs || !choose) return service.exportKey(input.path);
  const file = await service.exportKey();
  const path = await choose(file.fileName);
  return path ? service.exportKey(path) : { ...file, canceled: true };
}

const services = new WeakMap<object, ReviewService>();

/** The review service built for a Core's context (the desk area builds on it). */
export const reviewServiceOf = (ctx: object): ReviewService | undefined => services.get(ctx);

/** Methods after which a library article's content may have changed under the review. */
const SAVES = ['library.save', 'library.restoreRevision'] as const;

/**
 * The same handlers, each save of a library article also told to the review service, so an edit
 * voids an approval (or marks a submission stale) in the stored status at once. Not awaited: a
 * save answers at once even while the review queue reads a large package.
 */
export function notifyReview<H extends Partial<Handlers>>(handlers: H, ctx: object): H {
  const out: Partial<Handlers> = { ...handlers };
  const table = out as Record<string, ((input: unknown) => Promise<unknown>) | undefined>;
  for (const method of SAVES) {
    const handler = table[method];
    if (!handler) continue;
    table[method] = async (input: unknown) => {
      const value = await handler(input);
      const id = (input as { id?: unknown } | null)?.id;
      const service = services.get(ctx);
      if (service && typeof id === 'string') void service.articleSaved(id).catch(() => undefined);
      return value;
    };
  }
  return out as H;
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

/** Builds the review service over the Core's library and returns its handlers; closed with the Core. */
export async function reviewArea(ctx: CoreContext, options: ReviewAreaOptions = {}): Promise<Pick<Handlers, ReviewMethod>> {
  const watch = options.watch ?? ctx.transport !== 'direct';
  const service = new ReviewService({
    // The screens' photos: previews the editor's laptop makes itself (not for the CLI).
    developPhotos: ctx.transport === 'direct' ? undefined : reviewPreviews(ctx),
    reviewDir: join(ctx.libraryDir, 'review'),
    profileDir: options.profileDir ?? join(ctx.libraryDir, 'review', 'profile'),
    secretBox: options.secretBox,
    library: libraryPort(ctx.library),
    clock: ctx.clock,
    logger: ctx.logger,
    language: () => ctx.settings.get().language,
    watch,
    rescanMs: watch ? 60_000 : 0,
  });
  await service.start();
  services.set(ctx, service);
  ctx.onClose(() => service.close());
  return reviewHandlers(service, options);
}

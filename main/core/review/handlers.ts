// The review service behind the contract: one handler per method of main/common/contract/review.ts,
// and the area function main/core/app.ts lists to build the service for a library.

import { join } from 'node:path';
import type { reviewContract } from '../../common/contract/review.ts';
import type { Handlers } from '../dispatcher.ts';
import type { CoreContext } from '../types.ts';
import { libraryPort } from './library.ts';
import type { SecretBox } from './profile.ts';
import { ReviewService } from './service.ts';

export type ReviewMethod = keyof typeof reviewContract;

/** The contract handlers of the review area, bound to a service. */
export function reviewHandlers(service: ReviewService): Pick<Handlers, ReviewMethod> {
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
    'review.accept': (i) => service.accept(i.id, i.suggestionIds),
    'review.reject': (i) => service.reject(i.id, i.suggestionIds),
    'review.approve': (i) => service.approve(i.id, i.submissionId),
    'review.return': (i) => service.returnArticle(i.id, i.submissionId, i.note),
    'review.decisions': (i) => service.decisions(i.id),
    'review.status': (i) => service.status(i.id),
    'review.diff': (i) => service.diff(i.from, i.to),
    'keys.list': () => service.listKeys(),
    'keys.export': (i) => service.exportKey(i.path),
    'keys.import': (i) => service.importKey(i),
    'keys.trust': (i) => service.trustKey(i.keyId, i.roles),
  };
}

export interface ReviewAreaOptions {
  /** The user's profile folder (default `<library>/review/profile`; Electron: under userData). */
  profileDir?: string;
  /** Electron's safeStorage box; the default is a 0600 file. */
  secretBox?: SecretBox;
  /** Watch the desk (default: on, except for the `direct` transport of tests and the CLI). */
  watch?: boolean;
}

/** Builds the review service over the Core's library and returns its handlers; closed with the Core. */
export async function reviewArea(ctx: CoreContext, options: ReviewAreaOptions = {}): Promise<Pick<Handlers, ReviewMethod>> {
  const watch = options.watch ?? ctx.transport !== 'direct';
  const service = new ReviewService({
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
  ctx.onClose(() => service.close());
  return reviewHandlers(service);
}

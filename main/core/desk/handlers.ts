// The desk area of the Core: the contract handlers of main/common/contract/desk.ts over a
// DeskService built on the review service of the same Core. While the app runs (not the CLI),
// an editor's machine takes the lanes the hub offers by itself every few seconds, and Syncthing's
// events are followed and pushed as `desk.sync` (main/core/desk/syncthing/follower.ts).

import type { Handlers } from '../dispatcher.ts';
import type { CoreContext } from '../types.ts';
import type { ReviewService } from '../review/service.ts';
import { DeskService } from './service.ts';
import { SyncthingFollower } from './syncthing/follower.ts';

export type DeskMethod = 'desk.status' | 'desk.join' | 'desk.setSyncthing' | 'desk.deliveries';

/** The contract handlers of the desk area, bound to a service. */
export function deskHandlers(service: DeskService): Pick<Handlers, DeskMethod> {
  return {
    'desk.status': () => service.status(),
    'desk.join': (i) => service.join(i.deviceId, i.hubAddress ? { hubAddress: i.hubAddress } : {}),
    'desk.setSyncthing': (i) => service.setSyncthing(i),
    'desk.deliveries': (i) => service.deliveries(i.id),
  };
}

/** Builds the desk service over the Core's review service and returns its handlers. */
export function deskArea(ctx: CoreContext, review: ReviewService): Pick<Handlers, DeskMethod> {
  const options = ctx.desk ?? {};
  let follower: SyncthingFollower | null = null;
  const service = new DeskService({
    review,
    profileDir: review.profiles.dir,
    libraryDir: ctx.libraryDir,
    clock: ctx.clock,
    logger: ctx.logger,
    language: () => ctx.settings.get().language,
    env: options.env,
    onEngineChanged: () => follower?.wake(),
  });
  options.expose?.({ desk: service, review });
  const every = options.tendMs ?? (ctx.transport === 'direct' ? 0 : 15_000);
  if (every > 0) {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      service
        .tend()
        .catch(() => undefined)
        .finally(() => (running = false));
    }, every);
    timer.unref?.();
    ctx.onClose(() => clearInterval(timer));
  }
  const events = ctx.events;
  if (events && (options.follow ?? ctx.transport !== 'direct')) {
    follower = new SyncthingFollower({
      target: () => service.followed(),
      publish: (change) => events.publish('desk.sync', change),
      logger: ctx.logger,
      ...options.follower,
    });
    follower.start();
    const stopping = follower;
    // A desk chosen in Settings may be a lanes desk now, or no longer one: look at once.
    const unwatch = review.onChange((e) => {
      if (e.type === 'inbox') stopping.wake();
    });
    ctx.onClose(() => {
      unwatch();
      return stopping.stop();
    });
  }
  return deskHandlers(service);
}

// What a transport gives the desk area through CoreOptions.desk (its own module so that
// main/core/types.ts can name it without importing the handlers, which import types.ts).

import type { ReviewService } from '../review/service.ts';
import type { DeskService } from './service.ts';
import type { FollowerOptions } from './syncthing/follower.ts';

/** What a transport may give the desk area through CoreOptions.desk. */
export interface DeskAreaOptions {
  /** The environment Syncthing's config is looked up in (default: the process's). */
  env?: NodeJS.ProcessEnv;
  /** How often an editor's machine takes the lanes the hub offers (ms; default 15 s; 0: never). */
  tendMs?: number;
  /** Whether Syncthing's events are followed and pushed as `desk.sync` (default: not for the CLI's direct Core). */
  follow?: boolean;
  /** The follower's waits (tests shorten them). */
  follower?: Pick<FollowerOptions, 'timeoutS' | 'retryMs' | 'maxRetryMs' | 'idleMs'>;
  /** Hands the services to a trusted caller (the CLI), which calls them directly. */
  expose?: (services: { desk: DeskService; review: ReviewService }) => void;
}

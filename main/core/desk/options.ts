// What a transport gives the desk area through CoreOptions.desk (its own module so that
// main/core/types.ts can name it without importing the handlers, which import types.ts).

import type { ReviewService } from '../review/service.ts';
import type { DeskService } from './service.ts';

/** What a transport may give the desk area through CoreOptions.desk. */
export interface DeskAreaOptions {
  /** The environment Syncthing's config is looked up in (default: the process's). */
  env?: NodeJS.ProcessEnv;
  /** How often an editor's machine takes the lanes the hub offers (ms; default 15 s; 0: never). */
  tendMs?: number;
  /** Hands the services to a trusted caller (the CLI), which calls them directly. */
  expose?: (services: { desk: DeskService; review: ReviewService }) => void;
}

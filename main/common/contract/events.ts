// The contract's push side: besides `call` (request, answer), a page may `subscribe(topic)` to
// events the services publish. One zod schema per topic, like one per method: the transports
// refuse a topic not listed here, and every payload is checked before it leaves the Core.
// Carried by Electron IPC (main/electron/push-bridge.ts), the browser host's Server-Sent Events
// (main/host/events-route.ts) and direct calls in tests (Core.subscribe).

import { z } from 'zod';
import { ARTICLE_STATUSES, type ArticleStatus } from '../article/model.ts';
import { JobIdSchema } from './export.ts';
import { ArticleIdSchema } from './library.ts';

/** What happened to an article in the library. `status`: its review status changed (no new version). */
export const ARTICLE_CHANGE_KINDS = ['saved', 'created', 'trashed', 'restored', 'status'] as const;
export type ArticleChangeKind = (typeof ARTICLE_CHANGE_KINDS)[number];

const count = z.number().int().nonnegative();

/**
 * What changed in Syncthing's state (main/core/desk/syncthing/follower.ts): `engine` Dateline
 * (re)gained or lost its Syncthing, `connection` a device connected, left, paused or resumed,
 * `completion` what a device has of a folder changed (a file left, arrived, was indexed), `config`
 * Syncthing's config was saved (a device or a folder added).
 */
export const DESK_SYNC_KINDS = ['engine', 'connection', 'completion', 'config'] as const;
export type DeskSyncKind = (typeof DESK_SYNC_KINDS)[number];

export const topics = {
  /** An article was written, made, moved to or from the trash, or its review status changed. */
  'article.changed': z
    .object({
      articleId: ArticleIdSchema,
      kind: z.enum(ARTICLE_CHANGE_KINDS),
      version: count,
      status: z.enum(ARTICLE_STATUSES as [ArticleStatus, ...ArticleStatus[]]).optional(),
    })
    .strict(),
  /** The review status of an article may have changed (a decision arrived, an edit voided an approval, a submission). */
  'review.status': z.object({ articleId: ArticleIdSchema }).strict(),
  /** The inbox changed: packages arrived at the desk (or were refused, or one was opened): read it again. */
  'desk.arrivals': z.object({}).strict(),
  /** Syncthing's state changed (the desk panel, a submission's ticks): read desk.status / desk.deliveries again. */
  'desk.sync': z
    .object({
      kind: z.enum(DESK_SYNC_KINDS),
      folderId: z.string().min(1).max(300).optional(),
      deviceId: z.string().min(1).max(100).optional(),
    })
    .strict(),
  /** One photo of a `media.add` started or finished in a media process. */
  'media.progress': z
    .object({
      articleId: ArticleIdSchema,
      type: z.enum(['started', 'done', 'failed']),
      index: count,
      total: count,
      completed: count.optional(),
      name: z.string().max(1000),
    })
    .strict(),
  /** Where a running `export.package` is (the jobId the page gave it). */
  'export.progress': z
    .object({
      jobId: JobIdSchema,
      stage: z.enum(['preflight', 'photos', 'documents', 'writing', 'done']),
      done: count,
      total: count,
    })
    .strict(),
} as const;

export type Topic = keyof typeof topics;
export type TopicPayloads = { [T in Topic]: z.infer<(typeof topics)[T]> };
export type TopicPayload<T extends Topic> = TopicPayloads[T];

export const TOPICS = Object.keys(topics) as Topic[];

/** A topic name from the page (or any untrusted side). */
export const TopicSchema = z.enum(TOPICS as [Topic, ...Topic[]]);

/** A list of topics, as the browser host's `GET /api/events?topics=a,b` carries them (at most one of each). */
export const TopicListSchema = z.array(TopicSchema).min(1).max(TOPICS.length);

/** One event as it crosses a transport: the topic and its payload. */
export interface PushEvent<T extends Topic = Topic> {
  topic: T;
  payload: TopicPayload<T>;
}

/** A page's way to hear a topic: the listener runs on each event; the function returned stops it. */
export type Subscribe = <T extends Topic>(topic: T, listener: (payload: TopicPayload<T>) => void) => () => void;

/** What the page has besides window.dateline's calls: the preload's window.datelineEvents, or the host's stream. */
export interface DatelineEvents {
  subscribe: Subscribe;
  /**
   * Calls `listener` when the channel (re)opens (the host's stream connected or reconnected):
   * events may have been missed, so a screen reads its state again. Returns the unsubscribe.
   */
  onReconnect(listener: () => void): () => void;
}

/** The Electron IPC channels of the push side (main/electron/push-bridge.ts, preload/index.ts). */
export const PUSH_CHANNELS = {
  subscribe: 'dateline-push:subscribe',
  unsubscribe: 'dateline-push:unsubscribe',
  event: 'dateline-push:event',
} as const;

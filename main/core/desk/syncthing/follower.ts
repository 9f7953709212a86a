// Syncthing tells nobody, but it keeps a list of what happened that a client may wait on:
// `GET /rest/events?since=N&timeout=S` answers as soon as an event after N exists, or empty after
// S seconds. The follower waits there, one request at a time, while the desk is carried by
// Syncthing, and turns the events the desk panel and a submission's ticks depend on into the
// push topic `desk.sync`, so the page reads desk.status / desk.deliveries when something changed
// instead of every 2 s. Errors (Syncthing stopped, restarted, a refused key) wait longer each time,
// up to `maxRetryMs`; stop() aborts the request in flight, so nothing is left open.

import type { DeskSyncKind, TopicPayloads } from '../../../common/contract/events.ts';
import type { Logger } from '../../logger.ts';
import type { SyncthingClient, SyncthingEvent } from './client.ts';

export type DeskSyncChange = TopicPayloads['desk.sync'];

/** The events followed, and what each means for the page. */
const KIND_OF: Readonly<Record<string, DeskSyncKind>> = {
  DeviceConnected: 'connection',
  DeviceDisconnected: 'connection',
  DevicePaused: 'connection',
  DeviceResumed: 'connection',
  // "Emitted when the local or remote contents for a folder changes", per connected device: the
  // hub now has (or still needs) our files. The index events also cover a hub that is offline
  // again by the time its completion would be asked, and our own new files (waiting to leave).
  FolderCompletion: 'completion',
  RemoteIndexUpdated: 'completion',
  LocalIndexUpdated: 'completion',
  ConfigSaved: 'config',
};
export const FOLLOWED_EVENTS = Object.keys(KIND_OF);

export interface FollowerOptions {
  /** The local Syncthing to follow now; null while the desk is not carried by Syncthing. May throw (not running). */
  target: () => Promise<SyncthingClient | null>;
  publish: (change: DeskSyncChange) => void;
  /** How long one long poll waits for an event (s; default 30). */
  timeoutS?: number;
  /** The first wait after an error (ms; default 1 s), doubled each time up to `maxRetryMs` (default 30 s). */
  retryMs?: number;
  maxRetryMs?: number;
  /** While not on Syncthing, how often to look again (ms; default 30 s); wake() looks at once. */
  idleMs?: number;
  logger?: Logger;
}

/** Each distinct change a batch of events brings, once (a burst of index updates is one reload). */
export function changesOf(events: readonly SyncthingEvent[]): DeskSyncChange[] {
  const out = new Map<string, DeskSyncChange>();
  for (const e of events) {
    const kind = KIND_OF[e.type];
    if (!kind) continue;
    const data = e.data ?? {};
    const text = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v && v.length <= max ? v : undefined);
    const folderId = text(data.folder, 300);
    const deviceId = text(data.device ?? data.id, 100);
    const change: DeskSyncChange = { kind, ...(folderId ? { folderId } : {}), ...(deviceId ? { deviceId } : {}) };
    out.set(`${kind}\u0000${folderId ?? ''}\u0000${deviceId ?? ''}`, change);
  }
  return [...out.values()];
}

export class SyncthingFollower {
  private stopped = false;
  private running: Promise<void> | null = null;
  private controller: AbortController | null = null;
  private woken = false;
  private sleeper: (() => void) | null = null;

  constructor(private readonly options: FollowerOptions) {}

  /** Starts following (once). */
  start(): void {
    this.running ??= this.run();
  }

  /** The desk or the way to Syncthing changed: look at once instead of after the current wait. */
  wake(): void {
    this.woken = true;
    this.controller?.abort();
    this.sleeper?.();
  }

  /** Ends the loop; resolves when no request is open any more. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort();
    this.sleeper?.();
    await this.running;
  }

  private async run(): Promise<void> {
    const { timeoutS = 30, retryMs = 1_000, maxRetryMs = 30_000, idleMs = 30_000 } = this.options;
    let since: number | null = null;
    let url: string | null = null;
    let following = false;
    let failures = 0;
    const setFollowing = (now: boolean): void => {
      // Gaining or losing Syncthing changes what the panel says; events may have been missed.
      if (now !== following) this.options.publish({ kind: 'engine' });
      following = now;
    };
    while (!this.stopped) {
      this.woken = false;
      const controller = new AbortController();
      this.controller = controller;
      try {
        const client = await this.options.target();
        if (this.stopped) break;
        if (!client) {
          since = null;
          setFollowing(false);
          await this.sleep(idleMs);
          continue;
        }
        if (since === null || client.endpoint.url !== url) {
          url = client.endpoint.url;
          since = await client.lastEventId({ types: FOLLOWED_EVENTS, signal: controller.signal });
        }
        setFollowing(true);
        failures = 0;
        const events = await client.events(since, { types: FOLLOWED_EVENTS, timeoutS, signal: controller.signal });
        if (events.length) since = events[events.length - 1].id;
        for (const change of changesOf(events)) this.options.publish(change);
      } catch (err) {
        if (this.stopped) break;
        if (this.woken) continue;
        // Syncthing may have restarted (a long poll in flight is cut), its event ids from 1 again:
        // start from its newest.
        since = null;
        failures++;
        if (failures === 1) this.options.logger?.warn('desk: cannot follow Syncthing', { error: String(err) });
        setFollowing(false);
        await this.sleep(Math.min(retryMs * 2 ** (failures - 1), maxRetryMs));
      } finally {
        this.controller = null;
      }
    }
  }

  /** Waits `ms`, or less when woken or stopped. */
  private sleep(ms: number): Promise<void> {
    if (this.stopped || this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.sleeper = () => {
        this.sleeper = null;
        done();
      };
    });
  }
}

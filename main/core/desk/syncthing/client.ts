// The local Syncthing's REST API (docs.syncthing.net/dev/rest.html), the calls the desk uses and
// nothing more. Every call has a deadline; a Syncthing that is not running, refuses the API key
// or answers an error becomes a DESK error with a sentence that says what to do.

import http from 'node:http';
import https from 'node:https';
import { deskError } from './errors.ts';
import type { SyncthingEndpoint } from './locate.ts';

export interface FolderDevice {
  deviceID: string;
  introducedBy?: string;
  encryptionPassword?: string;
}

export interface FolderConfig {
  id: string;
  label: string;
  path: string;
  type?: 'sendreceive' | 'sendonly' | 'receiveonly' | 'receiveencrypted';
  devices: FolderDevice[];
  paused?: boolean;
  fsWatcherEnabled?: boolean;
  fsWatcherDelayS?: number;
  rescanIntervalS?: number;
}

export interface DeviceConfig {
  deviceID: string;
  name: string;
  addresses: string[];
  paused?: boolean;
  autoAcceptFolders?: boolean;
}

export interface Connection {
  connected: boolean;
  paused: boolean;
  address: string;
}

export interface Completion {
  completion: number;
  needBytes: number;
  needItems: number;
  needDeletes: number;
  globalBytes: number;
  globalItems: number;
}

export interface PendingDevice {
  time: string;
  name: string;
  address: string;
}

export interface PendingFolderOffer {
  time: string;
  label: string;
}

export interface SyncthingEvent {
  id: number;
  type: string;
  time: string;
  data: Record<string, unknown> | null;
}

export interface DbFile {
  /** Devices (connected now) that have the file's current version. */
  availability: { id: string }[] | null;
  local: { name: string; deleted: boolean; size: number; version: string[] | null } | null;
  global: { name: string; deleted: boolean; size: number; version: string[] | null } | null;
}

export interface ClientOptions {
  /** The deadline of one call (ms); long polls add their own wait. */
  timeoutMs?: number;
}

const enc = encodeURIComponent;

/** The `events=` filter of an events request (none: Syncthing's default set). */
const eventTypes = (types?: string[]): string => (types?.length ? `&events=${enc(types.join(','))}` : '');

export class SyncthingClient {
  constructor(
    readonly endpoint: SyncthingEndpoint,
    private readonly options: ClientOptions = {},
  ) {}

  /** One REST call; resolves to the parsed JSON (null for an empty body), or 404 as `null` when `missingOk`. */
  request<T>(
    method: string,
    path: string,
    body?: unknown,
    opts: { timeoutMs?: number; missingOk?: boolean; signal?: AbortSignal } = {},
  ): Promise<T> {
    const url = new URL(path, this.endpoint.url);
    const lib = url.protocol === 'https:' ? https : http;
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
    const timeout = opts.timeoutMs ?? this.options.timeoutMs ?? 10_000;
    return new Promise<T>((resolve, reject) => {
      const req = lib.request(
        url,
        {
          method,
          headers: {
            'X-API-Key': this.endpoint.apiKey,
            ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
          },
          // The GUI's certificate is Syncthing's own, self-signed; we only ever talk to loopback.
          ...(url.protocol === 'https:' ? { rejectUnauthorized: false } : {}),
          // Aborting destroys the socket: a long poll stopped this way leaves nothing open.
          ...(opts.signal ? { signal: opts.signal } : {}),
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            // No answer the desk reads is this large; stop rather than hold it.
            if (size > 64 * 1024 * 1024) req.destroy(new Error('answer too large'));
            else chunks.push(c);
          });
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            if (status === 401 || status === 403) return reject(deskError('unauthorized'));
            if (status === 404 && opts.missingOk) return resolve(null as T);
            if (status < 200 || status >= 300)
              return reject(deskError('failed', { detail: `${method} ${url.pathname}: ${status} ${text.trim().slice(0, 200)}` }));
            if (!text.trim()) return resolve(null as T);
            try {
              resolve(JSON.parse(text) as T);
            } catch {
              resolve(text as T);
            }
          });
          res.on('error', (err) => reject(deskError('failed', { detail: err.message })));
        },
      );
      req.setTimeout(timeout, () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'ECONNREFUSED' || err.code === 'ECONNRESET' || err.code === 'EHOSTUNREACH' || err.code === 'ETIMEDOUT') {
          reject(deskError('not-running', { address: this.endpoint.url }));
        } else reject(deskError('failed', { detail: err.message }));
      });
      req.end(payload);
    });
  }

  /** This device's ID. */
  async myId(): Promise<string> {
    return (await this.request<{ myID: string }>('GET', '/rest/system/status')).myID;
  }

  async connections(): Promise<Record<string, Connection>> {
    return (await this.request<{ connections: Record<string, Connection> }>('GET', '/rest/system/connections')).connections;
  }

  /** When each device was last seen. */
  deviceStats(): Promise<Record<string, { lastSeen: string }>> {
    return this.request('GET', '/rest/stats/device');
  }

  devices(): Promise<DeviceConfig[]> {
    return this.request('GET', '/rest/config/devices');
  }

  addDevice(device: DeviceConfig): Promise<void> {
    return this.request('POST', '/rest/config/devices', device);
  }

  patchDevice(id: string, patch: Partial<DeviceConfig>): Promise<void> {
    return this.request('PATCH', `/rest/config/devices/${enc(id)}`, patch);
  }

  removeDevice(id: string): Promise<void> {
    return this.request('DELETE', `/rest/config/devices/${enc(id)}`);
  }

  folders(): Promise<FolderConfig[]> {
    return this.request('GET', '/rest/config/folders');
  }

  addFolder(folder: FolderConfig): Promise<void> {
    return this.request('POST', '/rest/config/folders', folder);
  }

  patchFolder(id: string, patch: Partial<FolderConfig>): Promise<void> {
    return this.request('PATCH', `/rest/config/folders/${enc(id)}`, patch);
  }

  patchOptions(patch: Record<string, unknown>): Promise<void> {
    return this.request('PATCH', '/rest/config/options', patch);
  }

  pendingDevices(): Promise<Record<string, PendingDevice>> {
    return this.request<Record<string, PendingDevice> | null>('GET', '/rest/cluster/pending/devices').then((r) => r ?? {});
  }

  /** Folders other devices offer to this one: folder id → device id → offer. */
  async pendingFolders(): Promise<Record<string, Record<string, PendingFolderOffer>>> {
    const raw = await this.request<Record<string, { offeredBy: Record<string, PendingFolderOffer> }> | null>(
      'GET',
      '/rest/cluster/pending/folders',
    );
    return Object.fromEntries(Object.entries(raw ?? {}).map(([id, v]) => [id, v.offeredBy ?? {}]));
  }

  /** Forgets a device's offer of a folder (it is offered again at its next connection). */
  dismissPendingFolder(folder: string, device: string): Promise<void> {
    return this.request('DELETE', `/rest/cluster/pending/folders?folder=${enc(folder)}&device=${enc(device)}`);
  }

  /**
   * The id of the newest event, to wait for what comes after it. Syncthing numbers the events of
   * each filter (`types`) apart: ask with the same types as the wait that follows.
   */
  async lastEventId(opts: { types?: string[]; signal?: AbortSignal } = {}): Promise<number> {
    const events = await this.request<SyncthingEvent[] | null>(
      'GET',
      `/rest/events?since=0&limit=1&timeout=0${eventTypes(opts.types)}`,
      undefined,
      opts.signal ? { signal: opts.signal } : {},
    );
    return events?.[events.length - 1]?.id ?? 0;
  }

  /** How much of a folder a device has (100: everything this device knows of). */
  completion(folder: string, device: string): Promise<Completion> {
    return this.request('GET', `/rest/db/completion?folder=${enc(folder)}&device=${enc(device)}`);
  }

  /** A file as Syncthing's database knows it (null: not known, not scanned yet). */
  file(folder: string, path: string): Promise<DbFile | null> {
    return this.request('GET', `/rest/db/file?folder=${enc(folder)}&file=${enc(path)}`, undefined, { missingOk: true });
  }

  /** The names of the files a device still needs from a folder (first `max`). */
  async remoteNeed(folder: string, device: string, max = 10_000): Promise<string[]> {
    const r = await this.request<{ files: { name: string }[] | null }>(
      'GET',
      `/rest/db/remoteneed?folder=${enc(folder)}&device=${enc(device)}&page=1&perpage=${max}`,
    );
    return (r.files ?? []).map((f) => f.name);
  }

  /** Asks Syncthing to look at a folder (or one sub-path) now instead of at its next watch event. */
  scan(folder: string, sub?: string): Promise<void> {
    return this.request('POST', `/rest/db/scan?folder=${enc(folder)}${sub ? `&sub=${enc(sub)}` : ''}`);
  }

  /** Events after `since`, waiting up to `timeoutS` for one (long poll). */
  events(since: number, opts: { types?: string[]; timeoutS?: number; signal?: AbortSignal } = {}): Promise<SyncthingEvent[]> {
    const timeoutS = opts.timeoutS ?? 60;
    return this.request<SyncthingEvent[] | null>(
      'GET',
      `/rest/events?since=${since}&timeout=${timeoutS}${eventTypes(opts.types)}`,
      undefined,
      {
        timeoutMs: timeoutS * 1000 + 10_000,
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
    ).then((r) => r ?? []);
  }

  pause(device: string): Promise<void> {
    return this.request('POST', `/rest/system/pause?device=${enc(device)}`);
  }

  resume(device: string): Promise<void> {
    return this.request('POST', `/rest/system/resume?device=${enc(device)}`);
  }
}

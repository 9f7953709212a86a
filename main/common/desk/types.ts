// What the desk reports across the contract (docs/desk.md): how the desk is carried (a folder,
// or lanes that Syncthing replicates), whether the newsroom's hub is connected, what is still
// waiting to leave this machine, and how far each of the reporter's submissions has travelled.
// JSON-plain, shared by the services, the CLI and the UI.

import type { Person } from '../review/notes.ts';

/** `none`: no desk chosen; `folder`: one folder for everyone; `lanes`: one folder per reporter. */
export type DeskLayout = 'none' | 'folder' | 'lanes';

/**
 * How far a submission has travelled: `local` on this laptop only; `reached` the newsroom has the
 * file (Syncthing: the hub has it; a folder desk: it is in the desk folder); `received` an
 * editor's Dateline took it in and signed a receipt.
 */
export type DeliveryState = 'local' | 'reached' | 'received';

export interface SubmissionDelivery {
  packageId: string;
  articleId: string;
  version: number;
  headline: string;
  submittedAt: string;
  state: DeliveryState;
  /** When this machine first saw that the newsroom had it. */
  reachedAt?: string;
  /** What "reached" means here: in the desk folder, or at the hub (Syncthing). */
  via: 'folder' | 'hub';
  /** The first receipt: which editor's Dateline took it in, and when. */
  receipt?: { at: string; by: Person };
}

/** Syncthing as this machine sees it; `state` says whether Dateline can use it. */
export type EngineState = 'ok' | 'not-installed' | 'not-running' | 'unauthorized' | 'failed';

export interface DeskPeer {
  deviceId: string;
  name: string;
  connected: boolean;
  paused: boolean;
  /** ISO time this machine last saw it; null: never. */
  lastSeen: string | null;
}

export interface LaneInfo {
  /** Folder name under `lanes/`. */
  lane: string;
  /** Syncthing folder id (`dateline-lane-…`), when Syncthing carries it. */
  folderId?: string;
  /** This machine's own lane. */
  own: boolean;
  /** What has not reached the hub yet. */
  waitingItems: number;
  waitingBytes: number;
}

export interface SyncthingInfo {
  state: EngineState;
  /** One sentence in the UI language when Syncthing cannot be used: how to get it or start it. */
  message?: string;
  /** The REST address in use, and whether it came from Syncthing's own config or from Settings. */
  address?: string;
  source: 'config' | 'settings';
  deviceId?: string;
  /** The newsroom's hub, once joined. */
  hub?: DeskPeer;
  peers: DeskPeer[];
}

export interface DeskConflictInfo {
  kind: 'submission' | 'decision' | 'receipt';
  lane?: string;
  name: string;
  copy: string;
  /** One sentence in the UI language. */
  message: string;
}

export interface DeskStatus {
  layout: DeskLayout;
  path: string | null;
  reachable: boolean;
  /** `folder`: nothing carries the desk but the folder itself; `syncthing`: Syncthing replicates the lanes. */
  engine: 'folder' | 'syncthing';
  syncthing?: SyncthingInfo;
  lanes: LaneInfo[];
  /** What has not reached the hub yet, over this machine's lanes. */
  waiting: { items: number; bytes: number };
  conflicts: DeskConflictInfo[];
  /** This machine's own submissions, newest first (at most 50). */
  deliveries: SubmissionDelivery[];
}

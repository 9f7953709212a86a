// `dateline desk hub` (docs/desk.md): what the newsroom's always-on machine does. A device that
// asks to connect is let in on probation (it shares nothing yet), so that it can offer its lane;
// the offer carries the machine's card (card.ts). A card signed by a key the newsroom trusts,
// naming that very device and that key's own lane, gets the lane shared; a device whose key is
// trusted as an editor gets every lane. Anything else is sent away again. Each pass also shares
// new lanes with every editor, stops sharing with keys no longer trusted, and moves decided, old
// packages into the hub's archive (shared with nobody: it grows by the year).

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Role } from '../../common/review/types.ts';
import { fingerprintOf } from '../../common/review/types.ts';
import { writeJsonAtomic } from '../fs/atomic.ts';
import type { Logger } from '../logger.ts';
import type { KnownKey, ProfileStore } from '../review/profile.ts';
import { archiveDecided } from './archive.ts';
import { cardOfLabel, checkCard } from './card.ts';
import { LaneDesk } from './lane-desk.ts';
import { LANE_FOLDER_DEFAULTS, laneDirName, laneKeyOfFolder } from './lanes.ts';
import { writeStIgnore } from './stignore.ts';
import type { SyncthingClient } from './syncthing/client.ts';

export interface HubOptions {
  client: SyncthingClient;
  /** The hub's trust list: whose cards are believed. */
  profiles: ProfileStore;
  /** Where hub.json (which device is whose key) is kept. */
  profileDir: string;
  /** The lanes root on the hub. */
  root: string;
  clock?: () => Date;
  /** Decided packages unchanged this long leave the lanes for the archive (ms); 0: never. */
  archiveAfterMs: number;
  /** How long to wait for devices on probation to offer their lane (ms). */
  waitMs: number;
  /** A device on probation that offers no lane within this is sent away (ms; default 10 min). */
  probationMs?: number;
  logger?: Logger;
}

export type HubWaitReason = 'no-card' | 'bad-card' | 'unknown-key' | 'untrusted-key';

export interface HubReport {
  deviceId: string;
  accepted: { deviceId: string; name: string; keyId: string; roles: Role[] }[];
  waiting: { deviceId: string; name: string; reason: HubWaitReason; params: Record<string, string> }[];
  lanes: { folderId: string; devices: number }[];
  archived: number;
}

interface HubState {
  format: 'dateline.hub';
  /** Devices accepted, and the key each belongs to. */
  devices: Record<string, { keyId: string; name: string; acceptedAt: string }>;
  /** Devices let in to show their card, since when. */
  probation: Record<string, string>;
}

async function readState(path: string): Promise<HubState> {
  try {
    const raw = JSON.parse(await readFile(path, 'utf8')) as HubState;
    if (raw.format === 'dateline.hub') return { ...raw, devices: raw.devices ?? {}, probation: raw.probation ?? {} };
  } catch {
    // First run.
  }
  return { format: 'dateline.hub', devices: {}, probation: {} };
}

/** What the hub waits on between passes: a device or a lane offered, a device connecting. */
const HUB_WAITS_ON = ['PendingFoldersChanged', 'PendingDevicesChanged', 'DeviceConnected'];

/** Runs the hub's chores once, waiting up to `waitMs` for devices on probation to show their card. */
export async function runHub(opts: HubOptions): Promise<HubReport> {
  const { client } = opts;
  const clock = opts.clock ?? (() => new Date());
  const statePath = join(opts.profileDir, 'hub.json');
  const state = await readState(statePath);
  const me = await client.myId();
  const desk = new LaneDesk(opts.root);
  await desk.ensure();
  const report: HubReport = { deviceId: me, accepted: [], waiting: [], lanes: [], archived: 0 };
  const sentAway = new Set<string>();
  const deadline = Date.now() + opts.waitMs;
  // The same filter as the waits below: Syncthing numbers each filter's events apart.
  let since = await client.lastEventId({ types: HUB_WAITS_ON });

  const lookup = (k: string): Promise<KnownKey | undefined> => opts.profiles.lookup(k);
  const wait = (deviceId: string, name: string, reason: HubWaitReason, key?: { keyId: string; name?: string }): void => {
    report.waiting = report.waiting.filter((w) => w.deviceId !== deviceId);
    report.waiting.push({ deviceId, name, reason, params: key ? { fingerprint: fingerprintOf(key.keyId), name: key.name ?? name } : {} });
  };
  const sendAway = async (deviceId: string): Promise<void> => {
    delete state.probation[deviceId];
    sentAway.add(deviceId);
    await client.removeDevice(deviceId).catch(() => undefined);
  };

  for (;;) {
    const now = clock();
    const known = new Set((await client.devices()).map((d) => d.deviceID));
    for (const [deviceId, pending] of Object.entries(await client.pendingDevices())) {
      if (known.has(deviceId) || sentAway.has(deviceId)) continue;
      // Let in, sharing nothing: only a connected device can offer its lane (and its card).
      await client.addDevice({
        deviceID: deviceId,
        name: pending.name || deviceId.slice(0, 7),
        addresses: ['dynamic', ...(pending.address ? [`tcp://${pending.address}`] : [])],
      });
      state.probation[deviceId] = now.toISOString();
    }

    const offered = await client.pendingFolders();
    for (const [folderId, offers] of Object.entries(offered)) {
      if (!laneKeyOfFolder(folderId)) continue;
      for (const [deviceId, offer] of Object.entries(offers)) {
        const verdict = await checkCard(cardOfLabel(offer.label), { deviceId, folderId }, lookup);
        if (verdict.ok) {
          state.devices[deviceId] = { keyId: verdict.key.keyId, name: verdict.key.name, acceptedAt: now.toISOString() };
          delete state.probation[deviceId];
          await client.patchDevice(deviceId, { name: verdict.key.name });
          await shareLane(opts, desk, me, folderId, verdict.key, deviceId);
          report.accepted = report.accepted.filter((a) => a.deviceId !== deviceId);
          report.accepted.push({ deviceId, name: verdict.key.name, keyId: verdict.key.keyId, roles: verdict.roles });
          report.waiting = report.waiting.filter((w) => w.deviceId !== deviceId);
        } else {
          wait(
            deviceId,
            verdict.key?.name ?? offer.label.slice(0, 80),
            verdict.reason,
            verdict.key ?? (verdict.keyId ? { keyId: verdict.keyId } : undefined),
          );
          await client.dismissPendingFolder(folderId, deviceId).catch(() => undefined);
          if (state.probation[deviceId]) await sendAway(deviceId);
        }
      }
    }
    for (const [deviceId, since0] of Object.entries(state.probation)) {
      if (now.getTime() - new Date(since0).getTime() > (opts.probationMs ?? 600_000)) {
        wait(deviceId, deviceId.slice(0, 7), 'no-card');
        await sendAway(deviceId);
      }
    }
    await mkdir(opts.profileDir, { recursive: true });
    await writeJsonAtomic(statePath, state);
    if (Object.keys(state.probation).length === 0 || Date.now() >= deadline) break;
    const events = await client.events(since, {
      types: HUB_WAITS_ON,
      timeoutS: Math.max(1, Math.min(10, Math.ceil((deadline - Date.now()) / 1000))),
    });
    if (events.length) since = events[events.length - 1].id;
  }
  for (const deviceId of Object.keys(state.probation)) {
    if (!report.waiting.some((w) => w.deviceId === deviceId)) wait(deviceId, deviceId.slice(0, 7), 'no-card');
  }

  report.lanes = await shareWithEditors(opts, me, state);
  if (opts.archiveAfterMs > 0) report.archived = await archiveDecided(desk, client, me, clock().getTime() - opts.archiveAfterMs);
  return report;
}

/** The devices whose key is trusted now as an editor, and those whose key is no longer trusted at all. */
async function editorsAndRevoked(opts: HubOptions, state: HubState): Promise<{ editors: string[]; revoked: Set<string> }> {
  const editors: string[] = [];
  const revoked = new Set<string>();
  for (const [deviceId, bound] of Object.entries(state.devices)) {
    const key = await opts.profiles.lookup(bound.keyId);
    if (!key || key.trustedRoles.length === 0) revoked.add(deviceId);
    else if (key.trustedRoles.includes('editor')) editors.push(deviceId);
  }
  return { editors, revoked };
}

/** Shares the key's lane with its device (creating the lane on the hub the first time) and with every editor. */
async function shareLane(opts: HubOptions, desk: LaneDesk, me: string, folderId: string, key: KnownKey, deviceId: string): Promise<void> {
  const { client } = opts;
  const existing = (await client.folders()).find((f) => f.id === folderId);
  if (existing) {
    if (!existing.devices.some((d) => d.deviceID === deviceId))
      await client.patchFolder(folderId, { devices: [...existing.devices, { deviceID: deviceId }] });
    return;
  }
  const path = join(desk.lanesDir, laneDirName(key.name, key.keyId));
  await mkdir(path, { recursive: true });
  await writeStIgnore(path);
  await client.addFolder({
    id: folderId,
    label: `Dateline · ${key.name}`,
    path,
    devices: [{ deviceID: me }, { deviceID: deviceId }],
    ...LANE_FOLDER_DEFAULTS,
  });
}

/** Every lane shared with every editor's device, and with no device whose key lost the newsroom's trust. */
async function shareWithEditors(opts: HubOptions, me: string, state: HubState): Promise<HubReport['lanes']> {
  const { client } = opts;
  const { editors, revoked } = await editorsAndRevoked(opts, state);
  const out: HubReport['lanes'] = [];
  for (const f of await client.folders()) {
    if (!laneKeyOfFolder(f.id)) continue;
    const ids = new Set(f.devices.map((d) => d.deviceID).filter((id) => !revoked.has(id)));
    for (const e of editors) ids.add(e);
    ids.add(me);
    const changed = ids.size !== f.devices.length || f.devices.some((d) => !ids.has(d.deviceID));
    if (changed) await client.patchFolder(f.id, { devices: [...ids].map((deviceID) => ({ deviceID })) });
    out.push({ folderId: f.id, devices: ids.size });
  }
  return out;
}

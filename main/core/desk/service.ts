// The desk across machines (docs/desk.md): which desk this machine has and how it is carried,
// joining the newsroom's desk through Syncthing in one step, what the hub and the lanes look
// like from here, and how far this reporter's submissions have travelled. The review logic
// (main/core/review/) only sees the Desk; this service is where Syncthing is known.

import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DeskConflictInfo, DeskPeer, DeskStatus, LaneInfo, SubmissionDelivery, SyncthingInfo } from '../../common/desk/types.ts';
import { translatorFor, type Translator } from '../../common/i18n/index.ts';
import type { Language } from '../../common/settings.ts';
import { DatelineError } from '../../common/result.ts';
import type { Logger } from '../logger.ts';
import { parsePackageName } from '../review/desk.ts';
import { FolderDesk } from '../review/folder-desk.ts';
import type { ReviewService } from '../review/service.ts';
import { cardLabel, labelName, makeCardToken } from './card.ts';
import { conflictInfo } from './conflict-info.ts';
import { articleDeliveries, folderProbe, syncthingProbe, type ReachProbe } from './delivery.ts';
import { EngineConfigStore } from './engine-config.ts';
import { scanLane } from './files.ts';
import { LaneDesk, type Lane } from './lane-desk.ts';
import { LANE_FOLDER_DEFAULTS, laneDirName, laneFolderId, laneKey, laneKeyOfFolder } from './lanes.ts';
import { writeStIgnore } from './stignore.ts';
import type { FolderConfig, SyncthingClient } from './syncthing/client.ts';
import { normalizeDeviceId } from './syncthing/device-id.ts';
import { deskError } from './syncthing/errors.ts';
import { connectSyncthing } from './syncthing/link.ts';
import { loopbackUrl } from './syncthing/locate.ts';

export interface DeskServiceOptions {
  review: ReviewService;
  /** The profile folder (desk-sync.json lives beside desk.json). */
  profileDir: string;
  /** Where a lanes desk goes when none is chosen: `<library>/desk`. */
  libraryDir: string;
  clock?: () => Date;
  logger?: Logger;
  language?: () => Language;
  /** The environment Syncthing's home is looked up in ($STHOMEDIR, XDG folders). */
  env?: NodeJS.ProcessEnv;
  /** Called after the way to Syncthing or the desk changed here (join, setSyncthing): the follower looks again. */
  onEngineChanged?: () => void;
}

export interface JoinOptions {
  /** The lanes root (CLI); default: the current lanes desk, else `<library>/desk`. */
  root?: string;
  /** The hub's address when discovery cannot find it (`tcp://host:port`). */
  hubAddress?: string;
}

const MAX_DELIVERIES = 50;

export class DeskService {
  readonly engine: EngineConfigStore;
  private readonly clock: () => Date;

  constructor(private readonly options: DeskServiceOptions) {
    this.engine = new EngineConfigStore(options.profileDir);
    this.clock = options.clock ?? (() => new Date());
  }

  private get review(): ReviewService {
    return this.options.review;
  }

  private t(): Translator {
    return translatorFor(this.options.language?.() ?? 'vi');
  }

  /** The local Syncthing, reached as Settings or its own config say. */
  async client(): Promise<SyncthingClient> {
    return connectSyncthing(await this.engine.read(), this.options.env);
  }

  private async owner(): Promise<{ keyId: string; name: string } | null> {
    const p = await this.review.profiles.profile();
    return p ? { keyId: p.keyId, name: p.name } : null;
  }

  /** The lanes desk in use, or null when the desk is a folder or none. */
  private lanesDesk(): LaneDesk | null {
    const desk = this.review.currentDesk();
    return desk instanceof LaneDesk ? desk : null;
  }

  /** Sets (or, both empty, clears) the Syncthing address and API key Settings name. */
  async setSyncthing(input: { address?: string; apiKey?: string }): Promise<DeskStatus> {
    const address = input.address?.trim() || undefined;
    const apiKey = input.apiKey?.trim() || undefined;
    if (address && !loopbackUrl(address)) throw deskError('bad-address');
    // A custom address with the key from Syncthing's config would hand that key to whoever listens there.
    if (address && !apiKey) throw deskError('need-key');
    await this.engine.update({ address: address ? (loopbackUrl(address) as string) : undefined, apiKey: address ? apiKey : undefined });
    this.options.onEngineChanged?.();
    return this.status();
  }

  /**
   * Joins the newsroom's desk: adds the hub's device to Syncthing and shares this machine's lane
   * with it (offered with this machine's signed card), and makes the lanes root the desk.
   */
  async join(typedId: string, opts: JoinOptions = {}): Promise<DeskStatus> {
    const hub = normalizeDeviceId(typedId);
    if (!hub) throw deskError('bad-device-id', { id: typedId.trim().slice(0, 80) });
    const signer = await this.review.profiles.signer();
    const client = await this.client();
    const me = await client.myId();
    if (me === hub) throw deskError('own-device');
    const current = this.lanesDesk();
    const root = resolve(opts.root ?? current?.location ?? join(this.options.libraryDir, 'desk'));
    const desk = new LaneDesk(root, { owner: () => this.owner() });
    await desk.ensure();
    const lane = await desk.ownLane();
    await writeStIgnore(lane.dir);

    const devices = await client.devices();
    const known = devices.find((d) => d.deviceID === hub);
    const addresses = opts.hubAddress ? [opts.hubAddress, 'dynamic'] : ['dynamic'];
    const hubName = this.t()('deskUi:hubName');
    if (!known) await client.addDevice({ deviceID: hub, name: hubName, addresses });
    else if (opts.hubAddress && !known.addresses.includes(opts.hubAddress))
      await client.patchDevice(hub, { addresses: [...new Set([opts.hubAddress, ...known.addresses])] });

    const folderId = laneFolderId(signer.person.keyId);
    const label = cardLabel(signer.person.name, makeCardToken(signer, me, this.clock()));
    const folder = (await client.folders()).find((f) => f.id === folderId);
    if (folder) {
      const ids = new Set(folder.devices.map((d) => d.deviceID));
      ids.add(hub);
      await client.patchFolder(folderId, { label, devices: [...ids].map((deviceID) => ({ deviceID })) });
    } else {
      await client.addFolder({
        id: folderId,
        label,
        path: lane.dir,
        devices: [{ deviceID: me }, { deviceID: hub }],
        ...LANE_FOLDER_DEFAULTS,
      });
    }
    await this.engine.update({ hub, joinedAt: this.clock().toISOString() });
    if ((await this.review.deskInfo()).path !== root) await this.review.setDesk(root);
    this.options.onEngineChanged?.();
    return this.status();
  }

  /**
   * What an editor's machine does by itself: takes the lanes the hub offers.
   * A reporter's machine takes nothing: its own lane is all it shares.
   */
  async tend(): Promise<number> {
    const config = await this.engine.read();
    const profile = await this.review.profiles.profile();
    const desk = this.lanesDesk();
    if (!config?.hub || !desk || !profile?.roles.includes('editor')) return 0;
    const client = await this.client();
    const me = await client.myId();
    const offered = await client.pendingFolders();
    let taken = 0;
    for (const [folderId, offers] of Object.entries(offered)) {
      const offer = offers[config.hub];
      const key = laneKeyOfFolder(folderId);
      if (!offer || !key) continue;
      const path = join(desk.lanesDir, laneDirName(labelName(offer.label), key));
      await mkdir(path, { recursive: true });
      await writeStIgnore(path);
      await client.addFolder({
        id: folderId,
        label: `Dateline · ${labelName(offer.label)}`,
        path,
        devices: [{ deviceID: me }, { deviceID: config.hub }],
        ...LANE_FOLDER_DEFAULTS,
      });
      taken++;
    }
    return taken;
  }

  /** The local Syncthing when it carries this machine's desk (joined, a lanes desk), else null (main/core/desk/syncthing/follower.ts). */
  async followed(): Promise<SyncthingClient | null> {
    const config = await this.engine.read();
    return config?.hub && this.lanesDesk() ? this.client() : null;
  }

  /** The delivery of each of this machine's own submissions of an article, newest first. */
  async deliveries(articleId: string): Promise<SubmissionDelivery[]> {
    return articleDeliveries(
      articleId,
      this.review.store,
      this.review.receipts,
      await this.probe().catch(() => null),
      this.clock,
      this.via(),
    );
  }

  private via(): SubmissionDelivery['via'] {
    return this.review.currentDesk() instanceof LaneDesk ? 'hub' : 'folder';
  }

  /** Who can say whether the newsroom has a submission: the folder, or Syncthing for the own lane. */
  private async probe(): Promise<ReachProbe | null> {
    const desk = this.review.currentDesk();
    if (desk instanceof FolderDesk) return folderProbe(desk);
    if (!(desk instanceof LaneDesk)) return null;
    const config = await this.engine.read();
    const owner = await this.owner();
    if (!config?.hub || !owner) return null;
    const client = await this.client();
    const lane = await desk.laneOf(owner.keyId);
    const folders = await client.folders();
    const folder =
      (lane && folders.find((f) => resolve(f.path) === resolve(lane.dir))) ?? folders.find((f) => f.id === laneFolderId(owner.keyId));
    return folder ? syncthingProbe(client, folder.id, config.hub) : null;
  }

  /** Everything Settings → Bàn biên tập and `dateline desk status` show. */
  async status(): Promise<DeskStatus> {
    const t = this.t();
    const info = await this.review.deskInfo();
    const desk = this.review.currentDesk();
    const config = await this.engine.read();
    const lanesDesk = desk instanceof LaneDesk ? desk : null;
    const lanes = lanesDesk && info.reachable ? await lanesDesk.lanes() : [];
    const owner = await this.owner();
    const status: DeskStatus = {
      layout: desk ? desk.layout : 'none',
      path: info.path,
      reachable: info.reachable,
      engine: config?.hub ? 'syncthing' : 'folder',
      lanes: lanes.map((l) => ({ lane: l.lane, own: !!owner && l.key === laneKey(owner.keyId), waitingItems: 0, waitingBytes: 0 })),
      waiting: { items: 0, bytes: 0 },
      conflicts: [],
      deliveries: [],
    };
    let client: SyncthingClient | null = null;
    try {
      client = await this.client();
      status.syncthing = await this.syncthingInfo(client, config?.hub);
      if (config?.hub && lanesDesk) await this.laneTraffic(client, config.hub, lanes, status.lanes);
    } catch (err) {
      status.syncthing = this.failure(err, config?.address ? 'settings' : 'config');
    }
    status.waiting = status.lanes.reduce((w, l) => ({ items: w.items + l.waitingItems, bytes: w.bytes + l.waitingBytes }), {
      items: 0,
      bytes: 0,
    });
    if (desk && info.reachable) {
      // From the review service's last reading of the desk: Settings asks every few seconds.
      status.conflicts = this.review.deskConflicts().map((c): DeskConflictInfo => conflictInfo(c, t));
      status.deliveries = await this.ownDeliveries(lanesDesk, owner);
    }
    return status;
  }

  private failure(err: unknown, source: 'config' | 'settings'): SyncthingInfo {
    const t = this.t();
    if (err instanceof DatelineError && err.code === 'DESK') {
      const reason = String(err.params.reason);
      const state = reason === 'not-installed' || reason === 'not-running' || reason === 'unauthorized' ? reason : 'failed';
      return { state, message: t(`errors:DESK`, err.params), source, peers: [] };
    }
    this.options.logger?.warn('desk: Syncthing status failed', { err: String(err) });
    return {
      state: 'failed',
      message: t('desk:error.failed', { detail: err instanceof Error ? err.message : String(err) }),
      source,
      peers: [],
    };
  }

  private async syncthingInfo(client: SyncthingClient, hub: string | undefined): Promise<SyncthingInfo> {
    const [deviceId, connections, stats, devices] = await Promise.all([
      client.myId(),
      client.connections(),
      client.deviceStats(),
      client.devices(),
    ]);
    const peers: DeskPeer[] = devices
      .filter((d) => d.deviceID !== deviceId)
      .map((d) => {
        const seen = stats[d.deviceID]?.lastSeen;
        const never = !seen || seen.startsWith('1970-') || seen.startsWith('0001-');
        return {
          deviceId: d.deviceID,
          name: d.name,
          connected: !!connections[d.deviceID]?.connected,
          paused: !!(connections[d.deviceID]?.paused || d.paused),
          lastSeen: never ? null : new Date(seen).toISOString(),
        };
      });
    const hubPeer = hub ? peers.find((p) => p.deviceId === hub) : undefined;
    return {
      state: 'ok',
      address: client.endpoint.url,
      source: client.endpoint.source,
      deviceId,
      ...(hubPeer ? { hub: hubPeer } : {}),
      peers,
    };
  }

  /** What each lane still has to send to the hub. */
  private async laneTraffic(client: SyncthingClient, hub: string, lanes: Lane[], infos: LaneInfo[]): Promise<void> {
    const folders = await client.folders();
    const byPath = new Map<string, FolderConfig>(folders.map((f) => [resolve(f.path), f]));
    await Promise.all(
      lanes.map(async (l, i) => {
        const folder = byPath.get(resolve(l.dir)) ?? folders.find((f) => laneKeyOfFolder(f.id) === l.key);
        if (!folder) return;
        infos[i].folderId = folder.id;
        if (!folder.devices.some((d) => d.deviceID === hub)) return;
        const c = await client.completion(folder.id, hub);
        infos[i].waitingItems = c.needItems;
        infos[i].waitingBytes = c.needBytes;
      }),
    );
  }

  /** This machine's newest own submissions still in the desk, with their delivery. */
  private async ownDeliveries(desk: LaneDesk | null, owner: { keyId: string } | null): Promise<SubmissionDelivery[]> {
    let names: string[] = [];
    if (desk) {
      const lane = owner ? await desk.laneOf(owner.keyId) : null;
      if (lane)
        names = (await scanLane({ dir: lane.dir, lane: lane.lane })).entries.filter((e) => e.kind === 'submission').map((e) => e.name);
    } else {
      const current = this.review.currentDesk();
      if (current) names = (await current.scan()).entries.filter((e) => e.kind === 'submission').map((e) => e.name);
    }
    const byArticle = new Map<string, string[]>();
    const parsed = names.map((n) => parsePackageName(n)).filter((p): p is { articleId: string; packageId: string } => !!p);
    parsed.sort((a, b) => (a.packageId < b.packageId ? 1 : -1));
    for (const p of parsed) {
      if (!byArticle.has(p.articleId) && byArticle.size >= MAX_DELIVERIES) continue;
      byArticle.set(p.articleId, [...(byArticle.get(p.articleId) ?? []), p.packageId]);
    }
    const probe = byArticle.size ? await this.probe().catch(() => null) : null;
    const out: SubmissionDelivery[] = [];
    for (const [articleId, ids] of byArticle) {
      const all = await articleDeliveries(articleId, this.review.store, this.review.receipts, probe, this.clock, this.via());
      out.push(...all.filter((d) => ids.includes(d.packageId)));
    }
    return out.sort((a, b) => (a.packageId < b.packageId ? 1 : -1)).slice(0, MAX_DELIVERIES);
  }
}

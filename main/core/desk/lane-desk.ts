// A desk laid out in lanes (docs/desk.md): under its root, `lanes/<lane>/` holds one reporter's
// `submissions/`, `decisions/` and `receipts/`; `archive/<lane>/` the same for packages the hub
// moved out of the shared lanes once decided and old. A reporter's laptop has its own lane only,
// an editor's machine every lane, so the editor's inbox reads all lanes as one desk. Each lane is
// an ordinary folder: a sync engine (Syncthing) carries it, but this class never talks to one.

import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Arrival, Desk, DeskEntry, DeskKind, DeskReply, DeskScan } from '../review/desk.ts';
import { reviewError } from '../review/errors.ts';
import { ConflictJudge } from './conflicts.ts';
import { watchArrivals } from './arrivals.ts';
import { DESK_KINDS, entryIn, fetchFile, laneScans, publishFile, writeDeskMarker, type FetchOptions } from './files.ts';
import { DESK_MARKER, KIND_DIRS, laneDirName, laneKey, laneKeyOfDir } from './lanes.ts';

/** Who this machine is at the desk: its own lane is named after this key. */
export interface LaneOwner {
  keyId: string;
  name: string;
}

export interface LaneDeskOptions {
  /** The profile's key and name; null before a profile exists (nothing can be submitted then). */
  owner?: () => Promise<LaneOwner | null>;
  /** How long a file's size must stay unchanged before a file that does not read yet is judged (ms; 0: no wait, every report is final). */
  stabilityMs?: number;
  usePolling?: boolean;
}

export interface Lane {
  /** Its folder name under `lanes/` (or `archive/`). */
  lane: string;
  dir: string;
  /** The 16 hex digits of its owner's key id. */
  key: string;
}

/** Whether a folder is the root of a lanes desk: its marker says so, or it has a `lanes/` folder. */
export async function isLanesRoot(path: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(join(path, DESK_MARKER), 'utf8')) as { layout?: unknown };
    if (marker.layout === 'lanes') return true;
  } catch {
    // No marker, or not ours: look at the folders.
  }
  return !!(await stat(join(path, 'lanes')).catch(() => null))?.isDirectory();
}

export class LaneDesk implements Desk {
  readonly layout = 'lanes' as const;
  private readonly judge = new ConflictJudge();

  constructor(
    readonly location: string,
    private readonly options: LaneDeskOptions = {},
  ) {}

  get lanesDir(): string {
    return join(this.location, 'lanes');
  }

  get archiveDir(): string {
    return join(this.location, 'archive');
  }

  /** Creates `lanes/` and the marker saying what the folder is. */
  async ensure(): Promise<void> {
    await mkdir(this.lanesDir, { recursive: true });
    await writeDeskMarker(this.location, 'lanes');
  }

  async available(): Promise<boolean> {
    return !!(await stat(this.location).catch(() => null))?.isDirectory();
  }

  /** The lanes under `lanes/` (or `archive/`), by folder name. */
  async lanes(archived = false): Promise<Lane[]> {
    const base = archived ? this.archiveDir : this.lanesDir;
    let names;
    try {
      names = await readdir(base, { withFileTypes: true });
    } catch {
      return [];
    }
    const out: Lane[] = [];
    for (const d of names) {
      const key = d.isDirectory() && !d.name.startsWith('.') ? laneKeyOfDir(d.name) : null;
      if (key) out.push({ lane: d.name, dir: join(base, d.name), key });
    }
    return out.sort((a, b) => (a.lane < b.lane ? -1 : 1));
  }

  /** A key's lane, if this machine has it. */
  async laneOf(keyId: string): Promise<Lane | null> {
    const key = laneKey(keyId);
    return (await this.lanes()).find((l) => l.key === key) ?? null;
  }

  /** This machine's own lane, created (with its sub-folders) if missing. */
  async ownLane(): Promise<Lane> {
    const owner = await this.options.owner?.();
    if (!owner) throw reviewError('no-profile');
    await this.ensure();
    const lane = (await this.laneOf(owner.keyId)) ?? {
      lane: laneDirName(owner.name, owner.keyId),
      dir: join(this.lanesDir, laneDirName(owner.name, owner.keyId)),
      key: laneKey(owner.keyId),
    };
    for (const kind of DESK_KINDS) await mkdir(join(lane.dir, KIND_DIRS[kind]), { recursive: true });
    return lane;
  }

  async scan(): Promise<DeskScan> {
    const [live, archived] = await Promise.all([this.lanes(), this.lanes(true)]);
    return laneScans(
      [...live.map((l) => ({ dir: l.dir, lane: l.lane })), ...archived.map((l) => ({ dir: l.dir, lane: l.lane, archived: true }))],
      this.judge,
    );
  }

  /** `<root>/lanes|archive/<lane>/<kind dir>/<name>` → its entry. */
  async entryAt(path: string): Promise<DeskEntry | null> {
    const rel = relative(this.location, path).split(sep);
    if (rel.length !== 4 || (rel[0] !== 'lanes' && rel[0] !== 'archive') || !laneKeyOfDir(rel[1])) return null;
    const archived = rel[0] === 'archive';
    return entryIn(
      { dir: join(archived ? this.archiveDir : this.lanesDir, rel[1]), lane: rel[1], ...(archived ? { archived } : {}) },
      rel[2],
      rel[3],
    );
  }

  /** The path of a listed entry. */
  pathOf(entry: Pick<DeskEntry, 'kind' | 'name' | 'lane' | 'archived'>): string {
    if (!entry.lane) throw new Error(`a lanes desk entry has a lane: ${entry.name}`);
    return join(entry.archived ? this.archiveDir : this.lanesDir, entry.lane, KIND_DIRS[entry.kind], entry.name);
  }

  fetch(entry: DeskEntry, dest: string, opts?: FetchOptions): Promise<void> {
    return fetchFile(this.pathOf(entry), entry, dest, opts);
  }

  /** The lane a reply goes to: the one holding its submission, else its submitter's lane. */
  private async replyLane(reply: DeskReply): Promise<Lane> {
    const lanes = await this.lanes();
    for (const l of lanes) {
      if (await stat(join(l.dir, KIND_DIRS.submission, reply.submission)).catch(() => null)) return l;
    }
    const own = lanes.find((l) => l.key === laneKey(reply.submitterKeyId));
    // Never invent a lane here: a folder no engine carries would keep the decision on this machine.
    if (!own) throw reviewError('no-lane', { path: this.location });
    return own;
  }

  async publish(kind: DeskKind, name: string, write: (path: string) => Promise<void>, reply?: DeskReply): Promise<DeskEntry> {
    await this.ensure();
    const lane = kind === 'submission' || !reply ? await this.ownLane() : await this.replyLane(reply);
    const dir = join(lane.dir, KIND_DIRS[kind]);
    await mkdir(dir, { recursive: true });
    return { kind, name, lane: lane.lane, ...(await publishFile(dir, name, write)) };
  }

  /**
   * Reports each file as it appears. A sync engine renames a file into place only once it is
   * whole, so a lane is not watched for sizes to settle unless `stabilityMs` asks for it (a
   * hand-made copy still growing is read as incomplete and read again on its next change).
   */
  async watch(onChange: (paths: string[], arrival: Arrival) => void): Promise<() => Promise<void>> {
    await this.ensure();
    return watchArrivals(
      this.location,
      // root / lanes|archive / <lane> / <kind> / file
      { depth: 3, stabilityMs: this.options.stabilityMs ?? 0, usePolling: this.options.usePolling ?? false, newFolderReadsAll: true },
      onChange,
    );
  }
}

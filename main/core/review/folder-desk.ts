// A desk in a plain folder: `submissions/`, `decisions/` and `receipts/`, one file each. Foreign
// copies (Explorer, Finder, a sync client) give no promise of atomicity: a file is taken as soon
// as it appears only if its content proves it whole (it opens and its signature verifies),
// otherwise once its size has stayed put (desk/arrivals.ts); fetch() refuses a file that changes
// while it is copied, and the reader treats a missing zip end record as "still arriving", not
// as an attack. What a listing skips is in main/core/desk/files.ts, shared with the lanes desk.

import { mkdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ConflictJudge } from '../desk/conflicts.ts';
import { watchArrivals } from '../desk/arrivals.ts';
import { DESK_KINDS, entryIn, fetchFile, laneScans, publishFile, writeDeskMarker, type FetchOptions } from '../desk/files.ts';
import { KIND_DIRS } from '../desk/lanes.ts';
import type { Arrival, Desk, DeskEntry, DeskKind, DeskScan } from './desk.ts';

export interface FolderDeskOptions {
  /** How long a file's size must stay unchanged before a file that does not read yet is judged (ms; 1000). */
  stabilityMs?: number;
  /** Poll instead of OS events: for network shares where change events do not arrive. */
  usePolling?: boolean;
}

export class FolderDesk implements Desk {
  readonly layout = 'folder' as const;
  private readonly judge = new ConflictJudge();

  constructor(
    readonly location: string,
    private readonly options: FolderDeskOptions = {},
  ) {}

  private dirOf(kind: DeskKind): string {
    return join(this.location, KIND_DIRS[kind]);
  }

  /** Creates the desk's folders (and a marker saying what the folder is) if missing. */
  async ensure(): Promise<void> {
    for (const kind of DESK_KINDS) await mkdir(this.dirOf(kind), { recursive: true });
    await writeDeskMarker(this.location, 'folder');
  }

  /** Whether the folder exists and is a folder. */
  async available(): Promise<boolean> {
    const st = await stat(this.location).catch(() => null);
    return !!st?.isDirectory();
  }

  scan(): Promise<DeskScan> {
    return laneScans([{ dir: this.location }], this.judge);
  }

  async entryAt(path: string): Promise<DeskEntry | null> {
    const rel = relative(this.location, path).split(sep);
    return rel.length === 2 ? entryIn({ dir: this.location }, rel[0], rel[1]) : null;
  }

  fetch(entry: DeskEntry, dest: string, opts?: FetchOptions): Promise<void> {
    return fetchFile(join(this.dirOf(entry.kind), entry.name), entry, dest, opts);
  }

  async publish(kind: DeskKind, name: string, write: (path: string) => Promise<void>): Promise<DeskEntry> {
    await this.ensure();
    return { kind, name, ...(await publishFile(this.dirOf(kind), name, write)) };
  }

  /** Reports each file at once (`fresh`) and again once its size has stayed put for `stabilityMs` (1 s; `settled`). */
  async watch(onChange: (paths: string[], arrival: Arrival) => void): Promise<() => Promise<void>> {
    await this.ensure();
    return watchArrivals(
      DESK_KINDS.map((k) => this.dirOf(k)),
      { depth: 0, stabilityMs: this.options.stabilityMs ?? 1000, usePolling: this.options.usePolling ?? false },
      onChange,
    );
  }
}

// A desk in a plain folder: `submissions/`, `decisions/` and `receipts/`, one file each. Foreign
// copies (Explorer, Finder, a sync client) give no promise of atomicity: the watcher waits for
// a file's size to stay put (chokidar's awaitWriteFinish), fetch() refuses a file that changes
// while it is copied, and the reader treats a missing zip end record as "still arriving", not
// as an attack. What a listing skips is in main/core/desk/files.ts, shared with the lanes desk.

import { mkdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { watch } from 'chokidar';
import { ConflictJudge } from '../desk/conflicts.ts';
import { DESK_KINDS, entryIn, fetchFile, isHiddenPath, laneScans, publishFile, writeDeskMarker } from '../desk/files.ts';
import { KIND_DIRS } from '../desk/lanes.ts';
import type { Desk, DeskEntry, DeskKind, DeskScan } from './desk.ts';

export interface FolderDeskOptions {
  /** How long a file's size must stay unchanged before the watcher reports it (ms). */
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

  fetch(entry: DeskEntry, dest: string): Promise<void> {
    return fetchFile(join(this.dirOf(entry.kind), entry.name), entry, dest);
  }

  async publish(kind: DeskKind, name: string, write: (path: string) => Promise<void>): Promise<DeskEntry> {
    await this.ensure();
    return { kind, name, ...(await publishFile(this.dirOf(kind), name, write)) };
  }

  async watch(onChange: (paths: string[]) => void): Promise<() => Promise<void>> {
    await this.ensure();
    const stability = this.options.stabilityMs ?? 1000;
    const watcher = watch(
      DESK_KINDS.map((k) => this.dirOf(k)),
      {
        ignoreInitial: true,
        depth: 0,
        usePolling: this.options.usePolling ?? false,
        interval: 500,
        awaitWriteFinish: { stabilityThreshold: stability, pollInterval: Math.max(20, Math.min(200, Math.floor(stability / 4))) },
        ignored: isHiddenPath,
      },
    );
    watcher.on('add', (path: string) => onChange([path]));
    watcher.on('change', (path: string) => onChange([path]));
    // An unplugged stick or a dropped share: keep the app up; the periodic re-scan takes over.
    watcher.on('error', () => undefined);
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    return () => watcher.close();
  }
}

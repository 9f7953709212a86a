// A desk in a plain folder: `submissions/` and `decisions/`, one zip per package. Our own writes
// go to a dot-named `.part` file renamed into place when complete, so no reader ever sees half
// of one. Foreign copies (Explorer, Finder, a sync client) give no such promise: the watcher
// waits for a file's size to stay put (chokidar's awaitWriteFinish), fetch() refuses a file
// that changes while it is copied, and the reader treats a missing zip end record as "still
// arriving", not as an attack.

import { COPYFILE_EXCL } from 'node:constants';
import { copyFile, lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { watch } from 'chokidar';
import { fsyncDir, writeJsonAtomic } from '../fs/atomic.ts';
import { nodeFs } from '../fs/seam.ts';
import type { Desk, DeskEntry, DeskKind } from './desk.ts';
import { reviewError } from './errors.ts';

export interface FolderDeskOptions {
  /** How long a file's size must stay unchanged before the watcher reports it (ms). */
  stabilityMs?: number;
  /** Poll instead of OS events: for network shares where change events do not arrive. */
  usePolling?: boolean;
}

const KIND_DIRS: Record<DeskKind, string> = { submission: 'submissions', decision: 'decisions' };
const MARKER = 'dateline-desk.json';

export class FolderDesk implements Desk {
  constructor(
    readonly location: string,
    private readonly options: FolderDeskOptions = {},
  ) {}

  private dirOf(kind: DeskKind): string {
    return join(this.location, KIND_DIRS[kind]);
  }

  /** Creates the desk's folders (and a marker saying what the folder is) if missing. */
  async ensure(): Promise<void> {
    for (const kind of Object.keys(KIND_DIRS) as DeskKind[]) await mkdir(this.dirOf(kind), { recursive: true });
    const marker = join(this.location, MARKER);
    if (!(await stat(marker).catch(() => null))) {
      await writeJsonAtomic(marker, { format: 'dateline.desk', formatVersion: 1, about: 'Dateline review desk: submissions/ and decisions/ hold signed packages.' });
    }
  }

  /** Whether the folder exists and is a folder. */
  async available(): Promise<boolean> {
    const st = await stat(this.location).catch(() => null);
    return !!st?.isDirectory();
  }

  /** Regular *.zip files of both kinds; dot files (our .part files, OS litter) and links are skipped. */
  async list(): Promise<DeskEntry[]> {
    const out: DeskEntry[] = [];
    for (const kind of Object.keys(KIND_DIRS) as DeskKind[]) {
      let names;
      try {
        names = await readdir(this.dirOf(kind), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const d of names) {
        if (!d.isFile() || d.name.startsWith('.') || !d.name.toLowerCase().endsWith('.zip')) continue;
        const st = await lstat(join(this.dirOf(kind), d.name)).catch(() => null);
        if (st?.isFile()) out.push({ kind, name: d.name, size: st.size, modifiedMs: st.mtimeMs });
      }
    }
    return out.sort((a, b) => a.modifiedMs - b.modifiedMs || (a.name < b.name ? -1 : 1));
  }

  async fetch(entry: DeskEntry, dest: string): Promise<void> {
    const src = join(this.dirOf(entry.kind), entry.name);
    const same = async (): Promise<boolean> => {
      const st = await lstat(src).catch(() => null);
      return !!st && st.isFile() && st.size === entry.size && st.mtimeMs === entry.modifiedMs;
    };
    if (!(await same())) throw reviewError('incomplete', { name: entry.name });
    await copyFile(src, dest, COPYFILE_EXCL);
    const copied = await stat(dest);
    if (!(await same()) || copied.size !== entry.size) throw reviewError('incomplete', { name: entry.name });
  }

  async publish(kind: DeskKind, name: string, write: (path: string) => Promise<void>): Promise<void> {
    await this.ensure();
    const dir = this.dirOf(kind);
    const final = join(dir, name);
    // Packages are immutable: never replace one (ids are random, so this means a bug or a replay).
    if (await lstat(final).catch(() => null)) throw new Error(`desk already holds ${name}`);
    const tmp = join(dir, `.${name}.${process.pid}-${Date.now().toString(36)}.part`);
    try {
      await write(tmp);
      await rename(tmp, final);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    await fsyncDir(nodeFs, dir);
  }

  async watch(onChange: () => void): Promise<() => Promise<void>> {
    await this.ensure();
    const stability = this.options.stabilityMs ?? 1000;
    const watcher = watch([this.dirOf('submission'), this.dirOf('decision')], {
      ignoreInitial: true,
      depth: 0,
      usePolling: this.options.usePolling ?? false,
      interval: 500,
      awaitWriteFinish: { stabilityThreshold: stability, pollInterval: Math.max(20, Math.min(200, Math.floor(stability / 4))) },
      ignored: (path: string) => /(^|[\\/])\.[^\\/]*$/.test(path),
    });
    watcher.on('add', onChange);
    watcher.on('change', onChange);
    // An unplugged stick or a dropped share: keep the app up; the periodic re-scan takes over.
    watcher.on('error', () => undefined);
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    return () => watcher.close();
  }
}

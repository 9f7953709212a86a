// The files of one lane (or of the one-folder desk): `submissions/`, `decisions/`, `receipts/`.
// What a listing keeps and skips is the same for every layout: dot files (our `.part` files,
// `.stfolder`, `.stignore`, OS litter) and links are skipped, a sync engine's temporary files
// (`.syncthing.<name>.tmp`, `~syncthing~<name>.tmp` on Windows) are files still arriving, and
// conflict copies are set aside for ConflictJudge. Our own writes go to a dot-named `.part` file
// renamed into place when whole, so no reader ever sees half of one.

import { COPYFILE_EXCL } from 'node:constants';
import { copyFile, lstat, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir, writeJsonAtomic } from '../fs/atomic.ts';
import { nodeFs } from '../fs/seam.ts';
import type { ArrivingFile, DeskConflict, DeskEntry, DeskKind, DeskScan } from '../review/desk.ts';
import { reviewError } from '../review/errors.ts';
import { conflictOriginal, type ConflictJudge } from './conflicts.ts';
import { DESK_MARKER, KIND_DIRS } from './lanes.ts';

export const DESK_KINDS = Object.keys(KIND_DIRS) as DeskKind[];

/** Where a lane's files are: its folder, its name (none on a one-folder desk), archived or not. */
export interface LanePlace {
  dir: string;
  lane?: string;
  archived?: boolean;
}

export interface ConflictCopy {
  kind: DeskKind;
  lane?: string;
  dir: string;
  name: string;
  copy: string;
}

export interface LaneScan {
  entries: DeskEntry[];
  arriving: ArrivingFile[];
  copies: ConflictCopy[];
}

export interface FetchOptions {
  /** The file may still be growing: refuse it as `incomplete`, without copying, unless its end looks whole (endsWhole). */
  onlyIfEndsWhole?: boolean;
}

const SYNC_TEMP = [
  ['.syncthing.', '.tmp'],
  ['~syncthing~', '.tmp'],
] as const;

/** The name a sync engine's temporary file will have once complete, or null. */
export function syncTempTarget(name: string): string | null {
  for (const [prefix, suffix] of SYNC_TEMP) {
    if (name.startsWith(prefix) && name.endsWith(suffix) && name.length > prefix.length + suffix.length)
      return name.slice(prefix.length, -suffix.length);
  }
  return null;
}

const wantedName = (kind: DeskKind, name: string): boolean => name.toLowerCase().endsWith(kind === 'receipt' ? '.json' : '.zip');

const KIND_ORDER: Record<DeskKind, number> = { submission: 0, decision: 1, receipt: 2 };

/** Submissions first (a decision read in the same scan then finds its submission), then by time. */
export function deskOrder(a: DeskEntry, b: DeskEntry): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.modifiedMs - b.modifiedMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** A lane's files as a desk scan: its conflict copies compared with their packages. */
export async function laneScans(places: LanePlace[], judge: ConflictJudge): Promise<DeskScan> {
  const scans = await Promise.all(places.map((p) => scanLane(p)));
  return {
    entries: scans.flatMap((s) => s.entries).sort(deskOrder),
    arriving: scans.flatMap((s) => s.arriving),
    conflicts: await differingCopies(
      scans.flatMap((s) => s.copies),
      judge,
    ),
  };
}

/** Lists a lane's files of every kind. */
export async function scanLane(place: LanePlace): Promise<LaneScan> {
  const out: LaneScan = { entries: [], arriving: [], copies: [] };
  const extra = { ...(place.lane !== undefined ? { lane: place.lane } : {}), ...(place.archived ? { archived: true } : {}) };
  await Promise.all(
    DESK_KINDS.map(async (kind) => {
      const dir = join(place.dir, KIND_DIRS[kind]);
      let names;
      try {
        names = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      const stats: Promise<void>[] = [];
      for (const d of names) {
        if (!d.isFile()) continue;
        const arriving = syncTempTarget(d.name);
        if (arriving !== null) {
          if (wantedName(kind, arriving)) {
            stats.push(
              lstat(join(dir, d.name)).then(
                (st) =>
                  void out.arriving.push({
                    kind,
                    name: arriving,
                    size: st.size,
                    ...(place.lane !== undefined ? { lane: place.lane } : {}),
                  }),
                () => undefined,
              ),
            );
          }
          continue;
        }
        if (d.name.startsWith('.') || !wantedName(kind, d.name)) continue;
        const original = conflictOriginal(d.name);
        if (original !== null) {
          out.copies.push({ kind, dir, name: original, copy: d.name, ...(place.lane !== undefined ? { lane: place.lane } : {}) });
          continue;
        }
        stats.push(
          lstat(join(dir, d.name)).then(
            (st) => {
              if (st.isFile()) out.entries.push({ kind, name: d.name, size: st.size, modifiedMs: st.mtimeMs, ...extra });
            },
            () => undefined,
          ),
        );
      }
      await Promise.all(stats);
    }),
  );
  return out;
}

/** The conflict copies that differ from their package. */
export async function differingCopies(copies: ConflictCopy[], judge: ConflictJudge): Promise<DeskConflict[]> {
  const out: DeskConflict[] = [];
  for (const c of copies) {
    const copyPath = join(c.dir, c.copy);
    if (await judge.identical(join(c.dir, c.name), copyPath)) continue;
    const st = await lstat(copyPath).catch(() => null);
    if (!st) continue;
    out.push({
      kind: c.kind,
      name: c.name,
      copy: c.copy,
      size: st.size,
      modifiedMs: st.mtimeMs,
      ...(c.lane !== undefined ? { lane: c.lane } : {}),
    });
  }
  return out;
}

/**
 * Copies a listed file to `dest`; refuses (review error `incomplete`) a file that changed since it
 * was listed or while copied, and with `onlyIfEndsWhole` one whose end does not look whole yet.
 */
export async function fetchFile(src: string, entry: DeskEntry, dest: string, opts: FetchOptions = {}): Promise<void> {
  const same = async (): Promise<boolean> => {
    const st = await lstat(src).catch(() => null);
    return !!st && st.isFile() && st.size === entry.size && st.mtimeMs === entry.modifiedMs;
  };
  if (!(await same())) throw reviewError('incomplete', { name: entry.name });
  if (opts.onlyIfEndsWhole && !(await endsWhole(src, entry.kind))) throw reviewError('incomplete', { name: entry.name });
  await copyFile(src, dest, COPYFILE_EXCL);
  const copied = await stat(dest);
  if (!(await same()) || copied.size !== entry.size) throw reviewError('incomplete', { name: entry.name });
}

const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** A zip's end record is 22 bytes plus a comment of at most 65,535. */
const ZIP_END_MAX = 22 + 0xffff;

/**
 * Whether a desk file ends as a whole one does: a zip's end-of-central-directory record in its
 * last 64 KiB, a receipt's closing brace. A cheap look at a file that may still be growing, so a
 * copy in progress (126 MB of photos onto a stick) is not copied into quarantine at each write;
 * not a proof: what passes is still opened and verified.
 */
export async function endsWhole(path: string, kind: DeskKind): Promise<boolean> {
  const file = await open(path, 'r').catch(() => null);
  if (!file) return false;
  try {
    const { size } = await file.stat();
    const n = Math.min(size, ZIP_END_MAX);
    const tail = Buffer.alloc(n);
    const { bytesRead } = await file.read(tail, 0, n, size - n);
    const end = tail.subarray(0, bytesRead);
    if (kind === 'receipt') return end.toString('latin1').trimEnd().endsWith('}');
    const at = end.lastIndexOf(ZIP_END);
    return at >= 0 && at <= end.length - 22;
  } finally {
    await file.close();
  }
}

/** The entry at a path inside a lane (`<lane dir>/<kind dir>/<name>`), or null when it is not a complete desk file. */
export async function entryIn(place: LanePlace, kindDir: string, name: string): Promise<DeskEntry | null> {
  const kind = DESK_KINDS.find((k) => KIND_DIRS[k] === kindDir);
  if (!kind || name.startsWith('.') || name.startsWith('~') || !wantedName(kind, name) || conflictOriginal(name) !== null) return null;
  const st = await lstat(join(place.dir, kindDir, name)).catch(() => null);
  if (!st?.isFile()) return null;
  return {
    kind,
    name,
    size: st.size,
    modifiedMs: st.mtimeMs,
    ...(place.lane !== undefined ? { lane: place.lane } : {}),
    ...(place.archived ? { archived: true } : {}),
  };
}

/** Writes `name` into `dir` through a dot-named `.part` file renamed into place; never replaces a file. Resolves to the file's size and time. */
export async function publishFile(
  dir: string,
  name: string,
  write: (path: string) => Promise<void>,
): Promise<{ size: number; modifiedMs: number }> {
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
  const st = await lstat(final);
  return { size: st.size, modifiedMs: st.mtimeMs };
}

/** Writes the desk's marker (what the folder is, how it is laid out) unless it has one. */
export async function writeDeskMarker(root: string, layout: 'folder' | 'lanes'): Promise<void> {
  const marker = join(root, DESK_MARKER);
  if (await stat(marker).catch(() => null)) return;
  const about =
    layout === 'lanes'
      ? 'Dateline review desk in lanes: lanes/<reporter>/ holds submissions/, decisions/ and receipts/; archive/ what the hub set aside.'
      : 'Dateline review desk: submissions/, decisions/ and receipts/ hold signed files.';
  await writeJsonAtomic(marker, { format: 'dateline.desk', formatVersion: 1, ...(layout === 'lanes' ? { layout } : {}), about });
}

/** Dot names (ours, a sync engine's, the OS's) are never desk files: the watcher ignores them. */
export const isHiddenPath = (path: string): boolean => /(?:^|[\\/])[.~][^\\/]*$/.test(path);

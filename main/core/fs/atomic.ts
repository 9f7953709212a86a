// Atomic replacement of a file: a crash (kill -9, power loss) leaves either the old file or the
// new one, never half of one. Write a temporary file in the same folder (rename is atomic only
// within one file system), fsync it, rename it over the target, then fsync the folder so the
// rename itself is on disk.

import { basename, dirname, join } from 'node:path';
import { mapFsError } from './errors.ts';
import { nodeFs, type FileSystem } from './seam.ts';

export interface AtomicWriteOptions {
  fs?: FileSystem;
  /** false skips both fsyncs: for caches that may be lost, never for the user's work. */
  durable?: boolean;
  /** Fail instead of replacing an existing file (rename would replace it). */
  exclusive?: boolean;
}

export interface WrittenFile {
  mtimeMs: number;
  size: number;
}

const TMP_SUFFIX = '.tmp';
let tmpCounter = 0;

/** The temporary name used beside `path`; it carries our pid so a sweep can tell dead writers' leftovers. */
export function tempPathFor(path: string): string {
  const rand = Math.random().toString(36).slice(2, 8);
  return join(dirname(path), `.${basename(path)}.${process.pid}-${++tmpCounter}-${rand}${TMP_SUFFIX}`);
}

/** Whether a file name is one of our temporary files, and the pid of the process that wrote it. */
export function parseTempName(name: string): { pid: number } | null {
  const m = /^\..+\.(\d+)-\d+-[0-9a-z]*\.tmp$/.exec(name);
  return m ? { pid: Number(m[1]) } : null;
}

/** Whether a process (a writer that left a temp file) is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes `data` to `path` atomically (temp file, fsync, rename, fsync folder); maps ENOSPC/EROFS/EACCES. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<WrittenFile> {
  const fs = options.fs ?? nodeFs;
  const durable = options.durable ?? true;
  const tmp = tempPathFor(path);
  let created = false;
  try {
    const handle = await fs.open(tmp, 'wx', 0o644);
    created = true;
    let written: WrittenFile;
    try {
      await handle.writeFile(data);
      if (durable) await handle.sync();
      // The temp file's inode becomes the target: its stat is the target's, without another call.
      const st = await handle.stat();
      written = { mtimeMs: st.mtimeMs, size: st.size };
    } finally {
      await handle.close();
    }
    if (options.exclusive) {
      await linkExclusive(fs, tmp, path);
    } else {
      await renameRetrying(fs, tmp, path);
    }
    created = false;
    if (durable) await fsyncDir(fs, dirname(path));
    return written;
  } catch (err) {
    if (created) await fs.unlink(tmp).catch(() => undefined);
    throw mapFsError(err);
  }
}

/**
 * On Windows a rename over a file that a virus scanner or an indexer holds open fails for a few
 * milliseconds with EPERM/EACCES/EBUSY; retrying briefly is what graceful-fs does too.
 */
async function renameRetrying(fs: FileSystem, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 10) throw err;
      await new Promise((r) => setTimeout(r, 10 * (attempt + 1)));
    }
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Moves the temp file to `path` unless `path` exists. link() fails with EEXIST instead of
 * replacing, so append-only files are never overwritten; FAT/exFAT drives have no hard links,
 * and there a check-then-rename is the best available (one writer per article makes it enough).
 */
async function linkExclusive(fs: FileSystem, tmp: string, path: string): Promise<void> {
  try {
    await fs.link(tmp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!code || !NO_HARD_LINKS.has(code)) throw err;
    const exists = await fs.stat(path).then(
      () => true,
      () => false,
    );
    if (exists) throw Object.assign(new Error(`EEXIST: file already exists, '${path}'`), { code: 'EEXIST' });
    await fs.rename(tmp, path);
    return;
  }
  await fs.unlink(tmp);
}

/** Writes `value` as JSON atomically (see writeFileAtomic). */
export function writeJsonAtomic(path: string, value: unknown, options: AtomicWriteOptions = {}): Promise<WrittenFile> {
  return writeFileAtomic(path, JSON.stringify(value, null, 1) + '\n', options);
}

/** Flushes a folder's entries (a rename) to disk; a no-op where folders cannot be opened (Windows). */
export async function fsyncDir(fs: FileSystem, dir: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (err) {
    if (process.platform === 'win32') return;
    throw err;
  }
  try {
    await handle.sync();
  } catch (err) {
    // Some file systems (and Windows) refuse fsync on a folder; the rename has still happened.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EBADF') throw err;
  } finally {
    await handle.close();
  }
}

// Shared by the library tests: temporary libraries, a controllable clock, and a file system
// that fails like a full disk or a read-only folder on demand.

import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFs, type FileSystem } from '../../../main/core/fs/seam.ts';
import { Library, type LibraryOptions } from '../../../main/core/library/library.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../main/common/settings.ts';

export async function tempDir(prefix = 'dateline-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A clock tests move by hand. */
export function manualClock(start = Date.parse('2025-01-05T10:43:00.000Z')): { now: () => Date; advance: (ms: number) => void } {
  let t = start;
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

export function openLibrary(
  dir: string,
  extra: Partial<Omit<LibraryOptions, 'settings'>> & { settings?: Partial<Settings> } = {},
): Library {
  const settings = { ...DEFAULT_SETTINGS, ...extra.settings };
  return new Library({ ...extra, dir, settings: () => settings });
}

export type Fault = null | 'ENOSPC' | 'EROFS' | 'EACCES';

const sysError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });
const isWriteFlag = (flags: unknown): boolean => typeof flags === 'string' && /[wa+]/.test(flags);

/**
 * The real file system with a switchable fault. ENOSPC behaves like a full disk: files open,
 * then a write stores part of the data and fails. EROFS/EACCES refuse every change up front.
 */
export function faultyFs(base: FileSystem = nodeFs): { fs: FileSystem; set: (f: Fault) => void } {
  let fault: Fault = null;
  const refuse =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      fault ? Promise.reject(sysError(fault)) : fn(...args);
  const fs: FileSystem = {
    ...base,
    open: (async (path: Parameters<typeof base.open>[0], flags?: string | number, mode?: number) => {
      if (fault && fault !== 'ENOSPC' && isWriteFlag(flags)) throw sysError(fault);
      const handle = await base.open(path, flags, mode);
      if (fault !== 'ENOSPC' || !isWriteFlag(flags)) return handle;
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'writeFile') {
            return async (data: string | Uint8Array) => {
              await target.writeFile(typeof data === 'string' ? data.slice(0, data.length >> 1) : data.subarray(0, data.length >> 1));
              throw sysError('ENOSPC');
            };
          }
          const v: unknown = Reflect.get(target, prop);
          return typeof v === 'function' ? v.bind(target) : v;
        },
      }) as FileHandle;
    }) as FileSystem['open'],
    rename: refuse(base.rename),
    mkdir: refuse(base.mkdir) as FileSystem['mkdir'],
    link: refuse(base.link),
    copyFile: refuse(base.copyFile),
    // Deleting is allowed on a full disk (it is how space comes back), not on a read-only one.
    unlink: (path) => (fault && fault !== 'ENOSPC' ? Promise.reject(sysError(fault)) : base.unlink(path)),
    rm: (path, opts) => (fault && fault !== 'ENOSPC' ? Promise.reject(sysError(fault)) : base.rm(path, opts)),
  };
  return { fs, set: (f) => (fault = f) };
}

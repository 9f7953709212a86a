// Which paths the services read when a page asks media.add for them: the desktop app's photo drop,
// and any call to the browser host's API (main/host/cli.ts wires it there too).
//
// The page learns a dropped file's path with webUtils.getPathForFile (preload/index.ts) and sends
// it, so twenty 8 MB photos never cross IPC as bytes. Electron gives main no proof that a path came
// from a real drop, so a page running hostile code could name any file. What stands in its way:
//   - A path the native picker answered (media.choose) was the user's choice: it is granted, and
//     held only to being a regular file of a sane size.
//   - Any other path must be a plain local absolute path (no `..`, no UNC share, which Windows would
//     contact with the user's credentials, no device or stream path), name a photo by its extension,
//     and be a regular file (not a folder, FIFO or device) of a photo's size, and so must its real
//     path once symlinks are resolved. /etc/shadow, ~/.ssh/id_rsa or a browser's cookie file are
//     refused before anything is read, and the refusal says no more than "not a photo".
//   - What passes is read by a media process, which decides from the bytes (never the name) and
//     refuses anything that is not an image: a non-image is never stored in the library.
// What remains: such a page could import a photo that exists on the disk into an article, which
// the user can see and delete; it gets no other way to read files. docs/security.md says the same.

import { realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { nfc } from '../../common/text/nfc.ts';
import { hasPhotoExtension, isPlainLocalPath, MAX_PHOTO_PATH_LENGTH, PHOTO_MAX_BYTES } from '../../common/photo-paths.ts';
import { createPathGrants, type PathGrants } from '../fs/path-grants.ts';
import type { WorkerError } from './protocol.ts';

export interface PhotoPathGateOptions {
  /** Where main runs (default: process.platform). */
  platform?: NodeJS.Platform;
  /** Largest photo, in bytes (default PHOTO_MAX_BYTES). */
  maxBytes?: number;
  fs?: { stat: typeof stat; realpath: typeof realpath };
  /** The Core's grant registry, shared with every other path-taking method (default: one of its own). */
  grants?: PathGrants;
}

export interface PhotoPathGate {
  /** Paths the native picker answered: the user chose them. */
  grant(paths: readonly string[]): void;
  /** null when main may read the path for media.add; otherwise the photo's refusal. */
  admit(path: unknown): Promise<WorkerError | null>;
}

const mb = (n: number): number => Math.round((n / (1024 * 1024)) * 10) / 10;
const nameOf = (path: string): string => nfc(basename(path.replace(/\\/g, '/')));

export function createPhotoPathGate(options: PhotoPathGateOptions = {}): PhotoPathGate {
  const platform = (options.platform ?? process.platform) === 'win32' ? 'win32' : 'posix';
  const maxBytes = options.maxBytes ?? PHOTO_MAX_BYTES;
  const fs = options.fs ?? { stat, realpath };
  const grants = options.grants ?? createPathGrants({});

  const bad = (path: string, reason: string, extra: Record<string, number> = {}): WorkerError => ({
    code: 'BAD_IMAGE',
    params: { reason, name: nameOf(path), ...extra },
  });
  const invalid = (detail: string): WorkerError => ({ code: 'INVALID_INPUT', params: { detail } });

  const fsRefusal = (path: string, err: unknown): WorkerError => {
    const code = (err as { code?: unknown } | null)?.code;
    return bad(path, code === 'EACCES' || code === 'EPERM' ? 'no-access' : 'vanished');
  };

  return {
    grant(paths) {
      grants.grant(paths);
    },

    async admit(path) {
      if (typeof path !== 'string' || path.length > MAX_PHOTO_PATH_LENGTH) return invalid('not a path');
      const chosen = grants.isGranted(path);
      if (!chosen) {
        if (!isPlainLocalPath(path, platform)) return invalid('not a plain absolute path');
        // Before touching the disk: a page cannot even learn whether ~/.ssh/id_rsa exists.
        if (!hasPhotoExtension(path)) return bad(path, 'not-image');
      }
      let size: number;
      try {
        const st = await fs.stat(path);
        if (st.isDirectory()) return bad(path, 'not-a-file');
        if (!st.isFile()) return bad(path, 'not-image');
        size = st.size;
        // A symlink named like a photo must lead to a file named like one too.
        if (!chosen && !hasPhotoExtension(await fs.realpath(path))) return bad(path, 'not-image');
      } catch (err) {
        return fsRefusal(path, err);
      }
      if (size === 0) return bad(path, 'empty');
      if (size > maxBytes) return bad(path, 'too-large', { sizeMb: mb(size), maxMb: mb(maxBytes) });
      return null;
    },
  };
}

// Which paths the page may name. The page is untrusted (docs/security.md): a renderer running
// hostile code could ask the services to read ~/.ssh/id_rsa as a draft, write a package over
// ~/.bashrc or make a desk of /etc. So every method that takes a path from the page asks here
// first, and a path is accepted only when
//   - the user chose it in a native dialog since the app started (a grant: the Electron glue's
//     pickers, the browser host's uploads and its own command line), or
//   - it lies inside the library (but never in a protected folder: the signing key's);
// and, whatever its origin, it is a plain absolute local path: no relative path, no `.` or `..`,
// no NUL or other control character, no UNC share, device or stream path.
//
// A folder grant is narrow: a folder chosen for the desk is the desk; a folder chosen to export
// into takes new packages directly inside it. Neither lets the page read the files already there:
// reading needs the file itself granted (or in the library).
//
// The CLI and the tests name their own files: their Core does not enforce (`enforced: false`), but
// paths are still held to the shape rules.

import { basename, isAbsolute, relative, resolve } from 'node:path';
import { isPlainLocalPath } from '../../common/photo-paths.ts';
import { DatelineError } from '../../common/result.ts';
import { nfc } from '../../common/text/nfc.ts';

/** What a method does with a path: reads a file, writes a new package into a folder, or uses a folder (the desk). */
export type PathUse = 'read' | 'write' | 'folder';

export interface PathGrants {
  /** Whether paths from the page are checked against the grants (false for the CLI and tests). */
  readonly enforced: boolean;
  /** Files a dialog answered (an open or a save dialog, or the host's upload). */
  grant(paths: string | readonly string[]): void;
  /** A folder a dialog answered (export folder, desk), or the host's `--desk`. */
  grantFolder(path: string): void;
  /** Never accepted, even inside the library (the profile folder with the signing key). */
  protect(path: string): void;
  /** Whether a dialog gave exactly this file. */
  isGranted(path: string): boolean;
  /** The path when the page may use it so; else a typed refusal (INVALID_INPUT, PATH_NOT_GRANTED). */
  admit(path: string, use: PathUse): string;
}

export interface PathGrantsOptions {
  /** Paths inside it are the page's to name; absent: none are. */
  libraryDir?: string;
  /** Default true. */
  enforced?: boolean;
  /** Where main runs (default: process.platform). */
  platform?: NodeJS.Platform;
}

/** Grants remembered (oldest forgotten first): a long session picks a few hundred. */
const MAX_GRANTS = 10_000;
/** Longest path accepted (Linux's PATH_MAX; Windows long paths stay under it too). */
const MAX_PATH = 4096;

const remember = (set: Set<string>, path: string): void => {
  set.delete(path);
  set.add(path);
  if (set.size > MAX_GRANTS) set.delete(set.values().next().value as string);
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A string that could be a path at all: not empty, not too long, no NUL or other control character. */
const pathLike = (p: unknown): p is string => typeof p === 'string' && p.length > 0 && p.length <= MAX_PATH && !CONTROL.test(p);

/** The registry of one Core (main/core/app.ts); the transports add to it. */
export function createPathGrants(options: PathGrantsOptions): PathGrants {
  const enforced = options.enforced ?? true;
  const platform = (options.platform ?? process.platform) === 'win32' ? 'win32' : 'posix';
  const library = options.libraryDir === undefined ? null : resolve(options.libraryDir);
  // Kept as the dialog gave them (a Windows network share included, which the user may choose
  // though the page may not name one), and matched exactly.
  const files = new Set<string>();
  const folders = new Set<string>();
  const protectedDirs: string[] = [];

  const trimEnd = (p: string): string => {
    let end = p.length;
    while (end > 1 && (p[end - 1] === '/' || (platform === 'win32' && p[end - 1] === '\\'))) end--;
    return p.slice(0, end);
  };
  /** The folder a new package would go in, when the path is `<folder>/<name>` with a plain name. */
  const parentOf = (p: string): string | null => {
    const at = Math.max(p.lastIndexOf('/'), platform === 'win32' ? p.lastIndexOf('\\') : -1);
    const name = p.slice(at + 1);
    // No `.`, `..` or (on Windows) a stream `name:secret`: a new file or folder directly inside.
    return at > 0 && name && name !== '.' && name !== '..' && !(platform === 'win32' && name.includes(':'))
      ? trimEnd(p.slice(0, at))
      : null;
  };
  // Only for paths main itself made absolute: `relative` on the host's own path rules.
  const within = (dir: string, path: string): boolean => {
    const rel = relative(dir, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const refuse = (path: string): DatelineError => new DatelineError('PATH_NOT_GRANTED', { name: nfc(basename(path)) || path.slice(0, 80) });

  return {
    enforced,
    grant(paths) {
      for (const p of typeof paths === 'string' ? [paths] : paths) if (pathLike(p)) remember(files, p);
    },
    grantFolder(path) {
      if (pathLike(path)) remember(folders, trimEnd(path));
    },
    protect(path) {
      protectedDirs.push(resolve(path));
    },
    isGranted(path) {
      return pathLike(path) && files.has(path);
    },
    admit(raw, use) {
      if (!pathLike(raw)) throw new DatelineError('INVALID_INPUT', { detail: 'not a path' });
      if (enforced) {
        // What the user chose, exactly as the dialog answered it.
        if (use === 'folder' ? folders.has(trimEnd(raw)) : files.has(raw)) return raw;
        const parent = use === 'write' ? parentOf(raw) : null;
        if (parent !== null && folders.has(parent)) return raw;
      }
      if (!isPlainLocalPath(raw, platform)) throw new DatelineError('INVALID_INPUT', { detail: 'not a plain absolute path' });
      // A trailing separator names the same folder; `resolve` drops it and keeps the rest as typed.
      const path = resolve(raw);
      if (!enforced) return path;
      if (protectedDirs.some((dir) => within(dir, path))) throw refuse(path);
      if (library !== null && within(library, path)) return path;
      throw refuse(path);
    },
  };
}

/** A registry for a Core whose caller names its own files (the CLI, tests): shape rules only. */
export const trustedPaths = (libraryDir: string): PathGrants => createPathGrants({ libraryDir, enforced: false });

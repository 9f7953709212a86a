// Each lane folder's `.stignore` (Syncthing's ignore patterns, never synced themselves): our own
// half-written `.part` files and the operating systems' litter never travel. `(?d)` lets Syncthing
// delete them when it removes a folder.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PATTERNS = [
  '// Dateline: half-written packages and system files never travel.',
  '(?d).*.part',
  '(?d).DS_Store',
  '(?d)Thumbs.db',
  '(?d)desktop.ini',
  '',
];

/** Writes the lane's `.stignore` unless it has one (a user's own patterns are kept). */
export async function writeStIgnore(dir: string): Promise<void> {
  await writeFile(join(dir, '.stignore'), PATTERNS.join('\n'), { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
}

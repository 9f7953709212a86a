// How a lanes desk names things (docs/desk.md). A lane is one reporter's folder, named after the
// reporter's Dateline key: the folder on disk is `<name-slug>-<16 hex of the key id>` (readable
// in a file manager; the hex is what counts), and the same lane is one Syncthing folder with the
// id `dateline-lane-<16 hex>` on every machine that has it, whatever its local path.

import { slugFromHeadline } from '../../common/article/meta.ts';

/** The 16 hex digits of a key id that name its lane (64 bits: no two keys of a newsroom share them). */
export const laneKey = (keyId: string): string => keyId.slice(0, 16);

/** The lane's folder name under `lanes/`: the owner's name as a slug, then the lane key. */
export function laneDirName(ownerName: string, keyId: string): string {
  const slug = slugFromHeadline(ownerName).slice(0, 40);
  // No dash at the end (a slug cut in the middle of `a-b`); a loop, not a regex, stays linear.
  let end = slug.length;
  while (end > 0 && slug[end - 1] === '-') end--;
  const name = slug.slice(0, end);
  return name ? `${name}-${laneKey(keyId)}` : laneKey(keyId);
}

const LANE_DIR = /(?:^|-)([0-9a-f]{16})$/;

/** The lane key a lane folder name ends with, or null for a folder that is not a lane. */
export function laneKeyOfDir(dirName: string): string | null {
  const m = LANE_DIR.exec(dirName);
  return m ? m[1] : null;
}

export const LANE_FOLDER_PREFIX = 'dateline-lane-';

/** The Syncthing folder id of a key's lane. */
export const laneFolderId = (keyId: string): string => `${LANE_FOLDER_PREFIX}${laneKey(keyId)}`;

/** The lane key of a Syncthing folder id, or null when the folder is not a Dateline lane. */
export function laneKeyOfFolder(folderId: string): string | null {
  if (!folderId.startsWith(LANE_FOLDER_PREFIX)) return null;
  const key = folderId.slice(LANE_FOLDER_PREFIX.length);
  return /^[0-9a-f]{16}$/.test(key) ? key : null;
}

/** The sub-folders of a lane (and of the one-folder desk), one per kind of file. */
export const KIND_DIRS = { submission: 'submissions', decision: 'decisions', receipt: 'receipts' } as const;

/** The desk's marker file: says what the folder is and how it is laid out. */
export const DESK_MARKER = 'dateline-desk.json';

/** Settings of a lane folder Dateline creates in Syncthing: new packages are picked up within a second. */
export const LANE_FOLDER_DEFAULTS = { type: 'sendreceive', fsWatcherEnabled: true, fsWatcherDelayS: 1, rescanIntervalS: 3600 } as const;

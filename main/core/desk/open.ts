// Which desk a folder is: the root of lanes (its marker says so, or it has `lanes/`), else a
// plain one-folder desk. A plain folder keeps working as it always did.

import type { Desk } from '../review/desk.ts';
import { FolderDesk } from '../review/folder-desk.ts';
import { isLanesRoot, LaneDesk, type LaneOwner } from './lane-desk.ts';

/** The desk at `path`; a lanes desk names this machine's own lane after `owner`. */
export async function openDeskAt(path: string, owner: () => Promise<LaneOwner | null>): Promise<Desk> {
  return (await isLanesRoot(path)) ? new LaneDesk(path, { owner }) : new FolderDesk(path);
}

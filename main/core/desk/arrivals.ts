// Watching a desk's folders for files arriving, for both layouts. A file is reported twice when
// the desk waits for sizes to settle: `fresh` the moment it appears or changes (a whole package,
// renamed into place by our own writes or by Syncthing, is then taken at once), and `settled`
// once its size has stayed put for `stabilityMs` (chokidar's awaitWriteFinish), when a file that
// still does not read is judged. The wait protects copies that grow in place (Explorer or Finder
// onto a USB stick or an SMB share): the review service never refuses a file on a fresh report.

import { watch, type ChokidarOptions, type FSWatcher } from 'chokidar';
import type { Arrival } from '../review/desk.ts';
import { isHiddenPath } from './files.ts';

export interface ArrivalWatchOptions {
  /** How deep under the watched folders desk files lie (0: directly in them). */
  depth: number;
  /** How long a file's size must stay unchanged before it is reported `settled` (ms); 0: no wait, every report is settled. */
  stabilityMs: number;
  /** Poll instead of OS events: for network shares where change events do not arrive. */
  usePolling: boolean;
  /** Report a new folder as "read everything" (a lane appeared). */
  newFolderReadsAll?: boolean;
}

/** Watches `paths` and calls onChange per file reported; resolves (once watching) to a function that stops. */
export async function watchArrivals(
  paths: string | string[],
  options: ArrivalWatchOptions,
  onChange: (paths: string[], arrival: Arrival) => void,
): Promise<() => Promise<void>> {
  const base: ChokidarOptions = {
    ignoreInitial: true,
    depth: options.depth,
    usePolling: options.usePolling,
    interval: 500,
    ignored: isHiddenPath,
  };
  const stability = options.stabilityMs;
  const watchers: FSWatcher[] = [];
  const at = (opts: ChokidarOptions, arrival: Arrival): FSWatcher => {
    const w = watch(paths, opts);
    w.on('add', (path: string) => onChange([path], arrival));
    w.on('change', (path: string) => onChange([path], arrival));
    // An unplugged stick or a dropped share: keep the app up; the periodic re-scan takes over.
    w.on('error', () => undefined);
    watchers.push(w);
    return w;
  };
  const first = at(base, stability > 0 ? 'fresh' : 'settled');
  if (options.newFolderReadsAll) first.on('addDir', () => onChange([], 'settled'));
  if (stability > 0) {
    const pollInterval = Math.max(20, Math.min(200, Math.floor(stability / 4)));
    at({ ...base, awaitWriteFinish: { stabilityThreshold: stability, pollInterval } }, 'settled');
  }
  await Promise.all(watchers.map((w) => new Promise<void>((resolve) => w.once('ready', () => resolve()))));
  return async () => {
    await Promise.all(watchers.map((w) => w.close()));
  };
}

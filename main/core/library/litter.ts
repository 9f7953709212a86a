// What a crash or a kill can leave in an article's folder (docs/article-format.md), and how it is
// found: temporary files of writers that died (an atomic write cut short: `.name.<pid>-…tmp` in
// the folder, revisions/, media/ or media/derived/), and photos no version of the article uses
// (a `dateline photo add` killed after the originals were stored, before the figure was saved).
//
// A temp file is litter once its writer is gone (and, if asked, older than a guard); a photo only
// when no figure of the article or of any of its revisions names it and its newest file is older
// than the age guard (an editor may have just added it, or removed its figure and still hold it
// in its undo history). An article or a revision that cannot be read keeps every photo.

import { basename, join } from 'node:path';
import type { Article } from '../../common/article/model.ts';
import { figureAssets } from '../../common/review/units.ts';
import { isAlive, parseTempName } from '../fs/atomic.ts';
import type { FileSystem } from '../fs/seam.ts';
import { derivedDir, mediaDir } from '../media/paths.ts';
import { REVISIONS_DIR } from './layout.ts';

export interface LitterGuards {
  /** A dead writer's temp file younger than this stays (default 0: a writer that is gone is the guard). */
  tempAgeMs: number;
  /** A photo no version uses whose newest file is younger than this stays (default 24 hours). */
  orphanAgeMs: number;
}

export const DEFAULT_LITTER_GUARDS: LitterGuards = { tempAgeMs: 0, orphanAgeMs: 24 * 60 * 60_000 };

/** A photo of the article that no version uses: its original, its json and its renditions. */
export interface OrphanAsset {
  assetId: string;
  files: string[];
  bytes: number;
}

export interface ArticleLitter {
  /** Temporary files of dead writers. */
  temp: string[];
  orphans: OrphanAsset[];
}

export interface LitterSource {
  fs: FileSystem;
  /** The article as saved now; null when it cannot be read (then no photo is judged). */
  current: () => Promise<Article | null>;
  /** Every other version the article may come back to (its revisions); throws when one cannot be read. */
  others: () => Promise<readonly Article[]>;
  now: Date;
  guards?: Partial<LitterGuards>;
}

const ASSET_FILE = /^([0-9a-f]{64})(?:\.[a-z0-9]{1,5}|-[a-z0-9]+\.[a-z0-9]{1,5})$/;

async function entries(fs: FileSystem, dir: string): Promise<{ path: string; size: number; mtimeMs: number }[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const out = [];
  for (const name of names) {
    const st = await fs.stat(join(dir, name)).catch(() => null);
    if (st?.isFile()) out.push({ path: join(dir, name), size: st.size, mtimeMs: st.mtimeMs });
  }
  return out;
}

/** Finds the litter of one article folder; reads revisions only when some photo is unused now. */
export async function findLitter(articleDir: string, source: LitterSource): Promise<ArticleLitter> {
  const guards = { ...DEFAULT_LITTER_GUARDS, ...source.guards };
  const now = source.now.getTime();
  const folders = [articleDir, join(articleDir, REVISIONS_DIR), mediaDir(articleDir), derivedDir(articleDir)];
  const files = (await Promise.all(folders.map((d) => entries(source.fs, d)))).flat();

  const temp = files
    .filter((f) => {
      const tmp = parseTempName(basename(f.path));
      return tmp !== null && tmp.pid !== process.pid && !isAlive(tmp.pid) && now - f.mtimeMs >= guards.tempAgeMs;
    })
    .map((f) => f.path);

  // The photos in media/ and media/derived/, by asset id.
  const assets = new Map<string, OrphanAsset & { newest: number }>();
  for (const f of files) {
    if (!f.path.startsWith(mediaDir(articleDir))) continue;
    const m = ASSET_FILE.exec(basename(f.path));
    if (!m) continue;
    const a = assets.get(m[1]) ?? { assetId: m[1], files: [], bytes: 0, newest: 0 };
    a.files.push(f.path);
    a.bytes += f.size;
    a.newest = Math.max(a.newest, f.mtimeMs);
    assets.set(m[1], a);
  }
  const current = await source.current();
  if (!current) return { temp, orphans: [] };
  const used = new Set(figureAssets(current.content));
  let candidates = [...assets.values()].filter((a) => !used.has(a.assetId) && now - a.newest >= guards.orphanAgeMs);
  if (candidates.length) {
    for (const version of await source.others()) for (const id of figureAssets(version.content)) used.add(id);
    candidates = candidates.filter((a) => !used.has(a.assetId));
  }
  return { temp, orphans: candidates.map(({ assetId, files: paths, bytes }) => ({ assetId, files: paths.sort(), bytes })) };
}

/** Removes what findLitter found; a file already gone is fine. */
export async function removeLitter(fs: FileSystem, litter: ArticleLitter): Promise<void> {
  for (const path of [...litter.temp, ...litter.orphans.flatMap((o) => o.files)]) await fs.unlink(path).catch(() => undefined);
}

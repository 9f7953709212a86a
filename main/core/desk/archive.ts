// The hub's archive (docs/desk.md): an article's packages leave the shared lane once its latest
// submission is decided, nothing of it changed for a set age, and every device sharing the lane
// has everything (so the reporter has the decision). Moving them out of the lane deletes them on
// the reporter's laptop and the editors' lane copies, which is the point: lanes stay small (each
// machine's Dateline keeps what it took in). The archive is the hub's alone. A forged decision
// could only archive a submission early, when every machine already has it, so decisions are
// not verified here.

import { mkdir, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import yauzl from 'yauzl';
import type { DeskEntry } from '../review/desk.ts';
import { articleOfDeskName, parsePackageName } from '../review/desk.ts';
import { scanLane } from './files.ts';
import type { LaneDesk } from './lane-desk.ts';
import { KIND_DIRS, laneKeyOfFolder } from './lanes.ts';
import type { SyncthingClient } from './syncthing/client.ts';

/** What a decision package answers, or a withdrawal voids, read from its manifest (unverified). */
export interface DecisionSubject {
  /** A decision: the submission it decides. */
  submissionId?: string;
  /** A withdrawal: the decision it voids. */
  withdraws?: string;
}

/** The submission a decision package answers, or the decision a withdrawal voids, read from its manifest (unverified); null when unreadable. */
export async function decisionSubject(zipPath: string): Promise<DecisionSubject | null> {
  let zip: yauzl.ZipFile | null = null;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false });
    if (zip.entryCount > 1000) return null;
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== 'manifest.json') continue;
      if (entry.uncompressedSize > 1024 * 1024) return null;
      const chunks: Buffer[] = [];
      for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
      const manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        decision?: { submissionId?: unknown };
        withdrawal?: { decisionId?: unknown };
      };
      if (typeof manifest.decision?.submissionId === 'string') return { submissionId: manifest.decision.submissionId };
      if (typeof manifest.withdrawal?.decisionId === 'string') return { withdraws: manifest.withdrawal.decisionId };
      return null;
    }
    return null;
  } catch {
    return null;
  } finally {
    zip?.close();
  }
}

/** The packages of one lane that are decided and old enough to leave it, by article. */
export async function decidedAndOld(laneDir: string, olderThan: number): Promise<DeskEntry[]> {
  const { entries } = await scanLane({ dir: laneDir });
  const byArticle = new Map<string, DeskEntry[]>();
  for (const e of entries) {
    const id = articleOfDeskName(e);
    if (id) byArticle.set(id, [...(byArticle.get(id) ?? []), e]);
  }
  const out: DeskEntry[] = [];
  for (const group of byArticle.values()) {
    if (group.some((e) => e.modifiedMs > olderThan)) continue;
    const latest = group
      .filter((e) => e.kind === 'submission')
      .map((e) => parsePackageName(e.name)?.packageId ?? '')
      .sort()
      .pop();
    if (!latest) continue;
    // Decisions on the latest submission, less those withdrawn (a withdrawn decision leaves the submission waiting).
    const deciding = new Set<string>();
    const withdrawn = new Set<string>();
    for (const d of group.filter((e) => e.kind === 'decision')) {
      const subject = await decisionSubject(join(laneDir, KIND_DIRS.decision, d.name));
      const packageId = parsePackageName(d.name)?.packageId;
      if (subject?.submissionId === latest && packageId) deciding.add(packageId);
      if (subject?.withdraws) withdrawn.add(subject.withdraws);
    }
    if ([...deciding].some((id) => !withdrawn.has(id))) out.push(...group);
  }
  return out;
}

/** Moves decided, old packages of every lane into `archive/<lane>/`, lane by lane once its devices have it all. Answers how many moved. */
export async function archiveDecided(desk: LaneDesk, client: SyncthingClient, me: string, olderThan: number): Promise<number> {
  const folders = await client.folders();
  let moved = 0;
  for (const lane of await desk.lanes()) {
    const old = await decidedAndOld(lane.dir, olderThan);
    if (old.length === 0) continue;
    const folder = folders.find((f) => resolve(f.path) === resolve(lane.dir)) ?? folders.find((f) => laneKeyOfFolder(f.id) === lane.key);
    if (!folder) continue;
    // A device that still lacks something (the reporter offline for days) would lose it: wait.
    let everyone = true;
    for (const d of folder.devices) {
      if (d.deviceID === me) continue;
      const c = await client.completion(folder.id, d.deviceID);
      if (c.needItems > 0 || c.needDeletes > 0 || c.completion < 100) everyone = false;
    }
    if (!everyone) continue;
    for (const e of old) {
      const dir = join(desk.archiveDir, lane.lane, KIND_DIRS[e.kind]);
      await mkdir(dir, { recursive: true });
      await rename(join(lane.dir, KIND_DIRS[e.kind], e.name), join(dir, e.name));
      moved++;
    }
  }
  return moved;
}

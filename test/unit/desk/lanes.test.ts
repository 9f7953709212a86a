// The lanes desk without any sync engine: a shared lanes root (as a network share would hold it)
// read by an editor as one desk; each reporter's submissions in their own lane, decisions and
// receipts written into the submitting reporter's lane; what a listing skips (Syncthing's temp
// files, .stfolder, .stignore, our .part files), conflict copies, a decision that arrives before
// its submission, and the hub's archive.

import { copyFile, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveDecided, decidedAndOld } from '../../../main/core/desk/archive.ts';
import { conflictOriginal } from '../../../main/core/desk/conflicts.ts';
import { syncTempTarget } from '../../../main/core/desk/files.ts';
import { LaneDesk, isLanesRoot } from '../../../main/core/desk/lane-desk.ts';
import { laneDirName, laneFolderId, laneKeyOfDir, laneKeyOfFolder } from '../../../main/core/desk/lanes.ts';
import { openDeskAt } from '../../../main/core/desk/open.ts';
import type { SyncthingClient } from '../../../main/core/desk/syncthing/client.ts';
import { FolderDesk } from '../../../main/core/review/folder-desk.ts';
import { tempDir } from '../review/helpers.ts';
import { closeMachines, fixtureArticle, machine, trustKey, type Machine } from './helpers.ts';

let root: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-lanes-'));
});
afterEach(async () => cleanup());

describe('lane names', () => {
  it('names a lane after its owner and key, and reads the key back', () => {
    const keyId = 'f241032e2eb262c5' + '0'.repeat(48);
    expect(laneDirName('Trần Trung Hậu', keyId)).toBe('tran-trung-hau-f241032e2eb262c5');
    expect(laneDirName('!!!', keyId)).toBe('f241032e2eb262c5');
    expect(laneKeyOfDir('tran-trung-hau-f241032e2eb262c5')).toBe('f241032e2eb262c5');
    expect(laneKeyOfDir('f241032e2eb262c5')).toBe('f241032e2eb262c5');
    expect(laneKeyOfDir('archive')).toBeNull();
    expect(laneFolderId(keyId)).toBe('dateline-lane-f241032e2eb262c5');
    expect(laneKeyOfFolder('dateline-lane-f241032e2eb262c5')).toBe('f241032e2eb262c5');
    expect(laneKeyOfFolder('dateline-lane-F241')).toBeNull();
    expect(laneKeyOfFolder('default')).toBeNull();
  });

  it('tells Syncthing’s temporary files and conflict copies by name', () => {
    expect(syncTempTarget('.syncthing.a-1__s-2.zip.tmp')).toBe('a-1__s-2.zip');
    expect(syncTempTarget('~syncthing~a-1__s-2.zip.tmp')).toBe('a-1__s-2.zip');
    expect(syncTempTarget('.a-1__s-2.zip.123-abc.part')).toBeNull();
    expect(conflictOriginal('a-0m4x1k2p-7f3k9q__s-0m4x1k2pa-7f3k9q2a1b.sync-conflict-20250105-104300-ABCDEF7.zip')).toBe(
      'a-0m4x1k2p-7f3k9q__s-0m4x1k2pa-7f3k9q2a1b.zip',
    );
    expect(conflictOriginal('x.sync-conflict-20250105-104300-ABCDEF7')).toBe('x');
    expect(conflictOriginal('x.sync-conflict-2025-104300-ABCDEF7.zip')).toBeNull();
    expect(conflictOriginal('a.zip')).toBeNull();
  });
});

describe('a lanes desk', () => {
  let A: Machine, B: Machine, E: Machine;
  let desk: string;

  beforeEach(async () => {
    desk = join(root, 'desk');
    A = await machine(root, 'A', 'Trần Trung Hậu', ['reporter']);
    B = await machine(root, 'B', 'Hoàng Lan', ['reporter']);
    E = await machine(root, 'E', 'Nguyễn Thị Biên', ['editor']);
    await new LaneDesk(desk).ensure();
    for (const m of [A, B, E]) await m.review.setDesk(desk);
    for (const r of [A, B]) {
      await trustKey(r, E, ['reporter']);
      await trustKey(E, r, ['editor']);
    }
  });
  afterEach(async () => closeMachines(A, B, E));

  it('opens a lanes root as lanes and any other folder as a plain desk', async () => {
    expect(await isLanesRoot(desk)).toBe(true);
    expect(A.review.currentDesk()).toBeInstanceOf(LaneDesk);
    expect(await openDeskAt(join(root, 'usb'), async () => null)).toBeInstanceOf(FolderDesk);
    await mkdir(join(root, 'share', 'lanes'), { recursive: true });
    expect(await openDeskAt(join(root, 'share'), async () => null)).toBeInstanceOf(LaneDesk);
  });

  it('files each reporter’s work in their own lane; the editor reads all lanes as one desk; decisions and receipts go back into the submitter’s lane', async () => {
    const a = await fixtureArticle(A);
    const b = await fixtureArticle(B);
    const sa = (await A.review.submit(a.id)).submission;
    const sb = (await B.review.submit(b.id)).submission;
    const aKey = (await A.review.profile())!.keyId;
    const bKey = (await B.review.profile())!.keyId;
    const lanes = await readdir(join(desk, 'lanes'));
    expect(lanes.sort()).toEqual([laneDirName('Hoàng Lan', bKey), laneDirName('Trần Trung Hậu', aKey)].sort());
    const aLane = join(desk, 'lanes', laneDirName('Trần Trung Hậu', aKey));
    expect(await readdir(join(aLane, 'submissions'))).toEqual([`${a.id}__${sa.packageId}.zip`]);

    await E.review.refresh();
    const inbox = await E.review.inbox();
    expect(inbox.items.map((i) => i.submission.packageId).sort()).toEqual([sa.packageId, sb.packageId].sort());
    // One receipt in each reporter's lane.
    expect((await readdir(join(aLane, 'receipts'))).length).toBe(1);
    expect((await readdir(join(desk, 'lanes', laneDirName('Hoàng Lan', bKey), 'receipts'))).length).toBe(1);
    // Reading again writes no second receipt.
    await E.review.refresh();
    expect((await readdir(join(aLane, 'receipts'))).length).toBe(1);

    const d = await E.review.approve(a.id, sa.packageId);
    expect(await readdir(join(aLane, 'decisions'))).toEqual([`${a.id}__${d.packageId}.zip`]);
    expect(await readdir(join(desk, 'lanes', laneDirName('Hoàng Lan', bKey), 'decisions'))).toEqual([]);

    await A.review.refresh();
    expect((await A.review.status(a.id)).status).toBe('approved');
    const [delivery] = await A.desk.deliveries(a.id);
    expect(delivery).toMatchObject({ packageId: sa.packageId, state: 'received', receipt: { by: { name: 'Nguyễn Thị Biên' } } });
  });

  it('skips Syncthing’s temporary files (listed as arriving), its markers and our own half-written files', async () => {
    const a = await fixtureArticle(A);
    const sa = (await A.review.submit(a.id)).submission;
    const aLane = join(desk, 'lanes', laneDirName('Trần Trung Hậu', (await A.review.profile())!.keyId));
    const name = `${a.id}__${sa.packageId}.zip`;
    await writeFile(join(aLane, '.stfolder'), '');
    await writeFile(join(aLane, '.stignore'), '(?d).*.part\n');
    await copyFile(join(aLane, 'submissions', name), join(aLane, 'submissions', `.syncthing.${a.id}__s-0mzzzzzzz-aaaaaaaaaa.zip.tmp`));
    await writeFile(join(aLane, 'submissions', `.${a.id}__s-0mzzzzzzz-bbbbbbbbbb.zip.123-x.part`), 'half');
    await writeFile(join(aLane, 'decisions', `~syncthing~${a.id}__d-0mzzzzzzz-cccccccccc.zip.tmp`), 'PK');
    const laneDesk = E.review.currentDesk() as LaneDesk;
    const scan = await laneDesk.scan();
    expect(scan.entries.map((e) => e.name)).toEqual([name]);
    expect(scan.arriving.map((x) => [x.kind, x.name]).sort()).toEqual([
      ['decision', `${a.id}__d-0mzzzzzzz-cccccccccc.zip`],
      ['submission', `${a.id}__s-0mzzzzzzz-aaaaaaaaaa.zip`],
    ]);
    await E.review.refresh();
    const inbox = await E.review.inbox();
    expect(inbox.items).toHaveLength(1);
    expect(inbox.refused).toEqual([]);
    expect(inbox.incomplete.map((i) => i.name).sort()).toEqual([
      `${a.id}__d-0mzzzzzzz-cccccccccc.zip`,
      `${a.id}__s-0mzzzzzzz-aaaaaaaaaa.zip`,
    ]);
  });

  it('ignores a conflict copy identical to its package and reports one that differs', async () => {
    const a = await fixtureArticle(A);
    const sa = (await A.review.submit(a.id)).submission;
    const aLane = join(desk, 'lanes', laneDirName('Trần Trung Hậu', (await A.review.profile())!.keyId));
    const name = `${a.id}__${sa.packageId}.zip`;
    const same = `${a.id}__${sa.packageId}.sync-conflict-20250105-104300-ABCDEF7.zip`;
    const other = `${a.id}__${sa.packageId}.sync-conflict-20250105-104400-QRSTUV2.zip`;
    await copyFile(join(aLane, 'submissions', name), join(aLane, 'submissions', same));
    const changed = await readFile(join(aLane, 'submissions', name));
    changed[changed.length - 30] ^= 0xff;
    await writeFile(join(aLane, 'submissions', other), changed);

    await E.review.refresh();
    const inbox = await E.review.inbox();
    expect(inbox.items).toHaveLength(1);
    expect(inbox.refused).toEqual([]);
    expect(inbox.conflicts.map((c) => [c.kind, c.name, c.copy])).toEqual([['submission', name, other]]);
    expect(inbox.conflicts[0].message).toContain(other);
    await A.review.refresh();
    expect((await A.desk.status()).conflicts.map((c) => c.copy)).toEqual([other]);
  });

  it('lets a decision that arrives before its submission wait, then takes both in', async () => {
    // H, a second editor, reads another copy of the desk, where files land in any order.
    const H = await machine(root, 'H', 'Lê Thu', ['editor']);
    try {
      const copy = join(root, 'copy');
      await new LaneDesk(copy).ensure();
      await H.review.setDesk(copy);
      await trustKey(A, H, ['reporter']);
      await trustKey(E, H, ['editor']);
      const laneName = laneDirName('Trần Trung Hậu', (await A.review.profile())!.keyId);
      const from = join(desk, 'lanes', laneName);
      const to = join(copy, 'lanes', laneName);
      for (const k of ['submissions', 'decisions']) await mkdir(join(to, k), { recursive: true });
      const carry = (kind: string, name: string) => copyFile(join(from, kind, name), join(to, kind, name));

      // Version 1 reaches both editors.
      const a = await fixtureArticle(A);
      const v1 = (await A.review.submit(a.id)).submission;
      await carry('submissions', `${a.id}__${v1.packageId}.zip`);
      await E.review.refresh();
      expect(await H.review.refresh()).toMatchObject({ accepted: 1 });
      // Version 2: E's approval of it reaches H before the submission itself.
      const saved = await A.library.get(a.id);
      await A.library.save({
        id: a.id,
        content: [...saved.content, { type: 'paragraph', id: 'b-new', children: [{ text: 'Đoạn bổ sung.' }] }] as never,
      });
      const v2 = (await A.review.submit(a.id)).submission;
      await E.review.refresh();
      const d = await E.review.approve(a.id, v2.packageId);
      await carry('decisions', `${a.id}__${d.packageId}.zip`);

      expect(await H.review.refresh()).toEqual({ accepted: 0, refused: 0, incomplete: 1 });
      let inbox = await H.review.inbox();
      expect(inbox.refused).toEqual([]);
      expect(inbox.incomplete.map((i) => i.name)).toEqual([`${a.id}__${d.packageId}.zip`]);

      await carry('submissions', `${a.id}__${v2.packageId}.zip`);
      expect(await H.review.refresh()).toEqual({ accepted: 2, refused: 0, incomplete: 0 });
      inbox = await H.review.inbox();
      expect(inbox.items.find((i) => i.submission.packageId === v2.packageId)).toMatchObject({
        state: 'decided',
        decisions: [{ packageId: d.packageId }],
      });
    } finally {
      await closeMachines(H);
    }
  });
});

describe('the hub’s archive', () => {
  /** A reporter and an editor who trust each other, on a lanes desk. */
  async function reporterAndEditorOnLanes(): Promise<{ A: Machine; E: Machine; desk: string; lanes: LaneDesk }> {
    const A = await machine(root, 'A', 'Trần Trung Hậu', ['reporter']);
    const E = await machine(root, 'E', 'Nguyễn Thị Biên', ['editor']);
    const desk = join(root, 'desk');
    const lanes = new LaneDesk(desk);
    await lanes.ensure();
    for (const m of [A, E]) await m.review.setDesk(desk);
    await trustKey(A, E, ['reporter']);
    await trustKey(E, A, ['editor']);
    return { A, E, desk, lanes };
  }

  it('moves an article’s packages once its latest submission is decided and old, and only when every device has them', async () => {
    const { A, E, desk, lanes } = await reporterAndEditorOnLanes();
    try {
      const decided = await fixtureArticle(A);
      const open = await fixtureArticle(A);
      const s1 = (await A.review.submit(decided.id)).submission;
      await A.review.submit(open.id);
      await E.review.refresh();
      await E.review.approve(decided.id, s1.packageId);
      const lane = (await lanes.lanes())[0];
      const now = Date.now();
      // Nothing is old yet.
      expect(await decidedAndOld(lane.dir, now - 3600_000)).toEqual([]);
      const old = await decidedAndOld(lane.dir, now + 1000);
      expect(old.map((e) => e.kind).sort()).toEqual(['decision', 'receipt', 'submission']);
      expect(old.every((e) => e.name.startsWith(decided.id))).toBe(true);

      let needItems = 1;
      const client = {
        folders: async () => [
          {
            id: laneFolderId((await A.review.profile())!.keyId),
            label: '',
            path: lane.dir,
            devices: [{ deviceID: 'HUB' }, { deviceID: 'LAPTOP' }],
          },
        ],
        completion: async () => ({
          completion: needItems ? 90 : 100,
          needItems,
          needBytes: 0,
          needDeletes: 0,
          globalBytes: 1,
          globalItems: 1,
        }),
      } as unknown as SyncthingClient;
      // The laptop still lacks something: nothing moves.
      expect(await archiveDecided(lanes, client, 'HUB', now + 1000)).toBe(0);
      needItems = 0;
      expect(await archiveDecided(lanes, client, 'HUB', now + 1000)).toBe(3);
      const archived = join(desk, 'archive', lane.lane);
      expect((await readdir(join(archived, 'submissions'))).map((n) => n.startsWith(decided.id))).toEqual([true]);
      expect((await readdir(join(lane.dir, 'submissions'))).every((n) => n.startsWith(open.id))).toBe(true);
      // The archive keeps each file's time, so a machine that took it in does not read it again.
      const st = await stat(join(archived, 'submissions', `${decided.id}__${s1.packageId}.zip`));
      await utimes(join(archived, 'submissions', `${decided.id}__${s1.packageId}.zip`), st.atime, st.mtime);
      expect(await E.review.refresh()).toEqual({ accepted: 0, refused: 0, incomplete: 0 });
      expect((await E.review.inbox()).items.find((i) => i.submission.articleId === decided.id)?.state).toBe('decided');
    } finally {
      await closeMachines(A, E);
    }
  });

  it('keeps an article whose decision was withdrawn in the lane: it waits for a decision again', async () => {
    const { A, E, lanes } = await reporterAndEditorOnLanes();
    try {
      const a = await fixtureArticle(A);
      const s1 = (await A.review.submit(a.id)).submission;
      await E.review.refresh();
      const d = await E.review.approve(a.id, s1.packageId);
      const lane = (await lanes.lanes())[0];
      expect((await decidedAndOld(lane.dir, Date.now() + 1000)).length).toBe(3);
      await A.review.refresh();
      expect(await A.review.status(a.id)).toMatchObject({ status: 'approved', locked: true });
      await E.review.withdraw(a.id, d.packageId);
      // The withdrawal went beside the submission, in the reporter's lane: the reporter reads it.
      expect((await readdir(join(lane.dir, 'decisions'))).filter((n) => n.includes('__w-'))).toHaveLength(1);
      expect((await A.review.refresh()).accepted).toBe(1);
      expect(await A.review.status(a.id)).toMatchObject({ status: 'submitted', locked: false, approval: null });
      expect(await decidedAndOld(lane.dir, Date.now() + 1000)).toEqual([]);
      // Decided again: it may leave.
      await E.review.approve(a.id, s1.packageId);
      expect((await decidedAndOld(lane.dir, Date.now() + 1000)).map((e) => e.kind).sort()).toEqual([
        'decision',
        'decision',
        'decision',
        'receipt',
        'submission',
      ]);
    } finally {
      await closeMachines(A, E);
    }
  });
});

// The desk across four machines on real Syncthing instances (test/syncthing/harness.ts): two
// reporters (A, B), the newsroom hub (whose Dateline is also an editor's, Lê Thu) and an editor
// (E). Everything travels through the hub on loopback. Skipped, with a sentence, only where the
// syncthing program is absent; CI installs it.

import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import { runHub, type HubReport } from '../../../main/core/desk/hub.ts';
import { LaneDesk } from '../../../main/core/desk/lane-desk.ts';
import { laneFolderId } from '../../../main/core/desk/lanes.ts';
import { makeReceipt } from '../../../main/core/desk/receipts.ts';
import { rawPublicKey, keyIdOf } from '../../../main/core/review/keys.ts';
import { NO_SYNCTHING, startNode, stopAll, syncthingBinary, waitFor, type StNode } from '../../syncthing/harness.ts';
import { closeMachines, fixtureArticle, machine, trustKey, type Machine } from './helpers.ts';

const haveSyncthing = syncthingBinary() !== null;
/** Each test waits on several machines in turn; on a loaded 2-core machine that can take minutes. */
const LONG = 600_000;
if (!haveSyncthing) console.warn(NO_SYNCTHING);

/** Every file under a folder, relative, skipping Syncthing's own (.stfolder, .stignore). */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.name.startsWith('.st')) continue;
      if (e.isDirectory()) await walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  await walk(dir);
  return out.sort();
}

describe.skipIf(!haveSyncthing)('the desk over Syncthing: two reporters, the hub, an editor', () => {
  let root: string;
  let nodes: StNode[] = [];
  let a: StNode, b: StNode, hub: StNode, e: StNode;
  let A: Machine, B: Machine, H: Machine, E: Machine;
  let hubRoot: string;
  const all = (): StNode[] => nodes;

  const hubPass = (extra: { clock?: () => Date; archiveAfterMs?: number } = {}): Promise<HubReport> =>
    runHub({
      client: hub.client,
      profiles: H.review.profiles,
      profileDir: H.profileDir,
      root: hubRoot,
      archiveAfterMs: extra.archiveAfterMs ?? 0,
      waitMs: 10_000,
      ...(extra.clock ? { clock: extra.clock } : {}),
    });

  /** The editor (and the hub's editor) read the desk until the inbox holds `n` submissions of the article. */
  const inboxHas = async (m: Machine, articleId: string, n = 1): Promise<boolean> => {
    await m.review.refresh();
    return (await m.review.inbox()).items.filter((i) => i.submission.articleId === articleId).length >= n;
  };
  const statusOf = async (m: Machine, id: string) => {
    await m.review.refresh();
    return m.review.status(id);
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dateline-desk-st-'));
    [a, b, hub, e] = await Promise.all(['a', 'b', 'hub', 'e'].map((n) => startNode(root, n)));
    nodes = [a, b, hub, e];
    A = await machine(root, 'A', 'Trần Trung Hậu', ['reporter']);
    // B finds its Syncthing the way a laptop does: the address and API key in Syncthing's own config.
    B = await machine(root, 'B', 'Hoàng Lan', ['reporter'], { env: { STHOMEDIR: b.home } });
    H = await machine(root, 'H', 'Lê Thu', ['editor']);
    E = await machine(root, 'E', 'Nguyễn Thị Biên', ['editor']);
    hubRoot = join(root, 'H', 'desk');
    for (const [m, n] of [
      [A, a],
      [H, hub],
      [E, e],
    ] as const)
      await m.desk.setSyncthing({ address: n.url, apiKey: n.apiKey });
    // The newsroom's trust: editors trust both reporters, reporters trust both editors, the
    // hub trusts A and E (B's key comes later, as --accept-keys would bring it).
    for (const r of [A, B])
      for (const ed of [E, H]) {
        await trustKey(r, ed, ['reporter']);
        await trustKey(ed, r, ['editor']);
      }
    await trustKey(E, H, ['editor']);
    await trustKey(H, E, ['editor']);
    for (const ed of [E, H]) await trustKey(B, ed, ['reporter']);
    // The hub's own Dateline (an editor's) reads the hub's lanes root as its desk.
    await new LaneDesk(hubRoot).ensure();
    await H.review.setDesk(hubRoot);
  }, 300_000);

  afterAll(async () => {
    await closeMachines(...[A, B, H, E].filter(Boolean));
    await stopAll(nodes, root);
  }, 120_000);

  it(
    'joins in one step; the hub takes devices whose keys it trusts and sends an unknown one away',
    async () => {
      // B's key is not on the hub yet.
      const bKey = (await B.review.exportKey()).content;
      const hubKeys = await H.review.listKeys();
      const bId = JSON.parse(bKey).keyId as string;
      if (hubKeys.some((k) => k.keyId === bId)) await H.review.removeKey(bId);

      for (const [m, n] of [
        [A, a],
        [B, b],
        [E, e],
      ] as const) {
        const status = await m.desk.join(hub.deviceId.toLowerCase().replace(/-/g, ' '), {
          root: join(root, m === A ? 'A' : m === B ? 'B' : 'E', 'desk'),
          hubAddress: hub.listen,
        });
        expect(status).toMatchObject({
          layout: 'lanes',
          engine: 'syncthing',
          syncthing: { state: 'ok', deviceId: n.deviceId, hub: { deviceId: hub.deviceId } },
        });
      }
      expect((await B.desk.status()).syncthing).toMatchObject({ state: 'ok', source: 'config', address: b.url });

      const seen = new Map<string, string>();
      await waitFor('the hub to take A and E, and send B away', all(), async () => {
        const r = await hubPass();
        for (const x of r.accepted) seen.set(x.deviceId, x.roles.join(','));
        for (const w of r.waiting) seen.set(w.deviceId, `waiting:${w.reason}`);
        return seen.get(a.deviceId) === 'reporter' && seen.get(e.deviceId) === 'editor' && seen.get(b.deviceId) === 'waiting:unknown-key';
      });
      expect((await hub.client.devices()).map((d) => d.deviceID)).not.toContain(b.deviceId);

      // The key file arrives (dateline desk hub --accept-keys): B is taken at its next attempt.
      const entry = await H.review.importKey({ content: bKey });
      await H.review.trustKey(entry.keyId, entry.claimedRoles);
      await waitFor('the hub to take B', all(), async () => (await hubPass()).accepted.some((x) => x.deviceId === b.deviceId));

      // E takes every lane; the hub shares each lane with E.
      await waitFor('the editor to take both lanes', all(), async () => {
        await E.desk.tend();
        const ids = (await e.client.folders()).map((f) => f.id);
        return [laneFolderId((await A.review.profile())!.keyId), laneFolderId((await B.review.profile())!.keyId)].every((id) =>
          ids.includes(id),
        );
      });
      // A reporter shares its own lane only.
      expect((await a.client.folders()).map((f) => f.id)).toEqual([laneFolderId((await A.review.profile())!.keyId)]);
    },
    LONG,
  );

  let first: Article;

  it(
    'delivers a submission through the hub: on this laptop only, reached the newsroom, received with a receipt; the approval comes back, and so does its withdrawal',
    async () => {
      first = await fixtureArticle(A, 2);
      // A offline: the submission stays on the laptop.
      await a.client.pause(hub.deviceId);
      // E offline too, so "reached" is seen before any receipt.
      await e.client.pause(hub.deviceId);
      const sent = await A.review.submit(first.id);
      await waitFor(
        'A to scan its submission',
        all(),
        async () =>
          !!(
            await a.client.file(
              laneFolderId((await A.review.profile())!.keyId),
              `submissions/${first.id}__${sent.submission.packageId}.zip`,
            )
          )?.local,
      );
      expect((await A.desk.deliveries(first.id))[0]).toMatchObject({ packageId: sent.submission.packageId, state: 'local' });

      await a.client.resume(hub.deviceId);
      const reached = await waitFor('the hub to have it', all(), async () => {
        const d = (await A.desk.deliveries(first.id))[0];
        return d.state === 'reached' ? d : null;
      });
      expect(reached.receipt).toBeUndefined();
      expect((await A.desk.status()).deliveries[0]).toMatchObject({ packageId: sent.submission.packageId, state: 'reached' });

      await e.client.resume(hub.deviceId);
      await waitFor('the editor’s inbox', all(), () => inboxHas(E, first.id));
      const received = await waitFor('the receipt', all(), async () => {
        await A.review.refresh();
        const d = (await A.desk.deliveries(first.id))[0];
        return d.state === 'received' ? d : null;
      });
      expect(received.receipt).toMatchObject({ by: { name: 'Nguyễn Thị Biên' } });

      const approval = await E.review.approve(first.id, sent.submission.packageId, 'Đăng số Chủ nhật.');
      await waitFor('A to see the approval', all(), async () => (await statusOf(A, first.id)).status === 'approved');
      expect((await A.review.status(first.id)).decision).toMatchObject({
        verdict: 'approved',
        note: 'Đăng số Chủ nhật.',
        editor: { name: 'Nguyễn Thị Biên' },
      });

      // A withdrawal travels into A's lane the same way: the article unlocks; approved again, it locks.
      await E.review.withdraw(first.id, approval.packageId);
      await waitFor('A to see the withdrawal', all(), async () => (await statusOf(A, first.id)).status === 'submitted');
      expect(await A.review.status(first.id)).toMatchObject({ locked: false, approval: null });
      await E.review.approve(first.id, sent.submission.packageId, 'Đăng số Chủ nhật.');
      await waitFor('A to see the approval again', all(), async () => (await statusOf(A, first.id)).status === 'approved');
    },
    LONG,
  );

  it(
    'never sends reporter B what reporter A filed',
    async () => {
      const bArticle = await fixtureArticle(B, 1);
      await B.review.submit(bArticle.id);
      await waitFor('the editor to have B’s submission', all(), () => inboxHas(E, bArticle.id));
      await waitFor('the receipt to reach B', all(), async () => {
        await B.review.refresh();
        return (await B.desk.deliveries(bArticle.id))[0]?.state === 'received';
      });
      const onB = await filesUnder(join(root, 'B', 'desk'));
      expect(onB.some((f) => f.includes(first.id))).toBe(false);
      expect(onB.every((f) => f === 'dateline-desk.json' || f.startsWith(`lanes/hoang-lan-`))).toBe(true);
      expect((await b.client.folders()).map((f) => f.id)).toEqual([laneFolderId((await B.review.profile())!.keyId)]);
      expect(Object.keys(await b.client.pendingFolders())).toEqual([]);
      // The editor has both.
      const onE = await filesUnder(join(root, 'E', 'desk'));
      expect(onE.some((f) => f.includes(first.id))).toBe(true);
      expect(onE.some((f) => f.includes(bArticle.id))).toBe(true);
    },
    LONG,
  );

  it(
    'brings a decision made while the reporter was offline when the laptop comes back',
    async () => {
      const art = await fixtureArticle(A, 1);
      const sent = await A.review.submit(art.id);
      await waitFor('the editor’s inbox', all(), () => inboxHas(E, art.id));
      await a.client.pause(hub.deviceId);
      await E.review.returnArticle(art.id, sent.submission.packageId, 'Thiếu ý kiến người dân.');
      const aLane = laneFolderId((await A.review.profile())!.keyId);
      // The hub has the decision; the laptop does not.
      await waitFor('the decision at the hub', all(), async () => (await e.client.completion(aLane, hub.deviceId)).needItems === 0);
      expect((await statusOf(A, art.id)).status).toBe('submitted');
      await a.client.resume(hub.deviceId);
      await waitFor('A to see the return', all(), async () => (await statusOf(A, art.id)).status === 'returned');
      expect((await A.review.status(art.id)).decision?.note).toBe('Thiếu ý kiến người dân.');
    },
    LONG,
  );

  it(
    'keeps both decisions of two editors deciding while the network is split, as a conflict',
    async () => {
      const art = await fixtureArticle(A, 1);
      const sent = await A.review.submit(art.id);
      await waitFor('both editors’ inboxes', all(), async () => (await inboxHas(E, art.id)) && (await inboxHas(H, art.id)));
      await e.client.pause(hub.deviceId);
      await E.review.approve(art.id, sent.submission.packageId);
      await H.review.returnArticle(art.id, sent.submission.packageId, 'Cần kiểm chứng.');
      await waitFor('A to see the hub editor’s return', all(), async () => (await statusOf(A, art.id)).status === 'returned');
      await e.client.resume(hub.deviceId);
      const status = await waitFor('A to see the conflict', all(), async () => {
        const s = await statusOf(A, art.id);
        return s.conflict.length === 2 ? s : null;
      });
      expect(status.conflict.map((d) => [d.editor.name, d.verdict]).sort()).toEqual([
        ['Lê Thu', 'returned'],
        ['Nguyễn Thị Biên', 'approved'],
      ]);
      // The editors see it too.
      await waitFor('E to see the conflict', all(), async () => {
        await E.review.refresh();
        return (await E.review.inbox()).items.find((i) => i.submission.packageId === sent.submission.packageId)?.state === 'conflict';
      });
    },
    LONG,
  );

  it(
    'refuses a forged receipt, one signed by an unknown key, and a replayed one; the real receipt stands',
    async () => {
      const aKey = (await A.review.profile())!;
      const review = await A.review.store.readArticle(first.id);
      const sub = review.submissions[0];
      const subject = { articleId: first.id, packageId: sub.packageId, contentHash: sub.contentHash, submitterKeyId: aKey.keyId };
      const signer = await E.review.profiles.signer();
      const laneOnE = ((await E.review.currentDesk()) as LaneDesk).laneOf(aKey.keyId);
      const receipts = join((await laneOnE)!.dir, 'receipts');
      // Forged: E's receipt with its time changed after signing.
      const genuine = makeReceipt(signer, subject, new Date());
      const forged = { ...genuine.receipt, createdAt: '2020-01-01T00:00:00.000Z' };
      await writeFile(join(receipts, genuine.name), JSON.stringify(forged));
      // Unknown key: a key nobody imported.
      const { privateKey } = generateKeyPairSync('ed25519');
      const stranger = makeReceipt(
        {
          person: { keyId: keyIdOf(rawPublicKey(privateKey)), name: 'Kẻ lạ' },
          roles: ['editor'],
          publicKey: rawPublicKey(privateKey),
          privateKey,
        },
        subject,
        new Date(),
      );
      await writeFile(join(receipts, stranger.name), stranger.bytes);
      // Replayed: a genuine receipt copied under another receipt's name.
      const other = makeReceipt(signer, subject, new Date(Date.now() + 1000));
      await writeFile(join(receipts, other.name), makeReceipt(signer, subject, new Date(Date.now() + 2000)).bytes);

      const refused = await waitFor('A to refuse three receipts', all(), async () => {
        await A.review.refresh();
        const r = (await A.review.store.refused()).filter((x) => x.kind === 'receipt');
        return r.length >= 3 ? r : null;
      });
      expect(Object.fromEntries(refused.map((r) => [r.name, r.reason]))).toEqual({
        [genuine.name]: 'bad-signature',
        [stranger.name]: 'unknown-key',
        [other.name]: 'replayed',
      });
      const d = (await A.desk.deliveries(first.id))[0];
      expect(d).toMatchObject({ state: 'received', receipt: { by: { name: 'Nguyễn Thị Biên' } } });
      expect(d.receipt?.at).not.toBe('2020-01-01T00:00:00.000Z');
    },
    LONG,
  );

  it(
    'moves decided, old packages to the hub’s archive: out of the reporter’s and the editor’s lanes, still in the editor’s inbox',
    async () => {
      const aKey = (await A.review.profile())!;
      const aLaneDir = (await ((await A.review.currentDesk()) as LaneDesk).laneOf(aKey.keyId))!.dir;
      expect((await filesUnder(aLaneDir)).some((f) => f.includes(first.id))).toBe(true);
      const later = new Date(Date.now() + 2 * 24 * 3600_000);
      const report = await waitFor('the hub to archive', all(), async () => {
        const r = await hubPass({ clock: () => later, archiveAfterMs: 24 * 3600_000 });
        return r.archived > 0 ? r : null;
      });
      expect(report.archived).toBeGreaterThanOrEqual(3);
      await waitFor(
        'the archive to empty A’s lane of the decided article',
        all(),
        async () => !(await filesUnder(aLaneDir)).some((f) => f.includes(first.id)),
      );
      await waitFor(
        'the archive to empty E’s copy of the lane',
        all(),
        async () => !(await filesUnder(join(root, 'E', 'desk', 'lanes'))).some((f) => f.includes(first.id)),
      );
      expect((await filesUnder(join(hubRoot, 'archive'))).filter((f) => f.includes(first.id)).length).toBeGreaterThanOrEqual(3);
      await E.review.refresh();
      expect((await E.review.inbox()).items.some((i) => i.submission.articleId === first.id && i.state === 'decided')).toBe(true);
      expect((await statusOf(A, first.id)).status).toBe('approved');
      // Undecided packages stay: B's submission is still in B's lane on the hub.
      const bLaneOnHub = (await new LaneDesk(hubRoot).laneOf((await B.review.profile())!.keyId))!.dir;
      expect((await filesUnder(join(bLaneOnHub, 'submissions'))).length).toBe(1);
    },
    LONG,
  );
});

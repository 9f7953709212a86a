// The desk across machines (docs/desk.md):
// - desk.inbox_2000_ms: the editor's inbox with 2,000 submissions over 50 lanes, read cold (the
//   app starts over a desk and a library that took them all in earlier: open the service, scan
//   the desk, list the inbox); desk.inbox_2000_arrival_ms: one new submission arrives in a lane
//   (the scan the watcher triggers, the package taken in, the inbox listed again).
// - desk.submit_to_inbox_ms: a reporter's submit until the editor's inbox shows it, through the
//   hub, on three real Syncthing instances on loopback (p50 of 10), with
//   desk.syncthing_transfer_ms, Syncthing's own time to carry a file of the same size the same
//   way (reporter → hub → editor), as the limit. Skipped (with a line) where Syncthing is absent.
// - desk.submission_mb, desk.decision_kb, desk.receipt_kb: what one article of twenty photos
//   puts on the desk (the figures docs/desk.md's traffic and storage are computed from).

import { createHash, randomBytes } from 'node:crypto';
import { watch } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article, Block } from '../../main/common/article/model.ts';
import { newArticleId } from '../../main/common/article/ids.ts';
import { articleHeadline } from '../../main/common/article/model.ts';
import { newReviewId } from '../../main/common/review/ids.ts';
import { DEFAULT_SETTINGS } from '../../main/common/settings.ts';
import { runHub } from '../../main/core/desk/hub.ts';
import { LaneDesk } from '../../main/core/desk/lane-desk.ts';
import { laneDirName, laneFolderId } from '../../main/core/desk/lanes.ts';
import { DeskService } from '../../main/core/desk/service.ts';
import { Library } from '../../main/core/library/library.ts';
import { packageName } from '../../main/core/review/desk.ts';
import { contentHashOf } from '../../main/core/review/hash.ts';
import { generateSigningKey, keyIdOf, makePublicKeyFile, privateKeyObject } from '../../main/core/review/keys.ts';
import { libraryPort } from '../../main/core/review/library.ts';
import type { Signer } from '../../main/core/review/profile.ts';
import { ReviewService } from '../../main/core/review/service.ts';
import { writePackage } from '../../main/core/review/writer.ts';
import { startNode, stopAll, syncthingBinary, waitFor, type StNode } from '../syncthing/harness.ts';
import { fakeJpeg, fixtureContent } from '../unit/review/helpers.ts';
import { percentile, round, type Benchmark, type Figure } from './harness.ts';

const LANES = 50;
const PER_LANE = 40;
const ARRIVALS = 5;
const RUNS = 10;
const PHOTOS = 20;
/** The photos of the Syncthing runs: phone-sized by default (DESK_BENCH_PHOTO_MB to change). */
const RUN_PHOTO_BYTES = Math.round(Number(process.env.DESK_BENCH_PHOTO_MB ?? 1) * 1e6);

const median = (xs: number[]): number => percentile(xs, 50);

interface Machine {
  library: Library;
  review: ReviewService;
  desk: DeskService;
  profileDir: string;
}

export async function machine(root: string, name: string, roles: ('reporter' | 'editor')[], watchDesk = false): Promise<Machine> {
  const library = new Library({ dir: join(root, name, 'library'), settings: () => DEFAULT_SETTINGS, cacheFlushDelayMs: 10 });
  const profileDir = join(root, name, 'profile');
  const review = new ReviewService({
    reviewDir: join(root, name, 'library', 'review'),
    profileDir,
    library: libraryPort(library),
    watch: watchDesk,
    rescanMs: 0,
  });
  await review.start();
  await review.setProfile(name, roles);
  const desk = new DeskService({ review, profileDir, libraryDir: join(root, name, 'library'), env: { STHOMEDIR: join(root, 'none') } });
  return { library, review, desk, profileDir };
}

async function close(...ms: Machine[]): Promise<void> {
  for (const m of ms) {
    await m.review.close();
    await m.library.close();
  }
}

/** An article of `photos` photos of `bytes()` bytes each, in the machine's library. */
async function photoArticle(m: Machine, photos: number, bytes: () => number, headline: string): Promise<string> {
  const article = await m.library.create({ headline });
  const media = join(m.library.articleDir(article.id), 'media');
  await mkdir(media, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < photos; i++) {
    const data = fakeJpeg(bytes());
    const assetId = createHash('sha256').update(data).digest('hex');
    await writeFile(join(media, `${assetId}.jpg`), data);
    ids.push(assetId);
  }
  await m.library.save({ id: article.id, content: (await fixtureContent(ids)) as never });
  return article.id;
}

/** A newsroom signer that is only a key (no library): the 50 reporters of the inbox benchmark. */
export function reporterKey(name: string): { signer: Signer; keyFile: string } {
  const pair = generateSigningKey();
  const privateKey = privateKeyObject(pair.privateKeyDer);
  const keyId = keyIdOf(pair.publicKey);
  const keyFile = JSON.stringify(
    makePublicKeyFile({ name, roles: ['reporter'], publicKey: pair.publicKey, createdAt: new Date().toISOString(), privateKey }),
  );
  return { signer: { person: { keyId, name }, roles: ['reporter'], publicKey: pair.publicKey, privateKey }, keyFile };
}

/** Writes a signed submission of a copy of `base` (new id) into a lane, as its reporter's machine would. */
export async function laneSubmission(
  root: string,
  reporter: Signer,
  base: Article,
  at: number,
  moving?: (packageId: string) => void,
): Promise<string> {
  const article: Article = { ...base, id: newArticleId(at), version: 1 };
  const packageId = newReviewId('s', at);
  const dir = join(root, 'lanes', laneDirName(reporter.person.name, reporter.person.keyId), 'submissions');
  await mkdir(dir, { recursive: true });
  const name = packageName(article.id, packageId);
  // Written beside the lane, then moved in whole, as a sync engine does.
  const tmp = join(root, `.${name}.tmp`);
  await writePackage(tmp, {
    kind: 'submission',
    packageId,
    createdAt: new Date(at).toISOString(),
    signer: reporter,
    article,
    headline: articleHeadline(article.content),
    contentHash: contentHashOf(article),
    notes: { threads: [], suggestions: [] },
    media: [],
  });
  moving?.(packageId);
  await rename(tmp, join(dir, name));
  return packageId;
}

async function inbox2000(tmpDir: string, log: (m: string) => void): Promise<Record<string, Figure>> {
  const root = join(tmpDir, 'inbox');
  const deskRoot = join(root, 'desk');
  await new LaneDesk(deskRoot).ensure();
  const editor = await machine(root, 'editor', ['editor']);
  const reporters = Array.from({ length: LANES }, (_, i) => reporterKey(`Phóng viên ${i + 1}`));
  for (const r of reporters) {
    const entry = await editor.review.importKey({ content: r.keyFile });
    await editor.review.trustKey(entry.keyId, ['reporter']);
  }
  const base: Article = { ...(await editor.library.create({ headline: 'Bốn tốt' })), content: (await fixtureContent()) as Block[] };
  let at = Date.now() - LANES * PER_LANE * 1000;
  let t = performance.now();
  for (const r of reporters) for (let i = 0; i < PER_LANE; i++) await laneSubmission(deskRoot, r.signer, base, (at += 1000));
  log(`${LANES * PER_LANE} submissions written over ${LANES} lanes in ${(performance.now() - t).toFixed(0)} ms`);
  await editor.review.setDesk(deskRoot);
  t = performance.now();
  const first = await editor.review.refresh();
  log(`taken in (first time, with receipts): ${first.accepted} in ${(performance.now() - t).toFixed(0)} ms`);
  if (first.accepted !== LANES * PER_LANE) throw new Error(`took in ${first.accepted}, refused ${first.refused}`);
  await close(editor);

  // Cold: the app starts again over the same library and desk.
  const library = new Library({ dir: join(root, 'editor', 'library'), settings: () => DEFAULT_SETTINGS, cacheFlushDelayMs: 10 });
  t = performance.now();
  const review = new ReviewService({
    reviewDir: join(root, 'editor', 'library', 'review'),
    profileDir: editor.profileDir,
    library: libraryPort(library),
    watch: false,
    rescanMs: 0,
  });
  await review.start();
  const scan = await review.refresh();
  const tScan = performance.now() - t;
  const cold = await review.inbox();
  const coldMs = performance.now() - t;
  if (cold.items.length !== LANES * PER_LANE || scan.accepted !== 0)
    throw new Error(`cold inbox: ${cold.items.length} items, ${scan.accepted} new`);
  log(`cold: scan ${tScan.toFixed(0)} ms, inbox listed at ${coldMs.toFixed(0)} ms`);

  await review.close();

  // One arrival, as the app sees it: the desk's watcher reports the file a sync engine renamed
  // into a lane; the service takes it in (and signs its receipt); the inbox lists it.
  const watching = new ReviewService({
    reviewDir: join(root, 'editor', 'library', 'review'),
    profileDir: editor.profileDir,
    library: libraryPort(library),
    watch: true,
    rescanMs: 0,
  });
  await watching.start();
  await watching.refresh();
  const arrivals: number[] = [];
  for (let i = 0; i < ARRIVALS; i++) {
    let moved = 0;
    let packageId = '';
    const listed = new Promise<number>((resolve) => {
      const off = watching.onChange(async (ev) => {
        if (ev.type !== 'inbox' || !packageId) return;
        if ((await watching.inbox()).items.some((x) => x.submission.packageId === packageId)) {
          off();
          resolve(performance.now() - moved);
        }
      });
    });
    await laneSubmission(deskRoot, reporters[i].signer, base, Date.now(), (id) => {
      packageId = id;
      moved = performance.now();
    });
    arrivals.push(await listed);
  }
  log(`arrivals (file in its lane → listed): ${arrivals.map((x) => x.toFixed(0)).join(', ')} ms`);
  await watching.close();
  await library.close();
  await rm(root, { recursive: true, force: true });
  return {
    'desk.inbox_2000_ms': { value: round(coldMs, 0), goal: '<= 1000' },
    'desk.inbox_2000_arrival_ms': { value: round(median(arrivals), 0), goal: '<= 100' },
  };
}

/** Waits until a file of `size` bytes named `name` is in `dir` (Syncthing renames it in whole). */
function arrival(dir: string, name: string, size: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      stat(join(dir, name)).then(
        (st) => {
          if (st.size === size) {
            watcher.close();
            resolve();
          }
        },
        () => undefined,
      );
    };
    const watcher = watch(dir, () => check());
    watcher.on('error', reject);
    check();
  });
}

async function throughHub(tmpDir: string, log: (m: string) => void): Promise<Record<string, Figure>> {
  const root = join(tmpDir, 'hub');
  await mkdir(root, { recursive: true });
  const nodes: StNode[] = [];
  try {
    const [a, h, e] = await Promise.all(['a', 'h', 'e'].map((n) => startNode(root, n)));
    nodes.push(a, h, e);
    const A = await machine(root, 'A', ['reporter']);
    const H = await machine(root, 'H', ['editor']);
    const E = await machine(root, 'E', ['editor'], true);
    try {
      for (const [m, n] of [
        [A, a],
        [H, h],
        [E, e],
      ] as const)
        await m.desk.setSyncthing({ address: n.url, apiKey: n.apiKey });
      const aKey = await A.review.exportKey();
      const eKey = await E.review.exportKey();
      for (const [to, key, role] of [
        [H, aKey, 'reporter'],
        [E, aKey, 'reporter'],
        [H, eKey, 'editor'],
        [A, eKey, 'editor'],
      ] as const) {
        const entry = await to.review.importKey({ content: key.content });
        await to.review.trustKey(entry.keyId, [role]);
      }
      const hubRoot = join(root, 'H', 'desk');
      await new LaneDesk(hubRoot).ensure();
      await A.desk.join(h.deviceId, { root: join(root, 'A', 'desk'), hubAddress: h.listen });
      await E.desk.join(h.deviceId, { root: join(root, 'E', 'desk'), hubAddress: h.listen });
      const accepted = new Set<string>();
      await waitFor('the hub to accept both', nodes, async () => {
        const r = await runHub({
          client: h.client,
          profiles: H.review.profiles,
          profileDir: H.profileDir,
          root: hubRoot,
          archiveAfterMs: 0,
          waitMs: 10_000,
        });
        for (const x of r.accepted) accepted.add(x.deviceId);
        return accepted.size === 2;
      });
      const aLane = laneFolderId(aKey.content.match(/"keyId": "([0-9a-f]{64})"/)?.[1] ?? '');
      await waitFor('the editor to take the reporter’s lane', nodes, async () => {
        await E.desk.tend();
        return (await e.client.folders()).some((f) => f.id === aLane);
      });
      const aDir = (await new LaneDesk(join(root, 'A', 'desk')).lanes())[0].dir;
      const eDir = join(root, 'E', 'desk', 'lanes', (await new LaneDesk(join(root, 'A', 'desk')).lanes())[0].lane);

      const submitMs: number[] = [];
      const transferMs: number[] = [];
      let size = 0;
      for (let run = 0; run < RUNS; run++) {
        const id = await photoArticle(A, PHOTOS, () => RUN_PHOTO_BYTES, `Bài ${run}`);
        const listed = new Promise<void>((resolve) => {
          const off = E.review.onChange(async (ev) => {
            if (ev.type !== 'inbox') return;
            if ((await E.review.inbox()).items.some((i) => i.submission.articleId === id)) {
              off();
              resolve();
            }
          });
        });
        const t = performance.now();
        const sent = await A.review.submit(id);
        await listed;
        submitMs.push(performance.now() - t);
        size = (await stat(join(aDir, 'submissions', packageName(id, sent.submission.packageId)))).size;

        // The same bytes, as a plain file, the same way.
        const name = `transfer-${run}.bin`;
        const tmp = join(root, name);
        await writeFile(tmp, randomBytes(size));
        const arrived = arrival(eDir, name, size);
        const t2 = performance.now();
        await rename(tmp, join(aDir, name));
        await arrived;
        transferMs.push(performance.now() - t2);
        log(
          `run ${run + 1}: ${(size / 1e6).toFixed(1)} MB, submit → inbox ${submitMs[run].toFixed(0)} ms, Syncthing alone ${transferMs[run].toFixed(0)} ms`,
        );
        // Keep the disk bounded: the reporter's lane forgets the run (the deletion travels too).
        await rm(join(aDir, name), { force: true });
        await rm(join(A.library.articleDir(id), 'media'), { recursive: true, force: true });
      }
      return {
        'desk.submit_to_inbox_ms': { value: round(median(submitMs), 0), goal: `limit: desk.syncthing_transfer_ms` },
        'desk.syncthing_transfer_ms': { value: round(median(transferMs), 0) },
        'desk.run_package_mb': { value: round(size / 1e6, 1) },
      };
    } finally {
      await close(A, H, E);
    }
  } finally {
    await stopAll(nodes, root);
  }
}

/** What one article of twenty camera photos (5-8 MB each) puts on the desk: submission, decision, receipt. */
async function sizes(tmpDir: string, log: (m: string) => void): Promise<Record<string, Figure>> {
  const root = join(tmpDir, 'sizes');
  const desk = join(root, 'desk');
  const R = await machine(root, 'R', ['reporter']);
  const E = await machine(root, 'E', ['editor']);
  try {
    for (const m of [R, E]) await m.review.setDesk(desk);
    const rk = await E.review.importKey({ content: (await R.review.exportKey()).content });
    await E.review.trustKey(rk.keyId, ['reporter']);
    const id = await photoArticle(R, PHOTOS, () => 5_000_000 + Math.floor(Math.random() * 3_000_000), 'Hai mươi ảnh');
    const sent = await R.review.submit(id);
    await E.review.refresh();
    await E.review.approve(id, sent.submission.packageId, 'Đăng số Chủ nhật.');
    const size = async (dir: string): Promise<number> => {
      const names = (await readdir(join(desk, dir))).filter((n) => !n.startsWith('.'));
      return (await stat(join(desk, dir, names[0]))).size;
    };
    const figures = { submission: await size('submissions'), decision: await size('decisions'), receipt: await size('receipts') };
    log(
      `one article of ${PHOTOS} photos: submission ${(figures.submission / 1e6).toFixed(1)} MB, decision ${(figures.decision / 1e3).toFixed(1)} kB, receipt ${(figures.receipt / 1e3).toFixed(2)} kB`,
    );
    return {
      'desk.submission_mb': { value: round(figures.submission / 1e6, 1) },
      'desk.decision_kb': { value: round(figures.decision / 1e3, 1) },
      'desk.receipt_kb': { value: round(figures.receipt / 1e3, 2) },
    };
  } finally {
    await close(R, E);
    await rm(root, { recursive: true, force: true });
  }
}

const bench: Benchmark = {
  name: 'desk',
  async run({ tmpDir, log }) {
    const figures: Record<string, Figure> = {};
    Object.assign(figures, await sizes(tmpDir, log));
    Object.assign(figures, await inbox2000(tmpDir, log));
    if (syncthingBinary()) Object.assign(figures, await throughHub(tmpDir, log));
    else log('syncthing is not installed: desk.submit_to_inbox_ms is not measured (apt-get install syncthing)');
    return figures;
  },
};

export default bench;

// The media processes: a batch keeps going past bad photos, a killed process is replaced and the
// photo it held is reported by name, and the app's own process never loads sharp.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, unlinkSync as unlinkNow } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMediaService, forkWorker, type MediaProgress, type MediaService } from '../../../main/core/media/service.ts';
import { listAssets } from '../../../main/core/media/store.ts';
import { photoJpeg } from './corpus.ts';

let root: string;
let photos: string[];
let service: MediaService | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-media-svc-'));
  photos = [];
  for (let i = 0; i < 4; i++) {
    const path = join(root, `IMG_000${i}.JPG`);
    await writeFile(path, await photoJpeg(1200, 800, 30 + i));
    photos.push(path);
  }
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await service?.close();
  service = undefined;
});

let n = 0;
async function newArticle(): Promise<string> {
  const dir = join(root, `a-${++n}`);
  await mkdir(dir);
  return dir;
}

describe('MediaService', () => {
  it('adds a batch past the bad photos, with progress per photo, in two processes', async () => {
    service = createMediaService({ poolSize: 2 });
    const article = await newArticle();
    const text = join(root, 'ghi-chu.jpg');
    await writeFile(text, 'ghi chú phỏng vấn\n');
    const events: MediaProgress[] = [];
    const outcomes = await service.addPhotos(article, [photos[0], text, join(root, 'missing.jpg'), photos[1]], (e) => events.push(e));

    expect(outcomes.map((o) => [o.index, o.name, o.ok])).toEqual([
      [0, 'IMG_0000.JPG', true],
      [1, 'ghi-chu.jpg', false],
      [2, 'missing.jpg', false],
      [3, 'IMG_0001.JPG', true],
    ]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.params.reason))).toEqual(['ok', 'not-image-text', 'vanished', 'ok']);
    expect(
      events
        .filter((e) => e.type === 'started')
        .map((e) => e.index)
        .sort(),
    ).toEqual([0, 1, 2, 3]);
    const finished = events.filter((e) => e.type !== 'started');
    expect(finished.map((e) => ('completed' in e ? e.completed : 0))).toEqual([1, 2, 3, 4]);
    expect(finished.map((e) => e.type).sort()).toEqual(['done', 'done', 'failed', 'failed']);
    // Both processes were started for the batch (which one takes which photo is up to timing).
    expect(service.workers().length).toBe(2);
    expect((await listAssets(article)).length).toBe(2);

    // A fast process can take all four photos before the second one is ready, so what follows
    // asks only the processes that took one.
    const worked = new Set(events.flatMap((e) => (e.type === 'started' && e.workerPid ? [e.workerPid] : [])));
    const workers = service.workers().filter((w) => w.pid !== undefined && worked.has(w.pid));
    expect(workers.length).toBeGreaterThan(0);
    // The media process is where sharp lives (the check the parent probe relies on).
    if (process.platform === 'linux') {
      const pid = workers[0]?.pid;
      expect(await readFile(`/proc/${pid}/maps`, 'utf8')).toMatch(/libvips/);
      // …with glibc's arenas capped, which is what keeps its peak memory down.
      expect((await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0')).toContain('MALLOC_ARENA_MAX=2');
    }
    // Each process that took a photo reports its peak memory; none is left busy.
    expect(workers.every((w) => w.peakRssMb > 0 && !w.busy)).toBe(true);
  });

  it('a media process killed mid-import: that photo reported by name, the others added, the next import works', async () => {
    service = createMediaService({ poolSize: 2 });
    const article = await newArticle();
    let killed: number | undefined;
    const outcomes = await service.addPhotos(article, photos, (e) => {
      if (e.type === 'started' && e.index === 1 && e.workerPid) {
        killed = e.workerPid;
        process.kill(e.workerPid, 'SIGKILL');
      }
    });
    expect(killed).toBeDefined();
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true]);
    const failed = outcomes[1];
    expect(failed.ok ? null : failed.error).toEqual({ code: 'BAD_IMAGE', params: { reason: 'crashed', name: 'IMG_0001.JPG' } });
    expect(service.workers().map((w) => w.pid)).not.toContain(killed);

    const again = await service.addPhotos(article, [photos[1]]);
    expect(again[0].ok).toBe(true);
    expect((await listAssets(article)).length).toBe(4);
  });

  it('a file removed while earlier photos are processed is reported as vanished', async () => {
    service = createMediaService({ poolSize: 1 });
    const article = await newArticle();
    const doomed = join(root, 'the-card-was-pulled.jpg');
    await writeFile(doomed, await photoJpeg(200, 100, 77));
    const outcomes = await service.addPhotos(article, [photos[0], photos[2], doomed], (e) => {
      // With one process, the third photo cannot have started when the first does.
      if (e.type === 'started' && e.index === 0) unlinkNow(doomed);
    });
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.params.reason))).toEqual(['ok', 'ok', 'vanished']);
  });

  it('a media process reports its own peak memory, not that of the big process that started it', async () => {
    // On Linux a fork+exec child's maxRSS starts at its parent's peak; half a gigabyte here
    // would show up in the media process's figure if it were read from there.
    const ballast = Buffer.alloc(512 * 1024 * 1024, 1);
    service = createMediaService({ poolSize: 1 });
    const [o] = await service.addPhotos(await newArticle(), [photos[0]]);
    expect(o.ok).toBe(true);
    expect(ballast[ballast.length - 1]).toBe(1);
    const [worker] = service.workers();
    expect(worker.peakRssMb).toBeGreaterThan(20);
    expect(worker.peakRssMb).toBeLessThan(400);
  });

  it('takes uploaded bytes as well as paths', async () => {
    service = createMediaService({ poolSize: 1 });
    const article = await newArticle();
    const bytes = await photoJpeg(300, 200, 41);
    const [o] = await service.addPhotos(article, [{ bytes, name: 'tải lên.jpg', lenient: false }]);
    expect(o.ok && [o.asset.originalName, o.asset.bytes, o.asset.width]).toEqual(['tải lên.jpg', bytes.length, 300]);
  });

  it('gives up on a photo that takes too long, and carries on', async () => {
    service = createMediaService({ poolSize: 1, timeoutMs: 1 });
    const article = await newArticle();
    const [o] = await service.addPhotos(article, [photos[3]]);
    expect(o.ok ? null : o.error.params).toEqual({ reason: 'timeout', name: 'IMG_0003.JPG', seconds: 1 });
    expect(await readdir(article)).toEqual([]);
  });

  it('a media process that cannot start fails the queue instead of looping', async () => {
    service = createMediaService({ poolSize: 1, spawn: forkWorker(join(root, 'no-such-worker.js')) });
    const outcomes = await service.addPhotos(await newArticle(), [photos[0], photos[1]]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.params.reason))).toEqual(['worker-failed', 'worker-failed']);
  });

  it('close() stops the processes and fails what was still queued', async () => {
    service = createMediaService({ poolSize: 1 });
    const article = await newArticle();
    const pending = service.addPhotos(article, photos);
    await service.close();
    const outcomes = await pending;
    expect(outcomes.every((o) => !o.ok && o.error.params.reason === 'worker-failed')).toBe(true);
    expect(service.workers()).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('the app process never loads sharp', async () => {
    const library = await mkdtemp(join(tmpdir(), 'dateline-media-lib-'));
    await mkdir(join(library, 'a-0m4x1k2p-7f3k9q'));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const probe = fileURLToPath(new URL('./helpers/parent-probe.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', tsx, probe, library, 'a-0m4x1k2p-7f3k9q', photos[0]]);
    expect(JSON.parse(stdout)).toEqual({ added: 1, libvipsLoaded: false });
    expect(existsSync(join(library, 'a-0m4x1k2p-7f3k9q', 'media'))).toBe(true);
    await rm(library, { recursive: true, force: true });
  });
});

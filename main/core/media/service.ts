// The app's side of photo processing: a small pool of media processes (worker.ts), a queue,
// progress per photo, and a fresh process when one dies, with the photo it was working on
// reported by name while the others carry on. This module never loads sharp: a decoder crash
// or a runaway image costs one photo, never the app.

import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IngestedAsset } from '../../common/contract/media.ts';
import type { Logger } from '../logger.ts';
import { isFromWorker, type FromWorker, type ToWorker, type WorkerError, type WorkerIngestRequest } from './protocol.ts';
import { displayFileName } from '../../common/text/file-name.ts';

/** A photo to add: a path the user chose, or bytes (browser uploads) with their name. */
export type PhotoSource =
  string | { path: string; name?: string; lenient?: boolean } | { bytes: Uint8Array; name: string; lenient?: boolean };

export type PhotoOutcome =
  | { index: number; name: string; path?: string; ok: true; asset: IngestedAsset }
  | { index: number; name: string; path?: string; ok: false; error: WorkerError };

export type MediaProgress =
  | { type: 'started'; index: number; total: number; name: string; workerPid: number | undefined }
  | { type: 'done' | 'failed'; index: number; total: number; completed: number; name: string; outcome: PhotoOutcome };

/** One media process, whatever starts it (Node child process here, utilityProcess in Electron). */
export interface WorkerHandle {
  readonly pid: number | undefined;
  send(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  onExit(listener: () => void): void;
  kill(): void;
}

export type SpawnWorker = (env: Record<string, string>) => WorkerHandle;

export interface MediaServiceOptions {
  /** How media processes are started; default: Node child processes running worker.ts. */
  spawn?: SpawnWorker;
  /** Processes in the pool; default: 2, or 1 on a single core. */
  poolSize?: number;
  /** libvips threads per process; default: the cores shared out between processes. */
  threadsPerWorker?: number;
  /** A photo still processing after this long is given up (its process killed); default 120 s. */
  timeoutMs?: number;
  /** Processes idle this long are stopped to give memory back; default 60 s. */
  idleMs?: number;
  logger?: Logger;
}

export interface WorkerStats {
  pid: number | undefined;
  busy: boolean;
  /** Peak resident memory the process has reported, in MB. */
  peakRssMb: number;
}

export interface MediaService {
  /** Adds photos to an article through the media processes; one outcome per photo, in order, never throws for a bad photo. */
  addPhotos(articleDir: string, files: PhotoSource[], onProgress?: (event: MediaProgress) => void): Promise<PhotoOutcome[]>;
  /** The live media processes (for diagnostics, tests and benchmarks). */
  workers(): WorkerStats[];
  /** Stops every media process; photos still queued fail with `worker-failed`. */
  close(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));

/** Starts worker.ts (or a built worker script) as a Node child process; TypeScript sources run through tsx. */
export function forkWorker(script = `${here}worker.ts`): SpawnWorker {
  const execArgv = script.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];
  return (env) => {
    const child = fork(script, [], {
      execArgv,
      env: { ...process.env, ...env },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // libvips reports decoder warnings on stderr; they are noise once the error is reported.
    child.stderr?.resume();
    return {
      pid: child.pid,
      send: (m) => {
        child.send(m);
      },
      onMessage: (listener) => child.on('message', (m) => isFromWorker(m) && listener(m)),
      onExit: (listener) => {
        let done = false;
        const once = (): void => {
          if (done) return;
          done = true;
          listener();
        };
        child.on('exit', once);
        child.on('error', once);
      },
      kill: () => child.kill('SIGKILL'),
    };
  };
}

interface Job {
  id: number;
  request: WorkerIngestRequest;
  name: string;
  path?: string;
  index: number;
  started: (pid: number | undefined) => void;
  finish: (outcome: { ok: true; asset: IngestedAsset } | { ok: false; error: WorkerError }) => void;
}

interface Slot {
  handle: WorkerHandle;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  timedOut?: boolean;
  peakRssKb: number;
  idleTimer?: NodeJS.Timeout;
}

const failure = (reason: string, name: string, extra: Record<string, string | number> = {}): WorkerError => ({
  code: 'BAD_IMAGE',
  params: { reason, name, ...extra },
});

// A process that dies this many times in a row before saying "ready" will not start: give up on
// the queue rather than loop, and try again on the next request.
const MAX_START_FAILURES = 3;
const START_TIMEOUT_MS = 30_000;

/** Creates the photo service; media processes start on the first photo. */
export function createMediaService(options: MediaServiceOptions = {}): MediaService {
  const cores = availableParallelism();
  const poolSize = Math.max(1, options.poolSize ?? Math.min(2, cores));
  const threads = options.threadsPerWorker ?? Math.max(1, Math.floor(cores / poolSize));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const idleMs = options.idleMs ?? 60_000;
  const spawn = options.spawn ?? forkWorker();
  const env = {
    DATELINE_MEDIA_THREADS: String(threads),
    // libuv's pool runs sharp's calls and file I/O; it can only be sized before the process starts.
    UV_THREADPOOL_SIZE: String(Math.max(4, threads)),
    // glibc gives each decoding thread its own malloc arena and keeps what a 24 MP decode freed in
    // it; two arenas keep a process near 170 MB over twenty photos instead of about 220 MB, at the
    // same speed (docs/benchmarks.md). Other C libraries ignore the variable.
    MALLOC_ARENA_MAX: '2',
  };

  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let startFailures = 0;
  let closed = false;

  const startSlot = (): Slot => {
    const handle = spawn(env);
    const slot: Slot = { handle, ready: false, peakRssKb: 0 };
    slots.push(slot);
    handle.onMessage((m) => onMessage(slot, m));
    handle.onExit(() => onExit(slot));
    // A process that never says "ready" counts as one that failed to start.
    slot.timer = setTimeout(() => handle.kill(), START_TIMEOUT_MS);
    return slot;
  };

  const onMessage = (slot: Slot, m: FromWorker): void => {
    // Every message carries the process's peak so far, so a process that has taken no photo yet
    // still shows its footprint.
    slot.peakRssKb = Math.max(slot.peakRssKb, m.peakRssKb);
    if (m.type === 'ready') {
      clearTimeout(slot.timer);
      slot.ready = true;
      startFailures = 0;
      pump();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== m.id) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    job.finish(m.ok ? { ok: true, asset: m.asset } : { ok: false, error: m.error });
    pump();
  };

  const onExit = (slot: Slot): void => {
    clearTimeout(slot.timer);
    clearTimeout(slot.idleTimer);
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    const job = slot.job;
    slot.job = undefined;
    if (!slot.ready && !closed) startFailures++;
    if (job) {
      const reason = slot.timedOut ? 'timeout' : slot.ready && !closed ? 'crashed' : 'worker-failed';
      options.logger?.warn('media process stopped', { pid: slot.handle.pid, photo: job.name, reason });
      job.finish({
        ok: false,
        error: failure(reason, job.name, reason === 'timeout' ? { seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) } : {}),
      });
    }
    if (startFailures >= MAX_START_FAILURES) {
      startFailures = 0;
      options.logger?.error('media process cannot start', {});
      for (const queued of queue.splice(0)) queued.finish({ ok: false, error: failure('worker-failed', queued.name) });
    }
    pump();
  };

  const pump = (): void => {
    if (closed) return;
    for (const slot of slots) {
      if (!queue.length) break;
      if (!slot.ready || slot.job) continue;
      const job = queue.shift()!;
      clearTimeout(slot.idleTimer);
      slot.job = job;
      slot.timer = setTimeout(() => {
        slot.timedOut = true;
        slot.handle.kill();
      }, timeoutMs);
      job.started(slot.handle.pid);
      try {
        slot.handle.send({ type: 'ingest', id: job.id, request: job.request });
      } catch {
        // The process died an instant ago: its exit reports this photo.
      }
    }
    // Start processes for waiting photos, up to the pool size (counting ones still starting).
    const starting = slots.filter((s) => !s.ready).length;
    const idle = slots.filter((s) => s.ready && !s.job).length;
    let wanted = Math.min(poolSize - slots.length, queue.length - starting - idle);
    while (wanted-- > 0) startSlot();
    for (const slot of slots) {
      if (slot.ready && !slot.job && !slot.idleTimer && idleMs > 0) {
        slot.idleTimer = setTimeout(() => {
          if (!slot.job) slot.handle.kill();
        }, idleMs);
        slot.idleTimer.unref();
      }
    }
  };

  const describe = (src: PhotoSource): { request: Omit<WorkerIngestRequest, 'articleDir'>; name: string; path?: string } => {
    // Names as shown and stored: NFC, without bidi controls (a right-to-left override can dress
    // `x.exe` as a photo's name).
    if (typeof src === 'string') return { request: { filePath: src }, name: displayFileName(basename(src)), path: src };
    if ('bytes' in src)
      return { request: { bytes: src.bytes, originalName: src.name, lenient: src.lenient }, name: displayFileName(src.name) };
    const name = displayFileName(src.name ?? basename(src.path));
    return { request: { filePath: src.path, originalName: name, lenient: src.lenient }, name, path: src.path };
  };

  return {
    addPhotos(articleDir, files, onProgress) {
      const total = files.length;
      let completed = 0;
      const outcomes = Promise.all(
        files.map(
          (src, index) =>
            new Promise<PhotoOutcome>((resolve) => {
              const { request, name, path } = describe(src);
              const job: Job = {
                id: nextId++,
                request: { ...request, articleDir },
                name,
                path,
                index,
                started: (workerPid) => onProgress?.({ type: 'started', index, total, name, workerPid }),
                finish: (result) => {
                  const outcome: PhotoOutcome = { index, name, ...(path !== undefined ? { path } : {}), ...result };
                  completed++;
                  onProgress?.({ type: outcome.ok ? 'done' : 'failed', index, total, completed, name, outcome });
                  resolve(outcome);
                },
              };
              if (closed) job.finish({ ok: false, error: failure('worker-failed', name) });
              else queue.push(job);
            }),
        ),
      );
      pump();
      return outcomes;
    },

    workers: () => slots.map((s) => ({ pid: s.handle.pid, busy: !!s.job, peakRssMb: Math.round(s.peakRssKb / 1024) })),

    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.finish({ ok: false, error: failure('worker-failed', job.name) });
      const exits = slots.map((s) => new Promise<void>((resolve) => s.handle.onExit(resolve)));
      for (const s of [...slots]) s.handle.kill();
      await Promise.all(exits);
    },
  };
}

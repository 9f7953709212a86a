// The language services behind promises: on a worker thread for the app and the CLI (the
// dictionaries load once; checks never block the services' event loop, so a save is never
// stuck behind a check), or in-process where a thread is not worth it (small tests).
//
// Every job has a deadline. The page is untrusted and a check reads up to a megabyte: should a
// job still run past its deadline, the thread is terminated (whatever it was doing), the calls
// waiting on it answer LANGUAGE `timeout`, and the next call starts a fresh thread.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConvertedText } from '../../common/contract/language.ts';
import { DatelineError, type ErrorCode } from '../../common/result.ts';
import type { LegacyDetection } from '../../common/vietnamese/legacy/detect.ts';
import type { LegacyEncoding } from '../../common/vietnamese/legacy/fonts.ts';
import type { TonePlacement } from '../../common/vietnamese/tone.ts';
import { runJob, type Checkers } from './engine.ts';
import type { CheckRequest, CheckResult, FromWorker, JobAnswer, LanguageJob, LanguageWorkerData } from './language-protocol.ts';
import { defaultResourcesDir, type DictionaryLocations } from './resources.ts';

export interface LanguageService {
  /** Spelling and house style of an article's blocks, with their counts, in one round trip. */
  check(request: CheckRequest): Promise<CheckResult>;
  /** Suggestions for one word (a finding whose suggestions were cut by the time budget). */
  suggest(word: string, tonePlacement?: TonePlacement): Promise<string[]>;
  /** Legacy text to Unicode: by the run's font, or in the encoding the user chose. */
  convertLegacy(text: string, font?: string, encoding?: LegacyEncoding): Promise<ConvertedText>;
  detectLegacy(text: string): Promise<LegacyDetection>;
  /** Resolves once the dictionaries are loaded, with how long that took. */
  ready(): Promise<{ loadMs: number }>;
  /** Stops the worker; a later call starts a new one. */
  close(): Promise<void>;
}

/** How long one job may run once the worker is ready: far above any real check (a 1 MB text takes about a second). */
export const LANGUAGE_DEADLINE_MS = 15_000;

export interface LanguageWorkerOptions {
  resourcesDir?: string;
  dictionaries?: DictionaryLocations;
  /** The worker script when bundled elsewhere; default: language-worker.js beside this file, or the .ts through tsx. */
  workerUrl?: URL;
  /** Each job's deadline (default LANGUAGE_DEADLINE_MS), counted from when the worker is ready. */
  deadlineMs?: number;
}

/** How to start the worker: a file URL, or (from source) a bootstrap that loads TypeScript. */
type WorkerStart = { script: URL | string; eval: boolean };

function defaultWorker(): WorkerStart {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { script: new URL('./language-worker.js', self), eval: false };
  // Running from source (tsx, vitest): Node 20 does not apply `--import tsx` hooks to a worker's
  // entry, so the worker registers tsx itself, then imports the TypeScript entry.
  const tsxDir = dirname(createRequire(self).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./language-worker.ts', self).href;
  const script = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return { script, eval: true };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  timer?: NodeJS.Timeout;
}

/** The language services on a worker thread, started on first use and restarted after a crash or a missed deadline. */
export function createLanguageWorker(options: LanguageWorkerOptions = {}): LanguageService {
  const data: LanguageWorkerData = {
    resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
    dictionaries: options.dictionaries ?? {},
  };
  const deadlineMs = options.deadlineMs ?? LANGUAGE_DEADLINE_MS;
  let worker: Worker | null = null;
  let loaded: Promise<{ loadMs: number }> | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const settle = (id: number): Pending | undefined => {
    const p = pending.get(id);
    if (!p) return undefined;
    pending.delete(id);
    clearTimeout(p.timer);
    return p;
  };
  const failAll = (err: unknown) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(err);
  };

  function start(): Worker {
    if (worker) return worker;
    const how: WorkerStart = options.workerUrl ? { script: options.workerUrl, eval: false } : defaultWorker();
    // No inherited flags: the parent may be vitest or Electron with options a worker must not get.
    const w = new Worker(how.script, { workerData: data, eval: how.eval, execArgv: [] });
    worker = w;
    let ready: { resolve: (v: { loadMs: number }) => void; reject: (e: unknown) => void } | undefined;
    loaded = new Promise((resolve, reject) => (ready = { resolve, reject }));
    // Nobody may be waiting on `ready()`; a failure still reaches each call.
    loaded.catch(() => undefined);
    w.on('message', (m: FromWorker) => {
      if (m.type === 'ready') ready?.resolve({ loadMs: m.loadMs });
      else if (m.type === 'failed') {
        const err = new DatelineError(m.code as ErrorCode, m.params);
        ready?.reject(err);
        failAll(err);
        void stop(w);
      } else {
        const p = settle(m.id);
        if (!p) return;
        if (m.type === 'answer') p.resolve(m.value);
        else p.reject(new DatelineError('LANGUAGE', { reason: 'worker-failed' }, { detail: m.message }));
        if (!pending.size) w.unref();
      }
    });
    const crashed = () => {
      if (worker !== w) return;
      worker = null;
      loaded = null;
      const err = new DatelineError('LANGUAGE', { reason: 'worker-failed' });
      ready?.reject(err);
      failAll(err);
    };
    w.on('error', crashed);
    w.on('exit', crashed);
    w.unref();
    return w;
  }

  async function stop(which: Worker | null = worker): Promise<void> {
    if (!which) return;
    if (worker === which) {
      worker = null;
      loaded = null;
    }
    await which.terminate();
  }

  // A job past its deadline: whatever the thread is doing, it is stopped; everyone waiting on it
  // gets the same typed answer, and the next call starts afresh.
  const overrun = (w: Worker) => {
    failAll(new DatelineError('LANGUAGE', { reason: 'timeout', seconds: Math.round(deadlineMs / 100) / 10 }));
    void stop(w);
  };

  // A worker that cannot even start (a missing script) fails the call, never the caller's stack.
  function started(): Worker | DatelineError {
    try {
      return start();
    } catch {
      return new DatelineError('LANGUAGE', { reason: 'worker-failed' });
    }
  }

  function ask<J extends LanguageJob>(job: J): Promise<JobAnswer<J>> {
    const w = started();
    if (w instanceof DatelineError) return Promise.reject(w);
    const id = nextId++;
    const whenLoaded = loaded;
    return new Promise<JobAnswer<J>>((resolve, reject) => {
      const entry: Pending = { resolve: resolve as Pending['resolve'], reject };
      pending.set(id, entry);
      // The deadline counts from when the dictionaries are loaded: a cold start is not a stuck job.
      void whenLoaded?.then(
        () => {
          if (pending.get(id) === entry) entry.timer = setTimeout(() => overrun(w), deadlineMs);
        },
        () => undefined,
      );
      // Keep the process alive while someone waits for an answer (a CLI run), not otherwise.
      w.ref();
      w.postMessage({ id, job });
    });
  }

  return {
    check: (request) => ask({ type: 'check', request }),
    suggest: (word, tonePlacement) => ask({ type: 'suggest', word, ...(tonePlacement ? { tonePlacement } : {}) }),
    convertLegacy: (text, font, encoding) =>
      ask({ type: 'convert', text, ...(font !== undefined ? { font } : {}), ...(encoding ? { encoding } : {}) }),
    detectLegacy: (text) => ask({ type: 'detect', text }),
    ready() {
      const w = started();
      if (w instanceof DatelineError || !loaded) return Promise.reject(w);
      w.ref();
      return loaded.finally(() => {
        if (!pending.size && worker === w) w.unref();
      });
    },
    async close() {
      failAll(new DatelineError('LANGUAGE', { reason: 'worker-failed' }));
      await stop();
    },
  };
}

/** The same services without a thread (or deadline), over checkers already built. */
export function createInProcessLanguageService(checkers: Checkers, loadMs = 0): LanguageService {
  const run = async <J extends LanguageJob>(job: J): Promise<JobAnswer<J>> => runJob(checkers, job);
  return {
    check: (request) => run({ type: 'check', request }),
    suggest: (word, tonePlacement) => run({ type: 'suggest', word, tonePlacement }),
    convertLegacy: (text, font, encoding) => run({ type: 'convert', text, font, encoding }),
    detectLegacy: (text) => run({ type: 'detect', text }),
    async ready() {
      return { loadMs };
    },
    async close() {},
  };
}

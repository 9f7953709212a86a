// The spell checker behind a promise: in a worker thread for the app and the CLI (the
// dictionaries load once, checks never block the services' event loop), or in-process where a
// thread is not worth it (small tests, one-off scripts).

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DatelineError, type ErrorCode } from '../../common/result.ts';
import type { SpellChecker, SpellFinding } from '../../common/vietnamese/spell/checker.ts';
import type { TonePlacement } from '../../common/vietnamese/tone.ts';
import type { FromWorker, SpellWorkerData, ToWorker } from './spell-protocol.ts';
import { defaultResourcesDir, type DictionaryLocations } from './resources.ts';

export interface SpellCheckRequest {
  userWords?: readonly string[];
  tonePlacement?: TonePlacement;
  /** Each text is a whole block (a paragraph, the headline): its first word needs a capital. */
  wholeBlocks?: boolean;
}

export interface SpellService {
  /** Checks several texts (an article's blocks) in one round trip; findings per text. */
  check(texts: readonly string[], request?: SpellCheckRequest): Promise<SpellFinding[][]>;
  /** Suggestions for one word (a finding whose suggestions were cut by the time budget). */
  suggest(word: string, tonePlacement?: TonePlacement): Promise<string[]>;
  /** Resolves once the dictionaries are loaded, with how long that took. */
  ready(): Promise<{ loadMs: number }>;
  /** Stops the worker; a later check starts a new one. */
  close(): Promise<void>;
}

export interface SpellWorkerOptions {
  resourcesDir?: string;
  dictionaries?: DictionaryLocations;
  /** The worker script when bundled elsewhere; default: spell-worker.js beside this file, or the .ts through tsx. */
  workerUrl?: URL;
}

/** How to start the worker: a file URL, or (from source) a bootstrap that loads TypeScript. */
type WorkerStart = { script: URL | string; eval: boolean };

function defaultWorker(): WorkerStart {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { script: new URL('./spell-worker.js', self), eval: false };
  // Running from source (tsx, vitest): Node 20 does not apply `--import tsx` hooks to a worker's
  // entry, so the worker registers tsx itself, then imports the TypeScript entry.
  const tsxDir = dirname(createRequire(self).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./spell-worker.ts', self).href;
  const script = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return { script, eval: true };
}

interface Pending {
  resolve: (value: SpellFinding[][] | string[]) => void;
  reject: (err: unknown) => void;
}

/** A spell service on a worker thread, started on first use and restarted after a crash. */
export function createSpellWorker(options: SpellWorkerOptions = {}): SpellService {
  const data: SpellWorkerData = { resourcesDir: options.resourcesDir ?? defaultResourcesDir(), dictionaries: options.dictionaries ?? {} };
  let worker: Worker | null = null;
  let loaded: Promise<{ loadMs: number }> | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const failAll = (err: unknown) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  function start(): Worker {
    if (worker) return worker;
    const how: WorkerStart = options.workerUrl ? { script: options.workerUrl, eval: false } : defaultWorker();
    // No inherited flags: the parent may be vitest or Electron with options a worker must not get.
    const w = new Worker(how.script, { workerData: data, eval: how.eval, execArgv: [] });
    worker = w;
    let settle: { resolve: (v: { loadMs: number }) => void; reject: (e: unknown) => void } | undefined;
    loaded = new Promise((resolve, reject) => (settle = { resolve, reject }));
    // Nobody may be waiting on `ready()`; a failure still reaches each check.
    loaded.catch(() => undefined);
    w.on('message', (m: FromWorker) => {
      if (m.type === 'ready') settle?.resolve({ loadMs: m.loadMs });
      else if (m.type === 'failed') {
        const err = new DatelineError(m.code as ErrorCode, m.params);
        settle?.reject(err);
        failAll(err);
        void stop();
      } else {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.type === 'result') p.resolve(m.findings);
        else if (m.type === 'suggestions') p.resolve(m.suggestions);
        else p.reject(new DatelineError('LANGUAGE', { reason: 'worker-failed' }, { detail: m.message }));
        if (!pending.size) w.unref();
      }
    });
    const crashed = () => {
      if (worker !== w) return;
      worker = null;
      const err = new DatelineError('LANGUAGE', { reason: 'worker-failed' });
      settle?.reject(err);
      failAll(err);
    };
    w.on('error', crashed);
    w.on('exit', crashed);
    w.unref();
    return w;
  }

  async function stop(): Promise<void> {
    const w = worker;
    worker = null;
    loaded = null;
    if (w) await w.terminate();
  }

  // A worker that cannot even start (a missing script) fails the call, never the caller's stack.
  function started(): Worker | DatelineError {
    try {
      return start();
    } catch {
      return new DatelineError('LANGUAGE', { reason: 'worker-failed' });
    }
  }

  function ask<T extends SpellFinding[][] | string[]>(message: ToWorker): Promise<T> {
    const w = started();
    if (w instanceof DatelineError) return Promise.reject(w);
    return new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as Pending['resolve'], reject });
      // Keep the process alive while someone waits for an answer (a CLI run), not otherwise.
      w.ref();
      w.postMessage(message);
    });
  }

  return {
    check(texts, request = {}) {
      return ask<SpellFinding[][]>({
        id: nextId++,
        type: 'check',
        texts: [...texts],
        ...(request.userWords ? { userWords: [...request.userWords] } : {}),
        ...(request.tonePlacement ? { tonePlacement: request.tonePlacement } : {}),
        ...(request.wholeBlocks ? { wholeBlocks: true } : {}),
      });
    },
    suggest(word, tonePlacement) {
      return ask<string[]>({ id: nextId++, type: 'suggest', word, ...(tonePlacement ? { tonePlacement } : {}) });
    },
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

/** The same service without a thread, over a checker already built. */
export function createInProcessSpellService(checker: SpellChecker, loadMs = 0): SpellService {
  return {
    async check(texts, request = {}) {
      return texts.map((t) => checker.checkText(t, { userWords: request.userWords ?? [], tonePlacement: request.tonePlacement, blockStart: request.wholeBlocks }));
    },
    async suggest(word, tonePlacement) {
      return checker.suggest(word, tonePlacement);
    },
    async ready() {
      return { loadMs };
    },
    async close() {},
  };
}

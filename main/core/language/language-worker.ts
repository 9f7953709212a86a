// The language services' thread: loads the dictionaries and lists once, then answers jobs in
// order, so the services' own event loop (saves included) never waits on a check. A job that runs
// past its deadline gets this whole thread terminated by language-service.ts.

import { parentPort, workerData } from 'node:worker_threads';
import { DatelineError } from '../../common/result.ts';
import { runJob, type Checkers } from './engine.ts';
import type { FromWorker, LanguageWorkerData, ToWorker } from './language-protocol.ts';
import { loadCheckers } from './load-checkers.ts';

const port = parentPort;
if (!port) throw new Error('language-worker.ts runs only as a worker thread');
const data = workerData as LanguageWorkerData;
const send = (m: FromWorker): void => port.postMessage(m);

let checkers: Checkers | undefined;
const queue: ToWorker[] = [];

function answer(m: ToWorker, c: Checkers): void {
  try {
    send({ type: 'answer', id: m.id, value: runJob(c, m.job) });
  } catch (err) {
    send({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) });
  }
}

port.on('message', (m: ToWorker) => {
  if (checkers) answer(m, checkers);
  else queue.push(m);
});

loadCheckers(data.resourcesDir, data.dictionaries).then(
  ({ checkers: c, loadMs }) => {
    checkers = c;
    send({ type: 'ready', loadMs });
    for (const m of queue.splice(0)) answer(m, c);
  },
  (err: unknown) => {
    const e = err instanceof DatelineError ? err : new DatelineError('LANGUAGE', { reason: 'worker-failed' });
    send({ type: 'failed', code: e.code, params: e.params });
  },
);

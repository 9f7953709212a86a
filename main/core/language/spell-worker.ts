// The spell checker's thread: loads the dictionaries once, then answers checks, so typing in
// the editor and the services' own event loop never wait on Hunspell.

import { parentPort, workerData } from 'node:worker_threads';
import { DatelineError } from '../../common/result.ts';
import type { SpellChecker } from '../../common/vietnamese/spell/checker.ts';
import { loadSpellChecker } from './spell-checker-node.ts';
import type { FromWorker, SpellWorkerData, ToWorker } from './spell-protocol.ts';

const port = parentPort;
if (!port) throw new Error('spell-worker.ts runs only as a worker thread');
const data = workerData as SpellWorkerData;
const send = (m: FromWorker): void => port.postMessage(m);

let checker: SpellChecker | undefined;
const queue: ToWorker[] = [];

function answer(m: ToWorker, c: SpellChecker): void {
  try {
    if (m.type === 'suggest') send({ type: 'suggestions', id: m.id, suggestions: c.suggest(m.word, m.tonePlacement) });
    else send({ type: 'result', id: m.id, findings: m.texts.map((t) => c.checkText(t, { userWords: m.userWords ?? [], tonePlacement: m.tonePlacement, blockStart: m.wholeBlocks })) });
  } catch (err) {
    send({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) });
  }
}

port.on('message', (m: ToWorker) => {
  if (checker) answer(m, checker);
  else queue.push(m);
});

loadSpellChecker(data.resourcesDir, data.dictionaries).then(
  ({ checker: c, loadMs }) => {
    checker = c;
    send({ type: 'ready', loadMs });
    for (const m of queue.splice(0)) answer(m, c);
  },
  (err: unknown) => {
    const e = err instanceof DatelineError ? err : new DatelineError('LANGUAGE', { reason: 'worker-failed' });
    send({ type: 'failed', code: e.code, params: e.params });
  },
);

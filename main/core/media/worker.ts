// The media process: the only place sharp runs. Started by MediaService as a Node child process
// (browser host, CLI, tests) or, in Electron, as a utilityProcess running this same script.
// It answers one ingest at a time; if a decoder crashes it, the service starts another.

import { readFileSync } from 'node:fs';
import { DatelineError } from '../../common/result.ts';
import { configureSharp } from './develop.ts';
import { ingestPhoto } from './ingest.ts';
import { isFromWorker, type FromWorker, type ToWorker, type WorkerError } from './protocol.ts';

/** Electron's utilityProcess port, typed by shape: core never imports electron. */
interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function post(message: FromWorker): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function onRequest(listener: (m: ToWorker) => void): void {
  const accept = (m: unknown): void => {
    if (typeof m === 'object' && m !== null && (m as ToWorker).type === 'ingest' && !isFromWorker(m)) listener(m as ToWorker);
  };
  if (parentPort) parentPort.on('message', (e) => accept(e.data));
  else process.on('message', accept);
}

function toWorkerError(err: unknown): WorkerError {
  if (err instanceof DatelineError) return { code: err.code, params: err.params, ...(err.details ? { details: err.details } : {}) };
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', params: { detail: detail.slice(0, 500) } };
}

/**
 * This process's peak resident memory, in kilobytes. On Linux, maxRSS is not that: a child
 * started by fork+exec inherits its parent's high-water mark (the kernel keeps the larger of the
 * two across exec), so a media process started by a 600 MB app would report 600 MB. VmHWM is
 * this process's own peak; maxRSS is right where there is no /proc (macOS, Windows).
 */
function peakRssKb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // No /proc here.
  }
  return process.resourceUsage().maxRSS;
}

configureSharp(Number(process.env.DATELINE_MEDIA_THREADS) || 1);

let queue: Promise<void> = Promise.resolve();
onRequest((message) => {
  // One photo at a time: the service balances load across processes, not inside one.
  queue = queue.then(async () => {
    try {
      const asset = await ingestPhoto(message.request);
      post({ type: 'result', id: message.id, ok: true, asset, peakRssKb: peakRssKb() });
    } catch (err) {
      post({ type: 'result', id: message.id, ok: false, error: toWorkerError(err), peakRssKb: peakRssKb() });
    }
  });
});

// An orphan media process would hold memory forever: leave with the parent.
if (!parentPort) process.on('disconnect', () => process.exit(0));

post({ type: 'ready', pid: process.pid, peakRssKb: peakRssKb() });

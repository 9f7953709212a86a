// Messages between the app and the media process (worker.ts). Plain structured-clone data: the
// same messages travel over a Node child process channel and, in Electron, a utilityProcess port.

import type { IngestedAsset } from '../../common/contract/media.ts';
import type { ErrorCode } from '../../common/result.ts';

export interface WorkerIngestRequest {
  articleDir: string;
  filePath?: string;
  bytes?: Uint8Array;
  originalName?: string;
  lenient?: boolean;
}

/** A DatelineError flattened for the trip: the parent rebuilds the message in the UI language. */
export interface WorkerError {
  code: ErrorCode;
  params: Record<string, string | number>;
  details?: Record<string, unknown>;
}

export type ToWorker = { type: 'ingest'; id: number; request: WorkerIngestRequest };

export type FromWorker =
  | { type: 'ready'; pid: number; peakRssKb: number }
  | { type: 'result'; id: number; ok: true; asset: IngestedAsset; peakRssKb: number }
  | { type: 'result'; id: number; ok: false; error: WorkerError; peakRssKb: number };

export const isFromWorker = (m: unknown): m is FromWorker =>
  typeof m === 'object' && m !== null && ((m as FromWorker).type === 'ready' || (m as FromWorker).type === 'result');

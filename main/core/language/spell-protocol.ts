// Messages between the spell service and its worker thread (JSON-plain, structured-cloned).

import type { SpellFinding } from '../../common/vietnamese/spell/checker.ts';
import type { TonePlacement } from '../../common/vietnamese/tone.ts';
import type { DictionaryLocations } from './resources.ts';

export interface SpellWorkerData {
  resourcesDir: string;
  dictionaries: DictionaryLocations;
}

export type ToWorker =
  | { id: number; type: 'check'; texts: string[]; userWords?: string[]; tonePlacement?: TonePlacement; wholeBlocks?: boolean }
  | { id: number; type: 'suggest'; word: string; tonePlacement?: TonePlacement };

export type FromWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; code: string; params: Record<string, string | number> }
  | { type: 'result'; id: number; findings: SpellFinding[][] }
  | { type: 'suggestions'; id: number; suggestions: string[] }
  | { type: 'error'; id: number; message: string };

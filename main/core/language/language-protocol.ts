// What the language service asks its worker thread, and what comes back (JSON-plain,
// structured-cloned). The same jobs run in-process through main/core/language/engine.ts.

import type { ConvertedText } from '../../common/contract/language.ts';
import type { TextCounts } from '../../common/vietnamese/counts.ts';
import type { LegacyDetection } from '../../common/vietnamese/legacy/detect.ts';
import type { LegacyEncoding } from '../../common/vietnamese/legacy/fonts.ts';
import type { SpellFinding } from '../../common/vietnamese/spell/checker.ts';
import type { StyleSettingsPatch } from '../../common/vietnamese/style/config.ts';
import type { StyleFinding, TextBlock } from '../../common/vietnamese/style/types.ts';
import type { TonePlacement } from '../../common/vietnamese/tone.ts';
import type { DictionaryLocations } from './resources.ts';

export interface LanguageWorkerData {
  resourcesDir: string;
  dictionaries: DictionaryLocations;
}

/** One check of an article's blocks (their text in any normalization form: the engine makes it NFC). */
export interface CheckRequest {
  blocks: TextBlock[];
  /** The house style's settings; null: no style check. */
  style: StyleSettingsPatch | null;
  /**
   * The reporter's words and tone placement; `wholeBlocks`: each block is whole (a paragraph, the
   * headline), so its first word needs a capital. null: no spell check.
   */
  spelling: { userWords: string[]; tonePlacement?: TonePlacement; wholeBlocks?: boolean } | null;
}

export interface CheckResult {
  /** Findings per block, in the order of the request's blocks. */
  spelling: SpellFinding[][];
  style: StyleFinding[];
  /** Of the headline, sapo and paragraphs (not captions or byline), summed. */
  counts: TextCounts;
  /** More than MAX_FINDINGS findings of a kind were found; the first ones are kept. */
  truncated: boolean;
}

export type LanguageJob =
  | { type: 'check'; request: CheckRequest }
  | { type: 'suggest'; word: string; tonePlacement?: TonePlacement }
  | { type: 'convert'; text: string; font?: string; encoding?: LegacyEncoding }
  | { type: 'detect'; text: string };

/** What each job answers. */
export type JobAnswer<J extends LanguageJob> = J extends { type: 'check' }
  ? CheckResult
  : J extends { type: 'suggest' }
    ? string[]
    : J extends { type: 'convert' }
      ? ConvertedText
      : LegacyDetection;

export type ToWorker = { id: number; job: LanguageJob };

export type FromWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; code: string; params: Record<string, string | number> }
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string };

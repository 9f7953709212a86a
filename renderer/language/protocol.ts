// Messages between the editor and its language worker (renderer/language/spell.worker.ts).

import type { SpellFinding } from '../../main/common/vietnamese/spell/checker.ts';
import type { StyleSettingsPatch } from '../../main/common/vietnamese/style/config.ts';
import type { StyleFinding, TextBlock } from '../../main/common/vietnamese/style/types.ts';
import type { TonePlacement } from '../../main/common/vietnamese/tone.ts';

export type ToLanguageWorker =
  | { id: number; type: 'check'; texts: string[]; userWords: string[]; tonePlacement?: TonePlacement }
  | { id: number; type: 'suggest'; word: string; tonePlacement?: TonePlacement }
  | { id: number; type: 'style'; blocks: TextBlock[]; settings: StyleSettingsPatch };

export type FromLanguageWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  | { id: number; type: 'check'; findings: SpellFinding[][] }
  | { id: number; type: 'suggest'; suggestions: string[] }
  | { id: number; type: 'style'; findings: StyleFinding[] }
  | { id: number; type: 'error'; message: string };

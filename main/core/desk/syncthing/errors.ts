// Why Syncthing cannot carry the desk right now: DatelineError('DESK', {reason, …}); the sentence
// is desk:error.<reason> in the UI language (main/common/i18n/desk.ts) and says what to do.

import { DatelineError } from '../../../common/result.ts';

export type DeskReason =
  'not-installed' | 'not-running' | 'unauthorized' | 'failed' | 'bad-device-id' | 'own-device' | 'bad-address' | 'need-key' | 'not-joined';

export function deskError(reason: DeskReason, params: Record<string, string | number> = {}): DatelineError {
  return new DatelineError('DESK', { ...params, reason }, { reason });
}

/** The reason of a desk error, or undefined for any other error. */
export function deskReason(err: unknown): DeskReason | undefined {
  return err instanceof DatelineError && err.code === 'DESK' ? (err.params.reason as DeskReason) : undefined;
}

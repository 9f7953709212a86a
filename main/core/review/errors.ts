// Review errors are DatelineError('REVIEW', {reason, …}): the message is the sentence
// review:errors.<reason> in the UI language, and details.reason lets the UI tell them apart.

import type { ReviewReason } from '../../common/i18n/review.ts';
import { DatelineError } from '../../common/result.ts';

export type { ReviewReason };

/** A review error for `reason`, with the sentence's parameters. */
export function reviewError(reason: ReviewReason, params: Record<string, string | number> = {}): DatelineError {
  return new DatelineError('REVIEW', { ...params, reason }, { reason });
}

/** The reason of a review error, or undefined for any other error. */
export function reviewReason(err: unknown): ReviewReason | undefined {
  return err instanceof DatelineError && err.code === 'REVIEW' ? (err.params.reason as ReviewReason) : undefined;
}

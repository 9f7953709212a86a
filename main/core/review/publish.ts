// Writing to the desk: a desk that fails under a write (unplugged, read-only, full) is reported
// as "the desk cannot be reached", in the user's words, whatever the package was.

import { DatelineError } from '../../common/result.ts';
import { errnoCode } from '../fs/errors.ts';
import type { Desk } from './desk.ts';
import { reviewError } from './errors.ts';

/** Runs a desk write; a desk that fails under it (unplugged, read-only, full) is reported as such. */
export async function publishing<T>(desk: Desk, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (!(err instanceof DatelineError) && errnoCode(err)) throw reviewError('desk-unavailable', { path: desk.location });
    throw err;
  }
}

// OS errors a reporter can do something about become DatelineErrors with one clear sentence;
// anything else stays as it is and surfaces as INTERNAL (and in the log).

import { DatelineError } from '../../common/result.ts';

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);

/** The errno code of a Node system error, if it has one. */
export function errnoCode(err: unknown): string | undefined {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}

/** Maps ENOSPC to DISK_FULL and EROFS/EACCES/EPERM to READ_ONLY; returns other errors unchanged. */
export function mapFsError(err: unknown): unknown {
  if (err instanceof DatelineError) return err;
  const code = errnoCode(err);
  if (code && DISK_FULL_CODES.has(code)) return new DatelineError('DISK_FULL');
  if (code && READ_ONLY_CODES.has(code)) return new DatelineError('READ_ONLY');
  return err;
}

/** Runs a write and rethrows its failure mapped by mapFsError. */
export async function mappingFsErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw mapFsError(err);
  }
}

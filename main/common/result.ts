// Results cross every transport as plain JSON: errors thrown through ipcMain.handle lose
// everything but their message, so failures are values, never exceptions, at the boundary.

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CORRUPT'
  | 'CONFLICT'
  | 'DISK_FULL'
  | 'READ_ONLY'
  | 'UNSUPPORTED'
  | 'UNTRUSTED_SENDER'
  | 'PATH_NOT_GRANTED'
  | 'BAD_IMAGE'
  | 'EXPORT'
  | 'REVIEW'
  | 'DESK'
  | 'LANGUAGE'
  | 'IMPORT'
  | 'INTERNAL';

export interface ErrorInfo {
  code: ErrorCode;
  /** One sentence a reporter can act on, in the UI language. */
  message: string;
  /** JSON-plain details for the UI (e.g. the revisions offered for a corrupt article). */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** An error with a code; its message is made from the i18n catalog at the boundary. */
export class DatelineError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'DatelineError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ErrorInfo): Result<never> => ({ ok: false, error });

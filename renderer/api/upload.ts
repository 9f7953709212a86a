// Files from a browser tab to the browser host (main/host/upload.ts): the raw file as the body,
// the session key in its header, like every API call. The answer is the service's Result; a host
// that cannot be reached is a Result too, never an exception.

import type { Result } from '../../main/common/result.ts';
import { SESSION_TOKEN_KEY } from './session-token.ts';

/** POSTs a File to an upload route (`/upload/<id>?…`, `/import?…`) and returns the service's Result. */
export async function uploadFile<T>(path: string, file: File, unreachable: string): Promise<Result<T>> {
  try {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Dateline-Token': sessionStorage.getItem(SESSION_TOKEN_KEY) ?? '' },
      body: file,
      credentials: 'same-origin',
      cache: 'no-store',
    });
    return (await res.json()) as Result<T>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: unreachable } };
  }
}

// window.dateline for a browser tab served by the browser host: the same DatelineApi shape as
// Electron's preload, over `POST /api/<method>` with the session key in a header. Every failure
// (host gone, odd reply) comes back as a Result, never as an exception, exactly like IPC.

import { METHOD_NAMES, type DatelineApi } from '../../main/common/contract/index.ts';
import type { Result } from '../../main/common/result.ts';

export interface BridgeOptions {
  token: string | null;
  fetch?: typeof fetch;
  /** Sentences for transport failures, in the UI language of the moment. */
  messages: { unreachable: () => string; badReply: (status: number) => string };
}

const isResult = (v: unknown): v is Result<unknown> =>
  typeof v === 'object' &&
  v !== null &&
  ((v as { ok?: unknown }).ok === true ||
    ((v as { ok?: unknown }).ok === false && typeof (v as { error?: { message?: unknown } }).error?.message === 'string'));

/** A DatelineApi whose every method posts its input as JSON to the host. */
export function createHttpBridge(options: BridgeOptions): DatelineApi {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    let res: Response;
    try {
      res = await doFetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dateline-Token': options.token ?? '' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: options.messages.unreachable() } };
    }
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      // Not JSON: reported below with the status.
    }
    if (isResult(body)) return body;
    return { ok: false, error: { code: 'INTERNAL', message: options.messages.badReply(res.status) } };
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as DatelineApi;
}

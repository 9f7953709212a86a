// The one dispatcher every transport calls: validate the input against the contract, call the
// handler, and turn every outcome into a JSON-plain Result with a message in the UI language.

import { contract, isMethodName, type MethodName, type Output, type ParsedInput } from '../common/contract/index.ts';
import { DatelineError, type ErrorInfo, type Result } from '../common/result.ts';
import { translatorFor } from '../common/i18n/index.ts';
import type { Language } from '../common/settings.ts';

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<Output<M>> };

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** The language of error messages, read at each call so a settings change applies at once. */
  language: () => Language;
  /** Where unexpected errors are reported (the message to the user stays short). */
  logError?: (method: string, err: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  const toError = (err: unknown, method: string): ErrorInfo => {
    const t = translatorFor(options.language());
    if (err instanceof DatelineError) {
      return {
        code: err.code,
        message: t(`errors:${err.code}`, { detail: '', ...err.params }),
        ...(err.details ? { details: err.details } : {}),
      };
    }
    options.logError?.(method, err);
    const detail = err instanceof Error ? err.message : String(err);
    return { code: 'INTERNAL', message: t('errors:INTERNAL', { detail }) };
  };

  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: toError(new DatelineError('UNKNOWN_METHOD', { method: String(method).slice(0, 80) }), String(method)) };
    }
    let parsed: ReturnType<(typeof contract)[typeof method]['input']['safeParse']>;
    try {
      parsed = contract[method].input.safeParse(input ?? {});
    } catch {
      // Input a schema could not even walk (a getter that throws, a cycle): refused like bad input.
      return { ok: false, error: toError(new DatelineError('INVALID_INPUT', { detail: 'input that cannot be read' }), method) };
    }
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
        .join('; ');
      return { ok: false, error: toError(new DatelineError('INVALID_INPUT', { detail }), method) };
    }
    try {
      const handler = handlers[method] as (i: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toError(err, method) };
    }
  };
}

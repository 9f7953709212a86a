// What the review screens share: calling the api with failures shown as a notice (in the UI
// language, nothing lost), and a busy flag. What changes by itself (arrivals, review statuses,
// Syncthing's state) comes through the push channel (renderer/api/use-live.ts), never a timer.

import { useCallback, useState } from 'react';
import type { Input, MethodName, Output } from '../../main/common/contract/index.ts';
import { useApi } from '../api/context.tsx';
import { useNotices } from '../app/notices.tsx';

/**
 * A caller that answers the value, or null after showing the failure as a notice. `onError`
 * instead (reloads on events): the failure goes there, so a reload does not repeat a notice.
 */
export function useReviewCall(
  onError?: (message: string) => void,
): <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M> | null> {
  const api = useApi();
  const { notify } = useNotices();
  return useCallback(
    async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M> | null> => {
      const result = await (
        api[method] as (i: Input<M>) => Promise<{ ok: true; value: Output<M> } | { ok: false; error: { message: string } }>
      )(input);
      if (result.ok) return result.value;
      if (onError) onError(result.error.message);
      else notify({ kind: 'error', message: result.error.message });
      return null;
    },
    [api, notify, onError],
  );
}

/** A busy flag and a runner that holds it while one piece of work runs (buttons disable meanwhile). */
export function useBusy(): [boolean, (work: () => Promise<void>) => Promise<void>] {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }, []);
  return [busy, run];
}

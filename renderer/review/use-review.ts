// What the review screens share: calling the api with failures shown as a notice (in the UI
// language, nothing lost), and polling what no service can push. What arrives at the desk, and
// every review status, comes through the push channel (renderer/api/use-live.ts); only
// Syncthing's state (desk.status, desk.deliveries), which tells nobody, is asked every POLL_MS.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, MethodName, Output } from '../../main/common/contract/index.ts';
import { useApi } from '../api/context.tsx';
import { useNotices } from '../app/notices.tsx';

export const POLL_MS = 2000;

/**
 * A caller that answers the value, or null after showing the failure as a notice. `onError`
 * instead (polls): the failure goes there, so a poll does not repeat a notice every 2 s.
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

/** Runs `load` now and every POLL_MS while mounted (never two at once): only for state nothing pushes. */
export function usePoll(load: () => Promise<void>, deps: readonly unknown[]): void {
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let live = true;
    let running = false;
    const tick = async (): Promise<void> => {
      if (running || !live) return;
      running = true;
      try {
        await latest.current();
      } finally {
        running = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, deps);
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

// Screens that show what the services change by themselves (a decision arriving at the desk, an
// export's progress) hear it through the push channel instead of asking on a timer.

import { useEffect, useRef } from 'react';
import type { Topic, TopicPayload } from '../../main/common/contract/events.ts';
import { useEvents } from './context.tsx';

/** What a screen listens for: a topic, and which of its events concern the screen (default: all). */
export type LiveSource = { [T in Topic]: { topic: T; when?: (payload: TopicPayload<T>) => boolean } }[Topic];

/** Calls `listener` on each event of `topic` while mounted (the latest listener, without resubscribing). */
export function useTopic<T extends Topic>(topic: T, listener: (payload: TopicPayload<T>) => void): void {
  const events = useEvents();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => events.subscribe(topic, (payload) => latest.current(payload)), [events, topic]);
}

/**
 * Runs `load` now, after each event of `sources` that concerns the screen, and when the channel
 * comes back after a gap (events may have been missed). Never two loads at once: events during a
 * load bring one more load after it, not one each.
 */
export function useLive(load: () => Promise<void>, sources: readonly LiveSource[], deps: readonly unknown[]): void {
  const events = useEvents();
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    const run = async (): Promise<void> => {
      if (!live) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          await latest.current();
        } while (again && live);
      } finally {
        running = false;
      }
    };
    const stops = sources.map((source) =>
      events.subscribe(source.topic, (payload: unknown) => {
        if (!source.when || (source.when as (p: unknown) => boolean)(payload)) void run();
      }),
    );
    stops.push(events.onReconnect(() => void run()));
    void run();
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
    // `sources` are read once per deps change, like `load`'s inputs.
  }, [events, ...deps]);
}

// window.datelineEvents for a browser tab served by the browser host: one Server-Sent Events
// stream (`GET /events`, main/host/events-route.ts) read with fetch, because EventSource cannot
// send the session key header. It carries every topic and opens at the first listener; when it
// drops it is opened again (after `retry`, growing to 10 s while the host is away) and
// onReconnect tells the screens to read their state again.

import { createParser } from 'eventsource-parser';
import { TOPICS, type DatelineEvents, type Topic } from '../../main/common/contract/events.ts';
import { Emitter } from '../../main/common/emitter.ts';
import { createPushListeners } from '../../main/common/push-listeners.ts';

export interface EventStreamOptions {
  token: string | null;
  fetch?: typeof fetch;
  /** The first wait before reconnecting (the host's `retry:` overrides it; default 1 s). */
  retryMs?: number;
  /** The longest wait between attempts while the host is away (default 10 s). */
  maxRetryMs?: number;
}

export function createEventStream(options: EventStreamOptions): DatelineEvents {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const maxRetryMs = options.maxRetryMs ?? 10_000;
  let retryMs = options.retryMs ?? 1_000;
  const reconnects = new Emitter<{ reconnect: undefined }>();
  let current: AbortController | null = null;

  // One stream for the page's life, with every topic, opened at the first listener: a screen
  // that subscribes later finds it open, with no gap in which events are missed.
  let started = false;
  const listeners = createPushListeners({
    first: () => {
      if (started) return;
      started = true;
      void run(TOPICS, new AbortController(), 0);
    },
  });

  async function run(topics: Topic[], controller: AbortController, failures: number): Promise<void> {
    current = controller;
    let ready = false;
    try {
      const res = await doFetch(`/events?topics=${topics.join(',')}`, {
        headers: { 'X-Dateline-Token': options.token ?? '', Accept: 'text/event-stream' },
        credentials: 'same-origin',
        cache: 'no-store',
        signal: controller.signal,
      });
      if (!res.ok || !res.body) throw new Error(`event stream: ${res.status}`);
      const parser = createParser({
        onRetry: (ms) => (retryMs = Math.min(ms, maxRetryMs)),
        onEvent: (event) => {
          if (event.event === 'ready') {
            ready = true;
            // Also the first time: a screen that read its state before the stream was open may
            // have missed what happened meanwhile.
            reconnects.emit('reconnect', undefined);
            return;
          }
          try {
            listeners.deliver(event.event, JSON.parse(event.data));
          } catch {
            // Not JSON: not an event of ours.
          }
        },
      });
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch {
      // Dropped, refused or aborted: below.
    }
    if (controller.signal.aborted || current !== controller) return;
    const tries = ready ? 0 : failures + 1;
    const wait = Math.min(retryMs * 2 ** Math.max(0, tries - 1), maxRetryMs);
    setTimeout(() => {
      if (current === controller) void run(topics, new AbortController(), tries);
    }, wait);
  }

  return Object.freeze({
    subscribe: listeners.subscribe,
    onReconnect: (listener: () => void) => reconnects.on('reconnect', listener),
  });
}

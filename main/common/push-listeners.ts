// The page's side of a push channel, whatever carries it: listeners per topic, and the carrier
// told when a topic gains its first listener (subscribe upstream) or loses its last (unsubscribe).
// The preload (Electron IPC) and the host's event stream both build window.datelineEvents on it.

import { topics, type Subscribe, type Topic, type TopicPayloads } from './contract/events.ts';
import { Emitter } from './emitter.ts';

export interface PushListeners {
  subscribe: Subscribe;
  /** Hands an event from the carrier to the topic's listeners; anything the contract refuses is dropped. */
  deliver(topic: unknown, payload: unknown): void;
  /** The topics that have listeners now (a reconnecting carrier asks for these again). */
  active(): Topic[];
}

export function createPushListeners(carrier: { first?(topic: Topic): void; last?(topic: Topic): void } = {}): PushListeners {
  const emitter = new Emitter<TopicPayloads>((topic, err) => console.error('event listener failed', String(topic), err));
  return {
    subscribe: (topic, listener) => {
      if (!Object.prototype.hasOwnProperty.call(topics, topic)) throw new Error(`unknown topic ${String(topic)}`);
      if (!emitter.count(topic)) carrier.first?.(topic);
      const stop = emitter.on(topic, listener);
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        stop();
        if (!emitter.count(topic)) carrier.last?.(topic);
      };
    },
    deliver(topic, payload) {
      if (typeof topic !== 'string' || !Object.prototype.hasOwnProperty.call(topics, topic)) return;
      const name = topic as Topic;
      const checked = topics[name].safeParse(payload);
      if (checked.success) emitter.emit(name, checked.data as TopicPayloads[Topic]);
    },
    active: () => (Object.keys(topics) as Topic[]).filter((t) => emitter.count(t) > 0),
  };
}

// The Core's push side: services publish on the contract's topics (main/common/contract/events.ts)
// and the transports subscribe (Electron IPC, the host's Server-Sent Events, tests directly).
// A payload is checked against its topic's schema before anyone hears it, as an input is before
// a handler runs: what crosses to the page is always what the contract says.

import { topics, type Subscribe, type Topic, type TopicPayloads } from '../common/contract/events.ts';
import { Emitter } from '../common/emitter.ts';
import type { Logger } from './logger.ts';

export class CoreEvents {
  private readonly emitter: Emitter<TopicPayloads>;

  constructor(private readonly logger: Logger) {
    this.emitter = new Emitter((topic, err) => logger.warn('event listener failed', { topic: String(topic), error: String(err) }));
  }

  /** Tells the subscribers of `topic`; a payload its schema refuses is logged and dropped. */
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): void {
    // Progress comes often: with nobody listening there is nothing to check.
    if (!this.emitter.count(topic)) return;
    const checked = topics[topic].safeParse(payload);
    if (!checked.success) {
      this.logger.error('event payload refused by its schema', {
        topic,
        issues: checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`),
      });
      return;
    }
    this.emitter.emit(topic, checked.data as TopicPayloads[T]);
  }

  /** Calls `listener` on each event of `topic`; returns the unsubscribe. */
  readonly subscribe: Subscribe = (topic, listener) => this.emitter.on(topic, listener);
}

// A tiny typed event emitter for both sides (no 'node:events' in main/common): each `on` returns
// its own unsubscribe, as Lexical's registerUpdateListener does, so nothing a later subscriber
// adds can be unhooked by an earlier one. A listener that throws is reported and skipped: one
// broken subscriber never stops the save, the index or the others.

export type Unsubscribe = () => void;

export class Emitter<Events extends { [K in keyof Events]: unknown }> {
  private readonly listeners = new Map<keyof Events, Set<(payload: never) => void>>();

  /** @param onListenerError where a listener's exception goes (default: nowhere; the emit goes on). */
  constructor(private readonly onListenerError: (name: keyof Events, err: unknown) => void = () => undefined) {}

  /** Calls `listener` on every `name` event from now on; returns the function that stops it. */
  on<K extends keyof Events>(name: K, listener: (payload: Events[K]) => void): Unsubscribe {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    // A wrapper per subscription: the same function subscribed twice is two subscriptions.
    const entry = (payload: never): void => listener(payload);
    set.add(entry);
    return () => {
      set.delete(entry);
      if (!set.size && this.listeners.get(name) === set) this.listeners.delete(name);
    };
  }

  /** Tells every current listener of `name`, in subscription order. */
  emit<K extends keyof Events>(name: K, payload: Events[K]): void {
    const set = this.listeners.get(name);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as (p: Events[K]) => void)(payload);
      } catch (err) {
        this.onListenerError(name, err);
      }
    }
  }

  /** How many listeners `name` has (the transports stop forwarding a topic nobody hears). */
  count(name: keyof Events): number {
    return this.listeners.get(name)?.size ?? 0;
  }
}

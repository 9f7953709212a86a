// Per-key queues: work under one key runs one at a time in call order, work under different keys
// runs side by side. The Library keys its writes by article (an autosave and a manual save may
// overlap); the review service keys its work by article too, so a slow decision on one article
// never holds up a comment on another, while two writes to one article's review record never
// interleave. A key whose work has all settled is dropped, so the map holds only the keys
// that are busy now. (async-lock does the same, but would be a new dependency whose default
// `maxPending` throws under load and which cannot say when everything has settled; see docs/review.md.)

export class KeyedQueue {
  /** The last piece of work queued under each busy key, settled (never rejects). */
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs fn after everything queued under key before it has settled; resolves or rejects as fn does. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(key) ?? Promise.resolve()).then(fn);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return run;
  }

  /** How many keys have work queued or running. */
  get busy(): number {
    return this.tails.size;
  }

  /** Resolves once no key has work left (work queued meanwhile is waited for too). */
  async settled(): Promise<void> {
    while (this.tails.size) await Promise.all(this.tails.values());
  }
}

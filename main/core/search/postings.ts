// The index's word lists: for each word, the articles holding it and where it stands in each,
// in growable typed arrays, so 10,000 long stories fit in about 100 MB (docs/search.md).

/** Where a word stands: its field in the top byte, its place among the article's words below. */
export const FIELD_SHIFT = 24;
// Room is left for the breaks that close each field.
export const MAX_WORDS_PER_ARTICLE = (1 << FIELD_SHIFT) - 16;

/** A growable list of int32. */
export class IntList {
  a = new Int32Array(0);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) this.resize(Math.max(4, this.n * 2));
    this.a[this.n++] = v;
  }
  /** Room for `extra` more without growing (a bulk load knows its counts). */
  reserve(extra: number): void {
    if (this.n + extra > this.a.length) this.resize(this.n + extra);
  }
  /** Gives back the room a growing list kept spare. */
  trim(): void {
    if (this.a.length > this.n) this.resize(this.n);
  }
  private resize(size: number): void {
    const b = new Int32Array(size);
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }
}

/**
 * What the index knows of one word: the articles holding it (ascending slots), and for each
 * where in the article it stands (positions[starts[k] .. starts[k+1])).
 */
export class Postings {
  readonly slots = new IntList();
  readonly starts = new IntList();
  readonly positions = new IntList();
  /** Live articles holding the word. */
  df = 0;
  end(k: number): number {
    return k + 1 < this.slots.n ? this.starts.a[k + 1] : this.positions.n;
  }
}

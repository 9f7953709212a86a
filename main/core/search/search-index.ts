// The search index over the library's articles (docs/search.md). Each article is kept as the
// sequence of its folded words (./terms.ts), and each word as the list of articles holding it
// with the positions where it stands, all in typed arrays. A query intersects those lists
// (every word must occur; the last one as a prefix while the reporter types), then reads the
// positions of its own words in each candidate: BM25 per word and per field (headline, sapo,
// body, byline, tags), and which neighbouring query words stand side by side (`hoa binh` in
// `Hòa Bình`), which is what tells a place name from two common syllables.
// The word dictionary and its prefix search are MiniSearch's radix tree (SearchableMap). A plain
// MiniSearch index took 8 s and 170 MB to build over 10,000 stories, 40-60 ms a query (p95), and
// cannot see which syllables stand together (docs/search.md has the figures).

import SearchableMap from 'minisearch/SearchableMap';
import type { Article, ArticleStatus } from '../../common/article/model.ts';
import { dayEnd, dayStart } from '../../common/article/time.ts';
import type { SearchHit, SearchInput, SearchResults } from '../../common/contract/search.ts';
import { foldVietnamese } from '../../common/text/fold.ts';
import { nfc } from '../../common/text/nfc.ts';
import { documentOf, FIELDS, type SearchDocument } from './document.ts';
import { FIELD_SHIFT, MAX_WORDS_PER_ARTICLE, Postings } from './postings.ts';
import { makeSnippet, markWords } from './snippet.ts';
import { BREAK, foldedWords, parseQuery, TERMS_VERSION, type ParsedQuery } from './terms.ts';

export { documentOf, stampOf, type SearchDocument } from './document.ts';

const NF = FIELDS.length;
// A match in the headline says more than one deep in the body.
const BOOST = [3, 2, 1, 1.5, 2];
const K1 = 1.2;
const B = 0.75;
// More words than this in one query are ignored past the limit (a bit mask per word).
const MAX_WORDS = 30;
// A one-letter prefix would expand to a large part of the dictionary.
const MIN_PREFIX = 2;

export type SearchOptions = Partial<Omit<SearchInput, 'query'>> & { query: string };

export interface SearchIndex {
  /** Adds an article, or replaces the one with its id. */
  add(article: Article): void;
  /** Same as add: the library calls it after every save. */
  update(article: Article): void;
  remove(id: string): void;
  has(id: string): boolean;
  /** The stamp indexed for an article (compared with the library's), or undefined. */
  stamp(id: string): string | undefined;
  ids(): string[];
  readonly size: number;
  /** Ranked results, one page, with snippets from the sapo (SearchService redoes them from the body). */
  search(options: SearchOptions): SearchResults;
  /** The index as one string for search.json (loadSearchIndex reads it back). */
  serialize(): string;
  /** Gives back memory kept spare for growth (after a bulk of additions). */
  trim(): void;
}

interface Entry {
  id: string;
  slot: number;
  /** Term ids, field after field; 0 marks a break. */
  tokens: Tokens;
  /** Where each field ends in tokens (exclusive). */
  ends: number[];
  /** Words per field (breaks not counted). */
  lens: number[];
  headline: string;
  sapo: string;
  status: ArticleStatus;
  category: string;
  categoryKey: string;
  date: string;
  dateMs: number;
  stamp: string;
}

/** Term ids in 16 bits while the dictionary is small enough (most archives), else 32. */
type Tokens = Uint16Array | Uint32Array;
function toTokens(ids: ArrayLike<number>): Tokens {
  let max = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i] > max) max = ids[i];
  return max < 0x10000 ? Uint16Array.from(ids) : Uint32Array.from(ids);
}

/** One stored article in search.json, tokens apart. */
type SavedEntry = [
  id: string,
  headline: string,
  sapo: string,
  status: ArticleStatus,
  category: string,
  date: string,
  stamp: string,
  ends: number[],
];

const FORMAT = 1;

function newestFirst(a: Entry, b: Entry): number {
  return b.dateMs - a.dateMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** An instant bound from a newsroom day (`2025-01-05`, whole day) or an ISO instant, in ms. */
function bound(value: string | undefined, end: boolean): number | null {
  if (!value) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const iso = day ? (end ? dayEnd(value) : dayStart(value)) : value;
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return null;
  // A day's end is the next day's start (exclusive); an instant given as `to` is included.
  return end && !day ? ms + 1 : ms;
}
class CompactIndex implements SearchIndex {
  private readonly slots: Array<Entry | null> = [];
  private readonly byId = new Map<string, Entry>();
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [BREAK];
  private readonly prefixes = new SearchableMap<number>();
  private postings: Postings[] = [new Postings()];
  private readonly lenSum = new Array<number>(NF).fill(0);
  private dead = 0;
  // Scratch buffers, reused by every query and add.
  private seen = new Uint8Array(1024);
  private counts = new Uint8Array(1024);
  private candidate = new Int32Array(1024).fill(-1);

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  stamp(id: string): string | undefined {
    return this.byId.get(id)?.stamp;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  add(article: Article): void {
    this.addDocument(documentOf(article));
  }

  update(article: Article): void {
    this.add(article);
  }

  /** Adds (or replaces) a document already reduced to its fields. */
  addDocument(doc: SearchDocument): void {
    this.insert(this.prepare(doc));
  }

  /** A document's words as term ids, with its stored fields. */
  prepare(doc: SearchDocument): Omit<Entry, 'slot' | 'categoryKey' | 'dateMs'> {
    const ids: number[] = [];
    const ends: number[] = [];
    const lens: number[] = [];
    for (const f of FIELDS) {
      let n = 0;
      for (const w of foldedWords(doc.fields[f])) {
        if (w === BREAK) {
          if (ids.length && ids[ids.length - 1] !== 0) ids.push(0);
          continue;
        }
        if (ids.length >= MAX_WORDS_PER_ARTICLE) break;
        ids.push(this.termId(w));
        n++;
      }
      // A break closes every field, so no two words of different fields stand side by side.
      if (ids.length && ids[ids.length - 1] !== 0) ids.push(0);
      ends.push(ids.length);
      lens.push(n);
    }
    return {
      id: doc.id,
      tokens: toTokens(ids),
      ends,
      lens,
      headline: doc.fields.headline,
      sapo: doc.fields.sapo,
      status: doc.status,
      category: doc.category,
      date: doc.date,
      stamp: doc.stamp,
    };
  }

  remove(id: string): void {
    const e = this.byId.get(id);
    if (!e) return;
    this.byId.delete(id);
    this.slots[e.slot] = null;
    this.dead++;
    this.forEachDistinct(e.tokens, (t) => this.postings[t].df--);
    for (let f = 0; f < NF; f++) this.lenSum[f] -= e.lens[f];
    // The dead slot stays in the word lists until enough pile up to rebuild them.
    if (this.dead > 1000 && this.dead > this.slots.length / 4) this.compact();
  }

  search(options: SearchOptions): SearchResults {
    const q = parseQuery(options.query);
    if (q.words.length > MAX_WORDS) {
      q.words.length = MAX_WORDS;
      q.adjacent.length = q.phrase.length = MAX_WORDS - 1;
    }
    const keep = this.filter(options);
    let ranked: Array<{ e: Entry; score: number }>;
    if (q.words.length === 0) {
      ranked = [];
      for (const e of this.slots) if (e && keep(e)) ranked.push({ e, score: 0 });
      ranked.sort((a, b) => newestFirst(a.e, b.e));
    } else {
      ranked = this.rank(q, keep);
    }
    const offset = options.offset ?? 0;
    const limit = options.limit ?? 50;
    const items = ranked.slice(offset, offset + limit).map(({ e, score }) => this.hit(e, score, q));
    return { items, total: ranked.length };
  }

  serialize(): string {
    const live = this.slots.filter((e): e is Entry => e !== null);
    const total = live.reduce((n, e) => n + e.tokens.length, 0);
    const all = new Uint32Array(total);
    let at = 0;
    const docs: SavedEntry[] = live.map((e) => {
      all.set(e.tokens, at);
      at += e.tokens.length;
      return [e.id, e.headline, e.sapo, e.status, e.category, e.date, e.stamp, e.ends];
    });
    // Only the words still in use, renumbered, so a long session's dead words are not kept.
    const used = new Int32Array(this.terms.length).fill(-1);
    const words: string[] = [BREAK];
    used[0] = 0;
    for (let i = 0; i < all.length; i++) {
      const t = all[i];
      if (used[t] < 0) {
        used[t] = words.length;
        words.push(this.terms[t]);
      }
      all[i] = used[t];
    }
    const packed = words.length <= 0x10000 ? Uint16Array.from(all) : all;
    const tokens = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString('base64');
    return JSON.stringify({
      format: FORMAT,
      terms: TERMS_VERSION,
      littleEndian: LITTLE_ENDIAN,
      width: packed.BYTES_PER_ELEMENT,
      words,
      docs,
      tokens,
    });
  }

  /** Reads search.json's form back; throws on anything unexpected. */
  static load(text: string): CompactIndex {
    const saved = JSON.parse(text) as {
      format?: unknown;
      terms?: unknown;
      littleEndian?: unknown;
      width?: unknown;
      words?: unknown;
      docs?: unknown;
      tokens?: unknown;
    };
    if (saved.format !== FORMAT || saved.terms !== TERMS_VERSION || saved.littleEndian !== LITTLE_ENDIAN)
      throw new Error('index from another version');
    if (!Array.isArray(saved.words) || !Array.isArray(saved.docs) || typeof saved.tokens !== 'string') throw new Error('not an index');
    const words = saved.words as unknown[];
    const bytes = Buffer.from(saved.tokens, 'base64');
    if ((saved.width !== 2 && saved.width !== 4) || bytes.length % saved.width) throw new Error('damaged tokens');
    // A copy: the Buffer may sit at an offset a typed array cannot start at.
    const all = saved.width === 2 ? new Uint16Array(bytes.length / 2) : new Uint32Array(bytes.length / 4);
    new Uint8Array(all.buffer).set(bytes);
    const index = new CompactIndex();
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (typeof w !== 'string' || !w || index.termId(w) !== i) throw new Error('damaged words');
    }
    for (let j = 0; j < all.length; j++) if (all[j] >= words.length) throw new Error('damaged tokens');
    let at = 0;
    const entries: Array<Omit<Entry, 'slot' | 'categoryKey' | 'dateMs'>> = [];
    for (const d of saved.docs as unknown[]) {
      if (!Array.isArray(d) || d.length !== 8) throw new Error('damaged entry');
      const [id, headline, sapo, status, category, date, stamp, ends] = d as SavedEntry;
      if (![id, headline, sapo, category, date, stamp].every((v) => typeof v === 'string') || !STATUSES.has(status))
        throw new Error('damaged entry');
      if (!Array.isArray(ends) || ends.length !== NF || !ends.every((v, f) => Number.isInteger(v) && v >= (f ? ends[f - 1] : 0)))
        throw new Error('damaged entry');
      const n = ends[NF - 1];
      if (at + n > all.length) throw new Error('tokens too short');
      const tokens = all.slice(at, at + n);
      at += n;
      const lens = ends.map((end, f) => {
        let c = 0;
        for (let j = f ? ends[f - 1] : 0; j < end; j++) if (tokens[j] !== 0) c++;
        return c;
      });
      entries.push({ id, tokens, ends, lens, headline, sapo, status, category, date, stamp });
    }
    if (at !== all.length) throw new Error('tokens left over');
    index.insertMany(entries);
    return index;
  }

  // ——— internals ———

  private termId(word: string): number {
    let id = this.termIds.get(word);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(word);
      this.termIds.set(word, id);
      this.prefixes.set(word, id);
      this.postings.push(new Postings());
    }
    return id;
  }

  /** Adds (or replaces) an article reduced to its words. */
  insert(fields: Omit<Entry, 'slot' | 'categoryKey' | 'dateMs'>): void {
    this.remove(fields.id);
    const ms = Date.parse(fields.date);
    const e: Entry = {
      ...fields,
      slot: this.slots.length,
      categoryKey: foldVietnamese(fields.category.trim()),
      dateMs: Number.isNaN(ms) ? 0 : ms,
    };
    this.slots.push(e);
    this.byId.set(e.id, e);
    for (let f = 0; f < NF; f++) this.lenSum[f] += e.lens[f];
    this.post(e);
    this.forEachDistinct(e.tokens, (t) => this.postings[t].df++);
  }

  /** Inserts many entries at once: the word lists are sized first, so none grows twice. */
  insertMany(entries: Array<Omit<Entry, 'slot' | 'categoryKey' | 'dateMs'>>): void {
    const postCount = new Int32Array(this.terms.length);
    const posCount = new Int32Array(this.terms.length);
    for (const e of entries) {
      this.forEachDistinct(e.tokens, (t) => postCount[t]++);
      const toks = e.tokens;
      for (let j = 0; j < toks.length; j++) posCount[toks[j]]++;
    }
    for (let t = 1; t < this.terms.length; t++) {
      const p = this.postings[t];
      p.slots.reserve(postCount[t]);
      p.starts.reserve(postCount[t]);
      p.positions.reserve(posCount[t]);
    }
    for (const e of entries) this.insert(e);
  }

  trim(): void {
    for (const p of this.postings) {
      p.slots.trim();
      p.starts.trim();
      p.positions.trim();
    }
  }

  /** Adds an entry's words to the word lists: one posting per word, its positions in order. */
  private post(e: Entry): void {
    if (this.seen.length < this.terms.length) this.seen = new Uint8Array(grown(this.terms.length));
    const toks = e.tokens;
    let f = 0;
    for (let j = 0; j < toks.length; j++) {
      while (j >= e.ends[f]) f++;
      const t = toks[j];
      if (t === 0) continue;
      const p = this.postings[t];
      if (this.seen[t] === 0) {
        this.seen[t] = 1;
        p.slots.push(e.slot);
        p.starts.push(p.positions.n);
      }
      p.positions.push((f << FIELD_SHIFT) | j);
    }
    for (let j = 0; j < toks.length; j++) this.seen[toks[j]] = 0;
  }

  /** Calls fn once for each different word of an article. */
  private forEachDistinct(toks: Tokens, fn: (term: number) => void): void {
    if (this.seen.length < this.terms.length) this.seen = new Uint8Array(grown(this.terms.length));
    for (let j = 0; j < toks.length; j++) {
      const t = toks[j];
      if (t !== 0 && this.seen[t] === 0) {
        this.seen[t] = 1;
        fn(t);
      }
    }
    for (let j = 0; j < toks.length; j++) this.seen[toks[j]] = 0;
  }

  /** Rebuilds the word lists without dead slots. */
  private compact(): void {
    const live = this.slots.filter((e): e is Entry => e !== null);
    this.slots.length = 0;
    this.postings = this.postings.map((old) => {
      const p = new Postings();
      p.df = old.df;
      return p;
    });
    for (const e of live) {
      e.slot = this.slots.length;
      this.slots.push(e);
      this.post(e);
    }
    this.dead = 0;
  }

  /** The term ids a query word stands for: itself, or every word it begins while typed. */
  private termsFor(word: string, prefix: boolean): number[] {
    if (!prefix) {
      const id = this.termIds.get(word);
      return id !== undefined && this.postings[id].df > 0 ? [id] : [];
    }
    const out: number[] = [];
    for (const [, id] of this.prefixes.atPrefix(word)) if (this.postings[id].df > 0) out.push(id);
    return out;
  }

  private filter(options: SearchOptions): (e: Entry) => boolean {
    const statuses = options.status === undefined ? null : new Set(Array.isArray(options.status) ? options.status : [options.status]);
    // A part of the section's name, tones and case aside, from a word's start: `xây dựng` and
    // `xay dung` find `Xây dựng Đảng`, `dang` finds it too, `ng` does not.
    const category = options.category?.trim() ? ` ${foldVietnamese(nfc(options.category.trim())).replace(/\s+/g, ' ')}` : null;
    const from = bound(options.from, false);
    const to = bound(options.to, true);
    return (e) =>
      (!statuses || statuses.has(e.status)) &&
      (category === null || ` ${e.categoryKey.replace(/\s+/g, ' ')}`.includes(category)) &&
      (from === null || e.dateMs >= from) &&
      (to === null || e.dateMs < to);
  }

  /** Articles holding every query word, best first. */
  private rank(q: ParsedQuery, keep: (e: Entry) => boolean): Array<{ e: Entry; score: number }> {
    const last = q.words.length - 1;
    const sets = q.words.map((w, i) => this.termsFor(w, i === last && q.lastIsPrefix && w.length >= MIN_PREFIX));
    if (sets.some((s) => s.length === 0)) return [];
    const slots = this.intersect(sets).filter((slot) => keep(this.slots[slot]!));
    if (this.candidate.length < this.slots.length) this.candidate = new Int32Array(grown(this.slots.length)).fill(-1);
    slots.forEach((slot, c) => (this.candidate[slot] = c));
    try {
      return this.score(q, sets, slots);
    } finally {
      for (const slot of slots) this.candidate[slot] = -1;
    }
  }

  /** Live slots holding a term of every set (the rarest set first). */
  private intersect(sets: number[][]): number[] {
    if (this.counts.length < this.slots.length) this.counts = new Uint8Array(grown(this.slots.length));
    const counts = this.counts;
    const order = sets
      .map((set) => ({ set, n: set.reduce((s, t) => s + this.postings[t].slots.n, 0) }))
      .sort((a, b) => a.n - b.n)
      .map((x) => x.set);
    const out: number[] = [];
    const touched: number[] = [];
    order.forEach((set, k) => {
      const final = k === order.length - 1;
      for (const t of set) {
        const { a, n } = this.postings[t].slots;
        for (let j = 0; j < n; j++) {
          const slot = a[j];
          if (counts[slot] !== k || this.slots[slot] === null) continue;
          counts[slot] = k + 1;
          if (k === 0) touched.push(slot);
          if (final) out.push(slot);
        }
      }
    });
    for (const slot of touched) counts[slot] = 0;
    return out;
  }

  /**
   * BM25 per word and field, plus query neighbours found side by side. Only the positions of the
   * query's words are read: the common syllables of a query are a few per cent of a text.
   */
  private score(q: ParsedQuery, sets: number[][], slots: number[]): Array<{ e: Entry; score: number }> {
    // Ranked first by how many of the query's neighbouring words stand together in the article
    // (`da nang` as `Đà Nẵng`, not `đã … năng`): syllables are not words, pairs mostly are.
    const W = q.words.length;
    const P = W - 1;
    const C = slots.length;
    const candidate = this.candidate;
    const tf = new Float64Array(C * W * NF);
    const pairs = new Float64Array(Math.max(1, C * P * NF));
    // For each word of one term (all but a prefix), the posting of each candidate.
    const where: Array<Int32Array | null> = [];
    for (let i = 0; i < W; i++) {
      const single = sets[i].length === 1;
      const at = single ? new Int32Array(C) : null;
      where.push(at);
      const leftTerm = i > 0 && q.adjacent[i - 1] && sets[i - 1].length === 1 ? sets[i - 1][0] : -1;
      const left = leftTerm >= 0 ? this.postings[leftTerm] : null;
      const leftAt = where[i - 1] ?? null;
      for (const t of sets[i]) {
        const p = this.postings[t];
        const ps = p.slots.a;
        const starts = p.starts.a;
        const pos = p.positions.a;
        for (let k = 0; k < p.slots.n; k++) {
          const c = candidate[ps[k]];
          if (c < 0) continue;
          if (at) at[c] = k;
          const from = starts[k];
          const to = p.end(k);
          const tfBase = (c * W + i) * NF;
          for (let j = from; j < to; j++) tf[tfBase + (pos[j] >>> FIELD_SHIFT)]++;
          if (left && leftAt) {
            // Side by side: the left word at the position just before.
            const lk = leftAt[c];
            const lpos = left.positions.a;
            const pairBase = (c * P + i - 1) * NF;
            let lo = left.starts.a[lk];
            const hi = left.end(lk);
            for (let j = from; j < to && lo < hi; j++) {
              const want = pos[j] - 1;
              while (lo < hi && lpos[lo] < want) lo++;
              if (lo < hi && lpos[lo] === want) pairs[pairBase + (pos[j] >>> FIELD_SHIFT)]++;
            }
          }
        }
      }
    }

    const N = Math.max(1, this.byId.size);
    const avg = this.lenSum.map((s) => Math.max(1, s / N));
    const idf = (df: number): number => Math.log(1 + (N - df + 0.5) / (df + 0.5));
    const wordIdf = sets.map((set) => idf(set.reduce((m, t) => Math.max(m, this.postings[t].df), 0)));
    // A pair's rarity, counted among the candidates: `da nang` together is far rarer than either.
    const pairIdf: number[] = [];
    for (let p = 0; p < P; p++) {
      let df = 0;
      for (let c = 0; c < C; c++) {
        let any = 0;
        for (let f = 0; f < NF; f++) any += pairs[(c * P + p) * NF + f];
        if (any) df++;
      }
      pairIdf.push(idf(df));
    }
    const norm = (x: number, f: number, len: number): number => (x * (K1 + 1)) / (x + K1 * (1 - B + (B * len) / avg[f]));
    const out: Array<{ e: Entry; score: number; together: number }> = [];
    for (let c = 0; c < C; c++) {
      const e = this.slots[slots[c]]!;
      let score = 0;
      let pairsTogether = 0;
      for (let i = 0; i < W; i++) {
        for (let f = 0; f < NF; f++) {
          const x = tf[(c * W + i) * NF + f];
          if (x) score += wordIdf[i] * BOOST[f] * norm(x, f, e.lens[f]);
        }
      }
      let phraseMissing = false;
      for (let p = 0; p < P; p++) {
        let together = 0;
        for (let f = 0; f < NF; f++) {
          const x = pairs[(c * P + p) * NF + f];
          if (x) {
            together++;
            score += pairIdf[p] * BOOST[f] * norm(x, f, e.lens[f]);
          }
        }
        if (together) pairsTogether++;
        // Quoted words must stand together somewhere.
        else if (q.phrase[p]) phraseMissing = true;
      }
      if (!phraseMissing) out.push({ e, score, together: pairsTogether });
    }
    out.sort((a, b) => b.together - a.together || b.score - a.score || newestFirst(a.e, b.e));
    return out;
  }

  private hit(e: Entry, score: number, q: ParsedQuery): SearchHit {
    const snippet = makeSnippet(e.sapo, q.words, q.lastIsPrefix);
    return {
      id: e.id,
      headline: e.headline,
      headlineMarks: markWords(e.headline, q.words, q.lastIsPrefix),
      snippet: snippet.text,
      marks: snippet.marks,
      status: e.status,
      category: e.category,
      date: e.date,
      score: Math.round(score * 1000) / 1000,
    };
  }
}

const STATUSES = new Set<unknown>(['draft', 'submitted', 'returned', 'approved']);

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A scratch buffer's next size. */
const grown = (n: number): number => Math.max(1024, 2 ** Math.ceil(Math.log2(n + 1)));

/** An empty index. */
export function createSearchIndex(): SearchIndex {
  return new CompactIndex();
}

/** An index of these articles (the library's, read once at start). */
export function buildSearchIndex(articles: Iterable<Article>): SearchIndex {
  const index = new CompactIndex();
  const entries = [];
  for (const a of articles) entries.push(index.prepare(documentOf(a)));
  index.insertMany(entries);
  return index;
}

/** An index back from serialize(); throws when the text is not one (the caller rebuilds). */
export function loadSearchIndex(text: string): SearchIndex {
  return CompactIndex.load(text);
}

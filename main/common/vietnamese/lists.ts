// The newsroom's own word lists are plain text files in resources/language/ that an editor can
// open and extend (docs/vietnamese.md). These parsers read their contents (strings, so the
// renderer can use them too) and report lines they cannot read instead of dropping them quietly.
// Columns are separated by a tab or by two or more spaces; `#` starts a comment line.

import { placeTone } from './tone.ts';

export interface ListProblem {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

export interface Abbreviation {
  abbr: string;
  /** How it is spelled out at first use, when the list says. */
  expansion: string;
  /** Readers know it (`ASEAN`, `COVID`): it need not be spelled out. */
  wellKnown: boolean;
}

export interface ConfusedPair {
  wrong: string;
  right: string;
  note: string;
}

export interface PlaceChange {
  /** `merged`: the unit was merged into `successor`; `level-ended`: the whole level was abolished. */
  kind: 'merged' | 'level-ended';
  /** The name (for `merged`), empty for `level-ended`. */
  name: string;
  /** `tỉnh`, `thành phố`, `huyện`, `quận`, `thị xã`… */
  level: string;
  successor: string;
  /** ISO date from which the old name is wrong, e.g. `2025-07-01`. */
  effective: string;
  note: string;
}

export interface Parsed<T> {
  entries: T[];
  problems: ListProblem[];
}

function* lines(text: string): Generator<{ line: number; cells: string[]; raw: string }> {
  const all = text.normalize('NFC').split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const raw = all[i];
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    yield { line: i + 1, raw, cells: trimmed.split(/\t+| {2,}/).map((c) => c.trim()) };
  }
}

/** `UBND<TAB>Ủy ban nhân dân`, optionally a third column `known`. */
export function parseAbbreviations(text: string): Parsed<Abbreviation> {
  const entries: Abbreviation[] = [];
  const problems: ListProblem[] = [];
  for (const { line, cells, raw } of lines(text)) {
    const [abbr, expansion = '', flags = ''] = cells;
    if (!abbr || /\s/.test(abbr) || cells.length > 3) {
      problems.push({ line, text: raw });
      continue;
    }
    entries.push({ abbr, expansion, wellKnown: /\bknown\b/i.test(flags) });
  }
  return { entries, problems };
}

/**
 * What a gazetteer name is, from the `# kind: …` line above it: it decides how its capitals are
 * checked. `place`: after `xã`, `thôn`, `huyện`…; `ethnic`: after `dân tộc`, `người`…; `organ`:
 * after `Bí thư`, `Ban Thường vụ`… (`Bí thư Tỉnh ủy`); `person` and `name`: only a name begun
 * with a capital and ended without (`Hà giang`); `term`: a label written as it is spelled
 * (`VietGAP`); `family`: a family name, whose person's middle name keeps its capital (`Hoàng
 * Thị Sinh`, not `Hoàng thị Sinh`); `syllable`: a name's syllable, only accepted.
 */
export type NameKind = 'place' | 'ethnic' | 'organ' | 'person' | 'family' | 'term' | 'syllable' | 'name';
const NAME_KINDS = new Set<NameKind>(['place', 'ethnic', 'organ', 'person', 'family', 'term', 'syllable', 'name']);

export interface GazetteerName {
  name: string;
  kind: NameKind;
}

const KIND_LINE = /^#\s*kind:\s*(\S+)\s*$/;

/** One name per line (`Mèo Vạc`, `H'Mông`, `Hầu A Lềnh`); `# kind: place` sets the kind of those below. */
export function parseGazetteer(text: string): Parsed<GazetteerName> {
  const entries: GazetteerName[] = [];
  const problems: ListProblem[] = [];
  let kind: NameKind = 'name';
  const all = text.normalize('NFC').split(/\r?\n/);
  all.forEach((raw, i) => {
    const trimmed = raw.trim();
    const directive = KIND_LINE.exec(trimmed);
    if (directive) {
      if (NAME_KINDS.has(directive[1] as NameKind)) kind = directive[1] as NameKind;
      else problems.push({ line: i + 1, text: raw });
      return;
    }
    if (!trimmed || trimmed.startsWith('#')) return;
    entries.push({ name: trimmed.replace(/\s+/g, ' '), kind });
  });
  return { entries, problems };
}

/** How often words and two-word sequences occur in news text (frequency.tsv). */
export interface Frequency {
  /** Lower case, NFC, new tone placement → count. */
  words: Map<string, number>;
  /** `word word` (as above) → count. */
  pairs: Map<string, number>;
}

// Word keys are asked for on every word of every check: each spelling is worked out once.
const keys = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** One word's key: lower case, NFC, new tone placement, the typographic apostrophe as a plain one. */
export function wordKey(word: string): string {
  let k = keys.get(word);
  if (k === undefined) {
    k = placeTone(word.normalize('NFC').replace(/’/g, "'").toLowerCase(), 'new');
    if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
    keys.set(word, k);
  }
  return k;
}

/** The key of a word or a pair of words in a Frequency (wordKey of each, joined by a space). */
export const frequencyKey = (...words: string[]): string => (words.length === 1 ? wordKey(words[0]) : words.map(wordKey).join(' '));

/** `word<TAB>count` or `word word<TAB>count` per line. */
export function parseFrequency(text: string): Parsed<Frequency> {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  const problems: ListProblem[] = [];
  for (const { line, cells, raw } of lines(text)) {
    const [item, count] = cells;
    const n = Number(count);
    const parts = item?.split(' ') ?? [];
    if (cells.length !== 2 || !Number.isInteger(n) || n < 1 || parts.length > 2) {
      problems.push({ line, text: raw });
      continue;
    }
    (parts.length === 2 ? pairs : words).set(frequencyKey(...parts), n);
  }
  return { entries: [{ words, pairs }], problems };
}

/** `sử lý<TAB>xử lý<TAB>note`. */
export function parseConfused(text: string): Parsed<ConfusedPair> {
  const entries: ConfusedPair[] = [];
  const problems: ListProblem[] = [];
  for (const { line, cells, raw } of lines(text)) {
    const [wrong, right, note = ''] = cells;
    if (!wrong || !right || cells.length > 3 || wrong === right) {
      problems.push({ line, text: raw });
      continue;
    }
    entries.push({ wrong, right, note });
  }
  return { entries, problems };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `merged<TAB>Hà Giang<TAB>tỉnh<TAB>Tuyên Quang<TAB>2025-07-01<TAB>note`. */
export function parsePlaceChanges(text: string): Parsed<PlaceChange> {
  const entries: PlaceChange[] = [];
  const problems: ListProblem[] = [];
  for (const { line, raw } of lines(text)) {
    // Tabs only here: the name column is empty for `level-ended` rows.
    const cells = raw.split('\t').map((c) => c.trim());
    const [kind, name = '', level = '', successor = '', effective = '', note = ''] = cells;
    const ok = (kind === 'merged' && name && successor && level) || (kind === 'level-ended' && level && !name);
    if (!ok || !ISO_DATE.test(effective) || cells.length > 6) {
      problems.push({ line, text: raw });
      continue;
    }
    entries.push({ kind: kind as PlaceChange['kind'], name, level, successor, effective, note });
  }
  return { entries, problems };
}

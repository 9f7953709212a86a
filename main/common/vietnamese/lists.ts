// The newsroom's own word lists are plain text files in resources/language/ that an editor can
// open and extend (docs/vietnamese.md). These parsers read their contents (strings, so the
// renderer can use them too) and report lines they cannot read instead of dropping them quietly.
// Columns are separated by a tab or by two or more spaces; `#` starts a comment line.

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

/** One name per line: `Mèo Vạc`, `H'Mông`, `Hầu A Lềnh`. */
export function parseGazetteer(text: string): Parsed<string> {
  const entries: string[] = [];
  for (const { raw } of lines(text)) entries.push(raw.trim().replace(/\s+/g, ' '));
  return { entries, problems: [] };
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
    const ok =
      (kind === 'merged' && name && successor && level) || (kind === 'level-ended' && level && !name);
    if (!ok || !ISO_DATE.test(effective) || cells.length > 6) {
      problems.push({ line, text: raw });
      continue;
    }
    entries.push({ kind: kind as PlaceChange['kind'], name, level, successor, effective, note });
  }
  return { entries, problems };
}

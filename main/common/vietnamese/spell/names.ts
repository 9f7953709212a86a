// The gazetteer as the spell checker uses it: every syllable of a name is a word it accepts as
// written there (`Khuổi`, `Thẻn`), and a name's capitals are checked where the writer clearly
// means the name: `Hà giang` (begun with a capital, ended without), `xã lũng cú` (after a word
// that announces a place), `người mông` (after one that announces a people), `Vietgap` (a label
// has one spelling). A capital at a sentence's start is checked here too.

import { parseGazetteer, wordKey, type GazetteerName, type ListProblem, type NameKind } from '../lists.ts';
import { FREQUENT_SYLLABLES } from './frequent.ts';
import { Lexicon } from './lexicon.ts';
import { isVietnameseSyllable } from '../syllable.ts';
import { opensBlock, opensSentence, type WordToken } from './tokens.ts';

export interface CapitalFinding {
  start: number;
  end: number;
  word: string;
  suggestion: string;
  /**
   * The writer plainly meant the name: a gazetteer name of two or more words with one of them
   * written in capitals (`huyện bắc Quang`, `thôn Thèn pả`), or a people's name after its cue
   * (`đồng bào mông`). Such a finding wins over a spelling or a slip read in the same word.
   */
  sure?: boolean;
}

interface Name {
  /** The syllables' keys (lower case, new tone placement). */
  keys: string[];
  /** As the gazetteer writes it (its syllables). */
  syllables: string[];
  /** What separates the syllables (` `, ` - `). */
  gaps: string[];
  kind: NameKind;
}

const key = wordKey;

/** Words after which a place's name keeps its capitals (checked in lower case, joined by one space). */
const PLACE_CUES = new Set([
  'tỉnh',
  'huyện',
  'xã',
  'thôn',
  'bản',
  'xóm',
  'làng',
  'phường',
  'quận',
  'thị trấn',
  'thị xã',
  'thành phố',
  'tp',
  'sông',
  'suối',
  'núi',
  'đèo',
  'cửa khẩu',
  'đồn biên phòng',
  'tỉnh lộ',
]);
/** Words before a person's name (`ông Chử`, `chị Lò Thị Dín`). */
const PERSON_CUES = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'già làng', 'nghệ nhân']);
/** A name after its cue is read up to this many words: `thôn Tìa Chí Dìa`, `ông Vàng Seo Chử`. */
const NAME_RUN = 4;
/** Titles after which a Party committee's name keeps its capital (`Bí thư Tỉnh ủy`). */
const ORGAN_CUES = new Set(['bí thư', 'phó bí thư', 'ban thường vụ', 'thường trực', 'văn phòng', 'ban chấp hành', 'ủy viên', 'uỷ viên']);
/** Middle names that keep their capital between a family and a given name (`Hoàng Thị Sinh`). */
const MIDDLE_NAMES = new Set(['thị', 'văn', 'đức', 'hữu', 'đình', 'công', 'bá', 'mí', 'seo']);
/**
 * Middle names followed by the given name (`Lù Văn Pín`, `Giàng Seo Phử`): Văn and Thị, and the
 * Mông generation names. (Đức, Hữu… are given names too: `ông Lê Đức cho biết`.)
 */
const GIVEN_NAME_AFTER = new Set(['thị', 'văn', 'seo', 'mí']);
/** Words after which a people's name keeps its capital (`người Mông`, `tiếng Tày`). */
const ETHNIC_CUES = new Set(['dân tộc', 'đồng bào', 'người', 'tiếng', 'bà con', 'phụ nữ', 'chàng trai', 'cô gái']);
/**
 * Peoples whose name is also a common word right after `người`, `bà con`…: `người kinh doanh`,
 * `người thái rau`, `bà con chăm sóc`. They are checked only after `dân tộc`, `đồng bào`, `tiếng`.
 */
const UNAMBIGUOUS_CUES = new Set(['dân tộc', 'đồng bào', 'tiếng']);
const AMBIGUOUS_PEOPLES = new Set([
  'kinh',
  'thái',
  'hoa',
  'lào',
  'co',
  'mạ',
  'thổ',
  'cống',
  'kháng',
  'mảng',
  'chứt',
  'ngái',
  'lự',
  'chăm',
  'mường',
]);

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const capitalised = (w: string): boolean => isUpper(w.charAt(0));
const allCaps = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();

/** The written word with the capitals of the gazetteer's spelling (tone placement kept as written). */
function withCapitalsOf(written: string, model: string): string {
  if (written.length !== model.length) return model;
  let out = '';
  for (let i = 0; i < written.length; i++) out += isUpper(model[i]) ? written[i].toUpperCase() : written[i].toLowerCase();
  return out;
}

export interface NameIndex {
  /** A syllable of a name, as written there (`Khuổi`; `khuổi` is not). */
  accepts(word: string): boolean;
  /** A one-word name or label written with other capitals than the gazetteer's (`Vietgap` → `VietGAP`). */
  recase(word: string): string | undefined;
  /** Whether the word is a label of terms.txt (`VietGAP`), which has one spelling. */
  isLabel(word: string): boolean;
  /**
   * Whether token i stands where a given name stands (`Pín` in `Lù Văn Pín`: after a family name
   * and a middle name, both capitalised) and has the shape of a syllable: a name whatever the
   * dictionary says (the peoples' names are not in it); in lower case, `capitals` says so.
   */
  givenNameAt(text: string, tokens: readonly WordToken[], i: number): boolean;
  /**
   * Whether token i is a capitalised syllable of a name its cue announces: a place after `thôn`,
   * `xã`… (`thôn Nà Lẹng`), a person after `ông`, `chị`… (`ông Chử`). Villages and people are
   * more than any gazetteer lists; such a syllable is accepted as written when it is spelled as a
   * Vietnamese syllable can be.
   */
  nameRunAt(text: string, tokens: readonly WordToken[], i: number): boolean;
  /** Capitals missing in known names and at sentence starts (the text's own start when `blockStart`). */
  capitals(text: string, tokens: readonly WordToken[], blockStart?: boolean): CapitalFinding[];
  problems: ListProblem[];
}

/**
 * Builds the index from the gazetteer files' contents (each with its own `# kind:` lines).
 * `isWord` says whether syllables make a word of the language (word-list.ts): a name that is
 * also one (`Liên Hiệp`, `liên hiệp`) keeps its capitals only where a cue asks for them.
 */
export function createNameIndex(
  files: string | readonly string[],
  isWord: (syllables: readonly string[]) => boolean = () => false,
): NameIndex {
  const syllables = new Lexicon();
  const families = new Set<string>();
  const singles = new Map<string, { form: string; kind: NameKind }[]>();
  const byFirst = new Map<string, Name[]>();
  const problems: ListProblem[] = [];
  const names: GazetteerName[] = [];
  for (const file of typeof files === 'string' ? [files] : files) {
    const parsed = parseGazetteer(file);
    names.push(...parsed.entries);
    problems.push(...parsed.problems);
  }
  for (const { name, kind } of names) {
    const parts = name.split(/(\s+(?:-\s+)?|-)/u);
    const words = parts.filter((_, i) => i % 2 === 0).filter(Boolean);
    const gaps = parts.filter((_, i) => i % 2 === 1);
    for (const w of words) syllables.add(w);
    if (kind === 'family') families.add(key(name));
    if (words.length === 1) {
      const list = singles.get(key(words[0])) ?? [];
      list.push({ form: words[0], kind });
      singles.set(key(words[0]), list);
      if (kind !== 'syllable' && kind !== 'term') continue;
    }
    if (kind === 'syllable' || kind === 'term') continue;
    const entry: Name = { keys: words.map(key), syllables: words, gaps, kind };
    const list = byFirst.get(entry.keys[0]) ?? [];
    list.push(entry);
    list.sort((a, b) => b.keys.length - a.keys.length);
    byFirst.set(entry.keys[0], list);
  }

  function recase(word: string): string | undefined {
    const forms = singles.get(key(word));
    if (!forms || syllables.has(word)) return undefined;
    const model = forms.find((f) => f.kind === 'term' || f.kind === 'syllable') ?? forms[0];
    // A lower-case label (`homestay`) accepts any case: only capitals in the model matter.
    if (model.form === model.form.toLowerCase()) return undefined;
    return withCapitalsOf(word, model.form);
  }

  /** The cue words right before token i (one or two words, lower case), for the cue sets. */
  function cueBefore(text: string, tokens: readonly WordToken[], i: number, cues: ReadonlySet<string>): string | undefined {
    let phrase = '';
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (!spacesOnly(text, tokens[j], tokens[j + 1])) break;
      phrase = phrase ? `${tokens[j].word.toLowerCase()} ${phrase}` : tokens[j].word.toLowerCase();
      if (cues.has(phrase)) return phrase;
    }
    return undefined;
  }

  function capitals(text: string, tokens: readonly WordToken[], blockStart = false): CapitalFinding[] {
    const out: CapitalFinding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // The block's first word, when nothing but quotation marks or brackets stand before it.
      const startsSentence = (blockStart && opensBlock(text, tokens, i)) || opensSentence(text, tokens, i);
      const match = nameAt(text, tokens, i);
      if (match) {
        const { name, end } = match;
        const from = tokens[i].start;
        const to = tokens[end].end;
        const written = text.slice(from, to);
        const wanted = tokens
          .slice(i, end + 1)
          .map((t, k) =>
            k === 0 && startsSentence ? capitalFirst(withCapitalsOf(t.word, name.syllables[k])) : withCapitalsOf(t.word, name.syllables[k]),
          );
        const writtenWords = tokens.slice(i, end + 1).map((t) => t.word);
        const differs = writtenWords.some((w, k) => w !== wanted[k]);
        const cues = name.kind === 'ethnic' ? ETHNIC_CUES : name.kind === 'organ' ? ORGAN_CUES : PLACE_CUES;
        const cue = name.kind === 'place' || name.kind === 'ethnic' || name.kind === 'organ' ? cueBefore(text, tokens, i, cues) : undefined;
        // In capitals (a headline set in capitals), or as the gazetteer has it: fine.
        const laterCapital = writtenWords.slice(1).some(capitalised);
        // The text's own first word may open a sentence even when the caller cannot say so.
        const mayOpen = startsSentence || i === 0;
        // A name that is also a word, right after a capitalised word, may be that word inside
        // another name (`Hội Liên hiệp Phụ nữ`, not the commune Liên Hiệp); `đá Đồng văn` is the place.
        const inName = i > 0 && capitalised(tokens[i - 1].word) && spacesOnly(text, tokens[i - 1], tokens[i]);
        // The nation's names (`Tết Nguyên đán`) are no place inside another name: only a sentence's start reads as prose.
        const reads = mayOpen || (inName && name.kind !== 'name' && isWord(writtenWords));
        const meant = capitalised(writtenWords[0]) ? !reads || cue !== undefined || laterCapital : cue !== undefined || laterCapital;
        if (differs && !allCaps(written) && meant) {
          let suggestion = '';
          let last = from;
          tokens.slice(i, end + 1).forEach((t, k) => {
            suggestion += text.slice(last, t.start) + wanted[k];
            last = t.end;
          });
          out.push({ start: from, end: to, word: written, suggestion, sure: writtenWords.some(capitalised) });
        }
        i = end;
        continue;
      }
      const single =
        singleEthnic(text, tokens, i) ??
        middleName(text, tokens, i) ??
        givenName(text, tokens, i) ??
        familyName(text, tokens, i) ??
        onePlace(text, tokens, i) ??
        nameTail(text, tokens, i);
      if (single) {
        out.push(single);
        continue;
      }
      const w = tokens[i].word;
      if (startsSentence && !capitalised(w) && w.length > 1 && !recase(w) && !singles.get(key(w))?.some((f) => f.form === w)) {
        out.push({ start: tokens[i].start, end: tokens[i].end, word: w, suggestion: capitalFirst(w) });
      }
    }
    return out;
  }

  /** The longest gazetteer name of two or more words starting at token i, as keys match. */
  function nameAt(text: string, tokens: readonly WordToken[], i: number): { name: Name; end: number } | undefined {
    for (const name of byFirst.get(key(tokens[i].word)) ?? []) {
      const n = name.keys.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const gap = text.slice(tokens[i + k - 1].end, tokens[i + k].start);
        ok = key(tokens[i + k].word) === name.keys[k] && gap.replace(/\u00a0/g, ' ') === name.gaps[k - 1].replace(/\s+/g, ' ');
      }
      if (ok) return { name, end: i + n - 1 };
    }
    return undefined;
  }

  /** A one-word people's name after a cue, in lower case: `người mông`, `dân tộc dao`. */
  function singleEthnic(text: string, tokens: readonly WordToken[], i: number): CapitalFinding | undefined {
    const w = tokens[i].word;
    if (capitalised(w)) return undefined;
    const form = singles.get(key(w))?.find((f) => f.kind === 'ethnic');
    if (!form) return undefined;
    const cue = cueBefore(text, tokens, i, ETHNIC_CUES);
    if (!cue || (!UNAMBIGUOUS_CUES.has(cue) && AMBIGUOUS_PEOPLES.has(key(w)))) return undefined;
    return { start: tokens[i].start, end: tokens[i].end, word: w, suggestion: withCapitalsOf(w, form.form), sure: true };
  }

  /** A middle name in lower case between a family name and a given name: `Hoàng thị Sinh`. */
  function middleName(text: string, tokens: readonly WordToken[], i: number): CapitalFinding | undefined {
    const [before, w, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (!before || !after || capitalised(w.word) || !MIDDLE_NAMES.has(key(w.word))) return undefined;
    if (
      !oneSpace(text, before, w) ||
      !oneSpace(text, w, after) ||
      !capitalised(before.word) ||
      !capitalised(after.word) ||
      !families.has(key(before.word))
    )
      return undefined;
    return { start: w.start, end: w.end, word: w.word, suggestion: capitalFirst(w.word) };
  }

  /**
   * A one-word place after a cue, in lower case, ending its phrase: `dọc bờ sông lô.` Only at a
   * phrase's end, because such names are often words too: `nước sông chảy xiết` is a river
   * flowing, not the river Chảy.
   */
  function onePlace(text: string, tokens: readonly WordToken[], i: number): CapitalFinding | undefined {
    const w = tokens[i].word;
    if (capitalised(w)) return undefined;
    const form = singles.get(key(w))?.find((f) => f.kind === 'place');
    if (!form || !cueBefore(text, tokens, i, PLACE_CUES)) return undefined;
    const next = tokens[i + 1];
    if (next && spacesOnly(text, tokens[i], next)) return undefined;
    return { start: tokens[i].start, end: tokens[i].end, word: w, suggestion: withCapitalsOf(w, form.form) };
  }

  /**
   * A name's later syllable in lower case, where a cue and a capital show the name has begun:
   * `thôn Nà sài` (`Sài` a syllable the gazetteer writes with its capital), or any syllable but a
   * common one where the name ends its phrase (`thôn Sủng lìa.`; not `xã Pả Vi không quên`, nor
   * `đến xã Nà Chì rồi.`).
   */
  function nameTail(text: string, tokens: readonly WordToken[], i: number): CapitalFinding | undefined {
    const w = tokens[i].word;
    if (capitalised(w)) return undefined;
    const form = singles.get(key(w))?.find((f) => f.kind === 'syllable' && capitalised(f.form));
    const endsPhrase = PHRASE_END.test(text.slice(tokens[i].end, tokens[i].end + 1));
    let first = i;
    while (first > 0 && capitalised(tokens[first - 1].word) && oneSpace(text, tokens[first - 1], tokens[first])) first--;
    if (first === i || !cueBefore(text, tokens, first, PLACE_CUES)) return undefined;
    // Any syllable only as the second of a two-syllable name, the commonest shape of a village's
    // name: after two capitals the name may well be over (`xã Nà Chì rồi.`).
    if (!form && !(endsPhrase && i - first === 1 && !FREQUENT_SYLLABLES.has(key(w)))) return undefined;
    return { start: tokens[i].start, end: tokens[i].end, word: w, suggestion: form ? withCapitalsOf(w, form.form) : capitalFirst(w) };
  }

  /** Token i after a capitalised family name and middle name, one space apart: `Lù Văn ‹i›`. */
  function afterFamilyAndMiddle(text: string, tokens: readonly WordToken[], i: number): boolean {
    const [family, middle, w] = [tokens[i - 2], tokens[i - 1], tokens[i]];
    if (!family || !capitalised(family.word) || !capitalised(middle.word)) return false;
    if (!families.has(key(family.word)) || !GIVEN_NAME_AFTER.has(key(middle.word))) return false;
    return oneSpace(text, family, middle) && oneSpace(text, middle, w);
  }

  function nameRunAt(text: string, tokens: readonly WordToken[], i: number): boolean {
    if (!capitalised(tokens[i].word) || !isVietnameseSyllable(tokens[i].word)) return false;
    for (let j = i; j > i - NAME_RUN && j >= 0; j--) {
      if (cueBefore(text, tokens, j, PLACE_CUES) || cueBefore(text, tokens, j, PERSON_CUES)) return true;
      const before = tokens[j - 1];
      if (!before || !capitalised(before.word) || !oneSpace(text, before, tokens[j])) return false;
    }
    return false;
  }

  const givenNameAt = (text: string, tokens: readonly WordToken[], i: number): boolean =>
    afterFamilyAndMiddle(text, tokens, i) && isVietnameseSyllable(tokens[i].word) && !isWord([tokens[i - 1].word, tokens[i].word]);

  /**
   * A given name in lower case: `Sùng Thị mỷ`. Not a common syllable (`Lê Văn cho biết` is a
   * two-syllable name and a verb), nor one that makes a word with the middle name (`Văn hóa`).
   */
  function givenName(text: string, tokens: readonly WordToken[], i: number): CapitalFinding | undefined {
    const w = tokens[i];
    if (capitalised(w.word) || FREQUENT_SYLLABLES.has(key(w.word)) || !givenNameAt(text, tokens, i)) return undefined;
    return { start: w.start, end: w.end, word: w.word, suggestion: capitalFirst(w.word) };
  }

  /** A family name in lower case before a middle name and a given name: `chị giàng Thị Dung`. */
  function familyName(text: string, tokens: readonly WordToken[], i: number): CapitalFinding | undefined {
    const [w, middle, given] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!middle || !given || capitalised(w.word) || !families.has(key(w.word))) return undefined;
    if (!oneSpace(text, w, middle) || !oneSpace(text, middle, given) || !capitalised(middle.word) || !capitalised(given.word))
      return undefined;
    if (!MIDDLE_NAMES.has(key(middle.word))) return undefined;
    return { start: w.start, end: w.end, word: w.word, suggestion: capitalFirst(w.word) };
  }

  return {
    accepts: (word) => syllables.has(word),
    recase,
    isLabel: (word) => singles.get(key(word))?.some((f) => f.kind === 'term') ?? false,
    givenNameAt,
    nameRunAt,
    capitals,
    problems,
  };
}

/** What may follow the last word of a phrase: a punctuation mark, or the text's end (not a number: `Xín Mần gần 5 năm`). */
const PHRASE_END = /^(?:[.,;:!?…)”"’]|$)/u;
const capitalFirst = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** Whether one space (or a no-break space) alone stands between tokens a and b: one name's words. */
const oneSpace = (text: string, a: WordToken, b: WordToken): boolean => /^[ \u00a0]$/u.test(text.slice(a.end, b.start));
/** Whether only spaces stand between tokens a and b: one phrase. */
const spacesOnly = (text: string, a: WordToken, b: WordToken): boolean => /^[ \u00a0]+$/u.test(text.slice(a.end, b.start));

// The spell checker: Hunspell dictionaries through nspell (Vietnamese syllables, English words),
// the newsroom's lists (abbreviations, gazetteer, the reporter's own words), the commonly
// confused pairs and the wrong two-syllable words that a syllable dictionary cannot see (`sử lý`,
// `bàng hoàn` are good syllables), and capitals (names, sentence starts).
// DOM-free and Node-free: it takes the dictionary files as strings, so the same code runs in a
// Node worker (main/core/language/) and, later, in a Web Worker in the renderer.

import nspell, { type NSpell } from 'nspell';
import { isVietnameseSyllable } from '../syllable.ts';
import { placeTone, quiToQuy, type TonePlacement } from '../tone.ts';
import {
  frequencyKey,
  wordKey,
  parseAbbreviations,
  parseConfused,
  parseFrequency,
  type ConfusedPair,
  type Frequency,
  type ListProblem,
} from '../lists.ts';
import { Lexicon } from './lexicon.ts';
import { createContextModel } from './context.ts';
import { createNameIndex } from './names.ts';
import { createSyllableSuggester, type SuggestContext, type SyllableSuggester } from './suggest.ts';
import { wordTokens, type WordToken } from './tokens.ts';
import { growWrongWords, parseNewsWords } from './wrong-words.ts';
import { parseWordList } from './word-list.ts';

export interface HunspellFiles {
  aff: string;
  dic: string;
}

export interface SpellResources {
  vi: HunspellFiles;
  /** English words in Vietnamese text (`marketing`, `online`); optional. */
  en?: HunspellFiles;
  /** Contents of resources/language/abbreviations.txt. */
  abbreviations?: string;
  /** Contents of the files of resources/language/gazetteer/ (each with its `# kind:` lines). */
  gazetteer?: string | readonly string[];
  /** Contents of resources/language/confused.tsv. */
  confused?: string;
  /** Contents of resources/language/frequency.tsv: how common words and pairs are in news text. */
  frequency?: string;
  /** Contents of resources/language/news-words.txt: the words wrong two-syllable words grow from. */
  newsWords?: string;
  /**
   * Contents of resources/language/news-phrases.txt: word sequences news text uses often that are
   * no dictionary word (`trời mưa`, `tối nào`). Known neighbours for the context check and the
   * ranking of suggestions; nothing is flagged from them.
   */
  newsPhrases?: string;
  /** A dictionary's words, one per line (`bàng hoàng`): which syllables make a word together (word-list.ts). */
  viWords?: string;
}

export interface SpellOptions {
  /** Suggestions are written in the house's tone placement (`hòa` or `hoà`). */
  tonePlacement?: TonePlacement;
  maxSuggestions?: number;
  /**
   * Time one checkText may spend on suggestions; findings past it come with none (ask suggest()
   * when the reporter opens one). Keeps a text full of unknown words from stalling a check.
   */
  suggestionBudgetMs?: number;
}

export interface CheckOptions {
  /** The reporter's own words; replaces the list given before (see setUserWords). */
  userWords?: readonly string[];
  /** Overrides the checker's tone placement for the suggestions of this call. */
  tonePlacement?: TonePlacement;
  /** The text starts a block (not a piece after bold text): its first word needs a capital. */
  blockStart?: boolean;
}

export interface SpellFinding {
  start: number;
  end: number;
  /** The text flagged, as written. */
  word: string;
  suggestions: string[];
  /**
   * `confused`: real syllables, wrong word (`sử lý` → `xử lý`, `bàng hoàn` → `bàng hoàng`);
   * `capital`: a known name or a sentence start written without its capitals (`Hà giang`).
   */
  kind: 'spelling' | 'confused' | 'capital';
  /** Why, for a confused pair (from confused.tsv, or the letters swapped: `ch/tr`). */
  note?: string;
}

export interface SpellChecker {
  /** Findings in text order; offsets are UTF-16 indices into `text`. */
  checkText(text: string, options?: CheckOptions): SpellFinding[];
  isCorrect(word: string): boolean;
  suggest(word: string, tonePlacement?: TonePlacement): string[];
  /** Replaces the reporter's own words (kept in settings by the UI). */
  setUserWords(words: readonly string[]): void;
  /** Lines of the lists that could not be read. */
  problems: { file: string; problems: ListProblem[] }[];
}

const ASCII_WORD = /^[A-Za-z]+(?:['’][A-Za-z]+)*$/;
const VOWEL_MARKS = /[\u0300-\u036f]/;
const SHORT_I_Y = /^([bcdđghklmnpqrstvx]+)([iìíỉĩịyỳýỷỹỵ])$/i;
const SWAP_I_Y: Record<string, string> = {
  i: 'y',
  ì: 'ỳ',
  í: 'ý',
  ỉ: 'ỷ',
  ĩ: 'ỹ',
  ị: 'ỵ',
  y: 'i',
  ỳ: 'ì',
  ý: 'í',
  ỷ: 'ỉ',
  ỹ: 'ĩ',
  ỵ: 'ị',
};
const CACHE_LIMIT = 50_000;
/** A word this near (two marks, or one swap of confusable letters) beats a name's syllable in other capitals. */
const NEAR_WORD = 0.8;

/** All capitals without a vowel mark and not a syllable: `UBND`, `HĐND`, `BHG`, `KHKT`. */
function looksLikeAbbreviation(word: string): boolean {
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  if (VOWEL_MARKS.test(word.normalize('NFD').replace(/Đ/g, 'D'))) return false;
  return !isVietnameseSyllable(word);
}

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model[0];
  if (first && first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

const syllableKey = wordKey;

/** The items that pass, then the others. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

interface ConfusedEntry extends ConfusedPair {
  syllables: string[];
  /** Grown from news-words.txt: not matched where a name starts (`Quản Bạ`). */
  grown?: boolean;
}

/** Builds a checker; the dictionaries are parsed once here (the slow part, ~150 ms for English). */
export function createSpellChecker(resources: SpellResources, options: SpellOptions = {}): SpellChecker {
  const vi: NSpell = nspell(resources.vi.aff, resources.vi.dic);
  const en: NSpell | undefined = resources.en ? nspell(resources.en.aff, resources.en.dic) : undefined;
  const maxSuggestions = options.maxSuggestions ?? 5;
  const budgetMs = options.suggestionBudgetMs ?? 150;
  const problems: SpellChecker['problems'] = [];
  const frequencyList = parseFrequency(resources.frequency ?? '');
  if (frequencyList.problems.length) problems.push({ file: 'frequency.tsv', problems: frequencyList.problems });
  const frequency: Frequency = frequencyList.entries[0];
  const newsWords = parseNewsWords(resources.newsWords ?? '');
  const newsPhrases = parseNewsWords(resources.newsPhrases ?? '').map(({ word }) => ({ word, grow: false }));
  const newsPairs = new Set(
    [...newsWords, ...newsPhrases]
      .map(({ word }) => word.split(' '))
      .filter((w) => w.length === 2)
      .map((w) => frequencyKey(w[0], w[1])),
  );
  // Built at the first suggestion: a clean text is checked without it, and sooner after loading.
  let suggester: SyllableSuggester | undefined;
  const syllables = (): SyllableSuggester => (suggester ??= createSyllableSuggester(resources.vi.dic, frequency, newsPairs));

  const abbreviations = parseAbbreviations(resources.abbreviations ?? '');
  if (abbreviations.problems.length) problems.push({ file: 'abbreviations.txt', problems: abbreviations.problems });
  const abbreviationWords = new Lexicon();
  for (const a of abbreviations.entries) for (const part of a.abbr.split(/[./&-]/)) if (part) abbreviationWords.add(part);

  // A place or person name accepts its syllables as written (`Thẻn` in `Pà Thẻn`), not in lower case.
  const wordList = resources.viWords === undefined ? undefined : parseWordList(resources.viWords);
  const names = createNameIndex(resources.gazetteer ?? '', wordList?.has);
  if (names.problems.length) problems.push({ file: 'gazetteer/', problems: names.problems });

  const confused = parseConfused(resources.confused ?? '');
  if (confused.problems.length) problems.push({ file: 'confused.tsv', problems: confused.problems });
  const confusedByFirst = new Map<string, ConfusedEntry[]>();
  const addConfused = (entry: ConfusedEntry): void => {
    const list = confusedByFirst.get(entry.syllables[0]) ?? [];
    list.push(entry);
    // Longest first, so `dành chiến thắng` wins over a shorter pair starting with `dành`.
    list.sort((a, b) => b.syllables.length - a.syllables.length);
    confusedByFirst.set(entry.syllables[0], list);
  };
  const listed = new Set<string>();
  for (const pair of confused.entries) {
    const syllables = pair.wrong.split(/\s+/).map(syllableKey);
    listed.add(syllables.join(' '));
    addConfused({ ...pair, syllables });
  }
  // The wrong words grown from the news words come after the hand-written pairs, which win.
  const isSyllable = (w: string): boolean => vi.correct(w) || vi.correct(placeTone(w, 'old'));
  // A phrase is a real sequence: no wrong form grown from a news word may be one.
  for (const grown of growWrongWords([...newsWords, ...newsPhrases], isSyllable, frequency)) {
    // A hand-written pair inside it (`sử lý` in `sử lý rác`) says it better, with its note.
    const inner = grown.syllables.flatMap((_, a) => grown.syllables.map((__, b) => grown.syllables.slice(a, b + 1).join(' ')));
    if (inner.some((k) => listed.has(k))) continue;
    addConfused({ wrong: grown.syllables.join(' '), right: grown.right, note: grown.rule, syllables: grown.syllables, grown: true });
  }

  // Real-word slips weighed by their neighbours (`hai chăm người` → `trăm`), from the same counts.
  // The right side of a confused pair is a known word too, and the house's word where a
  // dictionary spells it otherwise (`chau chuốt`, not the word list's `trau chuốt`).
  const contextModel = createContextModel(
    frequency,
    newsWords.map(({ word }) => word).concat(confused.entries.map((p) => p.right)),
    wordList,
    newsPhrases.map(({ word }) => word),
  );

  let userWords = new Lexicon();
  let userKey = '';
  const known = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  const now = (): number => globalThis.performance?.now() ?? Date.now();

  function dictionaryHas(word: string): boolean {
    const variants = new Set([word, placeTone(word, 'new'), quiToQuy(word)]);
    const iy = SHORT_I_Y.exec(word);
    if (iy) {
      const lower = iy[2].toLowerCase();
      const swapped = SWAP_I_Y[lower];
      variants.add(iy[1] + (iy[2] === lower ? swapped : swapped.toUpperCase()));
    }
    for (const v of variants) if (vi.correct(v)) return true;
    // A syllable of the word list's words (`nòng` of `nòng cốt`, `duệ` of `hậu duệ`), where the
    // syllable dictionary has none: in lower case, as the list writes them, and spelled as a
    // Vietnamese syllable can be.
    if (wordList && word === word.toLowerCase() && wordList.syllable(wordKey(word)) >= 0 && isVietnameseSyllable(word)) return true;
    return en !== undefined && ASCII_WORD.test(word) && en.correct(word.replace(/’/g, "'"));
  }

  function isCorrect(raw: string): boolean {
    const word = raw.normalize('NFC');
    if (userWords.has(word)) return true;
    let verdict = known.get(word);
    if (verdict === undefined) {
      verdict = names.accepts(word) || abbreviationWords.has(word) || looksLikeAbbreviation(word) || dictionaryHas(word);
      if (known.size >= CACHE_LIMIT) known.clear();
      known.set(word, verdict);
    }
    return verdict;
  }

  const styled = (s: string, placement: TonePlacement | undefined): string =>
    placement
      ? s
          .split(' ')
          .map((w) => placeTone(w, placement))
          .join(' ')
      : s;

  // A near word wins only if news text uses it: `giáy` is the people `Giáy`, not the rare `dáy`.
  const recasedFirst = (word: string, near: readonly { distance: number; common: boolean }[]): boolean =>
    names.isLabel(word) || near.length === 0 || near[0].distance > NEAR_WORD || !near[0].common;

  // Suggestions are the slow part of a check: each word (in its neighbours) is worked out once.
  const cacheKeyOf = (word: string, context: SuggestContext = {}): string => `${context.before ?? ''}|${word}|${context.after ?? ''}`;

  function rawSuggestions(word: string, context: SuggestContext = {}): string[] {
    const cacheKey = cacheKeyOf(word, context);
    const cached = suggestions.get(cacheKey);
    if (cached) return cached;
    const out: string[] = [];
    const add = (s: string) => {
      const cased = matchCase(word, s);
      if (!out.includes(cased)) out.push(cased);
    };
    const recased = names.recase(word);
    const near = syllables().suggest(word, maxSuggestions, context);
    // A label in the wrong case has its own spelling first (`vietgap` → `VietGAP`); so has a
    // name's syllable (`khuổi` → `Khuổi`), unless a word is as near (`phiêng` → `phiên`).
    if (recased && recasedFirst(word, near)) out.push(recased);
    for (const s of near) add(s.word);
    if (recased && !out.includes(recased)) out.splice(1, 0, recased);
    // English only for a word that is not a near miss of a syllable: nspell's English search
    // takes a quarter of a second on a toneless Vietnamese word like `nghanh`.
    const closeSyllable = near.length > 0 && near[0].distance <= 1;
    if (en && ASCII_WORD.test(word) && word.length <= 20 && !closeSyllable && out.length < maxSuggestions) {
      for (const s of en.suggest(word)) add(s);
    }
    if (suggestions.size >= CACHE_LIMIT) suggestions.clear();
    suggestions.set(cacheKey, out);
    return out;
  }

  function suggest(raw: string, placement = options.tonePlacement, context?: SuggestContext): string[] {
    const word = raw.normalize('NFC');
    const out: string[] = [];
    for (const s of rawSuggestions(word, context)) {
      const w = styled(s, placement);
      if (w !== word && !out.includes(w)) out.push(w);
    }
    return out.slice(0, maxSuggestions);
  }

  function setUserWords(words: readonly string[]): void {
    const k = words.join('\n');
    if (k === userKey) return;
    userKey = k;
    userWords = new Lexicon(words);
  }

  const spaced = (text: string, a: WordToken | undefined, b: WordToken | undefined): boolean =>
    a !== undefined && b !== undefined && /^[ \u00a0]+$/.test(text.slice(a.end, b.start));

  /**
   * Two words that make a word of news-words.txt (frequency.tsv's pairs also straddle words) or
   * of the dictionary's word list (`hợp đồng` in `hợp đồng bao tiêu`).
   */
  const knownPair = (a: WordToken, b: WordToken): boolean =>
    newsPairs.has(frequencyKey(a.word, b.word)) || (wordList?.has([wordKey(a.word), wordKey(b.word)]) ?? false);

  /**
   * Whether tokens i…i+n-1 are a wrong word and not good words read across a boundary. Its
   * first syllable must not make a known word with the word before (`khả năng xuất hiện` is no
   * `năng suất`, though that pair is written by hand in confused.tsv). A grown one, which no one
   * chose, must not be a name either (`Quản Bạ` is no slip of `quảng bá`), nor its last syllable
   * make a known word with the word after (`giải phong cách` is `giải` + `phong cách`, not a slip
   * of `giải phóng`); a hand-written pair often ends in a word that goes with anything (`giành cho`).
   */
  function slipIsLikely(text: string, tokens: WordToken[], i: number, n: number, grown: boolean): boolean {
    const before = tokens[i - 1];
    if (before && spaced(text, before, tokens[i]) && knownPair(before, tokens[i])) return false;
    if (!grown) return true;
    if (tokens.slice(i + 1, i + n).some((t) => t.word[0] !== t.word[0].toLowerCase())) return false;
    const after = tokens[i + n];
    return !(after && spaced(text, tokens[i + n - 1], after) && knownPair(tokens[i + n - 1], after));
  }

  function findConfused(text: string, tokens: WordToken[], placement: TonePlacement | undefined): SpellFinding[] {
    const found: SpellFinding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = confusedByFirst.get(syllableKey(tokens[i].word));
      if (!candidates) continue;
      for (const entry of candidates) {
        const n = entry.syllables.length;
        if (i + n > tokens.length) continue;
        let match = true;
        for (let j = 1; j < n && match; j++) {
          const prev = tokens[i + j - 1];
          const cur = tokens[i + j];
          // Only words separated by spaces form a phrase (`sử, lý` is not `sử lý`).
          match = syllableKey(cur.word) === entry.syllables[j] && /^[ \u00a0]+$/.test(text.slice(prev.end, cur.start));
        }
        if (!match || !slipIsLikely(text, tokens, i, n, entry.grown === true)) continue;
        const start = tokens[i].start;
        const end = tokens[i + n - 1].end;
        const word = text.slice(start, end);
        const right = matchCase(word, styled(entry.right, placement));
        found.push({ start, end, word, suggestions: [right], kind: 'confused', ...(entry.note ? { note: entry.note } : {}) });
        i += n - 1;
        break;
      }
    }
    return found;
  }

  function checkText(text: string, opts: CheckOptions = {}): SpellFinding[] {
    if (opts.userWords) setUserWords(opts.userWords);
    const placement = opts.tonePlacement ?? options.tonePlacement;
    const tokens = wordTokens(text);
    // A name plainly meant (`huyện bắc Quang`) is a capital to restore, whatever else its
    // lower-case syllable could be read as (`bắc` → `bắt`, `xín` → `xin`).
    const [sure, capitals] = partition(names.capitals(text, tokens, opts.blockStart === true), (f) => f.sure === true);
    const findings: SpellFinding[] = sure
      .filter((f) => !userWords.has(f.word))
      .map((f) => ({ start: f.start, end: f.end, word: f.word, suggestions: [f.suggestion], kind: 'capital' }));
    const taken = (start: number, end: number): boolean => findings.some((f) => f.start < end && start < f.end);
    for (const f of findConfused(text, tokens, placement)) if (!taken(f.start, f.end)) findings.push(f);
    for (const slip of contextModel.slips(text, tokens, isSyllable, opts.blockStart === true)) {
      const t = tokens[slip.index];
      if (taken(t.start, t.end) || userWords.has(t.word) || !isCorrect(t.word)) continue;
      findings.push({
        start: t.start,
        end: t.end,
        word: t.word,
        suggestions: [matchCase(t.word, styled(slip.right, placement))],
        kind: 'confused',
        note: slip.rule,
      });
    }
    const deadline = now() + budgetMs;
    tokens.forEach((t, i) => {
      // Single letters are list markers and initials (`a)`, `A.`), not words to check.
      if (t.word.length < 2 || isCorrect(t.word) || taken(t.start, t.end)) return;
      // A given name (`Lù Văn Pín`), a name after its cue (`thôn Nà Lẹng`): its capital is
      // checked with the names below.
      if (names.givenNameAt(text, tokens, i) || names.nameRunAt(text, tokens, i)) return;
      const word = t.word.normalize('NFC');
      const context: SuggestContext = {
        ...(spaced(text, tokens[i - 1], t) ? { before: tokens[i - 1].word } : {}),
        ...(spaced(text, t, tokens[i + 1]) ? { after: tokens[i + 1].word } : {}),
      };
      const offered = now() < deadline || suggestions.has(cacheKeyOf(word, context)) ? suggest(word, placement, context) : [];
      // The same letters as a name or label, in other capitals (`Vietgap`, `khuổi`): a capitals finding.
      const recased = names.recase(word);
      const kind = recased !== undefined && offered[0] === recased ? 'capital' : 'spelling';
      findings.push({ start: t.start, end: t.end, word: t.word, suggestions: offered, kind });
    });
    for (const f of capitals) {
      if (taken(f.start, f.end) || userWords.has(f.word)) continue;
      findings.push({ start: f.start, end: f.end, word: f.word, suggestions: [f.suggestion], kind: 'capital' });
    }
    return findings.sort((a, b) => a.start - b.start);
  }

  return { checkText, isCorrect, suggest, setUserWords, problems };
}

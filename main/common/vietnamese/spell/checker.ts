// The spell checker: Hunspell dictionaries through nspell (Vietnamese syllables, English words),
// the newsroom's lists (abbreviations, gazetteer, the reporter's own words) and the commonly
// confused pairs that a syllable dictionary cannot see (`sử lý` is two good syllables).
// DOM-free and Node-free: it takes the dictionary files as strings, so the same code runs in a
// Node worker (main/core/language/) and, later, in a Web Worker in the renderer.

import nspell, { type NSpell } from 'nspell';
import { isVietnameseSyllable } from '../syllable.ts';
import { placeTone, quiToQuy, type TonePlacement } from '../tone.ts';
import { parseAbbreviations, parseConfused, parseGazetteer, type ConfusedPair, type ListProblem } from '../lists.ts';
import { Lexicon } from './lexicon.ts';
import { createSyllableSuggester } from './suggest.ts';
import { wordTokens, type WordToken } from './tokens.ts';

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
  /** Contents of resources/language/gazetteer.txt. */
  gazetteer?: string;
  /** Contents of resources/language/confused.tsv. */
  confused?: string;
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
}

export interface SpellFinding {
  start: number;
  end: number;
  /** The text flagged, as written. */
  word: string;
  suggestions: string[];
  /** `confused`: real syllables, wrong word (`sử lý` → `xử lý`). */
  kind: 'spelling' | 'confused';
  /** Why, for a confused pair (from confused.tsv). */
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
  i: 'y', ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ', y: 'i', ỳ: 'ì', ý: 'í', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị',
};
const CACHE_LIMIT = 50_000;

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

const syllableKey = (s: string): string => placeTone(s.normalize('NFC').toLowerCase(), 'new');

interface ConfusedEntry extends ConfusedPair {
  syllables: string[];
}

/** Builds a checker; the dictionaries are parsed once here (the slow part, ~150 ms for English). */
export function createSpellChecker(resources: SpellResources, options: SpellOptions = {}): SpellChecker {
  const vi: NSpell = nspell(resources.vi.aff, resources.vi.dic);
  const en: NSpell | undefined = resources.en ? nspell(resources.en.aff, resources.en.dic) : undefined;
  const maxSuggestions = options.maxSuggestions ?? 5;
  const budgetMs = options.suggestionBudgetMs ?? 150;
  const syllables = createSyllableSuggester(resources.vi.dic);
  const problems: SpellChecker['problems'] = [];

  const abbreviations = parseAbbreviations(resources.abbreviations ?? '');
  if (abbreviations.problems.length) problems.push({ file: 'abbreviations.txt', problems: abbreviations.problems });
  const abbreviationWords = new Lexicon();
  for (const a of abbreviations.entries) for (const part of a.abbr.split(/[./&-]/)) if (part) abbreviationWords.add(part);

  // A place or person name accepts its syllables as written (`Thẻn` in `Pà Thẻn`), not in lower case.
  const gazetteer = new Lexicon();
  for (const name of parseGazetteer(resources.gazetteer ?? '').entries) {
    for (const part of name.split(/[\s-]+/)) if (part) gazetteer.add(part);
  }

  const confused = parseConfused(resources.confused ?? '');
  if (confused.problems.length) problems.push({ file: 'confused.tsv', problems: confused.problems });
  const confusedByFirst = new Map<string, ConfusedEntry[]>();
  for (const pair of confused.entries) {
    const syllables = pair.wrong.split(/\s+/).map(syllableKey);
    const list = confusedByFirst.get(syllables[0]) ?? [];
    list.push({ ...pair, syllables });
    // Longest first, so `dành chiến thắng` wins over a shorter pair starting with `dành`.
    list.sort((a, b) => b.syllables.length - a.syllables.length);
    confusedByFirst.set(syllables[0], list);
  }

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
    return en !== undefined && ASCII_WORD.test(word) && en.correct(word.replace(/’/g, "'"));
  }

  function isCorrect(raw: string): boolean {
    const word = raw.normalize('NFC');
    if (userWords.has(word)) return true;
    let verdict = known.get(word);
    if (verdict === undefined) {
      verdict =
        gazetteer.has(word) || abbreviationWords.has(word) || looksLikeAbbreviation(word) || dictionaryHas(word);
      if (known.size >= CACHE_LIMIT) known.clear();
      known.set(word, verdict);
    }
    return verdict;
  }

  const styled = (s: string, placement: TonePlacement | undefined): string =>
    placement ? s.split(' ').map((w) => placeTone(w, placement)).join(' ') : s;

  // Suggestions are the slow part of a check: each word is worked out once.
  function rawSuggestions(word: string): string[] {
    const cached = suggestions.get(word);
    if (cached) return cached;
    const out: string[] = [];
    const add = (s: string) => {
      const cased = matchCase(word, s);
      if (!out.includes(cased)) out.push(cased);
    };
    const near = syllables.suggest(word, maxSuggestions);
    for (const s of near) add(s.word);
    // English only for a word that is not a near miss of a syllable: nspell's English search
    // takes a quarter of a second on a toneless Vietnamese word like `nghanh`.
    const closeSyllable = near.length > 0 && near[0].distance <= 1;
    if (en && ASCII_WORD.test(word) && word.length <= 20 && !closeSyllable && out.length < maxSuggestions) {
      for (const s of en.suggest(word)) add(s);
    }
    if (suggestions.size >= CACHE_LIMIT) suggestions.clear();
    suggestions.set(word, out);
    return out;
  }

  function suggest(raw: string, placement = options.tonePlacement): string[] {
    const word = raw.normalize('NFC');
    const out: string[] = [];
    for (const s of rawSuggestions(word)) {
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
        if (!match) continue;
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
    const confusedFindings = findConfused(text, tokens, placement);
    const findings: SpellFinding[] = [...confusedFindings];
    const deadline = now() + budgetMs;
    let c = 0;
    for (const t of tokens) {
      // Single letters are list markers and initials (`a)`, `A.`), not words to check.
      if (t.word.length < 2 || isCorrect(t.word)) continue;
      while (c < confusedFindings.length && confusedFindings[c].end <= t.start) c++;
      if (c < confusedFindings.length && confusedFindings[c].start < t.end) continue;
      const word = t.word.normalize('NFC');
      const offered = suggestions.has(word) || now() < deadline ? suggest(word, placement) : [];
      findings.push({ start: t.start, end: t.end, word: t.word, suggestions: offered, kind: 'spelling' });
    }
    return findings.sort((a, b) => a.start - b.start);
  }

  return { checkText, isCorrect, suggest, setUserWords, problems };
}

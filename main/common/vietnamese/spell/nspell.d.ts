// nspell ships no types; this is the part of its API we use (https://github.com/wooorm/nspell).
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
    wordCharacters(): string | undefined;
    dictionary(dic: string): NSpell;
    personal(dic: string): NSpell;
  }
  function nspell(aff: string, dic?: string): NSpell;
  function nspell(dictionary: { aff: string; dic?: string }): NSpell;
  export default nspell;
  export type { NSpell };
}

// A word list with the case rule of Hunspell: an entry in lower case accepts any case
// (`blog`: Blog, BLOG), a capitalised one accepts itself and all capitals (`Lềnh`: LỀNH, not
// `lềnh`). Old and new tone placement count as one spelling (`Hòa` = `Hoà`).

import { placeTone } from '../tone.ts';

// One spelling per word: NFC, new tone placement, the typographic apostrophe as a plain one
// (`H’Mông` = `H'Mông`).
const canonical = (word: string): string => placeTone(word.normalize('NFC').replace(/’/g, "'"), 'new');
const key = (word: string): string => canonical(word).toLowerCase();

export class Lexicon {
  private readonly forms = new Map<string, Set<string>>();

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const w = canonical(word.trim());
    if (!w) return;
    const k = key(w);
    let set = this.forms.get(k);
    if (!set) this.forms.set(k, (set = new Set()));
    set.add(w);
  }

  has(word: string): boolean {
    const w = canonical(word);
    const set = this.forms.get(key(w));
    if (!set) return false;
    if (set.has(w)) return true;
    const lower = w.toLowerCase();
    if (set.has(lower)) return true;
    // All capitals, as in a headline set in capitals.
    return w === w.toUpperCase();
  }

  get size(): number {
    return this.forms.size;
  }
}

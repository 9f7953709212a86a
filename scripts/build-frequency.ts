// Writes resources/language/frequency.tsv: how often words and word pairs occur in news text
// that Dateline owns (the paper's fixture article and the test corpus written for Dateline,
// test/fixtures/corpus/). No licensed news corpus can be had offline; regrow the list from the
// newsroom's own archive when it has one: `npx tsx scripts/build-frequency.ts [FILE.txt …]`.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countFrequency, formatFrequency } from '../main/common/vietnamese/spell/frequency.ts';
import { correctArticles } from '../test/fixtures/corpus.ts';

const extra = process.argv.slice(2);
const texts = [...correctArticles().flatMap((a) => a.blocks.map((b) => b.text)), ...extra.map((f) => readFileSync(f, 'utf8'))];
const out = fileURLToPath(new URL('../resources/language/frequency.tsv', import.meta.url));
const header = [
  'How often words and two-word sequences occur in news text: word<TAB>count, then word word<TAB>count.',
  'Used to rank spelling suggestions (the common word first) and to keep real pairs out of the wrong-word list.',
  "Source: text Dateline owns: the paper's article in test/fixtures/articles/ and the articles written for",
  "Dateline's tests in test/fixtures/corpus/correct/" + (extra.length ? `, and ${extra.length} file(s) given to the script` : '') + '.',
  'No licensed Vietnamese news corpus could be had offline. Regrow it from your own archive:',
  "  npx tsx scripts/build-frequency.ts ARTICLE.txt …   Licence: Dateline's own.",
];
writeFileSync(out, formatFrequency(countFrequency(texts), header));
console.log(`wrote ${out}`);

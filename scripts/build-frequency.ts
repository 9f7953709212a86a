// Writes resources/language/frequency.tsv: how often words and word pairs occur in news text
// that Dateline owns (the paper's fixture article, the development articles of the test corpus
// and the news text written for counting, test/fixtures/; frequencySources). No licensed news
// corpus can be had offline; regrow the list from the newsroom's own archive when it has one:
// `npx tsx scripts/build-frequency.ts [FILE.txt …]`.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countFrequency, formatFrequency } from '../main/common/vietnamese/spell/frequency.ts';
import { frequencySources } from '../test/fixtures/corpus.ts';

const extra = process.argv.slice(2);
const texts = [...frequencySources(), ...extra.map((f) => readFileSync(f, 'utf8'))];
const out = fileURLToPath(new URL('../resources/language/frequency.tsv', import.meta.url));
const header = [
  'How often words and two-word sequences occur in news text: word<TAB>count, then word word<TAB>count.',
  'Used to rank spelling suggestions (the common word first) and to find real-word slips by their neighbours.',
  "Source: text Dateline owns: the paper's article in test/fixtures/articles/, the articles written for",
  "Dateline's tests in test/fixtures/corpus/correct/ and the news text written for Dateline to count,",
  'test/fixtures/news-text/ (its README.md)' + (extra.length ? `, and ${extra.length} file(s) given to the script` : '') + '.',
  'No licensed Vietnamese news corpus could be had offline. Regrow it from your own archive:',
  "  npx tsx scripts/build-frequency.ts ARTICLE.txt …   Licence: Dateline's own.",
];
writeFileSync(out, formatFrequency(countFrequency(texts), header));
console.log(`wrote ${out}`);

// How right the language checks are on real-looking news text (test/fixtures/corpus/): false
// alarms on correct articles, injected errors caught, and the first suggestion right. Not a
// speed figure: the checks run in-process with the defaults a newsroom gets (Báo Hà Giang's
// house style, each article checked as of its publication date).

import { countText } from '../../main/common/vietnamese/counts.ts';
import { createSpellChecker, type SpellChecker, type SpellFinding } from '../../main/common/vietnamese/spell/checker.ts';
import { countFrequency, formatFrequency } from '../../main/common/vietnamese/spell/frequency.ts';
import { createStyleChecker } from '../../main/common/vietnamese/style/checker.ts';
import type { StyleFinding } from '../../main/common/vietnamese/style/types.ts';
import { loadDictionaries, loadLanguageFiles } from '../../main/core/language/resources.ts';
import { spellLists } from '../../main/core/language/spell-checker-node.ts';
import { correctArticles, erroneousArticles, type CorpusArticle, type PlacedError } from '../fixtures/corpus.ts';
import { round, type Benchmark } from './harness.ts';

interface Found {
  block: number;
  start: number;
  end: number;
  suggestion?: string;
  what: string;
}

const fromSpelling = (block: number, f: SpellFinding): Found => ({ block, start: f.start, end: f.end, suggestion: f.suggestions[0], what: `${f.kind} “${f.word}”` });
const fromStyle = (f: StyleFinding, text: string): Found => ({ block: f.block, start: f.start, end: f.end, suggestion: f.fix?.replacement, what: `${f.ruleId} “${text.slice(f.start, f.end)}”` });

/** Whether applying the finding's first suggestion turns the erroneous passage into the right one. */
function fixesIt(text: string, e: PlacedError, f: Found): boolean {
  if (f.suggestion === undefined) return false;
  const from = Math.min(e.start, f.start);
  const to = Math.max(e.end, f.end);
  const applied = text.slice(from, f.start) + f.suggestion + text.slice(f.end, to);
  const expected = text.slice(from, e.start) + e.right + text.slice(e.end, to);
  return applied === expected;
}

const bench: Benchmark = {
  name: 'language',
  async run({ log }) {
    const [dicts, files] = await Promise.all([loadDictionaries(), loadLanguageFiles()]);
    const style = createStyleChecker({ abbreviations: files.abbreviations, places: files.places });
    // The shipped frequency list is counted from this very corpus (scripts/build-frequency.ts).
    // So that no article is checked with counts of its own words, the corpus is cut in two
    // halves and each half is checked with the counts of the other half only.
    const all = correctArticles();
    const half = (id: string): number => all.findIndex((a) => a.id === id) % 2;
    const spellers: SpellChecker[] = [0, 1].map((h) => {
      const others = all.filter((a) => half(a.id) !== h).flatMap((a) => a.blocks.map((b) => b.text));
      return createSpellChecker({ ...dicts, ...spellLists(files), frequency: formatFrequency(countFrequency(others), []) }, { suggestionBudgetMs: 10_000 });
    });

    function check(article: CorpusArticle): Found[] {
      const spell = spellers[half(article.id)];
      const spelling = article.blocks.flatMap((b, i) => spell.checkText(b.text, { tonePlacement: 'old', blockStart: true }).map((f) => fromSpelling(i, f)));
      const styleFindings = style.check(article.blocks, { 'merged-place': { asOf: article.publishedOn } });
      return [...spelling, ...styleFindings.map((f) => fromStyle(f, article.blocks[f.block].text))];
    }

    let chu = 0;
    let alarms = 0;
    const alarmKinds = new Map<string, number>();
    for (const article of all) {
      chu += article.blocks.reduce((n, b) => n + countText(b.text).chu, 0);
      for (const f of check(article)) {
        alarms++;
        const kind = f.what.split(' ')[0];
        alarmKinds.set(kind, (alarmKinds.get(kind) ?? 0) + 1);
        log(`false alarm ${article.id}: ${f.what}`);
      }
    }

    let errors = 0;
    let caught = 0;
    let rightFirst = 0;
    const missedByKind = new Map<string, number>();
    for (const article of erroneousArticles()) {
      const found = check(article);
      for (const e of article.errors) {
        errors++;
        const text = article.blocks[e.block].text;
        // A spelling finding over the error catches it; a style finding only when it offers a change there.
        const over = found.filter((f) => f.block === e.block && f.start < e.end && e.start < f.end && (f.what.startsWith('spelling') || f.what.startsWith('confused') || f.what.startsWith('capital') || f.suggestion !== undefined));
        if (over.length) caught++;
        else {
          missedByKind.set(e.kind, (missedByKind.get(e.kind) ?? 0) + 1);
          log(`missed ${article.id}: “${e.wrong}” (${e.kind}, for “${e.right}”)`);
        }
        if (over.some((f) => fixesIt(text, e, f))) rightFirst++;
        else if (over.length) log(`first suggestion ${article.id}: “${e.wrong}” → ${over.map((f) => `“${f.suggestion ?? ''}”`).join(', ')}, not “${e.right}”`);
      }
    }
    log(`${chu} chữ of correct text, ${alarms} findings (${[...alarmKinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
    log(`${errors} injected errors, ${caught} caught; missed by kind: ${[...missedByKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);

    return {
      'language.false_alarms_per_1000_chu': { value: round((alarms / chu) * 1000), goal: '<= 2' },
      'language.errors_caught_pct': { value: round((caught / errors) * 100, 1), goal: '>= 90' },
      'language.right_first_suggestion_pct': { value: round((rightFirst / errors) * 100, 1), goal: '>= 80' },
    };
  },
};

export default bench;

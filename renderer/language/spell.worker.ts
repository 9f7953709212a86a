// The editor's language worker: the spell checker and the house-style checker off the main
// thread, so typing never waits on Hunspell. The dictionaries are separate files of the built
// renderer (dictionary-vi is GPL and ships unmodified beside our code), fetched from our own
// origin (app:// in Electron, the browser host's loopback address): no network. The newsroom's
// lists are built in as they were when the app was built. (The dictionaries are imported by
// path: their packages export only their JavaScript.)

import { createSpellChecker, type SpellChecker } from '../../main/common/vietnamese/spell/checker.ts';
import { createStyleChecker, type StyleChecker } from '../../main/common/vietnamese/style/checker.ts';
import viAffUrl from '../../node_modules/dictionary-vi/index.aff?url&no-inline';
import viDicUrl from '../../node_modules/dictionary-vi/index.dic?url&no-inline';
import enAffUrl from '../../node_modules/dictionary-en/index.aff?url&no-inline';
import enDicUrl from '../../node_modules/dictionary-en/index.dic?url&no-inline';
import abbreviations from '../../resources/language/abbreviations.txt?raw';
import confused from '../../resources/language/confused.tsv?raw';
import frequency from '../../resources/language/frequency.tsv?raw';
import newsWords from '../../resources/language/news-words.txt?raw';
import places from '../../resources/language/merged-places-2025.tsv?raw';
import type { FromLanguageWorker, ToLanguageWorker } from './protocol.ts';

const scope = self as unknown as {
  postMessage(message: FromLanguageWorker): void;
  onmessage: ((event: MessageEvent<ToLanguageWorker>) => void) | null;
};

async function text(url: string): Promise<string> {
  const res = await fetch(new URL(url, self.location.href));
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.text();
}

// Every file of the gazetteer folder, in name order as the services read them.
const gazetteerFiles = import.meta.glob<string>('../../resources/language/gazetteer/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const gazetteer = Object.keys(gazetteerFiles)
  .sort()
  .map((k) => gazetteerFiles[k]);

const style: StyleChecker = createStyleChecker({ abbreviations, places });
let spell: SpellChecker | undefined;
let failure: string | undefined;
const queue: ToLanguageWorker[] = [];

function answer(m: ToLanguageWorker): void {
  try {
    if (m.type === 'style') {
      scope.postMessage({ id: m.id, type: 'style', findings: style.check(m.blocks, m.settings) });
    } else if (failure !== undefined) {
      scope.postMessage({ id: m.id, type: 'error', message: failure });
    } else if (!spell) {
      queue.push(m);
    } else if (m.type === 'suggest') {
      scope.postMessage({ id: m.id, type: 'suggest', suggestions: spell.suggest(m.word, m.tonePlacement) });
    } else {
      const c = spell;
      const findings = m.texts.map((t) => c.checkText(t, { userWords: m.userWords, tonePlacement: m.tonePlacement }));
      scope.postMessage({ id: m.id, type: 'check', findings });
    }
  } catch (err) {
    scope.postMessage({ id: m.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

scope.onmessage = (event) => answer(event.data);

const started = performance.now();
Promise.all([text(viAffUrl), text(viDicUrl), text(enAffUrl), text(enDicUrl)]).then(
  ([viAff, viDic, enAff, enDic]) => {
    spell = createSpellChecker({
      vi: { aff: viAff, dic: viDic },
      en: { aff: enAff, dic: enDic },
      abbreviations,
      gazetteer,
      confused,
      frequency,
      newsWords,
    });
    scope.postMessage({ type: 'ready', loadMs: performance.now() - started });
    for (const m of queue.splice(0)) answer(m);
  },
  (err: unknown) => {
    failure = err instanceof Error ? err.message : String(err);
    scope.postMessage({ type: 'failed', message: failure });
    for (const m of queue.splice(0)) answer(m);
  },
);

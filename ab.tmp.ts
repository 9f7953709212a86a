import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { createSpellChecker } from './main/common/vietnamese/spell/checker.ts';
import { loadDictionaries, loadLanguageFiles } from './main/core/language/resources.ts';
import { spellLists } from './main/core/language/load-checkers.ts';
const [d, f] = await Promise.all([loadDictionaries(), loadLanguageFiles()]);
let t = performance.now();
const c = createSpellChecker({ ...d, ...spellLists(f) });
const load = performance.now() - t;
const text = readFileSync('test/fixtures/articles/bhg-2025-01-05-bon-tot.txt', 'utf8');
const paras = text.split('\n').filter((l) => l.length > 80);
const big: string[] = []; for (let i = 0; big.join(' ').split(' ').length < 5000; i++) big.push(paras[i % paras.length] + ` nghànhx${i} quyêtx${i}`);
const times: number[] = [];
for (let r = 0; r < 5; r++) { t = performance.now(); for (const p of big) c.checkText(p + ' z'.repeat(r)); times.push(performance.now() - t); }
console.log('load', load.toFixed(0), 'check5k', times.map((x) => x.toFixed(0)).join(' '));

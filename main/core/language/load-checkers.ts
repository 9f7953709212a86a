// Builds the spell and style checkers from the files on disk (used by the worker, and in-process
// by tests).

import { createSpellChecker } from '../../common/vietnamese/spell/checker.ts';
import { createStyleChecker } from '../../common/vietnamese/style/checker.ts';
import type { Checkers } from './engine.ts';
import { loadDictionaries, loadLanguageFiles, defaultResourcesDir, type DictionaryLocations, type LanguageFiles } from './resources.ts';

/** The lists the spell checker reads, from the files on disk. */
export const spellLists = (lists: LanguageFiles) => ({
  abbreviations: lists.abbreviations,
  gazetteer: lists.gazetteer,
  confused: lists.confused,
  frequency: lists.frequency,
  newsWords: lists.newsWords,
  newsPhrases: lists.newsPhrases,
});

/** Loads the dictionaries and lists once and builds both checkers; `loadMs` is the cold start. */
export async function loadCheckers(
  resourcesDir = defaultResourcesDir(),
  dictionaries: DictionaryLocations = {},
): Promise<{ checkers: Checkers; loadMs: number }> {
  const started = performance.now();
  const [dicts, lists] = await Promise.all([loadDictionaries(dictionaries), loadLanguageFiles(resourcesDir)]);
  const spell = createSpellChecker({ ...dicts, ...spellLists(lists) });
  const style = createStyleChecker({ abbreviations: lists.abbreviations, places: lists.places });
  return { checkers: { spell, style }, loadMs: performance.now() - started };
}

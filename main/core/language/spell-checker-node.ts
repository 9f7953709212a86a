// Builds the spell checker from the files on disk (used by the worker, and in-process by the
// CLI and tests).

import { createSpellChecker, type SpellChecker } from '../../common/vietnamese/spell/checker.ts';
import { loadDictionaries, loadLanguageFiles, defaultResourcesDir, type DictionaryLocations, type LanguageFiles } from './resources.ts';

/** The lists the spell checker reads, from the files on disk. */
export const spellLists = (lists: LanguageFiles) => ({
  abbreviations: lists.abbreviations,
  gazetteer: lists.gazetteer,
  confused: lists.confused,
  frequency: lists.frequency,
  newsWords: lists.newsWords,
});

/** Loads the dictionaries and lists and builds a checker; `loadMs` is the cold start. */
export async function loadSpellChecker(
  resourcesDir = defaultResourcesDir(),
  dictionaries: DictionaryLocations = {},
): Promise<{ checker: SpellChecker; loadMs: number }> {
  const started = performance.now();
  const [dicts, lists] = await Promise.all([loadDictionaries(dictionaries), loadLanguageFiles(resourcesDir)]);
  const checker = createSpellChecker({ ...dicts, ...spellLists(lists) });
  return { checker, loadMs: performance.now() - started };
}

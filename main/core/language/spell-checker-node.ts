// Builds the spell checker from the files on disk (used by the worker, and in-process by the
// CLI and tests).

import { createSpellChecker, type SpellChecker } from '../../common/vietnamese/spell/checker.ts';
import { loadDictionaries, loadLanguageFiles, defaultResourcesDir, type DictionaryLocations } from './resources.ts';

/** Loads the dictionaries and lists and builds a checker; `loadMs` is the cold start. */
export async function loadSpellChecker(
  resourcesDir = defaultResourcesDir(),
  dictionaries: DictionaryLocations = {},
): Promise<{ checker: SpellChecker; loadMs: number }> {
  const started = performance.now();
  const [dicts, lists] = await Promise.all([loadDictionaries(dictionaries), loadLanguageFiles(resourcesDir)]);
  const checker = createSpellChecker({ ...dicts, abbreviations: lists.abbreviations, gazetteer: lists.gazetteer, confused: lists.confused });
  return { checker, loadMs: performance.now() - started };
}

// Where the language resources live on disk: the newsroom's lists in resources/language/ (plain
// files an editor can edit) and the Hunspell dictionaries, which stay the separate npm packages
// they came as (dictionary-vi is GPL, dictionary-en MIT/BSD: resources/language/LICENSES.md).

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HunspellFiles } from '../../common/vietnamese/spell/checker.ts';
import { DatelineError } from '../../common/result.ts';

export interface LanguageFiles {
  abbreviations: string;
  gazetteer: string;
  confused: string;
  places: string;
}

export const LIST_FILES: Record<keyof LanguageFiles, string> = {
  abbreviations: 'abbreviations.txt',
  gazetteer: 'gazetteer.txt',
  confused: 'confused.tsv',
  places: 'merged-places-2025.tsv',
};

export interface DictionaryFiles {
  vi: HunspellFiles;
  en?: HunspellFiles;
}

/** Where the lists are in a source checkout; a packaged app passes its own folder. */
export function defaultResourcesDir(): string {
  return fileURLToPath(new URL('../../../resources/language/', import.meta.url));
}

/** Reads the four lists; a missing one is a LANGUAGE error naming the file. */
export async function loadLanguageFiles(dir = defaultResourcesDir()): Promise<LanguageFiles> {
  const entries = await Promise.all(
    (Object.entries(LIST_FILES) as [keyof LanguageFiles, string][]).map(async ([key, name]) => {
      try {
        return [key, await readFile(join(dir, name), 'utf8')] as const;
      } catch {
        throw new DatelineError('LANGUAGE', { reason: 'lists-missing', name });
      }
    }),
  );
  return Object.fromEntries(entries) as unknown as LanguageFiles;
}

/** The folder of an installed dictionary package (`dictionary-vi`). */
export function dictionaryDir(pkg: string): string {
  return dirname(createRequire(import.meta.url).resolve(pkg));
}

async function readDictionary(dir: string, name: string): Promise<HunspellFiles> {
  try {
    const [aff, dic] = await Promise.all([readFile(join(dir, 'index.aff'), 'utf8'), readFile(join(dir, 'index.dic'), 'utf8')]);
    return { aff, dic };
  } catch {
    throw new DatelineError('LANGUAGE', { reason: 'dictionary-missing', name });
  }
}

export interface DictionaryLocations {
  /** Folders holding index.aff and index.dic; default: the installed npm packages. */
  vi?: string;
  en?: string | false;
}

/** Reads the Vietnamese dictionary (required) and the English one (unless turned off). */
export async function loadDictionaries(where: DictionaryLocations = {}): Promise<DictionaryFiles> {
  const locate = (explicit: string | undefined, pkg: string, name: string): string => {
    if (explicit) return explicit;
    try {
      return dictionaryDir(pkg);
    } catch {
      throw new DatelineError('LANGUAGE', { reason: 'dictionary-missing', name });
    }
  };
  const vi = await readDictionary(locate(where.vi, 'dictionary-vi', 'tiếng Việt'), 'tiếng Việt');
  if (where.en === false) return { vi };
  const en = await readDictionary(locate(where.en, 'dictionary-en', 'English'), 'English');
  return { vi, en };
}

// Where the language resources live on disk: the newsroom's lists in resources/language/ (plain
// files an editor can edit) and the Hunspell dictionaries, which stay the separate npm packages
// they came as (dictionary-vi is GPL, dictionary-en MIT/BSD: resources/language/LICENSES.md).

import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HunspellFiles } from '../../common/vietnamese/spell/checker.ts';
import { DatelineError } from '../../common/result.ts';

export interface LanguageFiles {
  abbreviations: string;
  /** The files of the gazetteer folder, in name order (each with its own `# kind:` lines). */
  gazetteer: string[];
  confused: string;
  places: string;
  frequency: string;
  newsWords: string;
  newsPhrases: string;
}

export const LIST_FILES: Record<Exclude<keyof LanguageFiles, 'gazetteer'>, string> = {
  abbreviations: 'abbreviations.txt',
  confused: 'confused.tsv',
  places: 'merged-places-2025.tsv',
  frequency: 'frequency.tsv',
  newsWords: 'news-words.txt',
  newsPhrases: 'news-phrases.txt',
};

/** The folder of gazetteer files (`*.txt`), inside the lists' folder. */
export const GAZETTEER_DIR = 'gazetteer';

export interface DictionaryFiles {
  vi: HunspellFiles;
  en?: HunspellFiles;
  /** A Vietnamese dictionary's words, one per line (the spell checker's `viWords`). */
  viWords?: string;
}

/**
 * The word list inside `@vntk/dictionary` 1.0.0: Hồ Ngọc Đức's Viet74K list. The package's code
 * would load an 11 MB file of definitions on import, so its text file is read directly; that path
 * is the package's internal layout, named here only, and a test checks it still holds the words.
 */
export const WORD_LIST_PACKAGE = '@vntk/dictionary';
export const WORD_LIST_FILE = 'data/Viet74K.txt';

/** Where the lists are in a source checkout; a packaged app passes its own folder. */
export function defaultResourcesDir(): string {
  return fileURLToPath(new URL('../../../resources/language/', import.meta.url));
}

async function readList(dir: string, name: string): Promise<string> {
  try {
    return await readFile(join(dir, name), 'utf8');
  } catch {
    throw new DatelineError('LANGUAGE', { reason: 'lists-missing', name });
  }
}

/** Reads the lists and the gazetteer folder; a missing one is a LANGUAGE error naming the file. */
export async function loadLanguageFiles(dir = defaultResourcesDir()): Promise<LanguageFiles> {
  const entries = await Promise.all(Object.entries(LIST_FILES).map(async ([key, name]) => [key, await readList(dir, name)] as const));
  let names: string[];
  try {
    names = (await readdir(join(dir, GAZETTEER_DIR))).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    throw new DatelineError('LANGUAGE', { reason: 'lists-missing', name: `${GAZETTEER_DIR}/` });
  }
  const gazetteer = await Promise.all(names.map((n) => readList(dir, `${GAZETTEER_DIR}/${n}`)));
  return { ...(Object.fromEntries(entries) as Omit<LanguageFiles, 'gazetteer'>), gazetteer };
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
  /** The word list file; default: the installed `@vntk/dictionary`'s; false: none. */
  viWords?: string | false;
}

/** Where the installed word list is. */
export function wordListPath(): string {
  return join(dirname(createRequire(import.meta.url).resolve(`${WORD_LIST_PACKAGE}/package.json`)), WORD_LIST_FILE);
}

async function readWordList(explicit: string | undefined): Promise<string> {
  try {
    return await readFile(explicit ?? wordListPath(), 'utf8');
  } catch {
    throw new DatelineError('LANGUAGE', { reason: 'dictionary-missing', name: WORD_LIST_PACKAGE });
  }
}

/** Reads the Vietnamese dictionary and word list (required) and the English dictionary (unless turned off). */
export async function loadDictionaries(where: DictionaryLocations = {}): Promise<DictionaryFiles> {
  const locate = (explicit: string | undefined, pkg: string, name: string): string => {
    if (explicit) return explicit;
    try {
      return dictionaryDir(pkg);
    } catch {
      throw new DatelineError('LANGUAGE', { reason: 'dictionary-missing', name });
    }
  };
  const [vi, viWords] = await Promise.all([
    readDictionary(locate(where.vi, 'dictionary-vi', 'tiếng Việt'), 'tiếng Việt'),
    where.viWords === false ? undefined : readWordList(where.viWords),
  ]);
  const withWords = viWords === undefined ? { vi } : { vi, viWords };
  if (where.en === false) return withWords;
  const en = await readDictionary(locate(where.en, 'dictionary-en', 'English'), 'English');
  return { ...withWords, en };
}

// The word list is read from inside an npm package (@vntk/dictionary 1.0.0), by a path that is
// the package's layout rather than an API (resources.ts says why). These tests hold that
// assumption: the file is where we read it, it still holds the words the context check needs,
// and loadDictionaries hands it on (or leaves it out when told to).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseWordList } from '../../../main/common/vietnamese/spell/word-list.ts';
import { loadDictionaries, WORD_LIST_PACKAGE, wordListPath } from '../../../main/core/language/resources.ts';

describe('the installed word list', () => {
  it('is the version named in resources.ts, at the path read there', () => {
    const pkg = createRequire(import.meta.url)(`${WORD_LIST_PACKAGE}/package.json`) as { version: string; license: string };
    expect(pkg.version).toBe('1.0.0');
    expect(readFileSync(wordListPath(), 'utf8').length).toBeGreaterThan(500_000);
  });

  it('holds the two-syllable words of news text, not their misspellings', () => {
    const words = parseWordList(readFileSync(wordListPath(), 'utf8'));
    expect(words.size).toBeGreaterThan(50_000);
    for (const w of ['bàng hoàng', 'sản xuất', 'chia sẻ', 'xử lý', 'truy xuất', 'lở mồm long móng'])
      expect(words.has(w.split(' ')), w).toBe(true);
    for (const w of ['bàng hoàn', 'sản suất', 'chia sẽ', 'sử lý']) expect(words.has(w.split(' ')), w).toBe(false);
  });

  it('comes with the dictionaries, unless turned off', async () => {
    expect((await loadDictionaries({ en: false })).viWords).toContain('\nbàng hoàng');
    expect((await loadDictionaries({ en: false, viWords: false })).viWords).toBeUndefined();
  });
});

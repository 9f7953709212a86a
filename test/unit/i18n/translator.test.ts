// translatorFor: one translator per language, shared; keys checked by the compiler against the
// Vietnamese catalogs; English with exactly the Vietnamese keys. The `@ts-expect-error` lines are
// tests too: `npm run typecheck` (which covers test/) fails if such a key ever compiles.

import { describe, expect, it } from 'vitest';
import { i18nInstanceFor, resources, translatorFor, type Catalogs } from '../../../main/common/i18n/index.ts';
import { uiEn } from '../../../main/common/i18n/ui.ts';

/** Every key path of a catalog (`save.saved`, `desktop.menu.file`…), sorted. */
function keyPaths(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog)
    .flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keyPaths(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}

describe('translatorFor', () => {
  it('is made once per language and shared', () => {
    expect(translatorFor('vi')).toBe(translatorFor('vi'));
    expect(translatorFor('en')).toBe(translatorFor('en'));
    expect(translatorFor('vi')).not.toBe(translatorFor('en'));
  });

  it('translates in its own language, whatever a react-i18next instance switches to', async () => {
    const page = i18nInstanceFor('vi');
    await page.changeLanguage('en');
    expect(page.t('save.saved')).toBe('Saved');
    expect(translatorFor('vi')('save.saved')).toBe('Đã lưu');
    expect(translatorFor('en')('ui:save.saved')).toBe('Saved');
    // A fresh instance each time: the page's switch never leaks into another window's.
    expect(i18nInstanceFor('vi')).not.toBe(page);
  });

  it('fills a nested sentence from an error code and its reason', () => {
    expect(translatorFor('en')('errors:BAD_IMAGE', { reason: 'empty', name: 'a.jpg', detail: '' })).toBe(
      'The file “a.jpg” is empty (0 bytes), so it is not a photo.',
    );
  });

  it('refuses unknown keys and keys of another language at compile time', () => {
    const t = translatorFor('vi');
    // @ts-expect-error: no such error code
    expect(t('errors:NO_SUCH_KEY')).toBe('NO_SUCH_KEY');
    // @ts-expect-error: a typo in a key
    expect(t('ui:save.saveed')).toBe('save.saveed');
    // @ts-expect-error: a namespace that does not exist
    expect(t('nowhere:save.saved')).toBe('save.saved');
  });
});

describe('the catalogs', () => {
  it('English has exactly the Vietnamese namespaces and keys', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.vi).sort());
    for (const ns of Object.keys(resources.vi) as (keyof Catalogs)[]) {
      expect(keyPaths(resources.en[ns]), ns).toEqual(keyPaths(resources.vi[ns]));
    }
  });

  it('an English catalog missing a key, or with one too many, does not compile', () => {
    // @ts-expect-error: `tagline` is missing
    const missing: Catalogs['ui'] = { ...uiEn, app: { name: 'Dateline' } };
    // @ts-expect-error: `slogan` is not a Vietnamese key
    const extra: Catalogs['ui'] = { ...uiEn, app: { name: 'Dateline', tagline: 'Desk', slogan: 'News' } };
    expect(keyPaths(missing)).not.toEqual(keyPaths(resources.vi.ui));
    expect(keyPaths(extra)).not.toEqual(keyPaths(resources.vi.ui));
  });

  it('every file of main/common/i18n is named after the namespace it holds', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(new URL('../../../main/common/i18n/', import.meta.url)))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()))
      .sort();
    expect(files).toEqual(Object.keys(resources.vi).sort());
  });
});

// One i18n library (i18next) for the renderer, the services and the CLI, over catalogs kept
// per area (main/common/i18n/<namespace>.ts, one file per namespace, named after it) so each
// part of the app owns its own strings. Vietnamese is the reference: its catalogs give the keys
// (typed below, so `t('errors:NO_SUCH_KEY')` does not compile) and each English catalog must have
// exactly the same keys (each `xxxEn` is typed by its Vietnamese twin).

import i18next, { type i18n as I18n, type ParseKeys } from 'i18next';
import type { Language } from '../settings.ts';
import { deskUiEn, deskUiVi } from './desk-ui.ts';
import { deskEn, deskVi } from './desk.ts';
import { errorsEn, errorsVi } from './errors.ts';
import { exportUiEn, exportUiVi } from './export-ui.ts';
import { exportEn, exportVi } from './export.ts';
import { findEn, findVi } from './find.ts';
import { formattingEn, formattingVi } from './formatting.ts';
import { importEn, importVi } from './import.ts';
import { languageUiEn, languageUiVi } from './language-ui.ts';
import { languageEn, languageVi } from './language.ts';
import { mediaEn, mediaVi } from './media.ts';
import { metaEn, metaVi } from './meta.ts';
import { photosEn, photosVi } from './photos.ts';
import { reviewUiEn, reviewUiVi } from './review-ui.ts';
import { reviewEn, reviewVi } from './review.ts';
import { screensEn, screensVi } from './screens.ts';
import { uiEn, uiVi } from './ui.ts';

/** The Vietnamese catalogs by namespace: the source of the keys' types. */
const vi = {
  deskUi: deskUiVi,
  desk: deskVi,
  errors: errorsVi,
  exportUi: exportUiVi,
  export: exportVi,
  find: findVi,
  formatting: formattingVi,
  import: importVi,
  languageUi: languageUiVi,
  language: languageVi,
  media: mediaVi,
  meta: metaVi,
  photos: photosVi,
  reviewUi: reviewUiVi,
  review: reviewVi,
  screens: screensVi,
  ui: uiVi,
};

/** Every namespace and key of the app, as the Vietnamese catalogs have them. */
export type Catalogs = typeof vi;

// `satisfies` (not a cast): a namespace missing or extra here, or an English catalog whose keys
// differ from the Vietnamese one, does not compile.
const en = {
  deskUi: deskUiEn,
  desk: deskEn,
  errors: errorsEn,
  exportUi: exportUiEn,
  export: exportEn,
  find: findEn,
  formatting: formattingEn,
  import: importEn,
  languageUi: languageUiEn,
  language: languageEn,
  media: mediaEn,
  meta: metaEn,
  photos: photosEn,
  reviewUi: reviewUiEn,
  review: reviewEn,
  screens: screensEn,
  ui: uiEn,
} satisfies Catalogs;

export const resources: Record<Language, Catalogs> = { vi, en };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: Catalogs;
  }
}

/** The keys of one namespace (`'figure.caption'`…), for a key picked from data such as a field's label. */
export type KeyOf<Ns extends keyof Catalogs> = ParseKeys<Ns>;

/** Every key of the app: `namespace:key`, or a `ui` key alone. */
export type AppKey = KeyOf<'ui'> | { [Ns in keyof Catalogs]: `${Ns}:${KeyOf<Ns>}` }[keyof Catalogs];

/**
 * A `t` of the app, keys checked by the compiler. Narrower than i18next's own overloads on
 * purpose: parameters are data (DatelineError params, a finding's fields), and i18next would
 * read a `Record<string, string>` as possibly holding a `context` and then refuse every key.
 */
export type Translator = (key: AppKey, params?: Readonly<Record<string, unknown>>) => string;

/**
 * A sentence's parameters carried as data (a finding's fields), for react-i18next's `t`: values
 * typed unknown, because i18next reads a `Record<string, string>` as possibly holding a
 * `context` and then accepts no key at all.
 */
export function sentenceParams(params: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { ...params };
}

function newInstance(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'vi',
    resources,
    ns: ['ui', 'errors'],
    defaultNS: 'ui',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const translators = new Map<Language, Translator>();

/**
 * The `t` of one language, made once and shared (services call it per message; an i18next
 * instance costs a few milliseconds to build). Never the global i18next: services and windows
 * may differ in language.
 */
export function translatorFor(language: Language): Translator {
  let t = translators.get(language);
  if (!t) {
    const translate = newInstance(language).t;
    translators.set(language, (t = (key, params) => translate(key, params ?? {})));
  }
  return t;
}

/**
 * A fresh i18next instance for react-i18next's provider, which changes its language when the
 * settings do (so it is not shared with translatorFor). Everything else translates with
 * translatorFor.
 */
export function i18nInstanceFor(language: Language): I18n {
  return newInstance(language);
}

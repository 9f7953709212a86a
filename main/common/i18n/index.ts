// One i18n library (i18next) for the renderer, the services and the CLI, over catalogs kept
// per area (main/common/i18n/*.ts) so each part of the app owns its own strings.

import i18next, { type i18n as I18n, type Resource } from 'i18next';
import type { Language } from '../settings.ts';
import { errorsEn, errorsVi } from './errors.ts';
import { mediaEn, mediaVi } from './media.ts';
import { uiEn, uiVi } from './ui.ts';
import { reviewEn, reviewVi } from './review.ts';
import { exportEn, exportVi } from './export.ts';
import { languageEn, languageVi } from './language.ts';
import { importEn, importVi } from './import.ts';

export const resources: Resource = {
  vi: { errors: errorsVi, ui: uiVi, media: mediaVi, review: reviewVi, export: exportVi, language: languageVi, import: importVi },
  en: { errors: errorsEn, ui: uiEn, media: mediaEn, review: reviewEn, export: exportEn, language: languageEn, import: importEn },
};

/** A fresh i18next instance (never the global one: services and windows may differ in language). */
export function createI18n(language: Language): I18n {
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

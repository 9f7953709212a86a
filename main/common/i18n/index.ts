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
import { formattingEn, formattingVi } from './formatting.ts';
import { languageUiEn, languageUiVi } from './language-ui.ts';
import { photosEn, photosVi } from './photos.ts';
import { findEn, findVi } from './find.ts';
import { metaEn, metaVi } from './meta.ts';
import { reviewUiEn, reviewUiVi } from './review-ui.ts';
import { exportUiEn, exportUiVi } from './export-ui.ts';
import { screensEn, screensVi } from './screens.ts';
import { deskEn, deskVi } from './desk.ts';
import { deskUiEn, deskUiVi } from './desk-ui.ts';

export const resources: Resource = {
  vi: {
    formatting: formattingVi,
    errors: errorsVi,
    ui: uiVi,
    media: mediaVi,
    review: reviewVi,
    export: exportVi,
    language: languageVi,
    import: importVi,
    photos: photosVi,
    meta: metaVi,
    find: findVi,
    languageUi: languageUiVi,
    reviewUi: reviewUiVi,
    exportUi: exportUiVi,
    screens: screensVi,
    desk: deskVi,
    deskUi: deskUiVi,
  },
  en: {
    formatting: formattingEn,
    errors: errorsEn,
    ui: uiEn,
    media: mediaEn,
    review: reviewEn,
    export: exportEn,
    language: languageEn,
    import: importEn,
    photos: photosEn,
    meta: metaEn,
    find: findEn,
    languageUi: languageUiEn,
    reviewUi: reviewUiEn,
    exportUi: exportUiEn,
    screens: screensEn,
    desk: deskEn,
    deskUi: deskUiEn,
  },
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

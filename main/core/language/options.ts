// What a transport gives the language area through CoreOptions.language (its own module so that
// main/core/types.ts can name it without importing the handlers, which import types.ts).

import type { LanguageWorkerOptions } from './language-service.ts';

/** What a transport or a test may set for the language area (CoreOptions.language). */
export type LanguageAreaOptions = LanguageWorkerOptions;

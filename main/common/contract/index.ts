// The one contract between the renderer and the services: every method's name, the schema of
// its input and the type of its output, assembled from one module per area. Electron IPC, the
// browser host and the tests all go through the same dispatcher (main/core/dispatcher.ts).

import type { z } from 'zod';
import type { Result } from '../result.ts';
import { appContract, type AppOutputs } from './app.ts';
import { libraryContract, type LibraryOutputs } from './library.ts';
import { mediaContract, type MediaOutputs } from './media.ts';
import { settingsContract, type SettingsOutputs } from './settings.ts';
import { reviewContract, type ReviewOutputs } from './review.ts';
import { exportContract, type ExportOutputs } from './export.ts';
import { languageContract, type LanguageOutputs } from './language.ts';
import { importContract, type ImportOutputs } from './import.ts';
import { searchContract, type SearchOutputs } from './search.ts';
import { deskContract, type DeskOutputs } from './desk.ts';

export const contract = {
  ...appContract,
  ...libraryContract,
  ...mediaContract,
  ...settingsContract,
  ...reviewContract,
  ...exportContract,
  ...languageContract,
  ...importContract,
  ...searchContract,
  ...deskContract,
} as const;

export type Outputs = AppOutputs &
  LibraryOutputs &
  MediaOutputs &
  SettingsOutputs &
  ReviewOutputs &
  ExportOutputs &
  LanguageOutputs &
  ImportOutputs &
  SearchOutputs &
  DeskOutputs;

export type MethodName = keyof typeof contract;
export type Input<M extends MethodName> = z.input<(typeof contract)[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<(typeof contract)[M]['input']>;
export type Output<M extends MethodName> = M extends keyof Outputs ? Outputs[M] : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/**
 * What the preload (and the host's browser bridge) expose as window.dateline: one function per
 * contract method, keyed by its name (`window.dateline['library.list']({})`), and nothing else.
 */
export type DatelineApi = {
  [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>>;
};

/** The Electron IPC channel of a method: `dateline:<method>` (main/electron/ipc-bridge.ts, preload/index.ts). */
export const ipcChannel = (method: MethodName): `dateline:${MethodName}` => `dateline:${method}`;

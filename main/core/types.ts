// The services' public face, shared by the transports (Electron glue, browser host, CLI, tests).
// main/core/app.ts builds a Core from CoreOptions.

import type { MethodName } from '../common/contract/index.ts';
import type { Settings, SettingsPatch } from '../common/settings.ts';
import type { Dispatch, Handlers } from './dispatcher.ts';
import type { Library } from './library/library.ts';
import type { MediaAreaOptions } from './media/options.ts';
import type { ReviewAreaOptions } from './review/options.ts';
import type { ExportAreaOptions } from './export/options.ts';
import type { ImportAreaOptions } from './import/options.ts';
import type { DeskAreaOptions } from './desk/options.ts';
import type { LanguageAreaOptions } from './language/options.ts';
import type { PathGrants } from './fs/path-grants.ts';
import type { Subscribe } from '../common/contract/events.ts';
import type { CoreEvents } from './events.ts';
import type { Logger } from './logger.ts';

/** Where settings persist: electron-store in Electron, conf under Node, memory in tests. */
export interface SettingsStore {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
}

export interface CoreOptions {
  /** The library folder (one sub-folder per article). */
  libraryDir: string;
  settings: SettingsStore;
  transport: 'electron' | 'host' | 'direct';
  /** Injected so tests control time. */
  clock?: () => Date;
  logger?: Logger;
  /** Photos: how media processes start (Electron: utilityProcess), the native picker, progress. */
  media?: MediaAreaOptions;
  /** Review: the profile folder, Electron's safeStorage box and save dialog (main/core/review/handlers.ts). */
  review?: ReviewAreaOptions;
  /** Export: the native folder picker (main/electron/export-glue.ts). */
  exportArea?: ExportAreaOptions;
  /** Drafts: the native file picker (main/electron/import-glue.ts). */
  importArea?: ImportAreaOptions;
  /** Desk across machines: where Syncthing's config is looked up, how often lanes offered are taken (main/core/desk/handlers.ts). */
  desk?: DeskAreaOptions;
  /** Language: the worker's script and each job's deadline (main/core/language/language-service.ts). */
  language?: LanguageAreaOptions;
  /**
   * Which paths the page may name (main/core/fs/path-grants.ts); the transport keeps it to add the
   * grants of its dialogs. Default: a new registry, enforced except for the `direct` transport
   * (the CLI and tests, which name their own files).
   */
  paths?: PathGrants;
}

export interface Core {
  /** Validates and runs any contract method; never throws. */
  dispatch: Dispatch;
  libraryDir: string;
  settings: SettingsStore;
  /** The folder of a live article (for serving its media); INVALID_INPUT for a malformed id. */
  articleDir(id: string): string;
  /** The grants every path from the page is checked against (the transports add to it). */
  paths: PathGrants;
  /** The push side of the contract: hears a topic's events until the returned function is called. */
  subscribe: Subscribe;
  /** Flushes pending writes and stops workers. */
  close(): Promise<void>;
}

/** What each feature area's handlers are built from (main/core/app.ts). */
export interface CoreContext {
  libraryDir: string;
  settings: SettingsStore;
  transport: CoreOptions['transport'];
  clock: () => Date;
  logger: Logger;
  library: Library;
  /** CoreOptions.media, for the media area. */
  media?: MediaAreaOptions;
  /** CoreOptions.review, for the review area. */
  review?: ReviewAreaOptions;
  /** CoreOptions.exportArea, for the export area. */
  exportArea?: ExportAreaOptions;
  /** CoreOptions.importArea, for importing drafts. */
  importArea?: ImportAreaOptions;
  /** CoreOptions.desk, for the desk area. */
  desk?: DeskAreaOptions;
  /** CoreOptions.language, for the language area. */
  language?: LanguageAreaOptions;
  /** Every path from the page goes through `paths.admit` before it is read or written. */
  paths: PathGrants;
  /** Registers cleanup run by Core.close(), in reverse order of registration. */
  onClose(fn: () => Promise<void> | void): void;
  /** Where an area publishes its progress for the push channel (absent in tests of one area). */
  events?: CoreEvents;
}

/** The handlers of one area: every contract method named `<area>.…`. */
export type AreaHandlers<Area extends string> = Pick<Handlers, Extract<MethodName, `${Area}.${string}`>>;

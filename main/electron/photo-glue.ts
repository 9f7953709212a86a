// The photos' Electron glue: media processes as utilityProcesses (media-process.ts), the
// native file picker, and the check of every path the page sends to media.add (core/media/path-gate.ts),
// handed to createCore as CoreOptions.media. The picker and a drop both give paths, so a photo's
// bytes never cross IPC: the media process reads the file itself.

import type { BrowserWindow, Dialog, OpenDialogOptions, UtilityProcess } from 'electron';
import type { MediaAreaOptions } from '../core/media/options.ts';
import { PHOTO_FILE_EXTENSIONS } from '../common/photo-paths.ts';
import { mediaWorkerPath, utilityProcessSpawn } from './media-process.ts';
import { createPhotoPathGate, type PhotoPathGate } from '../core/media/path-gate.ts';
import type { PathGrants } from '../core/fs/path-grants.ts';
import type { Translator } from '../common/i18n/index.ts';

export interface PhotoGlueDeps {
  /** utilityProcess.fork; absent (tests, old fakes): the Node fork of the worker is used. */
  fork?: (
    modulePath: string,
    args?: string[],
    options?: { env?: Record<string, string | undefined>; stdio?: 'ignore' | 'inherit' | 'pipe'; serviceName?: string },
  ) => UtilityProcess;
  dialog?: Pick<Dialog, 'showOpenDialog'>;
  /** The window the picker belongs to (modal to it). */
  window: () => BrowserWindow | null;
  appDir: string;
  t: Translator;
  /** The check of media.add's paths (default: a gate for this platform over `grants`). */
  pathGate?: PhotoPathGate;
  /** The Core's grant registry: the picker's answers are added to it. */
  grants?: PathGrants;
}

/** The extensions the picker offers first; anything else can still be chosen and is judged by its bytes. */
export const PHOTO_EXTENSIONS = [...PHOTO_FILE_EXTENSIONS];

/** The picker's options: several files, photos first, every file on request. */
export function photoPickerOptions(t: Translator): OpenDialogOptions {
  return {
    title: t('photos:pickerTitle'),
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: t('photos:pickerPhotos'), extensions: PHOTO_EXTENSIONS },
      { name: t('photos:pickerAll'), extensions: ['*'] },
    ],
  };
}

/** CoreOptions.media for the desktop app. */
export function electronMediaOptions(deps: PhotoGlueDeps): MediaAreaOptions {
  const gate = deps.pathGate ?? createPhotoPathGate({ grants: deps.grants });
  // Every path media.add gets from the page is checked in main before a media process reads it.
  const options: MediaAreaOptions = { admitPath: (path) => gate.admit(path) };
  if (deps.fork) options.spawn = utilityProcessSpawn(deps.fork, mediaWorkerPath(deps.appDir));
  const dialog = deps.dialog;
  if (dialog) {
    options.choosePhotos = async () => {
      const win = deps.window();
      const pick = photoPickerOptions(deps.t);
      const result = win ? await dialog.showOpenDialog(win, pick) : await dialog.showOpenDialog(pick);
      if (result.canceled) return [];
      gate.grant(result.filePaths);
      return result.filePaths;
    };
  }
  return options;
}

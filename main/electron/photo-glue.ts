// The photos' Electron glue: media processes as utilityProcesses (media-process.ts) and the
// native file picker, handed to createCore as CoreOptions.media. The picker gives paths, so a
// chosen photo's bytes never cross IPC: the media process reads the file itself.

import type { BrowserWindow, Dialog, OpenDialogOptions, UtilityProcess } from 'electron';
import type { i18n as I18n } from 'i18next';
import type { MediaAreaOptions } from '../core/media/handlers.ts';
import { mediaWorkerPath, utilityProcessSpawn } from './media-process.ts';

export interface PhotoGlueDeps {
  /** utilityProcess.fork; absent (tests, old fakes): the Node fork of the worker is used. */
  fork?: (modulePath: string, args?: string[], options?: { env?: Record<string, string | undefined>; stdio?: 'ignore' | 'inherit' | 'pipe'; serviceName?: string }) => UtilityProcess;
  dialog?: Pick<Dialog, 'showOpenDialog'>;
  /** The window the picker belongs to (modal to it). */
  window: () => BrowserWindow | null;
  appDir: string;
  t: I18n['t'];
}

/** The extensions the picker offers first; anything else can still be chosen and is judged by its bytes. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff', 'heic', 'heif'];

/** The picker's options: several files, photos first, every file on request. */
export function photoPickerOptions(t: I18n['t']): OpenDialogOptions {
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
  const options: MediaAreaOptions = {};
  if (deps.fork) options.spawn = utilityProcessSpawn(deps.fork, mediaWorkerPath(deps.appDir));
  const dialog = deps.dialog;
  if (dialog) {
    options.choosePhotos = async () => {
      const win = deps.window();
      const pick = photoPickerOptions(deps.t);
      const result = win ? await dialog.showOpenDialog(win, pick) : await dialog.showOpenDialog(pick);
      return result.canceled ? [] : result.filePaths;
    };
  }
  return options;
}

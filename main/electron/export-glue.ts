// Export's Electron glue: the native folder picker, handed to createCore as CoreOptions.exportArea.
// The picker gives a path, which it grants (a package may be written directly inside it:
// main/core/fs/path-grants.ts); the package is written by the Core, never through IPC.

import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { ExportAreaOptions } from '../core/export/options.ts';
import type { PathGrants } from '../core/fs/path-grants.ts';
import type { Translator } from '../common/i18n/index.ts';

export interface ExportGlueDeps {
  dialog?: Pick<Dialog, 'showOpenDialog'>;
  /** The window the picker belongs to (modal to it). */
  window: () => BrowserWindow | null;
  t: Translator;
  /** The Core's grant registry: the picker's answer is added to it. */
  grants?: Pick<PathGrants, 'grantFolder'>;
}

/** CoreOptions.exportArea for the desktop app. */
export function electronExportOptions(deps: ExportGlueDeps): ExportAreaOptions {
  const dialog = deps.dialog;
  if (!dialog) return {};
  return {
    chooseFolder: async (defaultPath) => {
      const win = deps.window();
      const ask: OpenDialogOptions = {
        title: deps.t('exportUi:folderPickerTitle'),
        properties: ['openDirectory', 'createDirectory'],
        ...(defaultPath ? { defaultPath } : {}),
      };
      const result = win ? await dialog.showOpenDialog(win, ask) : await dialog.showOpenDialog(ask);
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      deps.grants?.grantFolder(path);
      return path;
    },
  };
}

// Export's Electron glue: the native folder picker, handed to createCore as CoreOptions.exportArea.
// The picker gives a path; the package is written by the Core, never through IPC.

import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { i18n as I18n } from 'i18next';
import type { ExportAreaOptions } from '../core/export/handlers.ts';

export interface ExportGlueDeps {
  dialog?: Pick<Dialog, 'showOpenDialog'>;
  /** The window the picker belongs to (modal to it). */
  window: () => BrowserWindow | null;
  t: I18n['t'];
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
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
  };
}

// Drafts' Electron glue: the native file picker (library.chooseDraft), handed to createCore as
// CoreOptions.importArea. The picker gives paths; the Core reads the file itself, nothing of it
// crosses IPC. The paths it answered were the user's choice: `grant` tells the path checks so.

import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { IMPORT_EXTENSIONS } from '../common/contract/import.ts';
import type { ImportAreaOptions } from '../core/import/options.ts';
import type { Translator } from '../common/i18n/index.ts';

export interface ImportGlueDeps {
  dialog?: Pick<Dialog, 'showOpenDialog'>;
  /** The window the picker belongs to (modal to it). */
  window: () => BrowserWindow | null;
  t: Translator;
  /** Remembers paths the picker answered (the services' check of paths from the page). */
  grant?: (paths: readonly string[]) => void;
}

/** The picker's options: one draft or several, the formats an import reads first. */
export function draftPickerOptions(t: Translator): OpenDialogOptions {
  return {
    title: t('screens:drafts.pickerTitle'),
    properties: ['openFile', 'multiSelections'],
    filters: [
      {
        name: t('screens:drafts.pickerDrafts'),
        extensions: Object.values(IMPORT_EXTENSIONS).flatMap((list) => list.map((e) => e.slice(1))),
      },
      { name: t('screens:drafts.pickerAll'), extensions: ['*'] },
    ],
  };
}

/** CoreOptions.importArea for the desktop app. */
export function electronImportOptions(deps: ImportGlueDeps): ImportAreaOptions {
  const dialog = deps.dialog;
  if (!dialog) return {};
  return {
    chooseDrafts: async () => {
      const win = deps.window();
      const pick = draftPickerOptions(deps.t);
      const result = win ? await dialog.showOpenDialog(win, pick) : await dialog.showOpenDialog(pick);
      if (result.canceled) return [];
      deps.grant?.(result.filePaths);
      return result.filePaths;
    },
  };
}

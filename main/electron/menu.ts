// The application menu: only what a writer needs from the menu bar (quit, the editing commands
// and their shortcuts, zoom), labelled in the UI language. Everything else is in the app itself.

import type { MenuItemConstructorOptions } from 'electron';
import type { Catalogs, Translator } from '../common/i18n/index.ts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and DevTools, for development only. */
  developer: boolean;
}

/** The menu template, labels from the `ui:desktop.menu` strings. */
export function menuTemplate(t: Translator, options: MenuOptions): MenuItemConstructorOptions[] {
  const m = (key: keyof Catalogs['ui']['desktop']['menu']): string => t(`ui:desktop.menu.${key}`);
  const mac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  // macOS puts Quit under the application's own menu; elsewhere it goes under File.
  if (mac)
    template.push({
      role: 'appMenu',
      submenu: [{ role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit', label: m('quit') }],
    });
  else template.push({ label: m('file'), submenu: [{ role: 'quit', label: m('quit') }] });
  template.push({
    label: m('edit'),
    submenu: [
      { role: 'undo', label: m('undo') },
      { role: 'redo', label: m('redo') },
      { type: 'separator' },
      { role: 'cut', label: m('cut') },
      { role: 'copy', label: m('copy') },
      { role: 'paste', label: m('paste') },
      { role: 'selectAll', label: m('selectAll') },
    ],
  });
  template.push({
    label: m('view'),
    submenu: [
      ...(options.developer
        ? ([
            { role: 'reload', label: m('reload') },
            { role: 'toggleDevTools', label: m('devTools') },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      { role: 'zoomIn', label: m('zoomIn') },
      { role: 'zoomOut', label: m('zoomOut') },
      { role: 'resetZoom', label: m('resetZoom') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: m('fullScreen') },
    ],
  });
  template.push({
    label: m('window'),
    submenu: [
      { role: 'minimize', label: m('minimize') },
      { role: 'close', label: m('close') },
    ],
  });
  return template;
}

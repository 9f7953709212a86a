// The main window: the remembered place, the app's start page, and the secure webPreferences
// (secure-web-preferences.ts). It is shown once the page has painted, so the reporter never sees
// a blank white frame.

import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { START_URL } from './app-origin.ts';
import { newSecureWindow, type BrowserWindowClass } from './secure-web-preferences.ts';
import { MIN_HEIGHT, MIN_WIDTH, type WindowPlacement } from './window-state.ts';

export type { BrowserWindowClass };

export interface MainWindowOptions {
  preload: string;
  devTools: boolean;
  placement: WindowPlacement;
  title: string;
  icon?: string;
}

/** Size, place and look of the main window (everything but its webPreferences). */
export function mainWindowFrame(options: MainWindowOptions): Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  const { x, y, width, height } = options.placement;
  return {
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    width,
    height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: options.title,
    ...(options.icon ? { icon: options.icon } : {}),
    show: false,
    backgroundColor: '#ffffff',
  };
}

/** Creates the main window and loads app://dateline/index.html into it. */
export function createMainWindow(BrowserWindowCtor: BrowserWindowClass, options: MainWindowOptions): BrowserWindow {
  const win = newSecureWindow(BrowserWindowCtor, mainWindowFrame(options), { preload: options.preload, devTools: options.devTools });
  if (options.placement.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(START_URL);
  return win;
}

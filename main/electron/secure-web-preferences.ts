// Every Dateline window is made here, with the one set of webPreferences it may have (Electron's
// security checklist, items 2-4, 6, 8-12). They are written out in full, even where they repeat
// Electron's defaults, and as a literal inside `new BrowserWindow(…)`, so that a reviewer, a
// test and @doyensec/electronegativity (which reads exactly that shape) all see every decision.

import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface SecureWebPreferencesOptions {
  /** The bundled, sandboxed preload (dist/preload/index.cjs). */
  preload: string;
  /** DevTools only in development; a packaged app has no console to paste code into. */
  devTools: boolean;
}

/** A new window: the caller's size, place and title, and the secure webPreferences, nothing else. */
export function newSecureWindow(
  BrowserWindow: BrowserWindowClass,
  frame: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  options: SecureWebPreferencesOptions,
): BrowserWindow {
  return new BrowserWindow({
    ...frame,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click could otherwise open a link in a new window without window.open.
      disableBlinkFeatures: 'Auxclick',
      // A file dropped on the window must not replace the app with the file.
      navigateOnDragDrop: false,
      // Chromium's spell checker downloads its dictionaries from Google; Dateline checks
      // Vietnamese itself, offline (main/core/language).
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
}

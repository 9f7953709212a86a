// Electron's entry (bundled to dist/electron/main.cjs by scripts/build-electron.mjs). Everything
// it does is in app-lifecycle.ts, which takes Electron's modules as arguments.

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell, utilityProcess } from 'electron';
import { createCore } from '../core/app.ts';
import { startDateline } from './app-lifecycle.ts';

startDateline({
  electron: { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell, utilityProcess },
  createCore,
  argv: process.argv,
  env: process.env,
}).catch((err: unknown) => {
  // Nothing else can report it: the window does not exist yet.
  process.stderr.write(`Dateline failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  app.exit(1);
});

// The app's life, as a list of the rules above applied in order: one instance, the app://
// scheme, the rules for every webContents, then (once Electron is ready) settings, the Core,
// permissions, the protocol handler, IPC, the menu, the window, and a quit that waits for saves.
// Electron's modules come in as arguments, so tests run all of it against fakes.

import { join } from 'node:path';
import type { App, BrowserWindow, Dialog, IpcMain, Menu, Protocol, Screen, Session, Shell } from 'electron';
import { electronImportOptions } from './import-glue.ts';
import { electronMediaOptions, type PhotoGlueDeps } from './photo-glue.ts';
import { electronReviewOptions, type SafeStorageLike } from './review-glue.ts';
import { electronExportOptions } from './export-glue.ts';
import { translatorFor } from '../common/i18n/index.ts';
import { DatelineError } from '../common/result.ts';
import type { Language } from '../common/settings.ts';
import { createPathGrants } from '../core/fs/path-grants.ts';
import { defaultLibraryDir } from '../core/library/location.ts';
import { createLogger } from '../core/logger.ts';
import type { Core, CoreOptions } from '../core/types.ts';
import type { Logger } from '../core/logger.ts';
import { handleAppProtocol, registerAppScheme } from './app-protocol.ts';
import { registerIpcBridge, type IpcBridge } from './ipc-bridge.ts';
import { registerPushBridge } from './push-bridge.ts';
import { chooseLibraryDir } from './library-location.ts';
import { createMainWindow, type BrowserWindowClass } from './main-window.ts';
import { menuTemplate } from './menu.ts';
import { blockRemoteRequests, denyAllPermissions } from './permission-rules.ts';
import { guardQuit } from './quit-guard.ts';
import { closeElectronStoreChannel, createElectronSettings } from './settings-store.ts';
import { applyRulesToEveryWebContents } from './web-contents-rules.ts';
import { createWindowStateStore, placeWindow, rememberWindowState } from './window-state.ts';

/** The parts of the `electron` module the app uses. */
export interface ElectronModules {
  app: App;
  BrowserWindow: BrowserWindowClass;
  dialog: Pick<Dialog, 'showErrorBox'> & Partial<Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>>;
  ipcMain: IpcMain;
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>;
  screen: Pick<Screen, 'getAllDisplays'>;
  session: { readonly defaultSession: Session };
  shell: Pick<Shell, 'openExternal'>;
  /** Media processes run as utilityProcesses when given (photo-glue.ts). */
  utilityProcess?: { fork: NonNullable<PhotoGlueDeps['fork']> };
  /** Protects the review signing key (review-glue.ts). */
  safeStorage?: SafeStorageLike;
}

export interface DatelineAppOptions {
  electron: ElectronModules;
  createCore: (options: CoreOptions) => Promise<Core>;
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The folder holding dist/ (default: app.getAppPath()). */
  appDir?: string;
  platform?: NodeJS.Platform;
  logger?: Logger;
}

export interface RunningApp {
  core: Core;
  bridge: IpcBridge;
  mainWindow(): BrowserWindow | null;
}

/** Where the built parts are, inside the app folder or its asar. */
export function appPaths(appDir: string): { rendererDir: string; preload: string; icon: string } {
  return {
    rendererDir: join(appDir, 'dist', 'renderer'),
    preload: join(appDir, 'dist', 'preload', 'index.cjs'),
    icon: join(appDir, 'resources', 'icons', 'icon.png'),
  };
}

/** Starts Dateline; resolves null when another instance is running or the library cannot be opened. */
export async function startDateline(options: DatelineAppOptions): Promise<RunningApp | null> {
  const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } = options.electron;
  const platform = options.platform ?? process.platform;

  // A second launch hands over to the first (which focuses its window) and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  // All must happen before `ready`: every renderer sandboxed (checklist item 4, also for windows
  // made without our webPreferences), schemes fixed at start, and the rules covering the very
  // first webContents.
  app.enableSandbox();
  registerAppScheme(protocol);
  applyRulesToEveryWebContents(app, shell);

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });

  await app.whenReady();

  const configDir = options.env.DATELINE_CONFIG_DIR || app.getPath('userData');
  const logger = options.logger ?? createLogger({ file: join(configDir, 'dateline.log'), level: 'warn' });
  const settings = createElectronSettings({ cwd: configDir, logger });
  const windowState = createWindowStateStore(configDir);
  closeElectronStoreChannel(ipcMain);
  const language = (): Language => {
    try {
      return settings.get().language;
    } catch {
      return 'vi';
    }
  };
  const t = translatorFor(language());

  const ses = session.defaultSession;
  denyAllPermissions(ses);
  blockRemoteRequests(ses);

  const libraryDir = chooseLibraryDir({
    argv: options.argv,
    env: options.env,
    settingsDir: settings.get().libraryDir,
    defaultDir: defaultLibraryDir,
  });
  let core: Core;
  try {
    // The page may name only paths its dialogs answered (or in the library): one registry, which
    // every dialog below adds to and every path-taking method checks (main/core/fs/path-grants.ts).
    const grants = createPathGrants({ libraryDir, platform });
    const openDialog = dialog.showOpenDialog ? (dialog as Pick<Dialog, 'showOpenDialog'>) : undefined;
    const media = electronMediaOptions({
      fork: options.electron.utilityProcess?.fork,
      dialog: openDialog,
      window: () => mainWindow,
      appDir: options.appDir ?? app.getAppPath(),
      t,
      grants,
    });
    const review = await electronReviewOptions({
      safeStorage: options.electron.safeStorage,
      dialog,
      window: () => mainWindow,
      configDir,
      t,
      logger,
      grants,
    });
    const exportArea = electronExportOptions({ dialog: openDialog, window: () => mainWindow, t, grants });
    const importArea = electronImportOptions({ dialog: openDialog, window: () => mainWindow, t, grant: (paths) => grants.grant(paths) });
    core = await options.createCore({
      libraryDir,
      settings,
      transport: 'electron',
      logger,
      media,
      review,
      exportArea,
      importArea,
      paths: grants,
    });
  } catch (err) {
    logger.error('the Core did not start', { libraryDir, error: String(err) });
    const detail = err instanceof DatelineError ? t(`errors:${err.code}`, { detail: '', ...err.params }) : String(err);
    dialog.showErrorBox(t('ui:desktop.startFailedTitle'), t('ui:desktop.startFailed', { detail }));
    app.exit(1);
    return null;
  }

  const paths = appPaths(options.appDir ?? app.getAppPath());
  handleAppProtocol(ses.protocol, { rendererDir: paths.rendererDir, articleDir: (id) => core.articleDir(id) });
  const bridge = registerIpcBridge(ipcMain, core.dispatch, { language, logger });
  registerPushBridge(ipcMain, core.subscribe, { logger });
  guardQuit(app, { drain: () => bridge.drain(), close: () => core.close(), logger });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, { platform, developer: !app.isPackaged })));

  const openWindow = (): BrowserWindow => {
    const placement = placeWindow(
      windowState.load(),
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const win = createMainWindow(BrowserWindow, {
      preload: paths.preload,
      devTools: !app.isPackaged,
      placement,
      title: t('ui:app.name'),
      icon: paths.icon,
    });
    rememberWindowState(win, windowState);
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };
  openWindow();
  // macOS keeps the app running without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });

  return { core, bridge, mainWindow: () => mainWindow };
}

// A recording fake of the parts of `electron` the glue uses (vitest.config.ts aliases `electron`
// to this file). Each fake keeps what it was given and has helpers that play Electron's part:
// a page navigating, a frame invoking a channel, the user quitting. `resetFakeElectron()` puts
// every fake back to its first state; the objects themselves are never replaced, because
// modules hold on to what they imported.

import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Electron's preventable event. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** What a page or frame is, as the IPC sender check sees it. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => {
  action: 'allow' | 'deny';
};

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: WindowOpenHandler | null = null;
  mainFrame: FakeFrame = { url: 'app://dateline/index.html', parent: null };

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** The page asks to navigate (a link, `location.href = …`); true when the glue prevented it. */
  tryNavigate(url: string): { navigate: boolean; frameNavigate: boolean; redirect: boolean } {
    const prevented = (name: string): boolean => {
      const event = new FakeEvent();
      Object.assign(event, { url, isMainFrame: true, isSameDocument: false });
      this.emit(name, event, url);
      return event.defaultPrevented;
    };
    return { navigate: prevented('will-navigate'), frameNavigate: prevented('will-frame-navigate'), redirect: prevented('will-redirect') };
  }

  /** The page calls window.open(url); the handler's answer (Electron would open a window on 'allow'). */
  tryOpenWindow(url: string): { action: 'allow' | 'deny' } {
    // With no handler Electron opens the window.
    return this.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' }) ?? { action: 'allow' };
  }

  /** A <webview> is about to be attached; true when the glue prevented it. */
  tryAttachWebview(): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, {});
    return event.defaultPrevented;
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  shown = false;
  focused = false;
  minimized = false;
  maximized = false;
  bounds: Rect;

  constructor(readonly options: Record<string, unknown>) {
    super();
    const n = (key: string, fallback: number): number => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: n('x', 0), y: n('y', 0), width: n('width', 800), height: n('height', 600) };
    FakeBrowserWindow.instances.push(this);
    // As in Electron: every new webContents is announced on the app.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances;
  }

  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  /** The user closes the window. */
  close(): void {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    FakeBrowserWindow.instances = FakeBrowserWindow.instances.filter((w) => w !== this);
    this.emit('closed');
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class FakeProtocol {
  privileged: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`protocol ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  }
  /** Chromium fetching a URL of a handled scheme. */
  async fetch(url: string, method = 'GET'): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`no handler for ${scheme}`);
    return handler({ url, method } as Request);
  }
  reset(): void {
    this.privileged = [];
    this.handlers.clear();
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession {
  readonly protocol = new FakeProtocol();
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener): void => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
  /** A page asks for a permission; what the handler granted (Electron grants when there is none). */
  requestPermission(permission: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(null, permission, resolve, {}));
  }
  checkPermission(permission: string): boolean {
    return this.permissionCheckHandler ? this.permissionCheckHandler(null, permission, 'app://dateline', {}) : true;
  }
  /** Chromium is about to load a URL; true when it was cancelled. */
  requestCancelled(url: string): Promise<boolean> {
    const listener = this.beforeRequest;
    if (!listener) return Promise.resolve(false);
    return new Promise((resolve) => listener({ url }, (r) => resolve(r.cancel === true)));
  }
  reset(): void {
    this.protocol.reset();
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.devicePermissionHandler = null;
    this.beforeRequest = null;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  lockRequests = 0;
  quitRequests = 0;
  /** Set once a quit went through (nobody prevented will-quit). */
  quitted = false;
  exitCodes: number[] = [];
  paths: Record<string, string> = {};
  appPath = process.cwd();

  /** app.enableSandbox() was called (Electron allows it only before ready). */
  sandboxEnabled = false;
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    this.lockRequests++;
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  isReady(): boolean {
    return true;
  }
  getPath(name: string): string {
    return this.paths[name] ?? join(tmpdir(), `dateline-fake-electron-${process.pid}`, name);
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.0.0-fake';
  }
  getName(): string {
    return 'dateline';
  }
  /** As in Electron: will-quit, which a listener may prevent; else the app quits. */
  quit(): void {
    this.quitRequests++;
    const event = new FakeEvent();
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.sandboxEnabled = false;
    this.hasLock = true;
    this.lockRequests = 0;
    this.quitRequests = 0;
    this.quitted = false;
    this.exitCodes = [];
    this.paths = {};
    this.appPath = process.cwd();
  }
}

type InvokeHandler = (event: { senderFrame: FakeFrame | null; sender?: unknown }, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    // Electron refuses a second handler on a channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** A frame calls ipcRenderer.invoke(channel, ...args). */
  async invoke(channel: string, frame: FakeFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame }, ...args);
  }
  reset(): void {
    this.handlers.clear();
    this.removeAllListeners();
  }
}

class FakeContextBridge {
  exposed = new Map<string, unknown>();
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  }
  reset(): void {
    this.exposed.clear();
  }
}

/** webUtils.getPathForFile: the path a test gave a File with `setPath`, '' for any other File; throws for a non-File, as Electron does. */
class FakeWebUtils {
  private paths = new WeakMap<object, string>();
  asked: unknown[] = [];
  setPath(file: object, path: string): void {
    this.paths.set(file, path);
  }
  getPathForFile(file: unknown): string {
    this.asked.push(file);
    if (typeof file !== 'object' || file === null || typeof (file as { name?: unknown }).name !== 'string')
      throw new TypeError('Error processing argument at index 0, conversion failure');
    return this.paths.get(file) ?? '';
  }
  reset(): void {
    this.paths = new WeakMap();
    this.asked = [];
  }
}

class FakeIpcRenderer extends EventEmitter {
  invocations: { channel: string; args: unknown[] }[] = [];
  reply: (channel: string, args: unknown[]) => unknown = (channel) => ({ ok: true, value: { channel } });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve(this.reply(channel, args));
  }
  reset(): void {
    this.invocations = [];
    this.reply = (channel) => ({ ok: true, value: { channel } });
    this.removeAllListeners();
  }
}

interface MenuTemplateItem {
  label?: string;
  role?: string;
  type?: string;
  submenu?: MenuTemplateItem[];
}

class FakeMenuModule {
  applicationMenu: { template: MenuTemplateItem[] } | null = null;
  buildFromTemplate(template: MenuTemplateItem[]): { template: MenuTemplateItem[] } {
    return { template };
  }
  setApplicationMenu(menu: { template: MenuTemplateItem[] } | null): void {
    this.applicationMenu = menu;
  }
  reset(): void {
    this.applicationMenu = null;
  }
}

class FakeShell {
  opened: string[] = [];
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }
  openPath(): Promise<string> {
    return Promise.resolve('');
  }
  reset(): void {
    this.opened = [];
  }
}

class FakeScreen {
  displays: { workArea: Rect; bounds: Rect }[] = [];
  getAllDisplays(): { workArea: Rect; bounds: Rect }[] {
    return this.displays;
  }
  reset(): void {
    const area = { x: 0, y: 0, width: 1920, height: 1050 };
    this.displays = [{ workArea: area, bounds: { ...area, height: 1080 } }];
  }
}

class FakeDialog {
  errorBoxes: { title: string; content: string }[] = [];
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
  reset(): void {
    this.errorBoxes = [];
  }
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const contextBridge = new FakeContextBridge();
export const webUtils = new FakeWebUtils();
export const protocol = new FakeProtocol();
export const Menu = new FakeMenuModule();
export const shell = new FakeShell();
export const screen = new FakeScreen();
export const dialog = new FakeDialog();
export const BrowserWindow = FakeBrowserWindow;
const defaultSession = new FakeSession();
export const session = { defaultSession };

/** Every fake back to its first state. */
export function resetFakeElectron(): void {
  app.reset();
  ipcMain.reset();
  ipcRenderer.reset();
  contextBridge.reset();
  webUtils.reset();
  protocol.reset();
  Menu.reset();
  shell.reset();
  screen.reset();
  dialog.reset();
  defaultSession.reset();
  FakeBrowserWindow.instances = [];
}
resetFakeElectron();

/** The module as a whole: electron-store does `import electron from 'electron'`. */
const electron = { app, ipcMain, ipcRenderer, contextBridge, webUtils, protocol, Menu, shell, screen, dialog, BrowserWindow, session };
export default electron;

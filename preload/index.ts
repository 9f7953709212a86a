// The sandboxed preload (checklist items 3, 4, 20): window.dateline gets one function per
// contract method and nothing else. Each function sends only its input on the method's channel
// and returns the Result; neither ipcRenderer nor an IPC event ever reaches the page.
// window.datelineFiles has one more function, pathForFile: the path of a File the user dropped or
// picked (webUtils.getPathForFile; Electron removed File.path), so a dropped photo is sent as a
// path rather than its bytes. It reads no file and tells the page nothing it was not handed; main
// checks every path it is sent (main/core/media/path-gate.ts).
// Bundled to one CommonJS file (dist/preload/index.cjs): a sandboxed preload can require only
// electron, events, timers and url.

import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { METHOD_NAMES, ipcChannel, type DatelineApi } from '../main/common/contract/index.ts';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** window.dateline over an invoke function: one entry per METHOD_NAMES, frozen. */
export function buildDatelineApi(invoke: Invoke): DatelineApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    const channel = ipcChannel(method);
    // A fresh arrow per method: the page gets a function that can do exactly one thing.
    api[method] = (input: unknown) => invoke(channel, input);
  }
  return Object.freeze(api) as unknown as DatelineApi;
}

/** What window.datelineFiles offers the page. */
export interface DatelineFiles {
  /** The file's path on disk; '' for a File that is not a file on disk (a pasted image, a Blob). */
  pathForFile(file: File): string;
}

/** window.datelineFiles over webUtils.getPathForFile: frozen, never throws, a string always. */
export function buildFilesApi(getPathForFile: (file: File) => string): DatelineFiles {
  return Object.freeze({
    pathForFile: (file: File): string => {
      try {
        const path = getPathForFile(file);
        return typeof path === 'string' ? path : '';
      } catch {
        // Not a File (webUtils throws on anything else): no path.
        return '';
      }
    },
  });
}

contextBridge.exposeInMainWorld('dateline', buildDatelineApi((channel, input) => ipcRenderer.invoke(channel, input)));
contextBridge.exposeInMainWorld('datelineFiles', buildFilesApi((file) => webUtils.getPathForFile(file)));

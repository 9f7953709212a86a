// The sandboxed preload (checklist items 3, 4, 20): window.dateline gets one function per
// contract method and nothing else; window.datelineEvents the push side (subscribe to a topic). Each function sends only its input on the method's channel
// and returns the Result; neither ipcRenderer nor an IPC event ever reaches the page.
// window.datelineFiles has one more function, pathForFile: the path of a File the user dropped or
// picked (webUtils.getPathForFile; Electron removed File.path), so a dropped photo is sent as a
// path rather than its bytes. It reads no file and tells the page nothing it was not handed; main
// checks every path it is sent (main/core/media/path-gate.ts).
// Bundled to one CommonJS file (dist/preload/index.cjs): a sandboxed preload can require only
// electron, events, timers and url.

import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { PUSH_CHANNELS, type DatelineEvents } from '../main/common/contract/events.ts';
import { METHOD_NAMES, ipcChannel, type DatelineApi } from '../main/common/contract/index.ts';
import { createPushListeners } from '../main/common/push-listeners.ts';

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

/**
 * window.datelineEvents over IPC: a topic's first listener asks main for it, its last one stops
 * it. Only the event's `{topic, payload}` reaches the page, checked against the contract again;
 * the IPC event object (which holds ipcRenderer) never does.
 */
export function buildEventsApi(ipc: {
  invoke: Invoke;
  on(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
}): DatelineEvents {
  const listeners = createPushListeners({
    first: (topic) => void ipc.invoke(PUSH_CHANNELS.subscribe, topic),
    last: (topic) => void ipc.invoke(PUSH_CHANNELS.unsubscribe, topic),
  });
  ipc.on(PUSH_CHANNELS.event, (_event, message) => {
    const m = message as { topic?: unknown; payload?: unknown } | null;
    if (m && typeof m === 'object') listeners.deliver(m.topic, m.payload);
  });
  // IPC does not drop events while the page lives: there is never a gap to recover from.
  return Object.freeze({ subscribe: listeners.subscribe, onReconnect: () => () => undefined });
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

contextBridge.exposeInMainWorld(
  'dateline',
  buildDatelineApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
contextBridge.exposeInMainWorld('datelineEvents', buildEventsApi(ipcRenderer));
contextBridge.exposeInMainWorld(
  'datelineFiles',
  buildFilesApi((file) => webUtils.getPathForFile(file)),
);

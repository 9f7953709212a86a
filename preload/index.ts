// The sandboxed preload (checklist items 3, 4, 20): window.dateline gets one function per
// contract method and nothing else. Each function sends only its input on the method's channel
// and returns the Result; neither ipcRenderer nor an IPC event ever reaches the page.
// Bundled to one CommonJS file (dist/preload/index.cjs): a sandboxed preload can require only
// electron, events, timers and url.

import { contextBridge, ipcRenderer } from 'electron';
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

contextBridge.exposeInMainWorld('dateline', buildDatelineApi((channel, input) => ipcRenderer.invoke(channel, input)));

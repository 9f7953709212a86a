// The renderer talks to the services only through a DatelineApi: Electron's preload puts one on
// window.dateline; in a plain browser tab (the browser host) we install the HTTP bridge there, so
// every other module finds the same object whichever transport it has.

import type { DatelineApi } from '../../main/common/contract/index.ts';
import { createHttpBridge, type BridgeOptions } from './http-bridge.ts';
import { takeSessionToken } from './session-token.ts';

declare global {
  interface Window {
    dateline?: DatelineApi;
  }
}

export type Transport = 'electron' | 'browser';

/** window.dateline, installing the HTTP bridge first when there is no preload. */
export function connect(messages: BridgeOptions['messages']): { api: DatelineApi; transport: Transport } {
  if (window.dateline) return { api: window.dateline, transport: 'electron' };
  const token = takeSessionToken({ location: window.location, history: window.history, storage: window.sessionStorage });
  const api = createHttpBridge({ token, messages });
  Object.defineProperty(window, 'dateline', { value: Object.freeze(api), writable: false, configurable: false });
  return { api, transport: 'browser' };
}

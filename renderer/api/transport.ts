// The renderer talks to the services only through a DatelineApi and its DatelineEvents: Electron's
// preload puts them on window.dateline and window.datelineEvents; in a plain browser tab (the
// browser host) we install the HTTP bridge and the event stream there, so every other module
// finds the same objects whichever transport it has.

import type { DatelineEvents } from '../../main/common/contract/events.ts';
import type { DatelineApi } from '../../main/common/contract/index.ts';
import { createEventStream } from './event-stream.ts';
import { createHttpBridge, type BridgeOptions } from './http-bridge.ts';
import { takeSessionToken } from './session-token.ts';

declare global {
  interface Window {
    dateline?: DatelineApi;
    datelineEvents?: DatelineEvents;
  }
}

export type Transport = 'electron' | 'browser';

/** window.dateline, installing the HTTP bridge first when there is no preload. */
export function connect(messages: BridgeOptions['messages']): { api: DatelineApi; events: DatelineEvents; transport: Transport } {
  if (window.dateline && window.datelineEvents) return { api: window.dateline, events: window.datelineEvents, transport: 'electron' };
  const token = takeSessionToken({ location: window.location, history: window.history, storage: window.sessionStorage });
  const api = createHttpBridge({ token, messages });
  const events = createEventStream({ token });
  Object.defineProperty(window, 'dateline', { value: Object.freeze(api), writable: false, configurable: false });
  Object.defineProperty(window, 'datelineEvents', { value: events, writable: false, configurable: false });
  return { api, events, transport: 'browser' };
}

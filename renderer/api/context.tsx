// The DatelineApi and its events, handed to components through React context (both transports give them).

import { createContext, useContext } from 'react';
import type { DatelineEvents } from '../../main/common/contract/events.ts';
import type { DatelineApi } from '../../main/common/contract/index.ts';
import type { Transport } from './transport.ts';

export interface ApiHandle {
  api: DatelineApi;
  /** The push side: what the services tell without being asked (renderer/api/use-live.ts). */
  events: DatelineEvents;
  transport: Transport;
}

export const ApiContext = createContext<ApiHandle | null>(null);

/** The services, as window.dateline exposes them. */
export function useApi(): DatelineApi {
  const handle = useContext(ApiContext);
  if (!handle) throw new Error('useApi outside <ApiContext.Provider>');
  return handle.api;
}

/** The push side of the services, as window.datelineEvents exposes it. */
export function useEvents(): DatelineEvents {
  const handle = useContext(ApiContext);
  if (!handle) throw new Error('useEvents outside <ApiContext.Provider>');
  return handle.events;
}

export function useTransport(): Transport {
  return useContext(ApiContext)?.transport ?? 'browser';
}

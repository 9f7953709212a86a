// The DatelineApi handed to components through React context (tests and both transports give it).

import { createContext, useContext } from 'react';
import type { DatelineApi } from '../../main/common/contract/index.ts';
import type { Transport } from './transport.ts';

export interface ApiHandle {
  api: DatelineApi;
  transport: Transport;
}

export const ApiContext = createContext<ApiHandle | null>(null);

/** The services, as window.dateline exposes them. */
export function useApi(): DatelineApi {
  const handle = useContext(ApiContext);
  if (!handle) throw new Error('useApi outside <ApiContext.Provider>');
  return handle.api;
}

export function useTransport(): Transport {
  return useContext(ApiContext)?.transport ?? 'browser';
}

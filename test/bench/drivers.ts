// How benchmarks drive the app: contract calls on a Core (a failed call throws, with its method),
// and Debian's Chromium started the same way for every bench that measures a page.

import { chromium, type Browser } from 'playwright-core';
import type { Input, MethodName, Output } from '../../main/common/contract/index.ts';
import type { Core } from '../../main/core/types.ts';

export type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

export const caller =
  (core: Core): Call =>
  async (method, input) => {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as never;
  };

/** Chromium without its background work (updates, sync, networking), so it measures only the page. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

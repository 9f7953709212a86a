// Quitting must not lose the last words typed: the renderer flushes its save on unload, and that
// call may still be in the dispatcher when the last window closes. Quitting is held back until
// every IPC call already received has been answered and the Core has flushed and stopped.

import type { App } from 'electron';
import type { Logger } from '../core/logger.ts';

export interface QuitGuardOptions {
  /** Answers every call already received (IpcBridge.drain). */
  drain: () => Promise<void>;
  /** Flushes pending writes and stops the services (Core.close). */
  close: () => Promise<void>;
  logger?: Logger;
}

/** Holds `will-quit` until drain() and close() have run, then quits for real. */
export function guardQuit(app: Pick<App, 'on' | 'quit'>, options: QuitGuardOptions): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void (async () => {
      try {
        await options.drain();
        await options.close();
      } catch (err) {
        options.logger?.error('closing the services failed', { error: String(err) });
      } finally {
        state = 'closed';
        app.quit();
      }
    })();
  });
}

// The services over Electron IPC: one `ipcMain.handle` per contract method, on the channel
// `dateline:<method>`. Each call proves where it comes from before anything else (checklist
// item 17, as VS Code does in ipcMain.ts): the sending frame must be a main frame showing
// app://dateline. The input is then validated by the dispatcher like every transport's.

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, ipcChannel } from '../common/contract/index.ts';
import { translatorFor } from '../common/i18n/index.ts';
import type { Result } from '../common/result.ts';
import type { Language } from '../common/settings.ts';
import type { Dispatch } from '../core/dispatcher.ts';
import type { Logger } from '../core/logger.ts';
import { isAppUrl } from './app-origin.ts';

/** What the sender check reads of a frame (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** True when the frame is a main frame (no parent) whose URL is the app's origin. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  try {
    // A frame that is gone throws on access; a gone frame is not trusted.
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    return false;
  }
}

export interface IpcBridgeOptions {
  /** The UI language, for the refusal's sentence. */
  language: () => Language;
  logger?: Logger;
}

export interface IpcBridge {
  /** Resolves once every call already received has been answered (so quitting loses no save). */
  drain(): Promise<void>;
  /** Removes every handler. */
  dispose(): void;
}

type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Registers one handler per contract method; untrusted senders get UNTRUSTED_SENDER and never reach the dispatcher. */
export function registerIpcBridge(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  options: IpcBridgeOptions,
): IpcBridge {
  const inFlight = new Set<Promise<Result<unknown>>>();
  const refusal = (): Result<never> => ({
    ok: false,
    error: { code: 'UNTRUSTED_SENDER', message: translatorFor(options.language())('errors:UNTRUSTED_SENDER') },
  });

  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), (event: InvokeEvent, input: unknown) => {
      const frame = senderFrameOf(event);
      if (!isTrustedSender(frame)) {
        options.logger?.warn('IPC call refused: untrusted sender', { method, url: frameUrl(frame) });
        return refusal();
      }
      const call = dispatch(method, input);
      inFlight.add(call);
      // The dispatcher never rejects; the catch only keeps a broken one from crashing main.
      call.finally(() => inFlight.delete(call)).catch(() => undefined);
      return call;
    });
  }

  return {
    async drain() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
    dispose() {
      for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
    },
  };
}

// senderFrame is a getter that can throw once the frame is destroyed.
function senderFrameOf(event: InvokeEvent): SenderFrame | null {
  try {
    return event.senderFrame;
  } catch {
    return null;
  }
}

function frameUrl(frame: SenderFrame | null): string {
  try {
    return frame ? String(frame.url).slice(0, 200) : '(no frame)';
  } catch {
    return '(gone)';
  }
}

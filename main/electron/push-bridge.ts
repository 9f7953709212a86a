// The push side of the contract over Electron IPC. The page asks for a topic with
// `invoke(PUSH_CHANNELS.subscribe, topic)`; the same sender check as every call (a main frame
// showing app://dateline, ./ipc-bridge.ts) and the contract's topic schema come first. Events
// then go to that page's main frame only (`webContents.mainFrame.send`, never a subframe), and
// only while it still shows the app; they stop when the page unsubscribes, reloads or closes.

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { PUSH_CHANNELS, TopicSchema, type PushEvent, type Subscribe, type Topic } from '../common/contract/events.ts';
import type { Logger } from '../core/logger.ts';
import { isTrustedSender, type SenderFrame } from './ipc-bridge.ts';

/** What the bridge needs of a page's webContents. */
export interface PushTarget {
  readonly id: number;
  readonly mainFrame: SenderFrame & { send(channel: string, message: unknown): void };
  once(event: 'destroyed' | 'did-navigate', listener: () => void): unknown;
}

type PushInvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender?: unknown };

/** What a subscribe or unsubscribe answers: a plain flag; a refusal never says more. */
export type PushAnswer = { ok: true } | { ok: false; code: 'UNTRUSTED_SENDER' | 'INVALID_INPUT' };

export interface PushBridge {
  /** Removes the handlers and stops every page's subscriptions. */
  dispose(): void;
}

/** Registers the subscribe and unsubscribe handlers over the Core's `subscribe`. */
export function registerPushBridge(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  subscribe: Subscribe,
  options: { logger?: Logger } = {},
): PushBridge {
  // Per page, per topic: the Core subscription feeding it.
  const pages = new Map<number, Map<Topic, () => void>>();

  const stopPage = (id: number): void => {
    for (const stop of pages.get(id)?.values() ?? []) stop();
    pages.delete(id);
  };

  /** The checked page and topic of a request, or why it is refused. */
  const admit = (event: PushInvokeEvent, topic: unknown): { target: PushTarget; topic: Topic } | PushAnswer => {
    let frame: SenderFrame | null = null;
    try {
      frame = event.senderFrame;
    } catch {
      // A frame gone since it asked.
    }
    const target = event.sender as PushTarget | undefined;
    if (!isTrustedSender(frame) || !target || typeof target.id !== 'number') {
      options.logger?.warn('push subscription refused: untrusted sender', {});
      return { ok: false, code: 'UNTRUSTED_SENDER' };
    }
    const parsed = TopicSchema.safeParse(topic);
    if (!parsed.success) return { ok: false, code: 'INVALID_INPUT' };
    return { target, topic: parsed.data };
  };

  ipcMain.handle(PUSH_CHANNELS.subscribe, (event: PushInvokeEvent, topic: unknown): PushAnswer => {
    const admitted = admit(event, topic);
    if ('ok' in admitted) return admitted;
    const { target } = admitted;
    let topics = pages.get(target.id);
    if (!topics) {
      pages.set(target.id, (topics = new Map()));
      // A reload or a closed window ends everything that page asked for.
      target.once('destroyed', () => stopPage(target.id));
      target.once('did-navigate', () => stopPage(target.id));
    }
    if (!topics.has(admitted.topic)) {
      const name = admitted.topic;
      topics.set(
        name,
        subscribe(name, (payload) => {
          const frame = target.mainFrame;
          // Only the main frame, and only while it shows the app.
          if (!isTrustedSender(frame)) return;
          const message: PushEvent = { topic: name, payload };
          frame.send(PUSH_CHANNELS.event, message);
        }),
      );
    }
    return { ok: true };
  });

  ipcMain.handle(PUSH_CHANNELS.unsubscribe, (event: PushInvokeEvent, topic: unknown): PushAnswer => {
    const admitted = admit(event, topic);
    if ('ok' in admitted) return admitted;
    const topics = pages.get(admitted.target.id);
    topics?.get(admitted.topic)?.();
    topics?.delete(admitted.topic);
    return { ok: true };
  });

  return {
    dispose() {
      ipcMain.removeHandler(PUSH_CHANNELS.subscribe);
      ipcMain.removeHandler(PUSH_CHANNELS.unsubscribe);
      for (const id of [...pages.keys()]) stopPage(id);
    },
  };
}

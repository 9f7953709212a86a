// The push side over IPC (checklist item 17 again): only the app's own main frame may subscribe,
// only to a topic of the contract, and events go to that page's main frame alone, while it still
// shows the app, until it unsubscribes, navigates or closes.

import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PUSH_CHANNELS } from '../../main/common/contract/events.ts';
import { registerPushBridge, type PushTarget } from '../../main/electron/push-bridge.ts';
import { ipcMain, resetFakeElectron, type FakeFrame } from './fake-electron.ts';
import { recordingCore } from './helpers.ts';

const APP_URL = 'app://dateline/index.html#/article/a-m5k2x9q1-k3v9';
const status = { articleId: 'a-m5k2x9q1-k3v9' };
let nextId = 1;

/** A page: its webContents, with a main frame that records what main sends it. */
class Page extends EventEmitter implements PushTarget {
  readonly id = nextId++;
  readonly mainFrame = { url: APP_URL, parent: null as FakeFrame | null, send: vi.fn() };
}

function setup() {
  const core = recordingCore();
  const bridge = registerPushBridge(ipcMain as never, core.subscribe);
  const ask = (channel: string, frame: FakeFrame | null, page: Page, topic: unknown) =>
    ipcMain.handlers.get(channel)!({ senderFrame: frame, sender: page }, topic);
  return { core, bridge, ask };
}

describe('the IPC push bridge', () => {
  beforeEach(() => resetFakeElectron());

  it('sends a subscribed topic’s events to the page’s main frame, and stops on unsubscribe', async () => {
    const { core, ask } = setup();
    const page = new Page();
    expect(await ask(PUSH_CHANNELS.subscribe, page.mainFrame, page, 'review.status')).toEqual({ ok: true });
    core.events.publish('review.status', status);
    core.events.publish('desk.arrivals', {});
    expect(page.mainFrame.send.mock.calls).toEqual([[PUSH_CHANNELS.event, { topic: 'review.status', payload: status }]]);
    expect(await ask(PUSH_CHANNELS.unsubscribe, page.mainFrame, page, 'review.status')).toEqual({ ok: true });
    core.events.publish('review.status', status);
    expect(page.mainFrame.send).toHaveBeenCalledTimes(1);
  });

  it('refuses a subframe, another origin and a gone frame; they subscribe to nothing', async () => {
    const { core, ask } = setup();
    const page = new Page();
    const refusals = [
      await ask(PUSH_CHANNELS.subscribe, { url: APP_URL, parent: page.mainFrame }, page, 'review.status'),
      await ask(PUSH_CHANNELS.subscribe, { url: 'https://evil.example/', parent: null }, page, 'review.status'),
      await ask(PUSH_CHANNELS.subscribe, { url: 'app://dateline.evil/index.html', parent: null }, page, 'review.status'),
      await ask(PUSH_CHANNELS.subscribe, null, page, 'review.status'),
    ];
    expect(refusals).toEqual(Array(4).fill({ ok: false, code: 'UNTRUSTED_SENDER' }));
    core.events.publish('review.status', status);
    expect(page.mainFrame.send).not.toHaveBeenCalled();
  });

  it('refuses a topic the contract does not list', async () => {
    const { ask } = setup();
    const page = new Page();
    for (const topic of ['review.secrets', '__proto__', 42, { topic: 'review.status' }]) {
      expect(await ask(PUSH_CHANNELS.subscribe, page.mainFrame, page, topic)).toEqual({ ok: false, code: 'INVALID_INPUT' });
    }
  });

  it('sends nothing once the main frame shows something else, and stops when the page is destroyed', async () => {
    const { core, ask } = setup();
    const page = new Page();
    await ask(PUSH_CHANNELS.subscribe, page.mainFrame, page, 'desk.arrivals');
    page.mainFrame.url = 'https://evil.example/';
    core.events.publish('desk.arrivals', {});
    expect(page.mainFrame.send).not.toHaveBeenCalled();
    page.mainFrame.url = APP_URL;
    page.emit('destroyed');
    core.events.publish('desk.arrivals', {});
    expect(page.mainFrame.send).not.toHaveBeenCalled();
    expect(core.events['emitter'].count('desk.arrivals')).toBe(0);
  });

  it('removes its handlers on dispose', async () => {
    const { bridge } = setup();
    expect(ipcMain.handlers.has(PUSH_CHANNELS.subscribe) && ipcMain.handlers.has(PUSH_CHANNELS.unsubscribe)).toBe(true);
    bridge.dispose();
    expect(ipcMain.handlers.has(PUSH_CHANNELS.subscribe)).toBe(false);
  });
});

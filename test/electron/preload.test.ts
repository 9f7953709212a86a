// Checklist items 3 and 20: the preload exposes window.dateline with exactly the contract's
// methods, each a function that invokes its own channel with the input only, and never
// ipcRenderer, an IPC event, or anything else.

import { describe, expect, it, vi } from 'vitest';
import { PUSH_CHANNELS, type DatelineEvents } from '../../main/common/contract/events.ts';
import { METHOD_NAMES } from '../../main/common/contract/index.ts';
import type * as Fake from './fake-electron.ts';

let ipcRenderer: typeof Fake.ipcRenderer;

// A fresh module registry per test: the preload runs its exposeInMainWorld on import, against
// the fake electron of that registry.
async function loadPreload(): Promise<Record<string, unknown>> {
  vi.resetModules();
  const fake = await import('./fake-electron.ts');
  ipcRenderer = fake.ipcRenderer;
  expect(fake.contextBridge.exposed.size).toBe(0);
  await import('../../preload/index.ts');
  expect([...fake.contextBridge.exposed.keys()]).toEqual(['dateline', 'datelineEvents', 'datelineFiles']);
  return fake.contextBridge.exposed.get('dateline') as Record<string, unknown>;
}

describe('the preload', () => {
  it('exposes exactly one global, dateline, with one function per contract method', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(typeof api[method], method).toBe('function');
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('exposes no way to reach ipcRenderer', async () => {
    const api = await loadPreload();
    const values = Object.values(api);
    expect(values).not.toContain(ipcRenderer);
    expect(values).not.toContain(ipcRenderer.invoke);
    expect('ipcRenderer' in api || 'invoke' in api || 'send' in api || 'on' in api).toBe(false);
  });

  it('invokes dateline:<method> with the input alone and returns the Result as it came', async () => {
    const api = await loadPreload();
    const reply = { ok: false, error: { code: 'NOT_FOUND', message: 'No such article.' } };
    ipcRenderer.reply = () => reply;
    const call = api['library.get'] as (input: unknown, ...extra: unknown[]) => Promise<unknown>;
    const result = await call({ id: 'a-abc123-x1y2' }, 'smuggled', () => 'callback');
    expect(result).toBe(reply);
    expect(ipcRenderer.invocations).toEqual([{ channel: 'dateline:library.get', args: [{ id: 'a-abc123-x1y2' }] }]);
  });

  it('sends every method on its own channel', async () => {
    const api = await loadPreload();
    for (const method of METHOD_NAMES) await (api[method] as (i: unknown) => Promise<unknown>)({});
    expect(ipcRenderer.invocations.map((i) => i.channel)).toEqual(METHOD_NAMES.map((m) => `dateline:${m}`));
  });

  it('listens on the push channel only, and hands the page the payload, never the IPC event', async () => {
    await loadPreload();
    expect(ipcRenderer.eventNames()).toEqual([PUSH_CHANNELS.event]);
  });
});

describe('window.datelineEvents', () => {
  async function loadEvents(): Promise<DatelineEvents> {
    await loadPreload();
    const fake = await import('./fake-electron.ts');
    return fake.contextBridge.exposed.get('datelineEvents') as DatelineEvents;
  }
  const status = { articleId: 'a-m5k2x9q1-k3v9' };

  it('asks main for a topic at its first listener and stops it after its last', async () => {
    const events = await loadEvents();
    expect(Object.isFrozen(events)).toBe(true);
    const stop1 = events.subscribe('review.status', () => undefined);
    const stop2 = events.subscribe('review.status', () => undefined);
    expect(ipcRenderer.invocations).toEqual([{ channel: PUSH_CHANNELS.subscribe, args: ['review.status'] }]);
    stop1();
    stop1();
    expect(ipcRenderer.invocations).toHaveLength(1);
    stop2();
    expect(ipcRenderer.invocations.at(-1)).toEqual({ channel: PUSH_CHANNELS.unsubscribe, args: ['review.status'] });
  });

  it('gives a listener the checked payload alone; a payload the contract refuses never reaches it', async () => {
    const events = await loadEvents();
    const heard: unknown[][] = [];
    events.subscribe('review.status', (...args: unknown[]) => void heard.push(args));
    const ipcEvent = { sender: ipcRenderer, ports: [] };
    ipcRenderer.emit(PUSH_CHANNELS.event, ipcEvent, { topic: 'review.status', payload: status });
    ipcRenderer.emit(PUSH_CHANNELS.event, ipcEvent, { topic: 'review.status', payload: { articleId: '../x' } });
    ipcRenderer.emit(PUSH_CHANNELS.event, ipcEvent, { topic: 'desk.arrivals', payload: {} });
    expect(heard).toEqual([[status]]);
  });
});

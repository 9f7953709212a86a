// Shared pieces of the glue's tests: the fake electron as the glue's ElectronModules, a Core whose
// handlers record their calls (the real dispatcher in front), and temporary folders.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METHOD_NAMES, type MethodName } from '../../main/common/contract/index.ts';
import { createDispatcher, type Handlers } from '../../main/core/dispatcher.ts';
import { CoreEvents } from '../../main/core/events.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import type { Core, CoreOptions } from '../../main/core/types.ts';
import type { ElectronModules } from '../../main/electron/app-lifecycle.ts';
import * as fake from './fake-electron.ts';
import { trustedPaths } from '../../main/core/fs/path-grants.ts';

/** The fake electron, typed as what the glue asks for (the fakes implement only what it uses). */
export function fakeModules(): ElectronModules {
  const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } = fake;
  return { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } as unknown as ElectronModules;
}

export interface RecordingCore extends Core {
  calls: { method: MethodName; input: unknown }[];
  /** The Core's push side: what a test publishes here reaches the subscribed transports. */
  events: CoreEvents;
  closed: number;
  options?: CoreOptions;
}

/** A Core over the real dispatcher whose every handler records its (validated) input and answers `{ method }`. */
export function recordingCore(options?: CoreOptions): RecordingCore {
  const calls: RecordingCore['calls'] = [];
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      async (input: unknown) => {
        calls.push({ method, input });
        return { method };
      },
    ]),
  ) as unknown as Handlers;
  const events = new CoreEvents(silentLogger);
  const core: RecordingCore = {
    calls,
    events,
    subscribe: events.subscribe,
    closed: 0,
    options,
    dispatch: createDispatcher(handlers, { language: () => 'en' }),
    libraryDir: options?.libraryDir ?? '/nonexistent',
    settings: options?.settings ?? createMemorySettings(),
    articleDir: (id) => join(core.libraryDir, 'articles', id),
    paths: options?.paths ?? trustedPaths(options?.libraryDir ?? '/nonexistent'),
    async close() {
      core.closed++;
    },
  };
  return core;
}

/** A fresh temporary folder and its cleanup. */
export async function tempDir(prefix = 'dateline-electron-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

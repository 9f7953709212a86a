// Photo processing in Electron runs in utilityProcesses (Chromium's process services), not
// child_process.fork: fork from the main process depends on ELECTRON_RUN_AS_NODE, which the
// runAsNode fuse turns off in the installers (electron-builder.yml). The media process is the
// same worker as under Node (main/core/media/worker.ts, bundled to dist/electron/media-worker.cjs);
// it talks through process.parentPort, which it already understands.
//
// Wired through CoreOptions.media by photo-glue.ts (startDateline passes utilityProcess.fork).

import { join } from 'node:path';
import type { UtilityProcess } from 'electron';
import { isFromWorker } from '../core/media/protocol.ts';
import type { SpawnWorker } from '../core/media/service.ts';

type Fork = (
  modulePath: string,
  args?: string[],
  options?: { env?: Record<string, string | undefined>; stdio?: 'ignore' | 'inherit' | 'pipe'; serviceName?: string },
) => UtilityProcess;

/** The bundled media worker inside the app folder (or asar). */
export function mediaWorkerPath(appDir: string): string {
  return join(appDir, 'dist', 'electron', 'media-worker.cjs');
}

/** A SpawnWorker for MediaService that starts each media process with utilityProcess.fork. */
export function utilityProcessSpawn(fork: Fork, script: string): SpawnWorker {
  return (env) => {
    const child = fork(script, [], { env: { ...process.env, ...env }, stdio: 'ignore', serviceName: 'Dateline photos' });
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => child.postMessage(message),
      onMessage: (listener) => {
        child.on('message', (message: unknown) => {
          // Anything else from the process is ignored, as from the Node fork.
          if (isFromWorker(message)) listener(message);
        });
      },
      onExit: (listener) => {
        child.once('exit', () => listener());
      },
      kill: () => {
        child.kill();
      },
    };
  };
}

// The media process in Electron: utilityProcessSpawn adapts utilityProcess.fork to MediaService's
// SpawnWorker, and the bundled worker (dist/electron/media-worker.cjs) really ingests a photo.

import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromWorker } from '../../main/core/media/protocol.ts';
import { mediaWorkerPath, utilityProcessSpawn } from '../../main/electron/media-process.ts';
import { tempDir } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

class FakeUtilityProcess extends EventEmitter {
  pid: number | undefined = undefined;
  posted: unknown[] = [];
  killed = 0;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed++;
    return true;
  }
}

describe('utilityProcessSpawn', () => {
  it('forks the script with the media env, sends, receives only worker messages, and kills', () => {
    const forks: { script: string; options: { env?: Record<string, string | undefined>; stdio?: string } }[] = [];
    const child = new FakeUtilityProcess();
    const spawn = utilityProcessSpawn((script, _args, options) => {
      forks.push({ script, options: options ?? {} });
      return child as never;
    }, '/app/dist/electron/media-worker.cjs');
    const handle = spawn({ DATELINE_MEDIA_THREADS: '2' });
    expect(forks[0].script).toBe('/app/dist/electron/media-worker.cjs');
    expect(forks[0].options.env?.DATELINE_MEDIA_THREADS).toBe('2');
    expect(forks[0].options.stdio).toBe('ignore');

    const received: FromWorker[] = [];
    handle.onMessage((m) => received.push(m));
    child.emit('message', { type: 'hello from somewhere else' });
    child.emit('message', { type: 'ready', pid: 42 });
    expect(received).toEqual([{ type: 'ready', pid: 42 }]);

    child.pid = 42;
    expect(handle.pid).toBe(42);
    handle.send({ type: 'ingest', id: 1, request: { articleDir: '/x', filePath: '/y.jpg' } });
    expect(child.posted).toEqual([{ type: 'ingest', id: 1, request: { articleDir: '/x', filePath: '/y.jpg' } }]);

    let exited = 0;
    handle.onExit(() => exited++);
    child.emit('exit', 0);
    child.emit('exit', 0);
    expect(exited).toBe(1);
    handle.kill();
    expect(child.killed).toBe(1);
    expect(mediaWorkerPath('/app')).toBe('/app/dist/electron/media-worker.cjs');
  });
});

describe('the bundled media worker', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let worker: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('dateline-media-bundle-'));
    const { buildElectron } = (await import(join(root, 'scripts/build-electron.mjs'))) as {
      buildElectron: (o: { outDir: string; logLevel: string }) => Promise<{ mediaWorker: string }>;
    };
    worker = (await buildElectron({ outDir: join(dir, 'dist'), logLevel: 'error' })).mediaWorker;
  });
  afterAll(() => cleanup());

  it('starts, says ready, and ingests a photo with sharp loaded from node_modules', async () => {
    const photo = join(dir, 'bon-tot.jpg');
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
      .jpeg()
      .toFile(photo);
    const articleDir = join(dir, 'articles', 'a-abc123-x1y2');
    await mkdir(articleDir, { recursive: true });
    // As a plain Node child (process.send): the same file a utilityProcess runs with parentPort.
    const child = fork(worker, [], {
      env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    child.stderr?.resume();
    try {
      const messages: FromWorker[] = [];
      const next = (type: string) =>
        new Promise<FromWorker>((resolve, reject) => {
          const found = messages.find((m) => m.type === type);
          if (found) return resolve(found);
          child.on('message', (m: FromWorker) => m.type === type && resolve(m));
          child.once('exit', (code) => reject(new Error(`media worker exited with ${code}`)));
        });
      child.on('message', (m: FromWorker) => messages.push(m));
      expect(await next('ready')).toMatchObject({ type: 'ready' });
      child.send({ type: 'ingest', id: 7, request: { articleDir, filePath: photo, originalName: 'bon-tot.jpg' } });
      const result = await next('result');
      expect(result).toMatchObject({ type: 'result', id: 7, ok: true });
      expect(result.type === 'result' && result.ok && result.asset.format).toBe('jpeg');
    } finally {
      child.kill('SIGKILL');
    }
  });
});

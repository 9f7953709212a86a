// The photos' Electron glue against the fake electron: the desktop app hands createCore media
// processes over utilityProcess.fork of the bundled worker, and a native picker that returns
// paths (so photos chosen never cross IPC as bytes).

import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../main/common/i18n/index.ts';
import { startDateline } from '../../main/electron/app-lifecycle.ts';
import { electronMediaOptions, PHOTO_EXTENSIONS } from '../../main/electron/photo-glue.ts';
import { resetFakeElectron } from './fake-electron.ts';
import { fakePicker } from './fake-picker.ts';
import { fakeModules, recordingCore, tempDir, type RecordingCore } from './helpers.ts';

class FakeChild extends EventEmitter {
  pid = 4242;
  postMessage(): void {}
  kill(): boolean {
    return true;
  }
}

const t = translatorFor('vi');

describe('electronMediaOptions', () => {
  it('starts media processes with utilityProcess.fork of the bundled worker', () => {
    const forks: string[] = [];
    const options = electronMediaOptions({
      fork: (script) => {
        forks.push(script);
        return new FakeChild() as never;
      },
      window: () => null,
      appDir: '/opt/Dateline/resources/app.asar',
      t,
    });
    const handle = options.spawn!({ DATELINE_MEDIA_THREADS: '1' });
    expect(forks).toEqual([join('/opt/Dateline/resources/app.asar', 'dist', 'electron', 'media-worker.cjs')]);
    expect(handle.pid).toBe(4242);
    expect(options.choosePhotos).toBeUndefined();
  });

  it('opens the native picker modal to the window, several photos at once, and answers paths', async () => {
    const win = { id: 1 };
    const picker = fakePicker({ canceled: false, filePaths: ['/home/pv/Ảnh/a.jpg', '/home/pv/Ảnh/b.heic'] });
    const options = electronMediaOptions({ dialog: picker.dialog as never, window: () => win as never, appDir: '/app', t });
    expect(options.spawn).toBeUndefined();
    expect(await options.choosePhotos!()).toEqual(['/home/pv/Ảnh/a.jpg', '/home/pv/Ảnh/b.heic']);
    const [parent, pick] = picker.calls[0] as [
      unknown,
      { title: string; properties: string[]; filters: { name: string; extensions: string[] }[] },
    ];
    expect(parent).toBe(win);
    expect(pick.title).toBe('Chọn ảnh để thêm vào bài');
    expect(pick.properties).toEqual(['openFile', 'multiSelections']);
    expect(pick.filters[0]).toEqual({ name: 'Ảnh', extensions: PHOTO_EXTENSIONS });
  });

  it('answers no paths when the picker is cancelled', async () => {
    const picker = fakePicker({ canceled: true, filePaths: ['/ignored.jpg'] });
    const options = electronMediaOptions({ dialog: picker.dialog as never, window: () => null, appDir: '/app', t });
    expect(await options.choosePhotos!()).toEqual([]);
    expect(picker.calls[0]).toHaveLength(1);
  });
});

describe('startDateline', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    resetFakeElectron();
    ({ dir, cleanup } = await tempDir());
    await mkdir(join(dir, 'app', 'dist', 'renderer'), { recursive: true });
    await writeFile(join(dir, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Dateline</title>');
  });
  afterEach(() => cleanup());

  it('passes the utilityProcess starter and the picker to createCore as CoreOptions.media', async () => {
    const modules = fakeModules();
    const forks: string[] = [];
    const picker = fakePicker({ canceled: false, filePaths: ['/tmp/x.jpg'] });
    Object.assign(modules.dialog, picker.dialog);
    let core: RecordingCore | undefined;
    await startDateline({
      electron: { ...modules, utilityProcess: { fork: (script: string) => (forks.push(script), new FakeChild() as never) } },
      createCore: async (options) => (core = recordingCore(options)),
      argv: ['/usr/bin/electron', '.'],
      env: { DATELINE_CONFIG_DIR: join(dir, 'config'), DATELINE_LIBRARY: join(dir, 'library') },
      appDir: join(dir, 'app'),
      platform: 'linux',
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    const media = core?.options?.media;
    expect(media?.spawn).toBeTypeOf('function');
    media!.spawn!({});
    expect(forks).toEqual([join(dir, 'app', 'dist', 'electron', 'media-worker.cjs')]);
    expect(await media!.choosePhotos!()).toEqual(['/tmp/x.jpg']);
    // Every path media.add gets from the page is checked in main (path-gate.ts).
    expect(media?.admitPath).toBeTypeOf('function');
    expect((await media!.admitPath!('/etc/shadow'))?.params.reason).toBe('not-image');
  });
});

// A photo dropped in the desktop app goes to main as its path, not its bytes: the preload tells
// the page a File's path (webUtils.getPathForFile), the renderer sends a path when main will read
// it and bytes otherwise, and main reads only paths that a real drop or the picker could have
// given (main/core/media/path-gate.ts), so a hostile page cannot pull /etc/shadow or
// ~/.ssh/id_rsa into the library.

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaAddReport } from '../../main/common/contract/media.ts';
import { ipcChannel } from '../../main/common/contract/index.ts';
import { translatorFor } from '../../main/common/i18n/index.ts';
import { isDroppablePhotoPath, isPlainLocalPath } from '../../main/common/photo-paths.ts';
import type { Result } from '../../main/common/result.ts';
import { createDispatcher, type Handlers } from '../../main/core/dispatcher.ts';
import { createMediaHandlers } from '../../main/core/media/handlers.ts';
import type { MediaService, PhotoSource } from '../../main/core/media/service.ts';
import { registerIpcBridge } from '../../main/electron/ipc-bridge.ts';
import { electronMediaOptions } from '../../main/electron/photo-glue.ts';
import { createPhotoPathGate } from '../../main/core/media/path-gate.ts';
import { desktopPathForFile, photoInputs } from '../../renderer/media/photo-input.ts';
import { ipcMain, resetFakeElectron, type FakeFrame } from './fake-electron.ts';
import type * as Fake from './fake-electron.ts';
import { fakePicker } from './fake-picker.ts';
import { tempDir } from './helpers.ts';

const ARTICLE = 'a-abc123-x1y2';
const appFrame: FakeFrame = { url: `app://dateline/index.html#/article/${ARTICLE}`, parent: null };
const t = translatorFor('en');

describe('the preload', () => {
  let fake: typeof Fake;
  async function loadPreload(): Promise<{ files: Record<string, unknown>; api: Record<string, unknown> }> {
    vi.resetModules();
    fake = await import('./fake-electron.ts');
    await import('../../preload/index.ts');
    expect([...fake.contextBridge.exposed.keys()].sort()).toEqual(['dateline', 'datelineEvents', 'datelineFiles']);
    return {
      api: fake.contextBridge.exposed.get('dateline') as Record<string, unknown>,
      files: fake.contextBridge.exposed.get('datelineFiles') as Record<string, unknown>,
    };
  }

  it('exposes datelineFiles with pathForFile only, frozen, and keeps it out of window.dateline', async () => {
    const { files, api } = await loadPreload();
    expect(Object.keys(files)).toEqual(['pathForFile']);
    expect(typeof files.pathForFile).toBe('function');
    expect(Object.isFrozen(files)).toBe(true);
    expect('pathForFile' in api).toBe(false);
  });

  it('answers webUtils.getPathForFile for a File from the disk, and empty for a pasted one', async () => {
    const { files } = await loadPreload();
    const pathForFile = files.pathForFile as (file: unknown) => string;
    const dropped = new File([new Uint8Array([0xff, 0xd8])], 'a.jpg', { type: 'image/jpeg' });
    const pasted = new File([new Uint8Array([0x89])], 'image.png', { type: 'image/png' });
    fake.webUtils.setPath(dropped, '/home/pv/Ảnh/a.jpg');
    expect(pathForFile(dropped)).toBe('/home/pv/Ảnh/a.jpg');
    expect(pathForFile(pasted)).toBe('');
    expect(fake.webUtils.asked).toEqual([dropped, pasted]);
  });

  it('never throws and always answers a string, whatever the page passes', async () => {
    const { files } = await loadPreload();
    const pathForFile = files.pathForFile as (file: unknown) => string;
    for (const junk of [undefined, null, 42, 'a.jpg', {}]) expect(pathForFile(junk)).toBe('');
    fake.webUtils.getPathForFile = (() => 42) as never;
    expect(pathForFile(new File([], 'x.jpg'))).toBe('');
  });
});

describe('the renderer chooses a path or the bytes', () => {
  const file = (name: string): File => new File([new Uint8Array([1, 2, 3])], name);
  const paths = new Map<File, string>();
  const pathForFile = (f: File): string => paths.get(f) ?? '';
  beforeEach(() => paths.clear());

  it('sends paths when every File has one main will read', () => {
    const a = file('a.jpg');
    const b = file('B.JPEG');
    const c = file('c.heic');
    paths.set(a, '/home/pv/Ảnh/a.jpg').set(b, 'C:\\Users\\pv\\Pictures\\B.JPEG').set(c, '/Volumes/EOS/DCIM/c.heic');
    expect(photoInputs([a, b, c], pathForFile)).toEqual([
      { kind: 'path', path: '/home/pv/Ảnh/a.jpg' },
      { kind: 'path', path: 'C:\\Users\\pv\\Pictures\\B.JPEG' },
      { kind: 'path', path: '/Volumes/EOS/DCIM/c.heic' },
    ]);
  });

  it('sends bytes in a browser tab (no pathForFile)', () => {
    const a = file('a.jpg');
    paths.set(a, '/home/pv/a.jpg');
    expect(photoInputs([a], null)).toEqual([{ kind: 'file', file: a }]);
  });

  it('sends bytes for a File without a path (a pasted screenshot) and paths for the rest', () => {
    const dropped = file('a.jpg');
    const pasted = file('image.png');
    paths.set(dropped, '/home/pv/a.jpg');
    expect(photoInputs([dropped, pasted], pathForFile)).toEqual([
      { kind: 'path', path: '/home/pv/a.jpg' },
      { kind: 'file', file: pasted },
    ]);
  });

  it('sends bytes when main would refuse the path: no photo extension, a network share, odd segments', () => {
    const cases: [string, string][] = [
      ['notes.txt', '/home/pv/notes.txt'],
      ['IMG_0001', '/home/pv/IMG_0001'],
      ['share.jpg', '\\\\server\\photos\\share.jpg'],
      ['up.jpg', '/home/pv/../pv/up.jpg'],
      ['relative.jpg', 'relative.jpg'],
    ];
    const files = cases.map(([name, path]) => {
      const f = file(name);
      paths.set(f, path);
      return f;
    });
    expect(photoInputs(files, pathForFile)).toEqual(files.map((f) => ({ kind: 'file', file: f })));
  });

  it('sends bytes when pathForFile throws or answers something odd', () => {
    const a = file('a.jpg');
    expect(
      photoInputs([a], () => {
        throw new Error('gone');
      }),
    ).toEqual([{ kind: 'file', file: a }]);
    expect(photoInputs([a], (() => 42) as never)).toEqual([{ kind: 'file', file: a }]);
  });

  it('finds the preload only in the desktop app', () => {
    const g = globalThis as { window?: unknown };
    const saved = g.window;
    try {
      g.window = { datelineFiles: { pathForFile: () => '/home/pv/a.jpg' } };
      expect(desktopPathForFile('browser')).toBeNull();
      expect(desktopPathForFile('electron')?.(file('a.jpg'))).toBe('/home/pv/a.jpg');
      g.window = {};
      expect(desktopPathForFile('electron')).toBeNull();
    } finally {
      g.window = saved;
    }
  });
});

describe('the shared path rules', () => {
  it.each([
    ['/home/pv/a.jpg', 'posix', true],
    ['C:\\Users\\pv\\a.jpg', 'win32', true],
    ['C:/Users/pv/a.jpg', 'win32', true],
    ['C:\\Users\\pv\\a.jpg', 'posix', false],
    ['/home/pv/a.jpg', 'win32', false],
    ['\\\\server\\share\\a.jpg', 'win32', false],
    ['\\\\?\\C:\\a.jpg', 'win32', false],
    ['\\\\.\\PhysicalDrive0', 'win32', false],
    ['C:\\a.jpg:hidden', 'win32', false],
    ['/home/pv/./a.jpg', 'posix', false],
    ['/home/pv/a\u0000.jpg', 'posix', false],
    ['a.jpg', 'posix', false],
    ['/' + 'a'.repeat(5000) + '.jpg', 'posix', false],
  ] as const)('%s on %s: plain local path %s', (path, platform, expected) => {
    expect(isPlainLocalPath(path, platform)).toBe(expected);
  });

  it('names a photo by its extension, in any case', () => {
    expect(isDroppablePhotoPath('/a/B.TIF', 'posix')).toBe(true);
    expect(isDroppablePhotoPath('/a/.jpg', 'posix')).toBe(false);
    expect(isDroppablePhotoPath('/a/photo.jpg.exe', 'posix')).toBe(false);
    expect(isDroppablePhotoPath('/home/pv/.ssh/id_rsa', 'posix')).toBe(false);
  });
});

describe('the main side: which paths it reads', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('dateline-drop-'));
  });
  afterEach(() => cleanup());

  const posixGate = (extra: Parameters<typeof createPhotoPathGate>[0] = {}) => createPhotoPathGate({ platform: 'linux', ...extra });

  it('reads a regular photo file at a plain absolute path', async () => {
    const photo = join(dir, 'Ảnh 1.JPG');
    await writeFile(photo, 'jpeg bytes');
    expect(await posixGate().admit(photo)).toBeNull();
  });

  it('refuses a relative path, a non-string, dot segments and an overlong path before touching the disk', async () => {
    const fs = { stat: vi.fn(), realpath: vi.fn() };
    const gate = posixGate({ fs: fs as never });
    for (const path of [
      'photo.jpg',
      './photo.jpg',
      42,
      null,
      { path: '/a.jpg' },
      `${dir}/../x.jpg`,
      '/' + 'a'.repeat(5000) + '.jpg',
      '/a\u0000.jpg',
    ]) {
      expect((await gate.admit(path))?.code, String(path)).toBe('INVALID_INPUT');
    }
    expect(fs.stat).not.toHaveBeenCalled();
  });

  it('refuses files that are not named like photos without even asking whether they exist', async () => {
    const fs = { stat: vi.fn(), realpath: vi.fn() };
    const gate = posixGate({ fs: fs as never });
    for (const path of [
      '/etc/shadow',
      '/home/pv/.ssh/id_rsa',
      '/home/pv/.config/chromium/Default/Cookies',
      '/proc/self/environ',
      '/home/pv/notes.txt',
    ]) {
      expect(await gate.admit(path), path).toEqual({ code: 'BAD_IMAGE', params: { reason: 'not-image', name: path.split('/').pop() } });
    }
    expect(fs.stat).not.toHaveBeenCalled();
  });

  it('refuses a folder named like a photo, and a FIFO or device', async () => {
    const folder = join(dir, 'album.jpg');
    await mkdir(folder);
    expect((await posixGate().admit(folder))?.params.reason).toBe('not-a-file');
    const fifo = { isDirectory: () => false, isFile: () => false, size: 0 };
    const gate = posixGate({ fs: { stat: async () => fifo, realpath: async (p: string) => p } as never });
    expect((await gate.admit('/tmp/pipe.jpg'))?.params.reason).toBe('not-image');
  });

  it('refuses a symlink named like a photo that leads to something else', async () => {
    const secret = join(dir, 'id_rsa');
    await writeFile(secret, '-----BEGIN OPENSSH PRIVATE KEY-----');
    const link = join(dir, 'holiday.jpg');
    await symlink(secret, link);
    expect((await posixGate().admit(link))?.params.reason).toBe('not-image');
    const photo = join(dir, 'real.png');
    await writeFile(photo, 'png');
    await symlink(photo, join(dir, 'alias.jpg'));
    expect(await posixGate().admit(join(dir, 'alias.jpg'))).toBeNull();
  });

  it('says a missing, empty or oversized photo in the service’s own words', async () => {
    expect((await posixGate().admit(join(dir, 'gone.jpg')))?.params.reason).toBe('vanished');
    await writeFile(join(dir, 'empty.jpg'), '');
    expect((await posixGate().admit(join(dir, 'empty.jpg')))?.params.reason).toBe('empty');
    await writeFile(join(dir, 'big.jpg'), Buffer.alloc(3 * 1024 * 1024));
    expect(await posixGate({ maxBytes: 1024 * 1024 }).admit(join(dir, 'big.jpg'))).toEqual({
      code: 'BAD_IMAGE',
      params: { reason: 'too-large', name: 'big.jpg', sizeMb: 3, maxMb: 1 },
    });
  });

  it('on Windows refuses network shares, device paths and streams, and reads C:\\ paths', async () => {
    const regular = { isDirectory: () => false, isFile: () => true, size: 10 };
    const fs = { stat: vi.fn(async () => regular), realpath: vi.fn(async (p: string) => p) };
    const gate = createPhotoPathGate({ platform: 'win32', fs: fs as never });
    for (const path of ['\\\\attacker.example\\share\\a.jpg', '\\\\?\\C:\\a.jpg', 'C:\\a.jpg:secret', '/etc/a.jpg']) {
      expect((await gate.admit(path))?.code, path).toBe('INVALID_INPUT');
    }
    expect(fs.stat).not.toHaveBeenCalled();
    expect(await gate.admit('C:\\Users\\pv\\Pictures\\a.jpg')).toBeNull();
  });

  it('reads what the picker answered even without a photo extension, still only regular files', async () => {
    const noExt = join(dir, 'IMG_0001');
    await writeFile(noExt, 'jpeg bytes');
    const gate = posixGate();
    expect((await gate.admit(noExt))?.params.reason).toBe('not-image');
    gate.grant([noExt, dir]);
    expect(await gate.admit(noExt)).toBeNull();
    expect((await gate.admit(dir))?.params.reason).toBe('not-a-file');
  });
});

describe('media.add over IPC in the desktop app', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let sent: PhotoSource[][];

  beforeEach(async () => {
    resetFakeElectron();
    ({ dir, cleanup } = await tempDir('dateline-drop-ipc-'));
    sent = [];
  });
  afterEach(() => cleanup());

  /** The real dispatcher and media handlers with Electron's media options; the media service records what it is asked to read. */
  function desktop(picked: string[] = []) {
    const media: MediaService = {
      async addPhotos(_dir, files) {
        sent.push(files);
        return files.map((f, index) => {
          const path = typeof f === 'string' ? f : 'path' in f ? f.path : undefined;
          return {
            index,
            name: 'x',
            path,
            ok: false as const,
            error: { code: 'BAD_IMAGE' as const, params: { reason: 'not-image', name: 'x' } },
          };
        });
      },
      workers: () => [],
      close: async () => undefined,
    };
    const options = electronMediaOptions({
      dialog: fakePicker({ canceled: false, filePaths: picked }).dialog as never,
      window: () => null,
      appDir: '/app',
      t,
    });
    const handlers = createMediaHandlers({
      articleDir: () => dir,
      media,
      language: () => 'en',
      choosePhotos: options.choosePhotos,
      admitPath: options.admitPath,
    });
    const dispatch = createDispatcher(handlers as unknown as Handlers, { language: () => 'en' });
    registerIpcBridge(ipcMain as never, dispatch, { language: () => 'en' });
    return {
      add: async (paths: unknown) =>
        (await ipcMain.invoke(ipcChannel('media.add'), appFrame, { id: ARTICLE, paths })) as Result<MediaAddReport>,
      choose: async () => (await ipcMain.invoke(ipcChannel('media.choose'), appFrame, {})) as Result<{ paths: string[] }>,
    };
  }

  it('hands a dropped photo’s path to the media process', async () => {
    const photo = join(dir, 'a.jpg');
    await writeFile(photo, 'jpeg bytes');
    const result = await desktop().add([photo]);
    expect(result.ok).toBe(true);
    expect(sent).toEqual([[{ path: photo, lenient: false }]]);
  });

  it('refuses a relative path or a non-string for the whole call (contract), the media process never asked', async () => {
    const { add } = desktop();
    for (const paths of [['a.jpg'], [42], 'a.jpg']) {
      const result = await add(paths);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    }
    expect(sent).toEqual([]);
  });

  it('refuses a folder, /etc/shadow and ~/.ssh/id_rsa per photo, and still reads the photos beside them', async () => {
    const photo = join(dir, 'b.png');
    await writeFile(photo, 'png bytes');
    const folder = join(dir, 'album.jpg');
    await mkdir(folder);
    const result = await desktop().add([folder, '/etc/shadow', photo, '/root/.ssh/id_rsa']);
    expect(result.ok).toBe(true);
    const report = (result as { ok: true; value: MediaAddReport }).value;
    expect(report.items.map((i) => [i.path, i.ok, !i.ok && i.error.code])).toEqual([
      [folder, false, 'BAD_IMAGE'],
      ['/etc/shadow', false, 'BAD_IMAGE'],
      [photo, false, 'BAD_IMAGE'], // the fake service refuses everything; what matters is it was asked
      ['/root/.ssh/id_rsa', false, 'BAD_IMAGE'],
    ]);
    expect(report.items[0].ok === false && report.items[0].error.message).toBe('“album.jpg” is a folder, not a photo file.');
    expect(report.items[1].ok === false && report.items[1].error.message).toContain('“shadow”');
    expect(report.failed).toBe(4);
    expect(sent).toEqual([[{ path: photo, lenient: false }]]);
  });

  it('reads a file the picker answered even without a photo extension', async () => {
    const chosen = join(dir, 'IMG_0002');
    await writeFile(chosen, 'jpeg bytes');
    const { add, choose } = desktop([chosen]);
    const before = await add([chosen]);
    expect(before.ok && before.value.items[0].ok === false && before.value.items[0].error.code).toBe('BAD_IMAGE');
    expect(sent).toEqual([]);
    expect(await choose()).toEqual({ ok: true, value: { paths: [chosen] } });
    await add([chosen]);
    expect(sent).toEqual([[{ path: chosen, lenient: false }]]);
  });
});

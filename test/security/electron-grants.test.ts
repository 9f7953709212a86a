// The desktop app's dialogs are what grant paths (issue 14, item 2): the whole app started against
// the fake electron with the real services, called over IPC as the page calls it. A folder or file
// becomes usable once the system's picker answered it, not before; the key is saved by the save
// dialog, and a failed save says so in one sentence without the system's words or paths.

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../main/common/article/model.ts';
import type { Result } from '../../main/common/result.ts';
import { createCore } from '../../main/core/app.ts';
import { startDateline, type RunningApp } from '../../main/electron/app-lifecycle.ts';
import { ipcMain, resetFakeElectron } from '../electron/fake-electron.ts';
import { fakeModules, tempDir } from '../electron/helpers.ts';

/** The system's pickers: each call takes the next answer given by the test. */
function fakeDialogs() {
  const open: string[][] = [];
  const save: (string | null)[] = [];
  const asked: string[] = [];
  return {
    open,
    save,
    asked,
    showErrorBox: () => undefined,
    showOpenDialog: async (...args: unknown[]) => {
      asked.push(String((args.at(-1) as { title?: string }).title));
      const paths = open.shift() ?? [];
      return { canceled: paths.length === 0, filePaths: paths };
    },
    showSaveDialog: async (...args: unknown[]) => {
      asked.push(String((args.at(-1) as { title?: string }).title));
      const path = save.shift() ?? null;
      return path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' };
    },
  };
}

const page = { url: 'app://dateline/index.html', parent: null };
let dir: string;
let cleanup: () => Promise<void>;
let running: RunningApp;
let dialogs: ReturnType<typeof fakeDialogs>;

async function ipc<T = unknown>(method: string, input: unknown): Promise<Result<T>> {
  return (await ipcMain.invoke(`dateline:${method}`, page, input)) as Result<T>;
}
async function value<T>(method: string, input: unknown): Promise<T> {
  const r = await ipc<T>(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

beforeEach(async () => {
  resetFakeElectron();
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, 'app', 'dist', 'renderer'), { recursive: true });
  await writeFile(join(dir, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Dateline</title>');
  dialogs = fakeDialogs();
  const started = await startDateline({
    electron: { ...fakeModules(), dialog: dialogs as never },
    createCore,
    argv: ['/usr/bin/electron', '.'],
    env: { DATELINE_CONFIG_DIR: join(dir, 'config'), DATELINE_LIBRARY: join(dir, 'library') },
    appDir: join(dir, 'app'),
    platform: 'linux',
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  if (!started) throw new Error('the app did not start');
  running = started;
});
afterEach(async () => {
  await running.core.close();
  await cleanup();
});

/** An article that passes preflight: headline, sapo, body and byline. */
async function story(): Promise<Article> {
  const created = await value<Article>('library.create', { headline: 'Sức mạnh đoàn kết' });
  await value('library.save', {
    id: created.id,
    content: [
      created.content[0],
      { type: 'sapo', id: 'b-sapo', children: [{ text: 'BHG - Bản Khuổi Bốc có 45 hộ.' }] },
      { type: 'paragraph', id: 'b-p0', children: [{ text: 'Năm nay bản làm thêm 2 km đường.' }] },
    ],
    meta: { byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }] } },
  });
  return created;
}

describe('the desktop app’s dialogs grant what they answer', () => {
  it('export: a folder is written to only once the folder picker answered it', async () => {
    const article = await story();
    const folder = join(dir, 'Xuất bản');
    await mkdir(folder);
    const target = join(folder, 'suc-manh.zip');
    expect(await ipc('export.package', { id: article.id, target, acceptWarnings: true })).toMatchObject({
      ok: false,
      error: { code: 'PATH_NOT_GRANTED' },
    });
    dialogs.open.push([folder]);
    expect(await value('export.chooseFolder', {})).toEqual({ path: folder });
    expect(await value('export.package', { id: article.id, target, acceptWarnings: true })).toMatchObject({ path: target });
    expect(await readdir(folder)).toEqual(['suc-manh.zip']);
  });

  it('desk: the folder picker chooses it; a folder typed by the page is refused and never made', async () => {
    const typed = join(dir, 'typed-desk');
    expect(await ipc('review.setDesk', { path: typed })).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
    await expect(readdir(typed)).rejects.toThrow();
    const desk = join(dir, 'ban-bien-tap');
    await mkdir(desk);
    dialogs.open.push([desk]);
    expect(await value('review.chooseDesk', {})).toMatchObject({ path: desk, reachable: true });
    expect(dialogs.asked.at(-1)).toBe('Chọn thư mục bàn biên tập');
    // Cancelled: nothing changes.
    expect(await value('review.chooseDesk', {})).toBeNull();
    expect(await value('review.desk', {})).toMatchObject({ path: desk });
  });

  it('photos: a file the photo picker answered is added even without a photo’s name', async () => {
    const article = await story();
    const photo = join(dir, 'IMG-0001');
    await writeFile(
      photo,
      await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 90, b: 40 } } })
        .jpeg()
        .toBuffer(),
    );
    const before = await value<{ items: { ok: boolean }[] }>('media.add', { id: article.id, paths: [photo] });
    expect(before.items[0].ok).toBe(false);
    dialogs.open.push([photo]);
    expect(await value('media.choose', {})).toEqual({ paths: [photo] });
    const after = await value<{ items: { ok: boolean }[] }>('media.add', { id: article.id, paths: [photo] });
    expect(after.items[0].ok).toBe(true);
  });

  it('keys.export: the save dialog writes the file; a failed save is one sentence without errno or paths', async () => {
    await value('review.setProfile', { name: 'Trần Trung Hậu', roles: ['reporter'] });
    const target = join(dir, 'khoa.dateline-key.json');
    dialogs.save.push(target);
    expect(await value('keys.export', { saveAs: true })).toMatchObject({ path: target });
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ format: 'dateline.public-key', name: 'Trần Trung Hậu' });

    // Somewhere the file cannot be written (a "folder" that is a file: ENOTDIR, whoever runs the test).
    const notAFolder = join(dir, 'khoa');
    await writeFile(notAFolder, 'x');
    dialogs.save.push(join(notAFolder, 'khoa.json'));
    const failed = await ipc('keys.export', { saveAs: true });
    expect(failed).toMatchObject({ ok: false, error: { code: 'REVIEW' } });
    const message = failed.ok ? '' : failed.error.message;
    expect(message).toBe('Không lưu được tệp khoá “khoa.json” ở chỗ đã chọn; hãy chọn thư mục khác (có quyền ghi và còn chỗ trống).');
  });
});

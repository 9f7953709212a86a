// The smaller gaps of issue 14 (item 9): every renderer sandboxed before `ready`; photos served by
// app:// under the same `sandbox` policy as the browser host's; bidi controls gone from uploaded
// names; the photo messages saying what to do (the 40,000 px side, a truncated JPEG on the command
// line); `export --strict` not asking the command line to "confirm"; the overlapping-entries zip
// bomb not called "ratio 0:1".

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../main/common/article/model.ts';
import type { MediaAddReport } from '../../main/common/contract/media.ts';
import { translatorFor } from '../../main/common/i18n/index.ts';
import { appResponse } from '../../main/electron/app-protocol.ts';
import { startDateline } from '../../main/electron/app-lifecycle.ts';
import { uploadFileName } from '../../main/host/upload.ts';
import { app, resetFakeElectron } from '../electron/fake-electron.ts';
import { fakeModules, recordingCore } from '../electron/helpers.ts';
import { isolatedEnv, runCli } from '../unit/cli/run-cli.ts';
import { call, sandboxCore, type Sandbox } from './helpers.ts';

const RLO = '\u202e';
let box: Sandbox;

beforeAll(async () => {
  box = await sandboxCore();
});
afterAll(() => box.close());

describe('the desktop app', () => {
  it('sandboxes every renderer (app.enableSandbox) before Electron is ready', async () => {
    resetFakeElectron();
    const ready = app.whenReady.bind(app);
    let sandboxedAtReady = false;
    app.whenReady = () => {
      sandboxedAtReady = app.sandboxEnabled;
      return ready();
    };
    await startDateline({
      electron: fakeModules(),
      createCore: async (options) => recordingCore(options),
      argv: ['/usr/bin/electron', '.'],
      env: { DATELINE_CONFIG_DIR: join(box.dir, 'config'), DATELINE_LIBRARY: join(box.dir, 'electron-library') },
      appDir: join(box.dir, 'app'),
      platform: 'linux',
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    expect(sandboxedAtReady).toBe(true);
    resetFakeElectron();
  });

  it('serves photos with the `sandbox` policy the browser host sends, and the page with its own', async () => {
    const article = await call<Article>(box.core, 'library.create', {});
    const path = join(box.dir, 'anh.jpg');
    await writeFile(
      path,
      await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 1, g: 2, b: 3 } } })
        .jpeg()
        .toBuffer(),
    );
    const added = await call<MediaAddReport>(box.core, 'media.add', { id: article.id, paths: [path] });
    const asset = added.items[0].ok ? added.items[0].asset : null;
    const rendererDir = join(box.dir, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
    const roots = { rendererDir, articleDir: (id: string) => box.core.articleDir(id) };
    const photo = await appResponse(
      { url: `app://dateline/${asset?.original}`.replace('app://dateline/media/', `app://dateline/media/${article.id}/`), method: 'GET' },
      roots,
    );
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    const page = await appResponse({ url: 'app://dateline/index.html', method: 'GET' }, roots);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('names and messages', () => {
  it('strips bidi controls from uploaded and added photos’ names', async () => {
    expect(uploadFileName(`anh${RLO}gpj.exe`)).toBe('anhgpj.exe');
    expect(uploadFileName('\u2067Sông Gianh\u2069.jpg')).toBe('Sông Gianh.jpg');
    const article = await call<Article>(box.core, 'library.create', {});
    const bytes = await sharp({ create: { width: 32, height: 32, channels: 3, background: { r: 9, g: 9, b: 9 } } })
      .png()
      .toBuffer();
    const added = await call<MediaAddReport>(box.core, 'media.addBytes', {
      id: article.id,
      name: `anh${RLO}gnp.exe`,
      bytes: new Uint8Array(bytes),
    });
    expect(added.items[0]).toMatchObject({ ok: true, name: 'anhgnp.exe' });
    expect(added.items[0].ok && added.items[0].asset.originalName).toBe('anhgnp.exe');
  });

  it('says how to get a photo over 40,000 px a side in, and calls the overlap bomb by its name', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = translatorFor(lang);
      const wide = t('errors:BAD_IMAGE', { reason: 'too-wide', name: 'toan-canh.jpg', side: 52000, maxSide: 40000 });
      expect(wide).toMatch(lang === 'vi' ? /thu nhỏ ảnh .* rồi thêm lại/ : /shrink it in a photo editor .* and add it again/);
      const overlap = t('errors:REVIEW', { reason: 'overlap', entry: 'media/a.jpg' });
      expect(overlap).toContain('media/a.jpg');
      expect(overlap).not.toMatch(/\d:1/);
    }
  });
});

describe('the command line', () => {
  it('names --accept-damage for a truncated JPEG, and says what --strict wants instead of asking to confirm', async () => {
    const env = isolatedEnv(box.dir, { DATELINE_LIBRARY: box.core.libraryDir });
    const article = await call<Article>(box.core, 'library.create', { headline: 'Đua thuyền trên sông Gianh' });
    await call(box.core, 'library.save', {
      id: article.id,
      content: [
        article.content[0],
        { type: 'sapo', id: 'b-sapo', children: [{ text: 'BHG - Hàng nghìn người xem đua thuyền.' }] },
        { type: 'paragraph', id: 'b-p', children: [{ text: 'Mười đội tham gia.' }] },
      ],
      meta: { byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }] } },
    });
    await box.core.close();
    const whole = await sharp({
      create: {
        width: 800,
        height: 600,
        channels: 3,
        background: { r: 90, g: 120, b: 150 },
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg()
      .toBuffer();
    const cut = join(box.dir, 'chep-do.jpg');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));

    const photo = await runCli(['photo', 'add', article.id, cut], env);
    expect(photo.code).toBe(1);
    expect(photo.stderr).toContain('bị thiếu phần cuối');
    expect(photo.stderr).toContain('Chạy lại lệnh với --accept-damage');

    // No publishing time: a warning, which --strict does not let through.
    const strict = await runCli(['export', article.id, '--out', join(box.dir, 'goi'), '--strict'], env);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict không cho xuất khi còn cảnh báo');
    expect(strict.stderr).not.toContain('xác nhận');
  });
});

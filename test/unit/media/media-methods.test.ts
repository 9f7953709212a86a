// The media methods the photo tools added: media.addBytes (pasted or dropped photos in the
// desktop app), media.choose (the transport's native picker), and CoreOptions.media reaching the
// media area (progress with the process that took each photo).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaAddReport } from '../../../main/common/contract/media.ts';
import { createCore } from '../../../main/core/app.ts';
import type { MediaProgress } from '../../../main/core/media/service.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import type { Core } from '../../../main/core/types.ts';

let root: string;
let core: Core;
let bare: Core;
let id: string;
const progress: MediaProgress[] = [];
const picked: string[][] = [['/home/pv/Ảnh/cau-rong.jpg', 'relative.jpg', 'C:\\Ảnh\\b.jpg']];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-media-methods-'));
  core = await createCore({
    libraryDir: join(root, 'lib'),
    settings: createMemorySettings(),
    transport: 'direct',
    media: { poolSize: 1, onProgress: (_id, e) => progress.push(e), choosePhotos: async () => picked.shift() ?? [] },
  });
  bare = await createCore({ libraryDir: join(root, 'lib2'), settings: createMemorySettings({ language: 'en' }), transport: 'direct' });
  const created = await core.dispatch('library.create', { headline: 'Ảnh' });
  if (!created.ok) throw new Error(created.error.message);
  id = (created.value as { id: string }).id;
});
afterAll(async () => {
  await core.close();
  await bare.close();
  await rm(root, { recursive: true, force: true });
});

describe('media.addBytes', () => {
  it('adds a pasted photo from its bytes, reporting progress with the media process that took it', async () => {
    const bytes = new Uint8Array(
      await sharp({ create: { width: 320, height: 200, channels: 3, background: '#246' } })
        .png()
        .toBuffer(),
    );
    const r = await core.dispatch('media.addBytes', { id, name: 'ảnh dán.png', bytes });
    if (!r.ok) throw new Error(r.error.message);
    const report = r.value as MediaAddReport;
    expect(report).toMatchObject({ added: 1, failed: 0, items: [{ ok: true, name: 'ảnh dán.png', path: '' }] });
    expect(report.items[0].ok && report.items[0].asset.format).toBe('png');
    const started = progress.find((e) => e.type === 'started');
    expect(started && started.type === 'started' && started.workerPid).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ type: 'done', name: 'ảnh dán.png' });
  });

  it('refuses what is not bytes, and says why a text file is not a photo', async () => {
    const notBytes = await core.dispatch('media.addBytes', { id, name: 'a.jpg', bytes: [1, 2, 3] as never });
    expect(notBytes.ok).toBe(false);
    expect(!notBytes.ok && notBytes.error.code).toBe('INVALID_INPUT');
    const text = await core.dispatch('media.addBytes', { id, name: 'ghi-chu.jpg', bytes: new TextEncoder().encode('Phỏng vấn\n') });
    if (!text.ok) throw new Error(text.error.message);
    const item = (text.value as MediaAddReport).items[0];
    expect(!item.ok && item.error.message).toBe('Tệp “ghi-chu.jpg” là một tệp văn bản chứ không phải ảnh, dù tên của nó có đuôi ảnh.');
  });
});

describe('media.choose', () => {
  it('answers the picker’s absolute paths only, and nothing when cancelled', async () => {
    const r = await core.dispatch('media.choose', {});
    expect(r).toEqual({ ok: true, value: { paths: ['/home/pv/Ảnh/cau-rong.jpg', 'C:\\Ảnh\\b.jpg'] } });
    expect(await core.dispatch('media.choose', {})).toEqual({ ok: true, value: { paths: [] } });
  });

  it('is UNSUPPORTED where the transport has no picker', async () => {
    const r = await bare.dispatch('media.choose', {});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('UNSUPPORTED');
  });
});

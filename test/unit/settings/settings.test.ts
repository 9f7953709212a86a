import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../main/common/settings.ts';
import { DatelineError } from '../../../main/common/result.ts';
import { createConfSettings } from '../../../main/core/settings/conf-store.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import { tempDir } from '../library/helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-settings-')));
afterEach(() => cleanup());

const configFile = () => join(dir, 'config.json');

describe.each([
  ['memory', () => createMemorySettings()],
  ['conf', () => createConfSettings({ dir })],
])('%s settings', (_name, make) => {
  it('starts from the defaults', () => {
    expect(make().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('applies a patch, NFCs strings, and refuses an invalid one without changing anything', () => {
    const s = make();
    const out = s.set({ reporterName: 'Trung Ha\u0323\u0302u', reporterPlace: 'Quang Bi\u0300nh', language: 'en' });
    expect(out.reporterName).toBe('Trung Hậu');
    expect(s.get()).toMatchObject({ reporterName: 'Trung Hậu', reporterPlace: 'Quang Bình', language: 'en', paperPrefix: 'BHG' });
    expect(() => s.set({ paperPrefix: '<script>' })).toThrow(DatelineError);
    expect(s.get().paperPrefix).toBe('BHG');
  });
});

describe('conf settings on disk', () => {
  it('persists across stores, in NFC', async () => {
    createConfSettings({ dir }).set({ reporterName: 'Hoa\u0300ng Thi\u0323 Sinh' });
    expect(createConfSettings({ dir }).get().reporterName).toBe('Hoàng Thị Sinh');
    const raw = await readFile(configFile(), 'utf8');
    expect(raw).toBe(raw.normalize('NFC'));
  });

  it('uses DATELINE_CONFIG_DIR when no folder is given', async () => {
    const before = process.env.DATELINE_CONFIG_DIR;
    process.env.DATELINE_CONFIG_DIR = dir;
    try {
      createConfSettings().set({ paperPrefix: 'TTV' });
    } finally {
      if (before === undefined) delete process.env.DATELINE_CONFIG_DIR;
      else process.env.DATELINE_CONFIG_DIR = before;
    }
    expect(JSON.parse(await readFile(configFile(), 'utf8'))).toMatchObject({ paperPrefix: 'TTV' });
  });

  it('backs up a damaged file and uses the defaults', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(configFile(), '{"reporterName": "Trung Hậu", "paperPre');
    const s = createConfSettings({ dir });
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
    const backups = (await readdir(dir)).filter((n) => n.startsWith('config.json.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(dir, backups[0]), 'utf8')).toBe('{"reporterName": "Trung Hậu", "paperPre');
    s.set({ reporterName: 'Mới' });
    expect(createConfSettings({ dir }).get().reporterName).toBe('Mới');
  });

  it('a file damaged while running is backed up too', async () => {
    const s = createConfSettings({ dir });
    s.set({ reporterName: 'A' });
    await writeFile(configFile(), 'garbage');
    expect(s.get()).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(dir)).some((n) => n.startsWith('config.json.corrupt-'))).toBe(true);
  });

  it('keeps valid fields of a file with wrong values, after backing it up', async () => {
    await writeFile(configFile(), JSON.stringify({ reporterName: 'Trung Hậu', language: 'fr', paperPrefix: 42, windowBounds: { w: 1 } }));
    const s = createConfSettings({ dir });
    expect(s.get()).toEqual({ ...DEFAULT_SETTINGS, reporterName: 'Trung Hậu' });
    const backups = (await readdir(dir)).filter((n) => n.startsWith('config.json.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, backups[0]), 'utf8'))).toMatchObject({ language: 'fr' });
    // Keys that are not ours (the Electron glue may share the file) survive the repair.
    expect(JSON.parse(await readFile(configFile(), 'utf8'))).toMatchObject({ language: 'vi', windowBounds: { w: 1 } });
  });

  it('reads a paper profile saved before it had a name as Báo Hà Giang’s, keeping its choices', async () => {
    const older = { dates: { full: 'dot', short: 'slash' }, tonePlacement: 'new', quotes: 'straight' };
    await writeFile(configFile(), JSON.stringify({ paperProfile: older }));
    expect(createConfSettings({ dir }).get().paperProfile).toEqual({ name: 'Báo Hà Giang', ...older });
  });
});

describe('the paper profile as a setting', () => {
  it('saves a new name and choices, NFC and trimmed, and refuses a bad name without changing anything', () => {
    const s = createMemorySettings();
    const profile = {
      name: '  Ba\u0301o Tuye\u0302n Quang ',
      dates: { full: 'dot', short: 'dot' },
      tonePlacement: 'new',
      quotes: 'curly',
    } as const;
    expect(s.set({ paperProfile: profile }).paperProfile).toEqual({ ...profile, name: 'Báo Tuyên Quang' });
    for (const name of ['', '   ', 'Báo <b>', 'x'.repeat(121)]) {
      expect(() => s.set({ paperProfile: { ...profile, name } }), name).toThrow(DatelineError);
    }
    expect(s.get().paperProfile.name).toBe('Báo Tuyên Quang');
  });
});

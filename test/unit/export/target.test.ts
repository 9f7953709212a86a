// Where the dialog and the CLI put a package, the progress bar's number, and the export
// settings as the Settings screen saves them and the service reads them.

import { describe, expect, it } from 'vitest';
import { resolveExportSettings } from '../../../main/common/export/settings.ts';
import {
  cleanPackageName,
  isAbsolutePath,
  packageName,
  packagePath,
  parentFolder,
  progressFraction,
} from '../../../main/common/export/target.ts';
import { DEFAULT_SETTINGS, SettingsPatchSchema } from '../../../main/common/settings.ts';
import { readSettings } from '../../../main/core/settings/normalize.ts';
import { exportPatch, parseWidths } from '../../../renderer/export/ExportSettings.tsx';

describe('package path', () => {
  it('joins with the folder’s own separator and adds .zip once', () => {
    expect(packagePath('/home/an/Xuất bản', 'bon-tot', 'zip')).toBe('/home/an/Xuất bản/bon-tot.zip');
    expect(packagePath('/home/an/', 'bon-tot.zip', 'zip')).toBe('/home/an/bon-tot.zip');
    expect(packagePath('/home/an', 'bon-tot', 'folder')).toBe('/home/an/bon-tot');
    expect(packagePath('C:\\Users\\An\\', 'bon-tot', 'zip')).toBe('C:\\Users\\An\\bon-tot.zip');
    expect(packagePath('/', 'bon-tot', 'folder')).toBe('/bon-tot');
  });

  it('proposes the folder above the library', () => {
    expect(parentFolder('/home/an/Documents/Dateline')).toBe('/home/an/Documents');
    expect(parentFolder('/home/an/Documents/Dateline/')).toBe('/home/an/Documents');
    expect(parentFolder('/Dateline')).toBe('/');
    expect(parentFolder('C:\\Users\\An\\Dateline')).toBe('C:\\Users\\An');
    expect(parentFolder('C:\\Dateline')).toBe('C:\\');
  });

  it('names the package from slug, headline or id; cleans what no file system takes', () => {
    const meta = { slug: '' } as never;
    expect(packageName({ id: 'a-1', meta: { ...(meta as object), slug: 'bon-tot' } as never }, [])).toBe('bon-tot');
    expect(packageName({ id: 'a-1', meta }, [{ type: 'headline', id: 'b', children: [{ text: 'Sức mạnh đoàn kết' }] }])).toBe(
      'suc-manh-doan-ket',
    );
    expect(packageName({ id: 'a-1', meta }, [])).toBe('a-1');
    expect(cleanPackageName('  Bài: “bốn tốt”/2025?.  ')).toBe('Bài- “bốn tốt”-2025-');
    expect(cleanPackageName('..')).toBe('');
    expect(isAbsolutePath('/x')).toBe(true);
    expect(isAbsolutePath('D:\\x')).toBe(true);
    expect(isAbsolutePath('x/y')).toBe(false);
  });
});

describe('progress bar', () => {
  it('runs from 0 to 1 through the stages, photos taking most of it', () => {
    const values = [
      progressFraction({ stage: 'preflight', done: 0, total: 1 }),
      progressFraction({ stage: 'photos', done: 0, total: 2 }),
      progressFraction({ stage: 'photos', done: 1, total: 2 }),
      progressFraction({ stage: 'documents', done: 0, total: 1 }),
      progressFraction({ stage: 'writing', done: 5, total: 10 }),
      progressFraction({ stage: 'done', done: 1, total: 1 }),
    ];
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
    expect(progressFraction({ stage: 'photos', done: 0, total: 0 })).toBeCloseTo(0.05);
  });
});

describe('export settings in Settings', () => {
  it('are in the defaults, and the service resolves them unchanged', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      renditionWidths: [400, 800, 1600],
      renditionJpegQuality: 82,
      renditionWebp: true,
      renditionAvif: false,
      headlineMaxChars: 120,
      exportFolder: '',
    });
    expect(resolveExportSettings(DEFAULT_SETTINGS)).toMatchObject({
      renditionWidths: [400, 800, 1600],
      headlineMaxChars: 120,
      paperPrefix: 'BHG',
    });
  });

  it('a stored bad value falls back to its default, the rest is kept', () => {
    const { settings, invalid } = readSettings({ renditionWidths: [5], headlineMaxChars: 90, renditionWebp: false });
    expect(invalid).toContain('renditionWidths');
    expect(settings.renditionWidths).toEqual([400, 800, 1600]);
    expect(settings.headlineMaxChars).toBe(90);
    expect(settings.renditionWebp).toBe(false);
  });

  it('the settings form makes a valid patch, or names what is wrong', () => {
    const draft = { widths: '1600, 400 800', jpeg: '75', webp: true, avif: true, headlineMax: '100', folder: ' /home/an/Xuất bản ' };
    const made = exportPatch(draft);
    expect(made).toEqual({
      patch: {
        renditionWidths: [400, 800, 1600],
        renditionJpegQuality: 75,
        renditionWebp: true,
        renditionAvif: true,
        headlineMaxChars: 100,
        exportFolder: '/home/an/Xuất bản',
      },
    });
    if ('patch' in made) expect(SettingsPatchSchema.safeParse(made.patch).success).toBe(true);
    expect(exportPatch({ ...draft, widths: '400, abc' })).toEqual({ error: 'settings.widthsInvalid' });
    expect(exportPatch({ ...draft, widths: '8' })).toEqual({ error: 'settings.widthsInvalid' });
    expect(exportPatch({ ...draft, jpeg: '101' })).toEqual({ error: 'settings.qualityInvalid' });
    expect(exportPatch({ ...draft, jpeg: '8.5' })).toEqual({ error: 'settings.qualityInvalid' });
    expect(exportPatch({ ...draft, headlineMax: '5' })).toEqual({ error: 'settings.headlineMaxInvalid' });
    expect(parseWidths('')).toBeNull();
  });
});

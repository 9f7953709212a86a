// The export's Electron glue: the native folder picker, modal to the window, one folder.

import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../main/common/i18n/index.ts';
import { electronExportOptions } from '../../main/electron/export-glue.ts';
import { fakePicker } from './fake-picker.ts';

const t = translatorFor('vi');

describe('electronExportOptions', () => {
  it('has no picker without a dialog (export.chooseFolder then answers UNSUPPORTED)', () => {
    expect(electronExportOptions({ window: () => null, t }).chooseFolder).toBeUndefined();
  });

  it('opens a folder picker modal to the window, starting where the user was', async () => {
    const win = { id: 1 };
    const picker = fakePicker({ canceled: false, filePaths: ['/home/pv/Xuất bản'] });
    const options = electronExportOptions({ dialog: picker.dialog as never, window: () => win as never, t });
    expect(await options.chooseFolder!('/home/pv')).toBe('/home/pv/Xuất bản');
    const [parent, ask] = picker.calls[0] as [unknown, { title: string; properties: string[]; defaultPath?: string }];
    expect(parent).toBe(win);
    expect(ask).toEqual({
      title: 'Chọn thư mục để lưu gói xuất',
      properties: ['openDirectory', 'createDirectory'],
      defaultPath: '/home/pv',
    });
  });

  it('answers null when the picker is cancelled', async () => {
    const picker = fakePicker({ canceled: true, filePaths: ['/ignored'] });
    const options = electronExportOptions({ dialog: picker.dialog as never, window: () => null, t });
    expect(await options.chooseFolder!()).toBeNull();
    expect(picker.calls[0]).toHaveLength(1);
  });
});

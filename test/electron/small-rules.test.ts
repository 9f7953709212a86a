// The small pure rules: where the window opens, which library is opened, the menu.

import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../main/common/i18n/index.ts';
import { chooseLibraryDir, libraryFromArgv } from '../../main/electron/library-location.ts';
import { menuTemplate } from '../../main/electron/menu.ts';
import { MIN_HEIGHT, MIN_WIDTH, placeWindow } from '../../main/electron/window-state.ts';

const laptop = { x: 0, y: 0, width: 1366, height: 740 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1050 };

describe('placeWindow', () => {
  it('uses saved bounds that are on a screen', () => {
    expect(placeWindow({ x: 1500, y: 40, width: 1200, height: 800, maximized: false }, [laptop, monitor])).toEqual({
      x: 1500,
      y: 40,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('falls back to a default size on the first screen when the saved place is off every screen', () => {
    expect(placeWindow({ x: 1500, y: 40, width: 1200, height: 800, maximized: true }, [laptop])).toEqual({
      width: 1280,
      height: 740,
      maximized: true,
    });
  });

  it('needs a grabbable part on screen, not a sliver', () => {
    expect(placeWindow({ x: 1330, y: 40, width: 900, height: 600, maximized: false }, [laptop]).x).toBeUndefined();
  });

  it('never goes below the minimum size, and ignores garbage', () => {
    expect(placeWindow({ x: 10, y: 10, width: 50, height: 20, maximized: false }, [laptop])).toMatchObject({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
    });
    for (const saved of [undefined, null, 'x', { x: 'a' }, { x: 1, y: 1, width: Infinity, height: 5, maximized: false }])
      expect(placeWindow(saved, [laptop])).toEqual({ width: 1280, height: 740, maximized: false });
  });
});

describe('the library folder', () => {
  it('reads --library DIR and --library=DIR, ignoring Chromium switches and positionals', () => {
    expect(libraryFromArgv(['electron', '.', '--no-sandbox', '--library', '/a'])).toBe('/a');
    expect(libraryFromArgv(['Dateline', '--library=/b', '--enable-logging'])).toBe('/b');
    expect(libraryFromArgv(['Dateline', '.'])).toBeUndefined();
  });

  it('prefers the flag, then DATELINE_LIBRARY, then the settings, then the default; always absolute and NFC', () => {
    const base = { argv: ['x'], env: {}, settingsDir: '', defaultDir: () => '/home/pv/Tài liệu/Dateline' };
    expect(chooseLibraryDir({ ...base, argv: ['x', '--library', '/flag'], env: { DATELINE_LIBRARY: '/env' }, settingsDir: '/set' })).toBe(
      '/flag',
    );
    expect(chooseLibraryDir({ ...base, env: { DATELINE_LIBRARY: '/env' }, settingsDir: '/set' })).toBe('/env');
    expect(chooseLibraryDir({ ...base, settingsDir: '/set' })).toBe('/set');
    expect(chooseLibraryDir(base)).toBe('/home/pv/Tài liệu/Dateline'.normalize('NFC'));
    expect(chooseLibraryDir({ ...base, settingsDir: '/Ba\u0300i' })).toBe('/Bài'.normalize('NFC'));
    expect(chooseLibraryDir({ ...base, settingsDir: 'relative' })).toMatch(/^\/.*relative$/);
  });
});

describe('the menu', () => {
  const labels = (t: ReturnType<typeof menuTemplate>): string[] =>
    t.flatMap((item) => [item.label ?? item.role ?? '', ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);

  it('is labelled in Vietnamese or English', () => {
    expect(labels(menuTemplate(translatorFor('vi'), { platform: 'linux', developer: false }))).toEqual(
      expect.arrayContaining(['Tệp', 'Thoát Dateline', 'Sửa', 'Dán', 'Xem', 'Cửa sổ']),
    );
    expect(labels(menuTemplate(translatorFor('en'), { platform: 'win32', developer: false }))).toEqual(
      expect.arrayContaining(['File', 'Quit Dateline', 'Edit', 'Paste']),
    );
  });

  it('has no untranslated key, and developer items only in development', () => {
    const vi = labels(menuTemplate(translatorFor('vi'), { platform: 'linux', developer: true }));
    expect(vi.filter((l) => l.includes('desktop.menu'))).toEqual([]);
    expect(vi).toContain('Công cụ nhà phát triển');
    expect(labels(menuTemplate(translatorFor('vi'), { platform: 'linux', developer: false }))).not.toContain('Công cụ nhà phát triển');
  });

  it('puts Quit under the application menu on macOS', () => {
    const mac = menuTemplate(translatorFor('en'), { platform: 'darwin', developer: false });
    expect(mac[0].role).toBe('appMenu');
    expect(labels(mac)).not.toContain('File');
  });
});

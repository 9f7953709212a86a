// Checklist items 1, 5, 11-15: the window cannot be navigated away, cannot open windows or
// webviews, gets no permission, loads nothing from the network, and only checked http(s) links
// reach the system browser. The rules are applied through `web-contents-created`, so the test
// creates windows the way Electron does and looks at what each webContents got.

import { beforeEach, describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../main/electron/external-links.ts';
import { blockRemoteRequests, denyAllPermissions } from '../../main/electron/permission-rules.ts';
import { applyRulesToEveryWebContents } from '../../main/electron/web-contents-rules.ts';
import { app, BrowserWindow, resetFakeElectron, session, shell } from './fake-electron.ts';

function windowWithRules(): InstanceType<typeof BrowserWindow> {
  applyRulesToEveryWebContents(app as never, shell as never);
  return new BrowserWindow({});
}

describe('navigation and new windows', () => {
  beforeEach(() => resetFakeElectron());

  it('a webContents made without the rules can navigate (the fake plays Electron fairly)', () => {
    const win = new BrowserWindow({});
    expect(win.webContents.tryNavigate('https://evil.example/')).toEqual({ navigate: false, frameNavigate: false, redirect: false });
    expect(win.webContents.tryOpenWindow('https://evil.example/')).toEqual({ action: 'allow' });
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://dateline/index.html', 'app://evil/', 'javascript:alert(1)'])(
    'prevents navigation, frame navigation and redirects to %s',
    (url) => {
      const win = windowWithRules();
      expect(win.webContents.tryNavigate(url)).toEqual({ navigate: true, frameNavigate: true, redirect: true });
    },
  );

  it('applies to every webContents created later, not only the first window', () => {
    applyRulesToEveryWebContents(app as never, shell as never);
    const first = new BrowserWindow({});
    const second = new BrowserWindow({});
    expect(first.webContents.tryNavigate('https://a.example/').navigate).toBe(true);
    expect(second.webContents.tryNavigate('https://b.example/').navigate).toBe(true);
    expect(second.webContents.tryOpenWindow('https://b.example/').action).toBe('deny');
  });

  it('denies window.open; an https link goes to the system browser', () => {
    const win = windowWithRules();
    expect(win.webContents.tryOpenWindow('https://baohagiang.vn/tin-tuc?id=1')).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://baohagiang.vn/tin-tuc?id=1']);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'app://dateline/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@evil.example/',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('denies window.open(%s) and does not hand it to the shell', (url) => {
    const win = windowWithRules();
    expect(win.webContents.tryOpenWindow(url)).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual([]);
  });

  it('hands the shell the parsed URL, not the raw string', () => {
    expect(isSafeExternalUrl('HTTPS://Example.COM/a b')).toBe(true);
    const win = windowWithRules();
    win.webContents.tryOpenWindow('HTTPS://Example.COM/a b');
    expect(shell.opened).toEqual(['https://example.com/a%20b']);
  });

  it('prevents attaching a <webview>', () => {
    const win = windowWithRules();
    expect(win.webContents.tryAttachWebview()).toBe(true);
  });
});

describe('permissions and network', () => {
  beforeEach(() => resetFakeElectron());

  it('without the rule the fake grants (so the next test can fail)', async () => {
    expect(await session.defaultSession.requestPermission('media')).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'hid', 'serial'])(
    'denies the permission request and check for %s',
    async (permission) => {
      denyAllPermissions(session.defaultSession as never);
      expect(await session.defaultSession.requestPermission(permission)).toBe(false);
      expect(session.defaultSession.checkPermission(permission)).toBe(false);
      expect(session.defaultSession.devicePermissionHandler?.({})).toBe(false);
    },
  );

  it('cancels every request that is not app:, data: or blob:', async () => {
    blockRemoteRequests(session.defaultSession as never);
    const s = session.defaultSession;
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:8080/',
      'ws://evil.example/',
      'file:///etc/passwd',
      'ftp://x/',
    ])
      expect(await s.requestCancelled(url), url).toBe(true);
    for (const url of ['app://dateline/index.html', 'data:image/png;base64,AAAA', 'blob:app://dateline/1234'])
      expect(await s.requestCancelled(url), url).toBe(false);
  });
});

// The window shows the app and nothing else (checklist items 13 and 14). The renderer moves
// between screens with the URL's hash, which is an in-page navigation and fires none of these
// events; any real navigation or redirect is therefore a link or a script trying to leave.

import type { Shell, WebContents } from 'electron';
import { openExternalLink } from './external-links.ts';

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Prevents every navigation and redirect of the page and of any frame in it. */
export function denyNavigation(contents: Pick<WebContents, 'on'>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
}

/**
 * window.open and target=_blank never make an Electron window; an http(s) link in an article is
 * opened in the system browser after the URL check, anything else is dropped.
 */
export function denyNewWindows(contents: Pick<WebContents, 'setWindowOpenHandler'>, shell: Pick<Shell, 'openExternal'>): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(shell, url);
    return { action: 'deny' };
  });
}

/** No <webview> may be attached, whatever the webPreferences say (checklist items 11-12). */
export function denyWebviews(contents: Pick<WebContents, 'on'>): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every rule above, for one webContents. */
export function applyNavigationRules(contents: Contents, shell: Pick<Shell, 'openExternal'>): void {
  denyNavigation(contents);
  denyNewWindows(contents, shell);
  denyWebviews(contents);
}

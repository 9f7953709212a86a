// Dateline asks the browser for nothing: no camera, microphone, location, notifications, USB,
// clipboard-read prompts or full screen requests from the page (checklist item 5). Photos come in
// through file choosers and drops, which need no permission.

import type { Session } from 'electron';

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/** Every permission request and check on the session is denied. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Schemes a page may load from: the app itself, and data/blob URLs it made. */
const LOADABLE = new Set(['app:', 'data:', 'blob:', 'devtools:']);

/** True for a request URL the session may load. */
export function isLoadableUrl(url: string): boolean {
  try {
    return LOADABLE.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Checklist item 1 (only secure content), made absolute: the app works offline and loads nothing
 * from the network, so any http(s), ws(s), file or ftp request is cancelled before it starts,
 * whatever the CSP would have said.
 */
export function blockRemoteRequests(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLoadableUrl(details.url) }));
}

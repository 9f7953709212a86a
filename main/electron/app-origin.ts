// Where the app lives: every window loads app://dateline/…, and only that origin may call the
// services (ipc-bridge.ts) or be navigated to.

export const APP_SCHEME = 'app';
export const APP_HOST = 'dateline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for a URL of the app's own origin, parsed with the URL parser, never by prefix
 * (`app://dateline.evil/`, `app://dateline@evil/` and `app://dateline:80/` all fail).
 * For a non-special scheme URL.origin is "null", so protocol and host are compared instead.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

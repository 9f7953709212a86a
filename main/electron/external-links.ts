// The one way out of the app to the web: a link in an article, opened in the system browser
// (checklist item 15). Article text can come from other laptops, so the URL is untrusted: it is
// parsed, and only plain http(s) addresses without credentials go to the shell. Anything else
// (file:, smb:, custom schemes that start local programs, javascript:) is dropped.

import type { Shell } from 'electron';

const MAX_URL_LENGTH = 2048;

/** True for a URL safe to hand to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Opens a checked URL in the system browser; returns whether it was opened. */
export function openExternalLink(shell: Pick<Shell, 'openExternal'>, url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  // The URL re-serialised by the parser, not the raw string the page gave.
  void shell.openExternal(new URL(url).href).catch(() => undefined);
  return true;
}

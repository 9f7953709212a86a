// Which requests the browser host answers at all: the checks that come before the token.

import { contentSecurityPolicy } from '../common/csp.ts';

/** Every response carries these: the page may run only its own scripts and talk only to us. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy('page'),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
};

/** The policy of a photo (and a download): Electron's app:// sends the same (main/common/csp.ts). */
export const FILE_CSP = contentSecurityPolicy('file');

/**
 * DNS rebinding: a page on evil.example can make its own name resolve to 127.0.0.1, but its
 * requests still say `Host: evil.example`. Only our own two spellings are answered.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/**
 * A browser sends Origin on every POST; another site's page cannot forge it. Tools (curl, tests)
 * send none and are judged by the token alone.
 */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}

/** Fetch metadata, where the browser sends it: API calls come from our own page only. */
export function fetchSiteAllowed(site: string | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * A URL path split into decoded segments, or null when any segment could climb out of its folder
 * (`..`, `.`, an encoded slash or backslash, NUL, a leading dot) or the encoding is broken.
 */
export function safeSegments(pathname: string): string[] | null {
  if (pathname === '/') return [];
  const raw = pathname.split('/').slice(1);
  const out: string[] = [];
  for (const part of raw) {
    let seg: string;
    try {
      seg = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (seg === '' || seg.startsWith('.') || /[/\\\0:]/.test(seg) || seg.length > 255) return null;
    out.push(seg);
  }
  return out;
}

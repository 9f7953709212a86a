// The per-run key of the browser host. Anything on the machine can reach 127.0.0.1 (other users,
// a web page through DNS rebinding or a form post), so every request must prove it came from the
// URL the host printed: the key travels in that URL once, then as a cookie (page, assets, media)
// and as the X-Dateline-Token header (API calls, which a cross-site form can never set).

import { randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-dateline-token';

/** A fresh key: 32 random bytes, base64url (43 characters, safe in a URL and a cookie). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares in constant time so the key cannot be guessed byte by byte from response times. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > 200) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Cookies are shared by every port of a host, so the name carries the port: two runs never mix. */
export const cookieName = (port: number): string => `dateline_${port}`;

/** The value of one cookie in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** HttpOnly (scripts never see it), SameSite=Strict (no other site can send it), session only. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

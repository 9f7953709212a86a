// The Content-Security-Policy of every app:// response (checklist item 7). The renderer is
// Vite's build: module scripts and stylesheets from its own origin, nothing inline. React's
// `style` props (Slate's editor uses them) go through the CSSOM, which CSP does not restrict, so
// `style-src` needs no 'unsafe-inline'; the browser host serves the same renderer under the same
// rule (main/host/rules.ts), and the end-to-end tests run against it.

import { FILE_CSP } from '../host/rules.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // data: and blob: for previews made in the page (a pasted or dropped photo before it is added).
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every app:// response, whatever its status. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
};

/** A photo's headers: the browser host's policy for files (opened on its own it runs nothing). */
export const PHOTO_HEADERS: Readonly<Record<string, string>> = { ...SECURITY_HEADERS, 'Content-Security-Policy': FILE_CSP };

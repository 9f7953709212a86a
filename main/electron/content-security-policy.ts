// The security headers of every app:// response (checklist item 7). The Content-Security-Policy
// is the one the browser host sends too (main/common/csp.ts), and the end-to-end tests run there.

import { contentSecurityPolicy } from '../common/csp.ts';

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy('page');

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
export const PHOTO_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': contentSecurityPolicy('file'),
};

// One Content-Security-Policy for both hosts of the renderer (main/common/csp.ts).
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../main/common/csp.ts';
import { PHOTO_HEADERS, SECURITY_HEADERS as APP_HEADERS } from '../../main/electron/content-security-policy.ts';
import { FILE_CSP, SECURITY_HEADERS as HOST_HEADERS } from '../../main/host/rules.ts';

const directives = (csp: string): Map<string, string[]> =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .map(([name, ...sources]) => [name, sources]),
  );

describe('contentSecurityPolicy', () => {
  it('lets the page run and load only what comes from its own origin, nothing inline', () => {
    const page = directives(contentSecurityPolicy('page'));
    expect(page.get('default-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src', 'connect-src', 'font-src']) expect(page.get(name)).toEqual(["'self'"]);
    expect(page.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(page.get(name)).toEqual(["'none'"]);
    expect(contentSecurityPolicy('page')).not.toMatch(/unsafe-|\*/u);
  });

  it('sandboxes a file opened on its own', () => {
    expect(contentSecurityPolicy('file')).toBe("default-src 'none'; sandbox");
  });

  it('is the same in Electron app:// responses and in the browser host', () => {
    expect(APP_HEADERS['Content-Security-Policy']).toBe(contentSecurityPolicy('page'));
    expect(HOST_HEADERS['Content-Security-Policy']).toBe(contentSecurityPolicy('page'));
    expect(PHOTO_HEADERS['Content-Security-Policy']).toBe(FILE_CSP);
  });
});

// The Content-Security-Policy of everything the renderer's two hosts serve: Electron's app://
// protocol (main/electron/content-security-policy.ts) and the browser host (main/host/rules.ts),
// on which the end-to-end tests run. One table, so the two cannot drift apart.

/** What a response is: the renderer's own page and scripts, or a file (a photo, a download). */
export type CspDocument = 'page' | 'file';

const POLICIES: Record<CspDocument, ReadonlyArray<readonly [directive: string, ...sources: string[]]>> = {
  // The renderer is Vite's build: module scripts and stylesheets from its own origin, nothing
  // inline. React's `style` props (Slate's editor uses them) go through the CSSOM, which CSP does
  // not restrict, so `style-src` needs no 'unsafe-inline'.
  page: [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    // data: and blob: for previews made in the page (a pasted or dropped photo before it is added).
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ],
  // A file opened on its own can run nothing and load nothing, whatever its bytes say.
  file: [['default-src', "'none'"], ['sandbox']],
};

/** The Content-Security-Policy header value for a page or a file. */
export function contentSecurityPolicy(document: CspDocument): string {
  return POLICIES[document].map((directive) => directive.join(' ')).join('; ');
}

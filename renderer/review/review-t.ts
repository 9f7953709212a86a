// The namespaces the review screens read: their own first (so a bare key is a reviewUi key),
// then the shared ones they quote in full (`review:status.…`, `photos:figure.…`, `find:counts.…`,
// `export:finding.…`, `meta:…`). One list, so the helpers that take a `t` share its type.

import type { ParseKeys, TFunction } from 'i18next';

export const reviewNamespaces = ['reviewUi', 'review', 'photos', 'find', 'export', 'meta'] as const;

/** The `t` of the review screens. */
export type ReviewT = TFunction<typeof reviewNamespaces>;

/** A key the review screens can show, e.g. a field's label picked from a table. */
export type ReviewKey = ParseKeys<typeof reviewNamespaces>;

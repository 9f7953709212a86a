// The browser host's per-run key reaches the page once, in the address it printed
// (`/?token=…`). It is kept in sessionStorage (this tab only, gone with it) for the API header,
// and taken out of the address bar so it is not bookmarked, shared or shown over a shoulder.

const KEY = 'dateline.token';

/** Where this tab keeps the key (the photo upload sends it like the API bridge does). */
export const SESSION_TOKEN_KEY = KEY;

export interface TokenPlace {
  location: { href: string };
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** The key of this session: from the address (then removed from it) or from this tab's storage. */
export function takeSessionToken(place: TokenPlace): string | null {
  const url = new URL(place.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    place.storage.setItem(KEY, fromUrl);
    url.searchParams.delete('token');
    place.history.replaceState(place.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return place.storage.getItem(KEY);
}

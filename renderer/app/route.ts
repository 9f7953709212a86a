// Where the user is, kept in the address's hash so a reload reopens the same screen:
// `#/` library, `#/trash`, `#/settings`, `#/article/<id>`, `#/inbox` (and `#/inbox/<id>`: one under review).

import { useCallback, useEffect, useState } from 'react';
import { ARTICLE_ID_PATTERN } from '../../main/common/article/ids.ts';

export type Route =
  { view: 'library' } | { view: 'trash' } | { view: 'settings' } | { view: 'inbox'; id?: string } | { view: 'article'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/trash') return { view: 'trash' };
  if (path === '/settings') return { view: 'settings' };
  if (path === '/inbox') return { view: 'inbox' };
  const inbox = /^\/inbox\/([^/]+)$/.exec(path);
  if (inbox && ARTICLE_ID_PATTERN.test(inbox[1])) return { view: 'inbox', id: inbox[1] };
  const m = /^\/article\/([^/]+)$/.exec(path);
  if (m && ARTICLE_ID_PATTERN.test(m[1])) return { view: 'article', id: m[1] };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'article':
      return `#/article/${route.id}`;
    case 'inbox':
      return route.id ? `#/inbox/${route.id}` : '#/inbox';
    default:
      return `#/${route.view}`;
  }
}

/** The current route and a function to go elsewhere (the browser's Back button works too). */
export function useRoute(): [Route, (to: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((to: Route) => {
    window.location.hash = routeHash(to);
  }, []);
  return [route, navigate];
}

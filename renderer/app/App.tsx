// The window: a masthead with the three places (library, trash, settings) and the screen of the
// current route. The editor takes the whole page below the masthead.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorView } from '../editor/EditorView.tsx';
import { LibraryView } from '../library/LibraryView.tsx';
import { SettingsView } from '../settings/SettingsView.tsx';
import { InboxScreen } from '../review/InboxScreen.tsx';
import { routeHash, useRoute, type Route } from './route.ts';

export function App(): ReactNode {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  const tab = (view: Route['view'], label: string): ReactNode => {
    const current = route.view === view || (view === 'library' && route.view === 'article');
    return (
      <a className="nav-link" href={routeHash({ view } as Route)} aria-current={current ? 'page' : undefined}>
        {label}
      </a>
    );
  };
  return (
    <div className="app">
      <header className="masthead">
        <a className="brand" href="#/">
          {t('app.name')}
        </a>
        <span className="tagline">{t('app.tagline')}</span>
        <nav className="nav" aria-label={t('nav.main')}>
          {tab('library', t('nav.library'))}
          {tab('trash', t('nav.trash'))}
          {tab('inbox', t('reviewUi:nav.inbox'))}
          {tab('settings', t('nav.settings'))}
        </nav>
      </header>
      <main className="screen">
        {route.view === 'library' && <LibraryView trash={false} navigate={navigate} />}
        {route.view === 'trash' && <LibraryView trash navigate={navigate} />}
        {route.view === 'settings' && <SettingsView />}
        {route.view === 'inbox' && <InboxScreen id={route.id} navigate={navigate} />}
        {route.view === 'article' && <EditorView key={route.id} id={route.id} navigate={navigate} />}
      </main>
    </div>
  );
}

// The window: a masthead with the places (library, trash, inbox, settings), the notice area and
// the "Phím tắt" button, then the screen of the current route. The editor takes the whole page
// below the masthead. The keyboard's regions and shortcuts are installed here (keyboard.ts).

import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorView } from '../editor/EditorView.tsx';
import { LibraryView } from '../library/LibraryView.tsx';
import { SettingsView } from '../settings/SettingsView.tsx';
import { InboxScreen } from '../review/InboxScreen.tsx';
import { useAppKeyboard } from './keyboard.ts';
import { commandProps } from './keymap.ts';
import { NoticeArea } from './notices.tsx';
import { deskKind, useProfile } from './profile-context.tsx';
import { routeHash, useRoute, type Route } from './route.ts';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';

/** Keeps --masthead-height on the root up to date, for what sticks below the masthead (the editor's toolbar). */
function useMastheadHeight(): RefObject<HTMLElement | null> {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const set = (): void =>
      document.documentElement.style.setProperty('--masthead-height', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
}

export function App(): ReactNode {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('screens');
  const { t: tr } = useTranslation('reviewUi');
  const [route, navigate] = useRoute();
  const { profile } = useProfile();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useAppKeyboard(openHelp);
  const masthead = useMastheadHeight();

  const tab = (view: Route['view'], label: string): ReactNode => {
    const current = route.view === view || (view === 'library' && route.view === 'article');
    return (
      <a className="nav-link" href={routeHash({ view } as Route)} aria-current={current ? 'page' : undefined}>
        {label}
      </a>
    );
  };
  // On an article the editor's own parts are the regions (toolbar, text, details, status bar).
  const screenRegion = route.view === 'article' ? undefined : 'screen';
  return (
    <div className="app">
      <header className="masthead" ref={masthead} data-region="masthead" aria-label={ts('regions.masthead')}>
        <a className="brand" href="#/">
          {t('app.name')}
        </a>
        <span className="tagline" data-desk={deskKind(profile)}>
          {ts(`masthead.${deskKind(profile)}`)}
        </span>
        <NoticeArea />
        <nav className="nav" aria-label={t('nav.main')}>
          {tab('library', t('nav.library'))}
          {tab('trash', t('nav.trash'))}
          {tab('inbox', tr('nav.inbox'))}
          {tab('settings', t('nav.settings'))}
        </nav>
        <button type="button" className="button button-quiet help-button" {...commandProps('help', ts('masthead.help'))} onClick={openHelp}>
          {ts('masthead.help')}
        </button>
      </header>
      <main className="screen" data-region={screenRegion} aria-label={screenRegion ? ts('regions.screen') : undefined}>
        {route.view === 'library' && <LibraryView trash={false} navigate={navigate} />}
        {route.view === 'trash' && <LibraryView trash navigate={navigate} />}
        {route.view === 'settings' && <SettingsView />}
        {route.view === 'inbox' && <InboxScreen id={route.id} navigate={navigate} />}
        {route.view === 'article' && <EditorView key={route.id} id={route.id} navigate={navigate} />}
      </main>
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

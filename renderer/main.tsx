// Start-up: find the services (Electron's preload or the browser host), read the settings for
// the UI language, then show the app. Vietnamese until the settings say otherwise.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '../main/common/settings.ts';
import { i18nInstanceFor } from '../main/common/i18n/index.ts';
import { ApiContext } from './api/context.tsx';
import { connect } from './api/transport.ts';
import { App } from './app/App.tsx';
import { NoticeProvider } from './app/notices.tsx';
import { ProfileProvider } from './app/profile-context.tsx';
import { SettingsProvider } from './app/settings-context.tsx';
import './styles.css';

async function start(): Promise<void> {
  const i18n = i18nInstanceFor('vi');
  const handle = connect({
    unreachable: () => i18n.t('ui:errors.hostUnreachable'),
    badReply: (status) => i18n.t('ui:errors.badReply', { status }),
  });
  const loaded = await handle.api['settings.get']({});
  const settings = loaded.ok ? loaded.value : DEFAULT_SETTINGS;
  if (settings.language !== 'vi') await i18n.changeLanguage(settings.language);
  document.documentElement.lang = settings.language;

  const root = document.getElementById('root');
  if (!root) return;
  if (!loaded.ok && loaded.error.code === 'UNTRUSTED_SENDER') {
    // A browser tab without this run's key (a new tab, or the host was restarted): say what to do.
    createRoot(root).render(
      <main className="screen">
        <p className="open-failed" role="alert">
          {loaded.error.message} {i18n.t('ui:errors.noKey')}
        </p>
      </main>,
    );
    return;
  }
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n} defaultNS="ui">
        <ApiContext.Provider value={handle}>
          <SettingsProvider initial={settings}>
            <NoticeProvider>
              <ProfileProvider>
                <App />
              </ProfileProvider>
            </NoticeProvider>
          </SettingsProvider>
        </ApiContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
  if (!loaded.ok) console.error(loaded.error.message);
}

void start();

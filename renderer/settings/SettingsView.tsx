// Settings, one model: everything applies at once and saves itself (autosave.tsx), with one
// status line ("Đã lưu"). The UI language switches the app live; the library folder takes effect
// at the next start (the open library cannot move under it). Who you are is asked once
// (PersonSettings: the byline's name is the desk's name).

import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/common/settings.ts';
import { LANGUAGES } from '../../main/common/settings.ts';
import { useApi } from '../api/context.tsx';
import { useSettings } from '../app/settings-context.tsx';
import { ExportSettings } from '../export/ExportSettings.tsx';
import { MyWords } from '../language/MyWords.tsx';
import { DeskSettings, KeysSettings } from '../review/ProfileSettings.tsx';
import { AutoField, SettingsStatus, useSettingsStatus } from './autosave.tsx';
import { PaperProfileSettings } from './PaperProfileSettings.tsx';
import { PersonSettings } from './PersonSettings.tsx';
import { WritingSettings } from './WritingSettings.tsx';

function LanguageField(): ReactNode {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const { track } = useSettingsStatus();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        value={settings.language}
        onChange={(e) =>
          void track(async () => {
            const r = await update({ language: e.target.value as Language });
            return r.ok ? '' : r.error.message;
          })
        }
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`settings.languages.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SettingsView(): ReactNode {
  const { t } = useTranslation();
  const api = useApi();
  const { settings, update } = useSettings();
  const [openLibrary, setOpenLibrary] = useState<string>('');

  useEffect(() => {
    void api['app.info']({}).then((r) => {
      if (r.ok) setOpenLibrary(r.value.libraryDir);
    });
  }, [api]);

  const saver =
    (key: 'paperPrefix' | 'libraryDir') =>
    async (value: string): Promise<string> => {
      const r = await update({ [key]: value.trim() });
      return r.ok ? '' : r.error.message;
    };

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="screen-title">
        {t('settings.title')}
      </h1>
      <SettingsStatus>
        <div className="settings-form">
          <fieldset>
            <legend>{t('settings.interface')}</legend>
            <LanguageField />
          </fieldset>
          <PersonSettings />
          <fieldset>
            <legend>{t('settings.paper')}</legend>
            <AutoField
              label={t('settings.paperPrefix')}
              hint={t('settings.paperPrefixHint', { prefix: settings.paperPrefix.trim() || 'BHG' })}
              value={settings.paperPrefix}
              save={saver('paperPrefix')}
            />
          </fieldset>
          <PaperProfileSettings />
          <DeskSettings />
          <fieldset>
            <legend>{t('settings.library')}</legend>
            <div className="field">
              <span className="field-label">{t('settings.libraryOpen')}</span>
              <code className="path">{openLibrary}</code>
            </div>
            <AutoField
              label={t('settings.libraryDir')}
              hint={t('settings.libraryDirHint')}
              placeholder={t('settings.libraryDirPlaceholder')}
              value={settings.libraryDir}
              save={saver('libraryDir')}
              saveOn="leave"
            />
          </fieldset>
          <WritingSettings />
          <MyWords />
          <ExportSettings />
          <KeysSettings />
        </div>
      </SettingsStatus>
    </section>
  );
}

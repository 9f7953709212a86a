// What a reporter sets once: name, place, the paper's prefix, the UI language (applied at once)
// and the library folder (applied at the next start: the open library cannot move under it).

import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Settings } from '../../main/common/settings.ts';
import { LANGUAGES } from '../../main/common/settings.ts';
import { useApi } from '../api/context.tsx';
import { useNotices } from '../app/notices.tsx';
import { useSettings } from '../app/settings-context.tsx';
import { ExportSettings } from '../export/ExportSettings.tsx';
import { MyWords } from '../language/MyWords.tsx';
import { ProfileSettings } from '../review/ProfileSettings.tsx';
import { WritingSettings } from './WritingSettings.tsx';

type Draft = Pick<Settings, 'reporterName' | 'reporterPlace' | 'paperPrefix' | 'libraryDir'>;

function Field({ label, hint, value, onChange, placeholder }: { label: string; hint?: string; value: string; onChange: (v: string) => void; placeholder?: string }): ReactNode {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value.normalize('NFC'))} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function SettingsView(): ReactNode {
  const { t } = useTranslation();
  const api = useApi();
  const { notify } = useNotices();
  const { settings, update } = useSettings();
  const [draft, setDraft] = useState<Draft>(() => ({ ...settings }));
  const [openLibrary, setOpenLibrary] = useState<string>('');
  const [saving, setSaving] = useState(false);
  const languageId = useId();

  useEffect(() => {
    void api['app.info']({}).then((r) => {
      if (r.ok) setOpenLibrary(r.value.libraryDir);
    });
  }, [api]);

  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setSaving(true);
    try {
      const result = await update({ ...draft, paperPrefix: draft.paperPrefix.trim() });
      notify(result.ok ? { kind: 'info', message: t('settings.saved') } : { kind: 'error', message: result.error.message });
    } finally {
      setSaving(false);
    }
  };

  const changeLanguage = async (language: Language): Promise<void> => {
    const result = await update({ language });
    if (!result.ok) notify({ kind: 'error', message: result.error.message });
  };

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="screen-title">
        {t('settings.title')}
      </h1>
      <form onSubmit={(e) => void submit(e)} className="settings-form">
        <fieldset>
          <legend>{t('settings.interface')}</legend>
          <div className="field">
            <label htmlFor={languageId}>{t('settings.language')}</label>
            <select id={languageId} value={settings.language} onChange={(e) => void changeLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`settings.languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('settings.reporter')}</legend>
          <Field label={t('settings.reporterName')} hint={t('settings.reporterNameHint')} value={draft.reporterName} onChange={set('reporterName')} />
          <Field label={t('settings.reporterPlace')} hint={t('settings.reporterPlaceHint')} value={draft.reporterPlace} onChange={set('reporterPlace')} />
        </fieldset>
        <fieldset>
          <legend>{t('settings.paper')}</legend>
          <Field label={t('settings.paperPrefix')} hint={t('settings.paperPrefixHint', { prefix: draft.paperPrefix.trim() || 'BHG' })} value={draft.paperPrefix} onChange={set('paperPrefix')} />
        </fieldset>
        <fieldset>
          <legend>{t('settings.library')}</legend>
          <div className="field">
            <span className="field-label">{t('settings.libraryOpen')}</span>
            <code className="path">{openLibrary}</code>
          </div>
          <Field label={t('settings.libraryDir')} hint={t('settings.libraryDirHint')} placeholder={t('settings.libraryDirPlaceholder')} value={draft.libraryDir} onChange={set('libraryDir')} />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('settings.save')}
          </button>
        </div>
      </form>
      <WritingSettings />
      <MyWords />
      <ExportSettings />
      <ProfileSettings />
    </section>
  );
}

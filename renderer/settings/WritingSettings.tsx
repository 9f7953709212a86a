// Settings → Soạn thảo: typing aids of the article editor. Curly quotes as you type (on by
// default, as in Word); a change applies at once, to the open article too.

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../app/notices.tsx';
import { useSettings } from '../app/settings-context.tsx';
import './writing.css';

export function WritingSettings(): ReactNode {
  const { t } = useTranslation('formatting');
  const { settings, update } = useSettings();
  const { notify } = useNotices();
  const hint = useId();

  const setSmartQuotes = async (smartQuotes: boolean): Promise<void> => {
    const result = await update({ smartQuotes });
    if (!result.ok) notify({ kind: 'error', message: result.error.message });
  };

  return (
    <section className="settings-form writing-settings" aria-labelledby={`${hint}-title`}>
      <fieldset>
        <legend id={`${hint}-title`}>{t('settings.legend')}</legend>
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={settings.smartQuotes} aria-describedby={hint} onChange={(e) => void setSmartQuotes(e.currentTarget.checked)} /> {t('settings.smartQuotes')}
          </label>
          <p id={hint} className="hint">
            {t('settings.smartQuotesHint')}
          </p>
        </div>
      </fieldset>
    </section>
  );
}

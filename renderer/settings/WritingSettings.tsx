// Settings → Soạn thảo: typing aids of the article editor. Curly quotes as you type (on by
// default, as in Word); a change applies at once, to the open article too, and saves itself
// through Settings' one status line (autosave.tsx). Frame-first rendering (on by default; the
// fallback if a Slate upgrade breaks it) applies to the next article opened.

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/settings-context.tsx';
import { useSettingsStatus } from './autosave.tsx';
import './writing.css';

export function WritingSettings(): ReactNode {
  const { t } = useTranslation('formatting');
  const { settings, update } = useSettings();
  const { track } = useSettingsStatus();
  const hint = useId();
  const frameFirstHint = useId();
  // A paper that prints straight quotes: nothing is turned, whatever the box said.
  const straightHouse = settings.paperProfile.quotes === 'straight';

  const setSmartQuotes = (smartQuotes: boolean): Promise<string> =>
    track(async () => {
      const result = await update({ smartQuotes });
      return result.ok ? '' : result.error.message;
    });

  const setFrameFirst = (frameFirst: boolean): Promise<string> =>
    track(async () => {
      const result = await update({ frameFirst });
      return result.ok ? '' : result.error.message;
    });

  return (
    <fieldset className="writing-settings">
      <legend>{t('settings.legend')}</legend>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={settings.smartQuotes && !straightHouse}
            disabled={straightHouse}
            aria-describedby={hint}
            onChange={(e) => void setSmartQuotes(e.currentTarget.checked)}
          />{' '}
          {t('settings.smartQuotes')}
        </label>
        <p id={hint} className="hint">
          {t(straightHouse ? 'settings.straightHouse' : 'settings.smartQuotesHint')}
        </p>
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={settings.frameFirst}
            aria-describedby={frameFirstHint}
            onChange={(e) => void setFrameFirst(e.currentTarget.checked)}
          />{' '}
          {t('settings.frameFirst')}
        </label>
        <p id={frameFirstHint} className="hint">
          {t('settings.frameFirstHint')}
        </p>
      </div>
    </fieldset>
  );
}

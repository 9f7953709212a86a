// The publish time, typed the paper's way, `17:43, 05/01/2025` (hour:minute, day/month/year), on
// the newsroom's clock (Asia/Ho_Chi_Minh, whatever the laptop's zone), in every UI language. Not
// the browser's date-and-time picker: that one writes dates in the browser's locale (mm/dd/yyyy
// on an English system), which a Vietnamese newsroom misreads.

import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPublishTime, parsePublishTime } from '../../main/common/article/time.ts';
import { PlainInput } from '../fields/PlainField.tsx';

interface Props {
  publishAt: string | null;
  onChange: (publishAt: string | null) => void;
}

/** This minute, as an ISO instant (seconds would only make the paper's form lie). */
const thisMinute = (): string => {
  const now = new Date();
  now.setSeconds(0, 0);
  return now.toISOString();
};

export function PublishTimeField({ publishAt, onChange }: Props) {
  const { t } = useTranslation('meta');
  const [typed, setTyped] = useState(() => formatPublishTime(publishAt));
  const [checked, setChecked] = useState(false);
  const told = useRef(publishAt);

  // A time set from outside the field ("Bây giờ", "Xóa thời gian", a reload) is written into it;
  // what the reporter is typing is never rewritten under the caret.
  useLayoutEffect(() => {
    if (publishAt !== told.current) {
      told.current = publishAt;
      setTyped(formatPublishTime(publishAt));
      setChecked(false);
    }
  }, [publishAt]);

  const type = (text: string): void => {
    setTyped(text);
    const iso = text.trim() ? parsePublishTime(text) : null;
    if (text.trim() && !iso) return; // Not a whole time yet: said on leaving the field.
    told.current = iso;
    setChecked(false);
    if (iso !== publishAt) onChange(iso);
  };

  const invalid = checked && typed.trim() !== '' && parsePublishTime(typed) === null;
  const shown = formatPublishTime(publishAt);
  return (
    <div className="meta-field meta-publish">
      <label htmlFor="meta-publish-at">{t('publish.label')}</label>
      <div className="meta-row">
        <PlainInput
          id="meta-publish-at"
          data-testid="meta-publish-at"
          inputMode="numeric"
          placeholder={t('publish.placeholder')}
          value={typed}
          aria-describedby="meta-publish-shown"
          aria-invalid={invalid || undefined}
          onValue={type}
          onBlur={() => setChecked(true)}
        />
        <button type="button" className="button button-quiet" data-testid="meta-publish-now" onClick={() => onChange(thisMinute())}>
          {t('publish.now')}
        </button>
        {publishAt && (
          <button type="button" className="button button-quiet" data-testid="meta-publish-clear" onClick={() => onChange(null)}>
            {t('publish.clear')}
          </button>
        )}
      </div>
      <p id="meta-publish-shown" className="meta-hint">
        <output data-testid="meta-publish-shown" className="meta-time">
          {shown || t('publish.none')}
        </output>{' '}
        · {t('publish.hint')}
      </p>
      {invalid && (
        <p className="meta-error" role="alert">
          {t('publish.invalid')}
        </p>
      )}
    </div>
  );
}

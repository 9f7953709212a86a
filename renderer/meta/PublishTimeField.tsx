// The publish time: the browser's date-and-time picker read on the newsroom's clock
// (Asia/Ho_Chi_Minh, whatever the laptop's zone), shown back the paper's way, `17:43, 05/01/2025`.

import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPublishTime, isoToPublishInput, publishInputToIso } from '../../main/common/article/time.ts';

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
  const ref = useRef<HTMLInputElement>(null);
  const [invalid, setInvalid] = useState(false);

  // Written into the field only when the time changed from outside it ("now", "clear"): a
  // half-filled picker reports '' and must not be wiped under the reporter's fingers.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && publishInputToIso(el.value) !== publishAt) el.value = isoToPublishInput(publishAt);
  }, [publishAt]);

  const shown = formatPublishTime(publishAt);
  return (
    <div className="meta-field meta-publish">
      <label htmlFor="meta-publish-at">{t('publish.label')}</label>
      <div className="meta-row">
        <input
          ref={ref}
          id="meta-publish-at"
          type="datetime-local"
          data-testid="meta-publish-at"
          defaultValue={isoToPublishInput(publishAt)}
          aria-describedby="meta-publish-shown"
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            const el = e.currentTarget;
            if (!el.value) {
              // Every part cleared is "no time"; a part still missing is just unfinished.
              if (!el.validity.badInput) onChange(null);
              setInvalid(false);
              return;
            }
            const iso = publishInputToIso(el.value);
            setInvalid(iso === null);
            if (iso) onChange(iso);
          }}
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

// Settings → Quy cách của báo: the paper's house style (settings.paperProfile), which the style
// checks follow: whose style it is, how dates are written with and without a year, where the
// tone mark sits, which quotation marks. A paper that merges (Báo Hà Giang into Tuyên Quang's in
// 2025) changes it here, not in code. Saves like every setting (autosave.tsx).

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PaperNameSchema, type PaperProfile } from '../../main/common/vietnamese/style/profile.ts';
import { useSettings } from '../app/settings-context.tsx';
import { AutoField, useSettingsStatus } from './autosave.tsx';

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

function Choice<T extends string>({ label, value, options, onChange }: ChoiceProps<T>): ReactNode {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PaperProfileSettings(): ReactNode {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const { track } = useSettingsStatus();
  const profile = settings.paperProfile;

  const save = async (next: PaperProfile): Promise<string> => {
    const r = await update({ paperProfile: next });
    return r.ok ? '' : r.error.message;
  };
  // Checked here first, so the reporter reads why in their language under the field.
  const saveName = async (typed: string): Promise<string> =>
    PaperNameSchema.safeParse(typed).success ? save({ ...profile, name: typed.trim() }) : t('settings.profile.nameInvalid');
  const choose = (next: PaperProfile): void => void track(() => save(next));

  return (
    <fieldset className="paper-profile">
      <legend>{t('settings.profile.legend')}</legend>
      <AutoField label={t('settings.profile.name')} hint={t('settings.profile.nameHint')} value={profile.name} save={saveName} />
      <Choice
        label={t('settings.profile.fullDate')}
        value={profile.dates.full}
        options={[
          { value: 'slash', label: '05/01/2025' },
          { value: 'dot', label: '05.01.2025' },
        ]}
        onChange={(full) => choose({ ...profile, dates: { ...profile.dates, full } })}
      />
      <Choice
        label={t('settings.profile.shortDate')}
        value={profile.dates.short}
        options={[
          { value: 'slash', label: '31/12' },
          { value: 'dot', label: '31.12' },
        ]}
        onChange={(short) => choose({ ...profile, dates: { ...profile.dates, short } })}
      />
      <Choice
        label={t('settings.profile.tonePlacement')}
        value={profile.tonePlacement}
        options={[
          { value: 'old', label: t('settings.profile.toneOld') },
          { value: 'new', label: t('settings.profile.toneNew') },
        ]}
        onChange={(tonePlacement) => choose({ ...profile, tonePlacement })}
      />
      <Choice
        label={t('settings.profile.quotes')}
        value={profile.quotes}
        options={[
          { value: 'curly', label: t('settings.profile.quotesCurly') },
          { value: 'straight', label: t('settings.profile.quotesStraight') },
        ]}
        onChange={(quotes) => choose({ ...profile, quotes })}
      />
    </fieldset>
  );
}

// The byline as structured data: its form (`Bài, ảnh:`, `Tin:`, `Theo …`…), the people, the
// place, the source; and beneath, the line exactly as the paper prints it (formatByline).
// Names are kept as typed; the capitals are the printer's business. The fields come in the
// order the line prints them (form, names, place or source), on screen and for Tab alike.

import { useTranslation } from 'react-i18next';
import { formatByline } from '../../main/common/article/byline.ts';
import { bylineForStore, bylineWithDefaults, isEmptyByline } from '../../main/common/article/meta.ts';
import type { Byline, BylinePerson, BylineRole } from '../../main/common/article/model.ts';
import type { Settings } from '../../main/common/settings.ts';
import { PlainInput } from '../fields/PlainField.tsx';

const ROLES: readonly BylineRole[] = ['bai-anh', 'tin-anh', 'bai', 'tin', 'nhom-pv', 'theo'];

/** Forms where each person is either the writer or the photographer (`Bài: A; Ảnh: B`). */
const splitsWork = (role: BylineRole): boolean => role === 'bai' || role === 'tin';

interface Props {
  byline: Byline;
  onChange: (byline: Byline) => void;
  settings: Pick<Settings, 'reporterName' | 'reporterPlace'>;
}

export function BylineFields({ byline, onChange, settings }: Props) {
  const { t } = useTranslation('meta');
  // One name field is always there to type into, even for a byline that names nobody yet.
  const people: BylinePerson[] = byline.people.length ? byline.people : [{ name: '' }];
  const setPerson = (i: number, patch: Partial<BylinePerson>): void =>
    onChange({ ...byline, people: people.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const removePerson = (i: number): void => onChange({ ...byline, people: people.filter((_, j) => j !== i) });
  const fromSettings = bylineWithDefaults(byline, settings);
  const preview = formatByline(bylineForStore(byline));

  return (
    <fieldset className="meta-group meta-byline">
      <legend>{t('byline.legend')}</legend>
      <div className="meta-row">
        <label className="meta-field">
          <span>{t('byline.role')}</span>
          <select
            data-testid="byline-role"
            value={byline.role}
            onChange={(e) => onChange({ ...byline, role: e.currentTarget.value as BylineRole })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`byline.roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="meta-people">
        {people.map((person, i) => (
          <li key={i} className="meta-person">
            <PlainInput
              data-testid={`byline-name-${i}`}
              aria-label={t('byline.name', { n: i + 1 })}
              placeholder={t('byline.namePlaceholder')}
              value={person.name}
              onValue={(name) => setPerson(i, { name })}
            />
            {splitsWork(byline.role) && (
              <select
                data-testid={`byline-person-role-${i}`}
                aria-label={t('byline.personRole', { n: i + 1 })}
                value={person.role === 'photo' ? 'photo' : 'text'}
                onChange={(e) => setPerson(i, { role: e.currentTarget.value as 'text' | 'photo' })}
              >
                <option value="text">{t('byline.personText')}</option>
                <option value="photo">{t('byline.personPhoto')}</option>
              </select>
            )}
            {people.length > 1 && (
              <button
                type="button"
                className="button button-quiet meta-remove"
                data-testid={`byline-remove-person-${i}`}
                aria-label={t('byline.removePerson', { n: i + 1 })}
                onClick={() => removePerson(i)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="meta-row">
        <button
          type="button"
          className="button button-quiet"
          data-testid="byline-add-person"
          onClick={() => onChange({ ...byline, people: [...people, { name: '' }] })}
        >
          {t('byline.addPerson')}
        </button>
        {isEmptyByline(byline) && fromSettings !== byline && (
          <button type="button" className="button button-quiet" data-testid="byline-use-settings" onClick={() => onChange(fromSettings)}>
            {t('byline.useSettings', { byline: formatByline(fromSettings) })}
          </button>
        )}
      </div>
      <div className="meta-row meta-byline-place">
        {byline.role === 'theo' ? (
          <label className="meta-field">
            <span>{t('byline.source')}</span>
            <PlainInput
              data-testid="byline-source"
              value={byline.source ?? ''}
              placeholder={t('byline.sourcePlaceholder')}
              onValue={(source) => onChange({ ...byline, source })}
            />
          </label>
        ) : (
          <label className="meta-field">
            <span>{t('byline.place')}</span>
            <PlainInput
              data-testid="byline-place"
              value={byline.place ?? ''}
              placeholder={t('byline.placePlaceholder')}
              onValue={(place) => onChange({ ...byline, place })}
            />
          </label>
        )}
      </div>
      <p className="meta-preview">
        <span className="meta-preview-label">{t('byline.preview')}</span>{' '}
        <output data-testid="byline-preview" className={preview ? 'byline-line' : 'byline-line is-empty'}>
          {preview || t('byline.previewEmpty')}
        </output>
      </p>
    </fieldset>
  );
}

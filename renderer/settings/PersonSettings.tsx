// Settings → "Bạn": who sits at this machine, asked once. The one name is the byline's default
// (settings.reporterName) and the name the desk knows (the review profile, review.setProfile,
// which makes the signing key the first time); the place; the roles, which also set the
// masthead's words ("Bàn viết của phóng viên" / "Bàn biên tập"); the key and its export.

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileInfo, Role } from '../../main/common/review/types.ts';
import { ROLES } from '../../main/common/review/types.ts';
import { useApi, useTransport } from '../api/context.tsx';
import { useNotices } from '../app/notices.tsx';
import { useProfile } from '../app/profile-context.tsx';
import { useSettings } from '../app/settings-context.tsx';
import { downloadText } from '../app/download.ts';
import { AutoField, useSettingsStatus } from './autosave.tsx';

export function PersonSettings(): ReactNode {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('reviewUi');
  const { t: ts } = useTranslation('screens');
  const api = useApi();
  const transport = useTransport();
  const { notify } = useNotices();
  const { settings, update } = useSettings();
  const { profile, setProfile } = useProfile();
  const { track } = useSettingsStatus();
  const [roles, setRoles] = useState<Role[]>(profile?.roles ?? ['reporter']);
  const [rolesProblem, setRolesProblem] = useState('');
  const name = profile?.name || settings.reporterName;
  // The profile arrives after the page (ProfileProvider asks once): its roles are the truth.
  useEffect(() => {
    if (profile) setRoles(profile.roles);
  }, [profile]);

  /** The desk's profile with this name and these roles (made, with its key, the first time). */
  const saveProfile = async (nextName: string, nextRoles: Role[]): Promise<string> => {
    if (!nextName.trim()) return profile ? tr('profile.needName') : '';
    if (!nextRoles.length) return tr('profile.needRole');
    const r = await api['review.setProfile']({ name: nextName.trim().normalize('NFC'), roles: nextRoles });
    if (!r.ok) return r.error.message;
    setProfile(r.value as ProfileInfo);
    return '';
  };

  const saveName = async (next: string): Promise<string> => {
    const r = await update({ reporterName: next.trim() });
    if (!r.ok) return r.error.message;
    return saveProfile(next, roles);
  };

  const changeRoles = async (next: Role[]): Promise<void> => {
    setRoles(next);
    if (!name.trim()) return setRolesProblem(ts('settings.nameFirst'));
    setRolesProblem(await track(() => saveProfile(name, next)));
  };

  const exportKey = async (): Promise<void> => {
    const r = await api['keys.export']({ saveAs: transport === 'electron' });
    if (!r.ok) return notify({ kind: 'error', message: r.error.message });
    if (r.value.canceled) return;
    if (r.value.path) return notify({ kind: 'info', message: tr('profile.exported', { path: r.value.path }) });
    downloadText(r.value.fileName, r.value.content);
    notify({ kind: 'info', message: tr('profile.downloaded', { name: r.value.fileName }) });
  };

  return (
    <fieldset className="settings-person">
      <legend>{ts('settings.person')}</legend>
      <AutoField label={ts('settings.name')} hint={ts('settings.nameHint')} value={name} save={saveName} testId="settings-name" />
      <AutoField
        label={t('settings.reporterPlace')}
        hint={t('settings.reporterPlaceHint')}
        value={settings.reporterPlace}
        save={async (v) => {
          const r = await update({ reporterPlace: v.trim() });
          return r.ok ? '' : r.error.message;
        }}
      />
      <div className="field">
        <span className="field-label" id="settings-roles">
          {tr('profile.roles')}
        </span>
        <span className="review-roles" role="group" aria-labelledby="settings-roles">
          {ROLES.map((role) => (
            <label key={role} className="inline-field">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) => void changeRoles(ROLES.filter((r) => (r === role ? e.target.checked : roles.includes(r))))}
              />
              {tr(`profile.${role}`)}
            </label>
          ))}
        </span>
        <p className="hint">{ts('settings.rolesHint')}</p>
        {rolesProblem && <p className="field-problem">{rolesProblem}</p>}
      </div>
      <p className="review-key" data-testid="review-key">
        {profile ? (
          <>
            {tr('profile.key', { fingerprint: profile.fingerprint })}
            <br />
            <span className="hint">
              {tr('profile.protectedBy', { box: tr(`profile.box.${profile.protectedBy === 'safeStorage' ? 'safeStorage' : 'file'}`) })}
            </span>
          </>
        ) : (
          ts('settings.noKey')
        )}
      </p>
      <div className="review-actions">
        <button type="button" className="button" disabled={!profile} onClick={() => void exportKey()}>
          {tr('profile.export')}
        </button>
      </div>
    </fieldset>
  );
}

// The review part of Settings: who I am at the desk (name, roles, signing key), where the desk
// is, and whose keys I trust. Mounted in SettingsView below the app's own settings.

import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskInfo, KeyEntry, ProfileInfo, Role } from '../../main/common/review/types.ts';
import { ROLES } from '../../main/common/review/types.ts';
import { useTransport } from '../api/context.tsx';
import { useNotices } from '../app/notices.tsx';
import { downloadText } from '../app/download.ts';
import { useReviewCall } from './use-review.ts';
import './review.css';

function RoleBoxes({ roles, onChange, label }: { roles: Role[]; onChange: (roles: Role[]) => void; label: string }): ReactNode {
  const { t } = useTranslation('reviewUi');
  return (
    <span className="review-roles" role="group" aria-label={label}>
      {ROLES.map((role) => (
        <label key={role} className="inline-field">
          <input type="checkbox" checked={roles.includes(role)} onChange={(e) => onChange(ROLES.filter((r) => (r === role ? e.target.checked : roles.includes(r))))} />
          {t(`profile.${role}`)}
        </label>
      ))}
    </span>
  );
}

export function ProfileSettings(): ReactNode {
  const { t } = useTranslation('reviewUi');
  const call = useReviewCall();
  const transport = useTransport();
  const { notify } = useNotices();
  const nameId = useId();
  const deskId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [profile, setProfile] = useState<ProfileInfo | null>(null);
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['reporter']);
  const [desk, setDesk] = useState<DeskInfo>({ path: null, reachable: false });
  const [deskPath, setDeskPath] = useState('');
  const [keys, setKeys] = useState<KeyEntry[]>([]);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [p, d, k] = await Promise.all([call('review.profile', {}), call('review.desk', {}), call('keys.list', {})]);
    if (p) {
      setProfile(p);
      setName(p.name);
      setRoles(p.roles);
    }
    if (d) {
      setDesk(d);
      setDeskPath(d.path ?? '');
    }
    if (k) setKeys(k);
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const saveProfile = (): Promise<void> =>
    run(async () => {
      if (!name.trim()) return notify({ kind: 'error', message: t('profile.needName') });
      if (roles.length === 0) return notify({ kind: 'error', message: t('profile.needRole') });
      const saved = await call('review.setProfile', { name: name.normalize('NFC'), roles });
      if (!saved) return;
      setProfile(saved);
      notify({ kind: 'info', message: t('profile.saved') });
      const k = await call('keys.list', {});
      if (k) setKeys(k);
    });

  const exportKey = (): Promise<void> =>
    run(async () => {
      const exported = await call('keys.export', { saveAs: transport === 'electron' });
      if (!exported || exported.canceled) return;
      if (exported.path) return notify({ kind: 'info', message: t('profile.exported', { path: exported.path }) });
      downloadText(exported.fileName, exported.content);
      notify({ kind: 'info', message: t('profile.downloaded', { name: exported.fileName }) });
    });

  const saveDesk = (): Promise<void> =>
    run(async () => {
      const d = await call('review.setDesk', { path: deskPath.trim() });
      if (!d) return;
      setDesk(d);
      notify({ kind: 'info', message: t('profile.deskSaved') });
    });

  // The desktop app's folder picker: the only way there to name a desk outside the library.
  const chooseDesk = (): Promise<void> =>
    run(async () => {
      const d = await call('review.chooseDesk', {});
      if (!d) return;
      setDesk(d);
      setDeskPath(d.path ?? '');
      notify({ kind: 'info', message: t('profile.deskSaved') });
    });

  const importKey = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    await run(async () => {
      // A key file is a few hundred bytes; a larger one is refused by the service's own check.
      const entry = await call('keys.import', { content: await file.slice(0, 100_001).text() });
      if (!entry) return;
      notify({ kind: 'info', message: t('profile.imported', { name: entry.name, fingerprint: entry.fingerprint }) });
      await load();
    });
  };

  // The box shows the choice at once; a refusal puts the stored roles back.
  const trust = async (key: KeyEntry, next: Role[]): Promise<void> => {
    const put = (roles: Role[]): void => setKeys((list) => list.map((k) => (k.keyId === key.keyId ? { ...k, trustedRoles: roles } : k)));
    put(next);
    const entry = await call('keys.trust', { keyId: key.keyId, roles: next });
    put(entry ? entry.trustedRoles : key.trustedRoles);
  };

  const remove = (key: KeyEntry): Promise<void> =>
    run(async () => {
      const entry = await call('keys.remove', { keyId: key.keyId });
      if (!entry) return;
      notify({ kind: 'info', message: t('profile.removed', { name: entry.name }) });
      setKeys((list) => list.filter((k) => k.keyId !== key.keyId));
    });

  return (
    <div className="review-profile" aria-labelledby="review-profile-title">
      <fieldset>
        <legend id="review-profile-title">{t('profile.title')}</legend>
        <p className="hint">{t('profile.intro')}</p>
        <div className="field">
          <label htmlFor={nameId}>{t('profile.name')}</label>
          <input id={nameId} type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <span className="field-label">{t('profile.roles')}</span>
          <RoleBoxes roles={roles} onChange={setRoles} label={t('profile.roles')} />
        </div>
        <p className="review-key" data-testid="review-key">
          {profile ? (
            <>
              {t('profile.key', { fingerprint: profile.fingerprint })}
              <br />
              <span className="hint">{t('profile.protectedBy', { box: t(`profile.box.${profile.protectedBy === 'safeStorage' ? 'safeStorage' : 'file'}`) })}</span>
            </>
          ) : (
            t('profile.noKey')
          )}
        </p>
        <div className="form-actions review-actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void saveProfile()}>
            {t('profile.save')}
          </button>
          <button type="button" className="button" disabled={busy || !profile} onClick={() => void exportKey()}>
            {t('profile.export')}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('profile.desk')}</legend>
        <div className="field">
          <label htmlFor={deskId}>{t('profile.deskPath')}</label>
          <input id={deskId} type="text" value={deskPath} onChange={(e) => setDeskPath(e.target.value)} aria-describedby={`${deskId}-hint`} />
          <p id={`${deskId}-hint`} className="hint">
            {t(transport === 'electron' ? 'profile.deskHint' : 'profile.deskHintBrowser')} {desk.path && (desk.reachable ? t('profile.deskReachable') : t('profile.deskUnreachable'))}
          </p>
        </div>
        <div className="form-actions review-actions">
          {transport === 'electron' && (
            <button type="button" className="button" disabled={busy} onClick={() => void chooseDesk()}>
              {t('profile.deskChoose')}
            </button>
          )}
          <button type="button" className="button" disabled={busy || !deskPath.trim()} onClick={() => void saveDesk()}>
            {t('profile.deskSave')}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('profile.keys')}</legend>
        <p className="hint">{t('profile.keysHint')}</p>
        {keys.length === 0 ? (
          <p className="placeholder">{t('profile.keysEmpty')}</p>
        ) : (
          <ul className="review-keys">
            {keys.map((key) => (
              <li key={key.keyId} className="review-key-entry" data-key-id={key.keyId}>
                <div>
                  <strong>{key.name}</strong> {key.own && <span className="badge">{t('profile.own')}</span>}
                  {!key.own && key.trustedRoles.length === 0 && <span className="badge badge-returned">{t('profile.untrusted')}</span>}
                </div>
                <code className="review-fingerprint" aria-label={t('profile.fingerprint')}>
                  {key.fingerprint}
                </code>
                {!key.own && (
                  <div className="review-key-tools">
                    <span className="hint">{t('profile.claims', { roles: key.claimedRoles.map((r) => t(`profile.${r}`)).join(', ') })}</span>
                    <span className="inline-field">{t('profile.trustAs')}</span>
                    <RoleBoxes roles={key.trustedRoles} onChange={(next) => void trust(key, next)} label={t('profile.trustAs')} />
                    <button type="button" className="button button-quiet button-danger" disabled={busy} onClick={() => void remove(key)}>
                      {t('profile.remove')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <div className="form-actions review-actions">
          <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void importKey(e)} data-testid="review-key-file" />
          <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t('profile.import')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}

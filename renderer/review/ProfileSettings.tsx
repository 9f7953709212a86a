// The review parts of Settings: where the desk is (saved by itself, like every setting), and whose
// keys I trust. Who I am at the desk (name, roles, my key) is Settings → "Bạn"
// (renderer/settings/PersonSettings.tsx): one name for the byline and the desk.

import { useCallback, useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces } from './review-t.ts';
import type { DeskInfo, KeyEntry, Role } from '../../main/common/review/types.ts';
import { ROLES } from '../../main/common/review/types.ts';
import { useApi, useTransport } from '../api/context.tsx';
import { useNotices } from '../app/notices.tsx';
import { DeskSyncPanel } from '../desk/DeskSyncPanel.tsx';
import { AutoField } from '../settings/autosave.tsx';
import { useBusy, useReviewCall } from './use-review.ts';
import './review.css';

function RoleBoxes({ roles, onChange, label }: { roles: Role[]; onChange: (roles: Role[]) => void; label: string }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  return (
    <span className="review-roles" role="group" aria-label={label}>
      {ROLES.map((role) => (
        <label key={role} className="inline-field">
          <input
            type="checkbox"
            checked={roles.includes(role)}
            onChange={(e) => onChange(ROLES.filter((r) => (r === role ? e.target.checked : roles.includes(r))))}
          />
          {t(`profile.${role}`)}
        </label>
      ))}
    </span>
  );
}

/** Settings → Bàn biên tập: the shared folder, saved when the field is left (the service makes the folder). */
export function DeskSettings(): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const api = useApi();
  const transport = useTransport();
  const { notify } = useNotices();
  const [desk, setDesk] = useState<DeskInfo | null>(null);

  const load = useCallback(async () => {
    const r = await api['review.desk']({});
    if (r.ok) setDesk(r.value);
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const save = async (path: string): Promise<string> => {
    if (!path.trim()) return '';
    const r = await api['review.setDesk']({ path: path.trim() });
    if (!r.ok) return r.error.message;
    setDesk(r.value);
    return '';
  };

  // The desktop app's folder picker: the only way there to name a desk outside the library.
  const chooseDesk = async (): Promise<void> => {
    const r = await api['review.chooseDesk']({});
    if (!r.ok) return notify({ kind: 'error', message: r.error.message });
    setDesk(r.value);
    notify({ kind: 'info', message: t('profile.deskSaved') });
  };

  if (!desk) return null;
  return (
    <fieldset>
      <legend>{t('profile.desk')}</legend>
      <AutoField
        label={t('profile.deskPath')}
        value={desk.path ?? ''}
        save={save}
        saveOn="leave"
        hint={
          <>
            {t(transport === 'electron' ? 'profile.deskHint' : 'profile.deskHintBrowser')}{' '}
            {desk.path && (desk.reachable ? t('profile.deskReachable') : t('profile.deskUnreachable'))}
          </>
        }
      />
      {transport === 'electron' && (
        <div className="form-actions review-actions">
          <button type="button" className="button" onClick={() => void chooseDesk()}>
            {t('profile.deskChoose')}
          </button>
        </div>
      )}
      <DeskSyncPanel onDeskChanged={() => void load()} />
    </fieldset>
  );
}

/** Settings → Khoá của đồng nghiệp: import a colleague's key file, trust it for a role, remove it. */
export function KeysSettings(): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const call = useReviewCall();
  const { notify } = useNotices();
  const fileInput = useRef<HTMLInputElement>(null);
  const [keys, setKeys] = useState<KeyEntry[]>([]);
  const [busy, run] = useBusy();

  const load = useCallback(async () => {
    const k = await call('keys.list', {});
    if (k) setKeys(k);
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

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
                  <button
                    type="button"
                    className="button button-quiet button-danger"
                    aria-label={t('profile.removeLabel', { name: key.name })}
                    disabled={busy}
                    onClick={() => void remove(key)}
                  >
                    {t('profile.remove')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions review-actions">
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => void importKey(e)}
          data-testid="review-key-file"
        />
        <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('profile.import')}
        </button>
      </div>
    </fieldset>
  );
}

// Settings → Bàn biên tập, the part across machines: how the desk is carried (a folder, or lanes
// Syncthing replicates), this machine's device ID, whether the newsroom hub is connected and when
// it was last seen, what is still waiting to leave, conflict copies; joining the desk by pasting
// the hub's device ID; and, rarely needed, Syncthing's address and API key. Where Syncthing is
// missing or stopped, its one sentence says what to do (the folder desk above still works).

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStatus } from '../../main/common/desk/types.ts';
import { formatSize } from '../../main/common/desk/format.ts';
import { formatNewsroomTime } from '../app/format.ts';
import { useNotices } from '../app/notices.tsx';
import { useLive } from '../api/use-live.ts';
import { useBusy, useReviewCall } from '../review/use-review.ts';
import './desk.css';

const ignore = (): void => undefined;

export function DeskSyncPanel({ onDeskChanged }: { onDeskChanged?: () => void }): ReactNode {
  const { t, i18n } = useTranslation('deskUi');
  const call = useReviewCall();
  const quiet = useReviewCall(ignore);
  const { notify } = useNotices();
  const joinId = useId();
  const addressId = useId();
  const keyId = useId();
  const [status, setStatus] = useState<DeskStatus | null>(null);
  const [hub, setHub] = useState('');
  const [address, setAddress] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [busy, run] = useBusy();

  // Read again when Syncthing's state changes (followed in the Core and pushed) or the desk's
  // contents do (conflict copies come with arrivals), never on a timer.
  useLive(
    async () => {
      const s = await quiet('desk.status', {});
      if (s) setStatus(s);
    },
    [{ topic: 'desk.sync' }, { topic: 'desk.arrivals' }],
    [],
  );

  const join = (e: FormEvent): Promise<void> => {
    e.preventDefault();
    return run(async () => {
      const s = await call('desk.join', { deviceId: hub });
      if (!s) return;
      setStatus(s);
      setHub('');
      notify({ kind: 'info', message: t('joined') });
      onDeskChanged?.();
    });
  };

  const saveConnection = (e: FormEvent): Promise<void> => {
    e.preventDefault();
    return run(async () => {
      const s = await call('desk.setSyncthing', { address, apiKey });
      if (!s) return;
      setStatus(s);
      notify({ kind: 'info', message: t('connectionSaved') });
    });
  };

  const st = status?.syncthing;
  const kind = !status ? 'none' : status.layout === 'lanes' ? (status.engine === 'syncthing' ? 'lanes' : 'lanesFolder') : status.layout;
  const hubState = !st?.hub
    ? t('hubNone')
    : st.hub.connected
      ? t('hubConnected')
      : st.hub.lastSeen
        ? t('hubOffline', { time: formatNewsroomTime(st.hub.lastSeen) })
        : t('hubNever');
  const language = i18n.language === 'en' ? 'en' : 'vi';

  return (
    <div className="desk-sync" data-testid="desk-sync">
      {status && (
        <dl className="desk-facts">
          <dt>{t('kind')}</dt>
          <dd data-testid="desk-kind">{t(`kinds.${kind}`)}</dd>
          {st?.state === 'ok' && (
            <>
              <dt>{t('device')}</dt>
              <dd>
                <code className="desk-device" data-testid="desk-device">
                  {st.deviceId}
                </code>
              </dd>
              <dt>{t('hub')}</dt>
              <dd data-testid="desk-hub">{hubState}</dd>
            </>
          )}
          {status.engine === 'syncthing' && (
            <>
              <dt>{t('waiting')}</dt>
              <dd data-testid="desk-waiting">
                {status.waiting.items
                  ? t('waitingSome', { items: status.waiting.items, size: formatSize(status.waiting.bytes, language) })
                  : t('waitingNone')}
              </dd>
            </>
          )}
        </dl>
      )}
      {st && st.state !== 'ok' && st.message && (
        <p className="desk-problem" role="status" data-testid="desk-problem">
          {st.message}
        </p>
      )}
      {status && status.conflicts.length > 0 && (
        <>
          <p className="field-label">{t('conflicts')}</p>
          <ul className="desk-conflicts">
            {status.conflicts.map((c) => (
              <li key={c.copy}>{c.message}</li>
            ))}
          </ul>
        </>
      )}
      {st?.state === 'ok' && (
        <form className="desk-join" aria-label={t('join')} onSubmit={(e) => void join(e)}>
          <div className="field">
            <label htmlFor={joinId}>{t('joinId')}</label>
            <input
              id={joinId}
              type="text"
              value={hub}
              onChange={(e) => setHub(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${joinId}-hint`}
            />
            <p id={`${joinId}-hint`} className="hint">
              {t('joinHint')}
            </p>
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy || !hub.trim()}>
              {t('joinButton')}
            </button>
          </div>
        </form>
      )}
      <details className="desk-connection">
        <summary>
          {t('connection')}
          {st?.address && ` · ${st.address} (${t(st.source === 'settings' ? 'fromSettings' : 'fromConfig')})`}
        </summary>
        <form aria-label={t('connection')} onSubmit={(e) => void saveConnection(e)}>
          <p className="hint">{t('connectionHint')}</p>
          <div className="field">
            <label htmlFor={addressId}>{t('address')}</label>
            <input
              id={addressId}
              type="text"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              placeholder="http://127.0.0.1:8384"
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="field">
            <label htmlFor={keyId}>{t('apiKey')}</label>
            <input id={keyId} type="password" value={apiKey} onChange={(e) => setApiKey(e.target.value)} autoComplete="off" />
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {t('saveConnection')}
            </button>
          </div>
        </form>
      </details>
    </div>
  );
}

// "Đã lưu" / "Đang lưu…" / the failure, beside the headline. It subscribes to the Saver on its
// own so typing re-renders this one line, never the editor.

import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSaver } from './savers.ts';

export function SaveIndicator({ saver }: { saver: ArticleSaver }): ReactNode {
  const { t } = useTranslation();
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const label =
    state.kind === 'saved'
      ? t('save.saved')
      : state.kind === 'saving'
        ? t('save.saving')
        : state.kind === 'conflict'
          ? t('save.conflict')
          : state.retryInMs === null
            ? t('save.stopped')
            : t('save.failed');
  return (
    <span
      className={`save-indicator save-${state.kind}`}
      role="status"
      aria-label={t('save.label')}
      data-state={state.kind}
      data-version={state.kind === 'saved' ? state.version : undefined}
    >
      <span className="save-dot" aria-hidden="true" />
      {label}
    </span>
  );
}

/** The failure in words, with what the user can do about it. */
export function SaveProblem({ saver }: { saver: ArticleSaver }): ReactNode {
  const { t } = useTranslation();
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  if (state.kind !== 'failed' && state.kind !== 'conflict') return null;
  return (
    <div className="save-problem" role="alert">
      <p>
        {state.error.message} {t('save.kept')}
      </p>
      {state.kind === 'conflict' ? (
        <button type="button" className="button" onClick={() => void saver.overwrite()}>
          {t('save.overwrite')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void saver.retryNow()}>
          {t('save.retryNow')}
        </button>
      )}
    </div>
  );
}

// One line at the top of the window for what just happened or went wrong, with an optional
// action (Undo, Retry). Errors are announced to screen readers at once, the rest politely.

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  kind: 'info' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

interface NoticeApi {
  notify(notice: Notice): void;
  clear(): void;
}

const NoticeContext = createContext<NoticeApi>({ notify: () => undefined, clear: () => undefined });

export const useNotices = (): NoticeApi => useContext(NoticeContext);

export function NoticeProvider({ children }: { children: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const clear = useCallback(() => setNotice(null), []);
  const api = useMemo<NoticeApi>(() => ({ notify: setNotice, clear }), [clear]);
  return (
    <NoticeContext.Provider value={api}>
      <div className="notice-area" role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live={notice?.kind === 'error' ? 'assertive' : 'polite'}>
        {notice && (
          <div className={`notice notice-${notice.kind}`}>
            <span className="notice-message">{notice.message}</span>
            {notice.action && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  notice.action?.run();
                  clear();
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button type="button" className="notice-close" aria-label={t('notice.close')} onClick={clear}>
              ×
            </button>
          </div>
        )}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}

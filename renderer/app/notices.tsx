// What just happened or went wrong, with an optional action (Undo, Retry), and the progress of
// long work (photos being added). Shown in the masthead's own notice area (NoticeArea), which
// takes its own place in the page: a notice never covers a control. Information leaves by itself
// after INFO_MS (the clock stops while the pointer is over it or the keyboard is in it, so a
// reporter reaching for "Hoàn tác" does not lose it); an error stays until it is closed.
// Errors are announced to screen readers at once, the rest politely.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  kind: 'info' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

/** Work under way, e.g. `Đang thêm ảnh 2/5`. */
export interface Progress {
  label: string;
  /** The progress bar's accessible name. */
  name: string;
  done: number;
  total: number;
}

interface NoticeApi {
  notify(notice: Notice): void;
  clear(): void;
  /** Shows (or, with null, removes) the progress of one piece of work. */
  progress(key: string, progress: Progress | null): void;
}

/** How long an information notice stays (ms of the notice being left alone). */
export const INFO_MS = 6000;

const NoticeContext = createContext<NoticeApi>({ notify: () => undefined, clear: () => undefined, progress: () => undefined });
const NoticeStateContext = createContext<{ notice: (Notice & { serial: number }) | null; bars: [string, Progress][]; clear: () => void }>({
  notice: null,
  bars: [],
  clear: () => undefined,
});

export const useNotices = (): NoticeApi => useContext(NoticeContext);

export function NoticeProvider({ children }: { children: ReactNode }): ReactNode {
  const [notice, setNotice] = useState<(Notice & { serial: number }) | null>(null);
  const [bars, setBars] = useState<[string, Progress][]>([]);
  const serial = useRef(0);
  const clear = useCallback(() => setNotice(null), []);
  const api = useMemo<NoticeApi>(
    () => ({
      notify: (n) => setNotice({ ...n, serial: ++serial.current }),
      clear,
      progress: (key, p) =>
        setBars((list) =>
          p
            ? list.some(([k]) => k === key)
              ? list.map((e) => (e[0] === key ? [key, p] : e))
              : [...list, [key, p]]
            : list.filter(([k]) => k !== key),
        ),
    }),
    [clear],
  );
  const state = useMemo(() => ({ notice, bars, clear }), [notice, bars, clear]);
  return (
    <NoticeContext.Provider value={api}>
      <NoticeStateContext.Provider value={state}>{children}</NoticeStateContext.Provider>
    </NoticeContext.Provider>
  );
}

/** The notice and progress area (the masthead holds it). */
export function NoticeArea(): ReactNode {
  const { t } = useTranslation();
  const { notice, bars, clear } = useContext(NoticeStateContext);
  const box = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const paused = held.pointer || held.focus;

  // An information notice leaves after INFO_MS of being left alone; each new notice starts afresh.
  useEffect(() => {
    if (!notice || notice.kind !== 'info' || paused) return;
    const timer = setTimeout(clear, INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, paused, clear]);

  // A new notice is not held by the pointer or focus that were on the last one.
  useEffect(() => {
    if (!notice) setHeld({ pointer: false, focus: false });
  }, [notice]);

  const body = notice && (
    <div className={`notice notice-${notice.kind}`} key={notice.serial} data-notice-kind={notice.kind}>
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
      <button type="button" className="notice-close" aria-label={t('notice.close')} title={t('notice.close')} onClick={clear}>
        ×
      </button>
    </div>
  );

  return (
    <div
      ref={box}
      className="notice-area"
      data-testid="notice-area"
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <div role="alert" aria-live="assertive" className="notice-live">
        {notice?.kind === 'error' && body}
      </div>
      <div role="status" aria-live="polite" className="notice-live">
        {notice?.kind === 'info' && body}
        {bars.map(([key, p]) => (
          <div className="notice notice-progress" key={key}>
            <progress max={p.total} value={p.done} aria-label={p.name} />
            <span className="notice-message">{p.label}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

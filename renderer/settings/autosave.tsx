// Settings apply at once, like the UI language always did: no Save buttons. A text field saves a
// moment after the last key (SAVE_MS) and when it is left; a box or a choice saves when changed.
// One status line at the top of Settings says "Đang lưu…", then "Đã lưu", or what went wrong;
// a value the service would refuse is explained under its field and not saved.

import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How long a text field waits after the last key before it saves. */
export const SAVE_MS = 600;

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

interface StatusApi {
  /** Runs a save and shows it in the status line; resolves with its error message, '' when it saved. */
  track(save: () => Promise<string>): Promise<string>;
}

const StatusContext = createContext<StatusApi>({ track: async (save) => save() });

export const useSettingsStatus = (): StatusApi => useContext(StatusContext);

/** The status line, and the context every setting saves through. */
export function SettingsStatus({ children }: { children: ReactNode }): ReactNode {
  const { t } = useTranslation('screens');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const pending = useRef(0);
  const track = useCallback(async (save: () => Promise<string>) => {
    pending.current++;
    setStatus({ kind: 'saving' });
    let message = '';
    try {
      message = await save();
    } catch (err) {
      message = err instanceof Error ? err.message : String(err);
    }
    pending.current--;
    if (message) setStatus({ kind: 'failed', message });
    else if (pending.current === 0) setStatus((s) => (s.kind === 'failed' ? s : { kind: 'saved' }));
    return message;
  }, []);
  const api = useMemo(() => ({ track }), [track]);
  return (
    <StatusContext.Provider value={api}>
      <div className="settings-status" data-state={status.kind}>
        <span className="hint">{t('settings.autosave')}</span>{' '}
        <span role="status" aria-label={t('settings.statusLabel')} className={`settings-status-word settings-${status.kind}`}>
          {status.kind === 'saving'
            ? t('settings.saving')
            : status.kind === 'saved'
              ? t('settings.saved')
              : status.kind === 'failed'
                ? t('settings.failed', { message: status.message })
                : ''}
        </span>
      </div>
      {children}
    </StatusContext.Provider>
  );
}

interface AutoFieldProps {
  label: string;
  hint?: ReactNode;
  /** The stored value. */
  value: string;
  /** Saves a value; resolves with the sentence to show under the field, '' when it saved. */
  save: (value: string) => Promise<string>;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  testId?: string;
  /** `leave`: only when the field is left (a folder path: half-typed, it would name another folder). */
  saveOn?: 'pause' | 'leave';
}

/** A text setting that saves itself (see above). */
export function AutoField({ label, hint, value, save, placeholder, inputMode, testId, saveOn = 'pause' }: AutoFieldProps): ReactNode {
  const id = useId();
  const { t } = useTranslation('screens');
  const { track } = useSettingsStatus();
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState('');
  // "Đã lưu" beside the label too, where the reporter is looking (the status line may be out of view).
  const [justSaved, setJustSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Typed and not saved yet: a value from elsewhere must not overwrite it.
  const typing = useRef(false);
  const saved = useRef(value);
  const latest = useRef(save);
  latest.current = save;

  // What the field holds now, for the effects below (a state read there would be a render old).
  const unsaved = useRef(draft);
  unsaved.current = draft;

  // A value changed elsewhere (another field that shares it) shows here when nothing is being typed.
  // The stored form of what this field just saved is not such a change: a save at a pause stores
  // `Nguyễn ` as `Nguyễn`, and putting that back would take the space the next word needs.
  useEffect(() => {
    if (typing.current || value === saved.current) return;
    if (value === unsaved.current.trim()) return;
    saved.current = value;
    setDraft(value);
  }, [value]);

  const commit = useCallback(
    async (text: string) => {
      clearTimeout(timer.current);
      typing.current = false;
      if (text === saved.current) return;
      saved.current = text;
      const message = await track(() => latest.current(text));
      setProblem(message);
      setJustSaved(!message);
    },
    [track],
  );
  // Leaving Settings with a field half saved (a shortcut, the Back button): it still saves.
  useEffect(
    () => () => {
      if (typing.current) void commit(unsaved.current);
    },
    [commit],
  );

  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {justSaved && (
          <span className="field-saved" aria-hidden="true">
            {' '}
            {t('settings.saved')}
          </span>
        )}
      </label>
      <input
        id={id}
        type="text"
        value={draft}
        placeholder={placeholder}
        inputMode={inputMode}
        spellCheck={false}
        data-testid={testId}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          const text = e.target.value.normalize('NFC');
          setDraft(text);
          setJustSaved(false);
          typing.current = true;
          clearTimeout(timer.current);
          if (saveOn === 'pause') timer.current = setTimeout(() => void commit(text), SAVE_MS);
        }}
        onBlur={() => void commit(draft)}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}

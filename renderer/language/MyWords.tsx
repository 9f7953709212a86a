// Settings → Từ điển của tôi: the words the reporter taught the spell checker (names, places,
// local words), to look over, add by hand, or take back when one was added by mistake. Saved at
// once, through the same settings the spelling menu writes.

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../app/notices.tsx';
import { useSettings } from '../app/settings-context.tsx';
import './language.css';

const MAX_WORD = 100;

export function MyWords(): ReactNode {
  const { t } = useTranslation('languageUi');
  const { settings, update } = useSettings();
  const { notify } = useNotices();
  const [word, setWord] = useState('');
  const [problem, setProblem] = useState('');
  const inputId = useId();
  const words = settings.userWords ?? [];
  const sorted = [...words].sort((a, b) => a.localeCompare(b, 'vi'));

  const save = async (next: string[]): Promise<boolean> => {
    const result = await update({ userWords: next });
    if (!result.ok) notify({ kind: 'error', message: t('myWords.failed', { message: result.error.message }) });
    return result.ok;
  };

  const add = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const clean = word.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (!clean) return;
    if (clean.length > MAX_WORD) return setProblem(t('myWords.tooLong'));
    setProblem('');
    if (words.includes(clean) || (await save([...words, clean]))) setWord('');
  };

  return (
    <form className="settings-form my-words" onSubmit={(e) => void add(e)} aria-label={t('myWords.legend')}>
      <fieldset>
        <legend>{t('myWords.legend')}</legend>
        <p className="hint">{t('myWords.hint')}</p>
        {sorted.length === 0 ? (
          <p className="hint">{t('myWords.empty')}</p>
        ) : (
          <ul className="my-words-list">
            {sorted.map((w) => (
              <li key={w}>
                <span lang="vi">{w}</span>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={t('myWords.removeLabel', { word: w })}
                  onClick={() => void save(words.filter((x) => x !== w))}
                >
                  {t('myWords.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="field">
          <label htmlFor={inputId}>{t('myWords.addLabel')}</label>
          {/* Adding a word is an action on the list, beside its field (settings themselves save by themselves). */}
          <span className="field-with-action">
            <input
              id={inputId}
              type="text"
              value={word}
              onChange={(e) => setWord(e.target.value)}
              aria-invalid={problem ? true : undefined}
            />
            <button type="submit" className="button">
              {t('myWords.add')}
            </button>
          </span>
        </div>
        {problem && (
          <p className="export-problem" role="alert">
            {problem}
          </p>
        )}
      </fieldset>
    </form>
  );
}
